#pragma once

#include <QLabel>

// The line under a form that says, in the user's language, why the last action was refused.
// Hidden until there is something to say.
class RefusalLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusalLabel)

public:
    explicit RefusalLabel(QWidget *parent = nullptr);

    // Shows `message` and moves the focus to `field`, selecting its text so it can be typed over.
    void showRefusal(const QString &message, QWidget *field);
    QString message() const { return isHidden() ? QString() : text(); }

private:
    // Grows the dialog it is in to show every line of it.
    void fitDialog();
};

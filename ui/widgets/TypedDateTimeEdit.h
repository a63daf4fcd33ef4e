#pragma once

#include <QDateTimeEdit>

// A QDateTimeEdit that takes a date and time typed in full, separators included:
// "2024-03-05 10:30" as well as "202403051030". QDateTimeEdit jumps to the next section when one is
// complete, so a separator typed after it would skip a section; this edit swallows such a separator.
// With the whole text selected, typing replaces it from the first section on.
class TypedDateTimeEdit final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedDateTimeEdit)

public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

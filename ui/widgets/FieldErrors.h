#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QWidget;
class RefusalLabel;

// What is wrong with a form's fields, each in red under its own field. A submit shows every error at
// once and moves the focus to the first wrong field with its text selected, so typing replaces it; as
// the form is typed, recheck() takes each error away once its field is fixed. An error a field gets
// while it is being typed waits for the next submit, so nobody is told off mid-word.
class FieldErrors final
{
    Q_DISABLE_COPY_MOVE(FieldErrors)

public:
    // A field and what its own rules say about it, empty when nothing.
    using Problems = QList<std::pair<QWidget *, QString>>;

    FieldErrors() = default;

    // Makes the error line of `field`, for the form to put under it: a hidden row takes no room. It is
    // named after the field ("nameEdit" -> "nameError", "quantitySpin" -> "quantityError").
    RefusalLabel *add(QWidget *field);
    RefusalLabel *labelOf(const QWidget *field) const;

    // Shows each problem under its field, hides the others and focuses the first wrong field.
    // True when something is wrong.
    bool showAll(const Problems &problems);
    // Updates the errors on show: a fixed field's goes, another says what is wrong now.
    void recheck(const Problems &problems);
    bool anyShown() const;
    // The errors on show, in the order the fields were added.
    QStringList messages() const;
    // The same, then `formRefusal`'s (about the whole form) if it shows one: one a line.
    QString text(const RefusalLabel *formRefusal) const;

    // Focuses `field` and selects its text, so what is typed next replaces it.
    static void focusField(QWidget *field);

private:
    QList<std::pair<QWidget *, RefusalLabel *>> m_labels;
};

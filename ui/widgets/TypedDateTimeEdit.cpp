#include "ui/widgets/TypedDateTimeEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

void TypedDateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    // Everything selected (as a refusal leaves it): typing starts over from the first section, as in a
    // line edit. QDateTimeEdit would refuse a digit typed over several sections.
    if (typed.size() == 1 && typed.at(0).isDigit() && lineEdit()->selectedText() == lineEdit()->text() &&
        sectionCount() > 0)
        setSelectedSection(sectionAt(0));
    if (typed.size() == 1 && QStringLiteral("-:/ T").contains(typed.at(0))) {
        const QLineEdit *edit = lineEdit();
        const int position = edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
        // Already at the start of a section: the previous one was completed and left by itself.
        if (position > 0 && !edit->text().at(position - 1).isDigit()) {
            event->accept();
            return;
        }
    }
    QDateTimeEdit::keyPressEvent(event);
}

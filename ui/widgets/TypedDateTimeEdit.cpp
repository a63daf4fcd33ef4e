#include "ui/widgets/TypedDateTimeEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

void TypedDateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
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

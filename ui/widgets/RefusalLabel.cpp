#include "ui/widgets/RefusalLabel.h"

#include "models/domain/KoreanParticles.h"

#include <QAbstractSpinBox>
#include <QDialog>
#include <QLayout>
#include <QLineEdit>

RefusalLabel::RefusalLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("refusalLabel"));
    setWordWrap(true);
    // Under its field: space a layout has to spare goes below the text, not between the two.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(warning);
    hide();
}

void RefusalLabel::showRefusal(const QString &message, QWidget *field)
{
    setText(KoreanParticles::fitted(message));
    show();
    fitDialog();
    if (!field)
        return;
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
}

void RefusalLabel::fitDialog()
{
    // A window's layout takes a word-wrapped label as one line when it works out the window's
    // minimum size: a dialog already on screen would cut off the other lines. Ask it for the height
    // its text needs at the dialog's width. The main window is left as the person sized it.
    auto *dialog = qobject_cast<QDialog *>(window());
    if (!dialog || !dialog->isVisible() || !dialog->layout())
        return; // not shown yet: it takes its size from the layout when it is
    QLayout *layout = dialog->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

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
    // A window's layout counts a word-wrapped label as one line when it works out the window's
    // minimum size, so a dialog already on screen would cut off the other lines. It grows by the
    // lines its refusals need beyond the first (not to QFormLayout's height-for-width, which counts
    // the spacing of the hidden error rows too). The main window is left as the person sized it.
    auto *dialog = qobject_cast<QDialog *>(window());
    if (!dialog || !dialog->isVisible() || !dialog->layout())
        return; // not shown yet: it takes its size from the layout when it is
    dialog->layout()->activate();
    int extra = 0;
    for (const RefusalLabel *label : dialog->findChildren<RefusalLabel *>()) {
        if (label->isVisible())
            extra += qMax(0, label->heightForWidth(label->width()) - label->minimumSizeHint().height());
    }
    const int needed = dialog->layout()->totalMinimumSize().height() + extra;
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

#include "ui/widgets/RefusalLabel.h"

#include "models/domain/KoreanParticles.h"

#include <QAbstractSpinBox>
#include <QLineEdit>

RefusalLabel::RefusalLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("refusalLabel"));
    setWordWrap(true);
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
    if (!field)
        return;
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
}

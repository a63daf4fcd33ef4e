#include "ui/dialogs/InjectDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Rules.h"
#include "models/domain/ShownDate.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

InjectDialog::InjectDialog(DeskCommands *commands, const QString &code, const QString &who,
                           const QDate &birthDate, const QList<Lot> &lots, const QDate &today,
                           QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_code(code)
{
    setObjectName(QStringLiteral("injectDialog"));
    setWindowTitle(tr("Record injection"));
    m_lot = new QComboBox(this);
    m_lot->setObjectName(QStringLiteral("lotCombo"));
    const int preferred = Rules::defaultLotIndex(lots, today);
    for (int i = 0; i < lots.size(); ++i) {
        const Lot &lot = lots.at(i);
        if (lot.remaining < 1 || lot.isExpiredOn(today))
            continue;
        m_lot->addItem(tr("%1 — expires %2, %n dose(s) left", nullptr, lot.remaining)
                           .arg(lot.lotNumber, ShownDate::date(lot.expiry)),
                       lot.lotNumber);
        if (i == preferred)
            m_lot->setCurrentIndex(m_lot->count() - 1);
    }
    m_refusal = new RefusalLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Booking:"),
                 new QLabel(QStringLiteral("<b>%1</b> — %2").arg(code, who.toHtmlEscaped()), this));
    auto *birth = new QLabel(ShownDate::date(birthDate), this);
    birth->setObjectName(QStringLiteral("injectBirthDate"));
    form->addRow(tr("Birth date:"), birth);
    auto *lotLabel = new QLabel(tr("&Lot:"), this);
    lotLabel->setBuddy(m_lot);
    form->addRow(lotLabel, m_lot);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Injected"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_lot->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &InjectDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    if (m_lot->count() == 0)
        m_refusal->showRefusal(tr("No lot of this vaccine can be used: every lot is empty or expired."),
                               m_lot);
    m_lot->setFocus();
}

QString InjectDialog::lotNumber() const
{
    return m_lot->currentData().toString();
}

QString InjectDialog::refusalText() const
{
    return m_refusal->message();
}

void InjectDialog::submit()
{
    const CommandResult result = m_commands->inject(m_code, lotNumber());
    if (!result.isDone()) {
        m_refusal->showRefusal(StoreError::messageOf(result), m_lot);
        return;
    }
    accept();
}

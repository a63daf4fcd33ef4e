#include "ui/dialogs/VaccineDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Validation.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

VaccineDialog::VaccineDialog(DeskCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
{
    setWindowTitle(tr("Register vaccine"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("vaccineNameEdit"));
    m_name->setMaxLength(Validation::kMaxTextLength);
    m_manufacturer = new QLineEdit(this);
    m_manufacturer->setObjectName(QStringLiteral("manufacturerEdit"));
    m_manufacturer->setMaxLength(Validation::kMaxTextLength);
    m_refusal = new RefusalLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VaccineDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Manufacturer:"), m_manufacturer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QString VaccineDialog::vaccineName() const
{
    return m_name->text().trimmed();
}

void VaccineDialog::submit()
{
    const CommandResult result = m_commands->registerVaccine(m_name->text(), m_manufacturer->text());
    if (result.isDone()) {
        accept();
        return;
    }
    // Rules::checkVaccine checks the name first, then the manufacturer.
    const bool aboutName = Validation::checkName(m_name->text()).isRefused();
    m_refusal->showRefusal(StoreError::messageOf(result), aboutName ? m_name : m_manufacturer);
}

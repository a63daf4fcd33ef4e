#include "ui/dialogs/VaccineDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Rules.h"
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
    form->addRow(QString(), m_fieldErrors.add(m_name));
    form->addRow(tr("&Manufacturer:"), m_manufacturer);
    form->addRow(QString(), m_fieldErrors.add(m_manufacturer));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_name, m_manufacturer})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
    m_name->setFocus();
}

FieldErrors::Problems VaccineDialog::fieldProblems() const
{
    // Each field by the registration's own rules, the other one replaced by a value they accept.
    const Refusal name = Rules::checkVaccine(m_name->text(), QStringLiteral("M"));
    const Refusal manufacturer = Rules::checkVaccine(QStringLiteral("A"), m_manufacturer->text());
    return {{m_name, name.message}, {m_manufacturer, manufacturer.message}};
}

QString VaccineDialog::refusalText() const
{
    return m_fieldErrors.text(m_refusal);
}

QString VaccineDialog::vaccineName() const
{
    return m_name->text().trimmed();
}

void VaccineDialog::submit()
{
    m_refusal->hide();
    if (m_fieldErrors.showAll(fieldProblems()))
        return;
    const CommandResult result = m_commands->registerVaccine(m_name->text(), m_manufacturer->text());
    if (result.isDone()) {
        m_vaccineId = result.value;
        accept();
        return;
    }
    // The fields were right: what is left is about the whole registration (a permission, the disk).
    m_refusal->showRefusal(StoreError::messageOf(result), m_name);
}

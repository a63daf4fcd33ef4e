#include "ui/widgets/FieldErrors.h"

#include "ui/widgets/RefusalLabel.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

RefusalLabel *FieldErrors::add(QWidget *field)
{
    auto *error = new RefusalLabel(field->parentWidget());
    QString name = field->objectName();
    for (const QLatin1String suffix :
         {QLatin1String("Edit"), QLatin1String("Spin"), QLatin1String("Combo")}) {
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    }
    error->setObjectName(name + QStringLiteral("Error"));
    m_labels.append({field, error});
    return error;
}

RefusalLabel *FieldErrors::labelOf(const QWidget *field) const
{
    for (const auto &[widget, error] : m_labels) {
        if (widget == field)
            return error;
    }
    return nullptr;
}

bool FieldErrors::showAll(const Problems &problems)
{
    QWidget *firstWrong = nullptr;
    for (const auto &[field, problem] : problems) {
        RefusalLabel *error = labelOf(field);
        if (!error)
            continue;
        if (problem.isEmpty()) {
            error->hide();
            continue;
        }
        error->showRefusal(problem, nullptr);
        if (!firstWrong)
            firstWrong = field;
    }
    if (firstWrong)
        focusField(firstWrong);
    return firstWrong != nullptr;
}

void FieldErrors::recheck(const Problems &problems)
{
    for (const auto &[field, problem] : problems) {
        RefusalLabel *error = labelOf(field);
        if (!error || error->isHidden())
            continue;
        if (problem.isEmpty())
            error->hide();
        else
            error->showRefusal(problem, nullptr);
    }
}

bool FieldErrors::anyShown() const
{
    return std::any_of(m_labels.cbegin(), m_labels.cend(),
                       [](const auto &pair) { return !pair.second->isHidden(); });
}

QStringList FieldErrors::messages() const
{
    QStringList messages;
    for (const auto &[field, error] : m_labels) {
        if (!error->message().isEmpty())
            messages.append(error->message());
    }
    return messages;
}

QString FieldErrors::text(const RefusalLabel *formRefusal) const
{
    QStringList lines = messages();
    if (formRefusal && !formRefusal->message().isEmpty())
        lines.append(formRefusal->message());
    return lines.join(QLatin1Char('\n'));
}

void FieldErrors::focusField(QWidget *field)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
    else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        combo->lineEdit()->selectAll();
}

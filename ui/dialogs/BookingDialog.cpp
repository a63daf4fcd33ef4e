#include "ui/dialogs/BookingDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/ShownDate.h"
#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"
#include "ui/StoreError.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/RefusalLabel.h"
#include "ui/widgets/TypedDateTimeEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <initializer_list>

namespace {
const QString kAppointmentFormat = ShownDate::minuteFormat();

// Accepts YYYY-MM-DD and, for quick typing, YYYYMMDD.
QDate parseBirthDate(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.size() == 8 && !text.contains(QLatin1Char('-')))
        text = text.left(4) + QLatin1Char('-') + text.mid(4, 2) + QLatin1Char('-') + text.mid(6);
    return Validation::parseDate(text);
}
} // namespace

BookingDialog::BookingDialog(LocalStore *store, DeskCommands *commands, const QDateTime &appointment,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_commands(commands)
{
    setWindowTitle(tr("New booking"));

    m_vaccine = new QComboBox(this);
    m_vaccine->setObjectName(QStringLiteral("vaccineCombo"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(Validation::kMaxNameLength);
    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("010-1234-5678"));
    m_appointment = new TypedDateTimeEdit(this);
    m_appointment->setObjectName(QStringLiteral("appointmentEdit"));
    m_appointment->setDisplayFormat(kAppointmentFormat);
    m_appointment->setCalendarPopup(true);
    const QDateTime minute(appointment.date(), QTime(appointment.time().hour(), appointment.time().minute()));
    m_appointment->setDateTime(minute);

    m_refusal = new RefusalLabel(this);
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_birthDate, m_phone, m_appointment})
        m_fieldErrors.add(field);
    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("liveCheck"));
    m_live->setWordWrap(true);
    m_live->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vaccine:"), m_vaccine);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_fieldErrors.labelOf(m_name)); // a hidden row takes no room
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(QString(), m_fieldErrors.labelOf(m_birthDate));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_fieldErrors.labelOf(m_phone));
    form->addRow(tr("&Appointment:"), m_appointment);
    form->addRow(QString(), m_fieldErrors.labelOf(m_appointment));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_live);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);

    setTabOrder(m_vaccine, m_name);
    setTabOrder(m_name, m_birthDate);
    setTabOrder(m_birthDate, m_phone);
    setTabOrder(m_phone, m_appointment);
    setTabOrder(m_appointment, m_buttons);

    loadVaccines();
    connect(m_vaccine, &QComboBox::currentIndexChanged, this, &BookingDialog::checkLive);
    for (QLineEdit *edit : {m_name, m_birthDate, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &BookingDialog::checkLive);
    connect(m_appointment, &QDateTimeEdit::dateTimeChanged, this, &BookingDialog::checkLive);
    checkLive();
    m_vaccine->setFocus();
}

QString BookingDialog::liveCheckText() const
{
    return m_live->text();
}

void BookingDialog::checkLive()
{
    // A refusal said before is not true any more once the form changed; the live line says what is.
    m_refusal->hide();
    if (m_fieldErrors.anyShown()) {
        try {
            m_fieldErrors.recheck(fieldProblems());
        } catch (const DatabaseError &) {
            // Said by the live line below, which reads the store too.
        }
    }
    const QString vaccineId = m_vaccine->currentData().toString();
    const QDate birthDate = parseBirthDate(m_birthDate->text());
    const Customer typed{m_name->text(), birthDate, m_phone->text()};
    const bool complete =
        !typed.name.trimmed().isEmpty() && birthDate.isValid() && !typed.phone.trimmed().isEmpty();
    std::optional<StockLevel> level;
    Refusal refusal;
    try {
        level = vaccineId.isEmpty() ? std::nullopt : m_store->stock()->level(vaccineId);
        // The booking's own check, so the form says exactly what Book would.
        if (level && complete)
            refusal = m_commands->checkBooking(vaccineId, typed, m_appointment->dateTime());
    } catch (const DatabaseError &error) {
        m_live->setText(StoreError::forStaff(error.message()));
        return;
    }
    if (!level) {
        m_live->setText(tr("Register a vaccine and receive stock before booking."));
        return;
    }
    const QString available =
        tr("%n dose(s) of %1 available now.", nullptr, level->available()).arg(level->vaccineName);
    // Until every field has something in it, only what is wrong so far is worth saying.
    QString problem;
    if (complete)
        problem = refusal.message;
    else if (!typed.name.trimmed().isEmpty() && Validation::checkName(typed.name).isRefused())
        problem = Validation::checkName(typed.name).message;
    else if (m_birthDate->text().trimmed().size() >= 8 && !birthDate.isValid())
        problem = Refusal::make(RefusalCode::InvalidDate, m_birthDate->text().trimmed()).message;
    else if (level->available() < 1)
        problem = Refusal::make(RefusalCode::NotAvailable).message;
    m_live->setText(problem.isEmpty() ? available : available + QLatin1Char(' ') + problem);
}

QString BookingDialog::refusalText() const
{
    return m_fieldErrors.text(m_refusal);
}

QList<std::pair<QWidget *, QString>> BookingDialog::fieldProblems() const
{
    // Each field is checked by the booking's own rules with the other fields replaced by values they
    // accept, so every field's message is what Book would say about it alone.
    const QString vaccineId = m_vaccine->currentData().toString();
    const Customer accepted{QStringLiteral("A"), QDate(1970, 1, 1), QStringLiteral("01000000000")};
    const QDateTime future(QDate(9000, 1, 1), QTime(0, 0));
    const auto problemOf = [&](QWidget *field, const Customer &customer, const QDateTime &appointment) {
        const Refusal refusal = m_commands->checkBooking(vaccineId, customer, appointment);
        return refusal.isRefused() && fieldFor(refusal.code) == field ? refusal.message : QString();
    };
    QList<std::pair<QWidget *, QString>> problems;
    const Refusal name = Validation::checkName(m_name->text());
    problems.append({m_name, name.isRefused() ? name.message : QString()});
    const QDate birthDate = parseBirthDate(m_birthDate->text());
    problems.append(
        {m_birthDate, birthDate.isValid()
                          ? problemOf(m_birthDate, {accepted.name, birthDate, accepted.phone}, future)
                          : Refusal::make(RefusalCode::InvalidDate, m_birthDate->text().trimmed()).message});
    problems.append(
        {m_phone, problemOf(m_phone, {accepted.name, accepted.birthDate, m_phone->text()}, future)});
    problems.append({m_appointment, problemOf(m_appointment, accepted, m_appointment->dateTime())});
    return problems;
}

void BookingDialog::loadVaccines()
{
    QList<StockLevel> levels;
    try {
        levels = m_store->stock()->levels();
    } catch (const DatabaseError &error) {
        showRefusal(StoreError::forStaff(error.message()), m_vaccine);
        return;
    }
    int firstAvailable = -1;
    for (const StockLevel &level : levels) {
        m_vaccine->addItem(tr("%1 (%n available)", nullptr, level.available()).arg(level.vaccineName),
                           level.vaccineId);
        if (firstAvailable < 0 && level.available() > 0)
            firstAvailable = m_vaccine->count() - 1;
    }
    m_vaccine->setCurrentIndex(qMax(0, firstAvailable));
}

void BookingDialog::submit()
{
    const QString vaccineId = m_vaccine->currentData().toString();
    if (vaccineId.isEmpty()) {
        showRefusal(tr("Register a vaccine and receive stock before booking."), m_vaccine);
        return;
    }
    QList<std::pair<QWidget *, QString>> problems;
    try {
        problems = fieldProblems();
    } catch (const DatabaseError &error) {
        showRefusal(StoreError::forStaff(error.message()), m_vaccine);
        return;
    }
    if (m_fieldErrors.showAll(problems)) {
        m_refusal->hide();
        m_live->clear();
        return;
    }
    const QDate birthDate = parseBirthDate(m_birthDate->text());
    const Customer customer{m_name->text(), birthDate, m_phone->text()};
    const CommandResult result = m_commands->book(vaccineId, customer, m_appointment->dateTime());
    switch (result.status) {
    case CommandResult::Status::Done:
        m_bookingCode = result.value;
        emit booked(m_bookingCode);
        accept();
        return;
    case CommandResult::Status::Refused:
        showRefusal(result.refusal.message, fieldFor(result.refusal.code));
        return;
    case CommandResult::Status::Failed:
        showRefusal(tr("The booking could not be saved: %1").arg(result.error),
                    m_buttons->button(QDialogButtonBox::Ok));
        return;
    }
}

void BookingDialog::showRefusal(const QString &message, QWidget *field)
{
    if (RefusalLabel *error = m_fieldErrors.labelOf(field)) {
        error->showRefusal(message, nullptr);
        FieldErrors::focusField(field);
    } else {
        m_refusal->showRefusal(message, field);
    }
    // The live line would only say it again; it comes back with the next keystroke.
    m_live->clear();
}

QWidget *BookingDialog::fieldFor(RefusalCode code) const
{
    switch (code) {
    case RefusalCode::EmptyName:
    case RefusalCode::NameTooLong:
        return m_name;
    case RefusalCode::InvalidDate:
    case RefusalCode::InvalidBirthDate:
    case RefusalCode::BirthDateInFuture:
        return m_birthDate;
    case RefusalCode::InvalidPhone:
        return m_phone;
    case RefusalCode::InvalidDateTime:
    case RefusalCode::AppointmentInPast:
        return m_appointment;
    default:
        return m_vaccine;
    }
}

#pragma once

#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class DeskCommands;
class QLineEdit;
class RefusalLabel;

// Registers a vaccine in the catalogue (name, manufacturer) through DeskCommands::registerVaccine.
// What is wrong with the fields is said all at once, each under its field (FieldErrors); a refusal
// about the whole registration under the form. On success the dialog is accepted.
class VaccineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaccineDialog)

public:
    explicit VaccineDialog(DeskCommands *commands, QWidget *parent = nullptr);

    QString vaccineName() const;
    // The id the registration gave, once accepted.
    QString vaccineId() const { return m_vaccineId; }
    // Every error shown, field by field then the form's own, one a line.
    QString refusalText() const;

private slots:
    void submit();

private:
    FieldErrors::Problems fieldProblems() const;

    DeskCommands *m_commands = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_manufacturer = nullptr;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
    QString m_vaccineId;
};

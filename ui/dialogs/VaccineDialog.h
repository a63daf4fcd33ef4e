#pragma once

#include <QDialog>

class DeskCommands;
class QLineEdit;
class RefusalLabel;

// Registers a vaccine in the catalogue (name, manufacturer) through DeskCommands::registerVaccine.
// A refusal is shown inline; on success the dialog is accepted.
class VaccineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaccineDialog)

public:
    explicit VaccineDialog(DeskCommands *commands, QWidget *parent = nullptr);

    QString vaccineName() const;

private slots:
    void submit();

private:
    DeskCommands *m_commands = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_manufacturer = nullptr;
    RefusalLabel *m_refusal = nullptr;
};

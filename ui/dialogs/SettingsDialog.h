#pragma once

#include "ui/DeskSettings.h"
#include "ui/dialogs/EnrollDialog.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class LocalStore;
class QLineEdit;
class QPushButton;
class QSpinBox;
class RefusalLabel;

// Edits the desk's settings: language, server address, idle lock. OK stays disabled while the server
// address is not usable, with the reason shown under the form. The caller saves settings() on accept.
// With setEnrollment() it also shows which server the desk is enrolled with and where its token is
// kept, and lets an administrator open EnrollDialog; an enrollment takes effect at once (enrolled()),
// whether the settings are then accepted or not.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const DeskSettings &settings, QWidget *parent = nullptr);

    // What the form holds now; serverUrl is empty while the typed address is not usable.
    DeskSettings settings() const;
    bool isServerUrlAcceptable() const { return m_serverProblem.isEmpty(); }
    QString problemText() const;

    // Shows the enrollment row for the desk on `store`; only an administrator may connect it.
    // `transports` reaches the server (null: HTTP), for EnrollDialog.
    void setEnrollment(LocalStore *store, bool administrator, EnrollDialog::TransportFactory transports = {});
    QString enrollmentText() const;

public slots:
    void openEnrollment();

signals:
    // This desk has just been enrolled: its server and token store are recorded.
    void enrolled();

protected:
    void changeEvent(QEvent *event) override;

private slots:
    void validate();
    void submit();

private:
    void retranslateUi();
    void showEnrollment();

    QLabel *m_languageLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_idleLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_serverProblem;

    LocalStore *m_store = nullptr;
    bool m_administrator = false;
    EnrollDialog::TransportFactory m_transports;
    QLabel *m_enrollLabel = nullptr;
    QLabel *m_enrollStatus = nullptr;
    QPushButton *m_connect = nullptr;
};

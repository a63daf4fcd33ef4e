#pragma once

#include "ui/DeskSettings.h"
#include "ui/dialogs/EnrollDialog.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class LocalStore;
class QLineEdit;
class QPushButton;
class QSpinBox;
class RefusalLabel;

// Edits the desk's settings: language, the MyPage address on slips (default: the enrolled sync
// server, shown read-only with where its token is kept), idle lock, and (setWaterMarks) the rights
// marks per vaccine that sync keeps. OK stays disabled while the MyPage
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
    // Shows the refill and return marks of every vaccine on `store`'s desk (from the settings this
    // dialog was made with); only a vaccine manager or an administrator may change them.
    void setWaterMarks(LocalStore *store, bool editable);

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
    void addWaterMarksRow(const QString &vaccineId, const QString &name, bool editable);

    QLabel *m_languageLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_idleLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_serverProblem;

    LocalStore *m_store = nullptr;
    bool m_administrator = false;
    EnrollDialog::TransportFactory m_transports;
    QLabel *m_enrollLabel = nullptr;
    QLabel *m_enrollStatus = nullptr;
    QPushButton *m_connect = nullptr;

    DeskSettings m_initial;
    QGroupBox *m_marksBox = nullptr;
    QLabel *m_marksIntro = nullptr;
    QLabel *m_marksReadOnly = nullptr;
    QGridLayout *m_marksGrid = nullptr;
    QList<QLabel *> m_marksHeaders;
    struct MarksRow
    {
        QString vaccineId;
        QCheckBox *automatic = nullptr;
        QSpinBox *low = nullptr;
        QSpinBox *high = nullptr;
    };
    QList<MarksRow> m_marks;
};

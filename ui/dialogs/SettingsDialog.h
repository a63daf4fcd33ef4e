#pragma once

#include "ui/DeskSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class RefusalLabel;

// Edits the desk's settings: language, server address, idle lock. OK stays disabled while the server
// address is not usable, with the reason shown under the form. The caller saves settings() on accept.
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

protected:
    void changeEvent(QEvent *event) override;

private slots:
    void validate();
    void submit();

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_idleLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_serverProblem;
};

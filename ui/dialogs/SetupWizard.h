#pragma once

#include "ui/widgets/FieldErrors.h"

#include <QWizard>

class ClinicSetup;
class QCheckBox;
class QLineEdit;
class RefusalLabel;

// The desk's first start: names the clinic, then creates the first administrator (who may also take the
// other roles, as in a small clinic one person often does). Nothing is written until Finish, and then
// in one transaction. What is wrong with the administrator's fields is said all at once, each under its
// field (FieldErrors); a refusal about the clinic is shown on the page it is about.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    explicit SetupWizard(ClinicSetup *setup, QWidget *parent = nullptr);

    QString username() const;
    QString refusalText() const;

protected:
    bool validateCurrentPage() override;

private:
    FieldErrors::Problems fieldProblems() const;
    QWizardPage *createClinicPage();
    QWizardPage *createAdministratorPage();

    ClinicSetup *m_setup = nullptr;
    QLineEdit *m_siteName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_otherRoles = nullptr;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
    int m_administratorPage = -1;
};

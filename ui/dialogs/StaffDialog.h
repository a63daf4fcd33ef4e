#pragma once

#include "models/domain/Staff.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class RefusalLabel;
class StaffAdmin;

// An administrator's form for a staff account: add one (username, name, password, roles), change the
// roles of one, or set a new password for one. Goes through StaffAdmin, which refuses anyone but an
// administrator. What is wrong with the fields is said all at once, each under its field (FieldErrors);
// a refusal about the whole account under the form. Nothing is written until all is right.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    enum class Mode { Add, ChangeRoles, ResetPassword };

    // `staff` is the account to change (ignored for Add).
    StaffDialog(StaffAdmin *admin, Mode mode, const Staff &staff = Staff(), QWidget *parent = nullptr);

    QString username() const;
    QString refusalText() const;

private slots:
    void submit();

private:
    FieldErrors::Problems fieldProblems() const;
    Roles checkedRoles() const;

    StaffAdmin *m_admin = nullptr;
    Mode m_mode = Mode::Add;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
};

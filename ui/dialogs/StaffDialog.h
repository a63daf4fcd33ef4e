#pragma once

#include "models/domain/Staff.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class RefusalLabel;
class StaffAdmin;

// An administrator's form for a staff account: add one (username, name, password, roles), change the
// roles of one, or set a new password for one. Goes through StaffAdmin, which refuses anyone but an
// administrator; a refusal is shown inline and nothing is written.
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
    Roles checkedRoles() const;

    StaffAdmin *m_admin = nullptr;
    Mode m_mode = Mode::Add;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
    RefusalLabel *m_refusal = nullptr;
};

#pragma once

#include <QWidget>

class AuditTableModel;
class Clock;
class LocalStore;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StaffAdmin;
class StaffTableModel;

// The administrator's page: the staff accounts (add, change roles, new password, deactivate) and the
// audit trail of who changed what (in words, AuditEntry::description), filtered by person, action,
// text and days.
// Threading: the GUI thread, which opened the store.
class AdminPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    AdminPage(LocalStore *store, const Clock *clock, QWidget *parent = nullptr);

    // Staff changes go through `admin` (which holds the signed-in actor); without one they are off.
    void setStaffAdmin(StaffAdmin *admin);
    QAction *addStaffAction() const { return m_addStaff; }

public slots:
    void addStaff();
    void changeRoles();
    void resetPassword();
    void deactivate();
    void reload();
    // A command elsewhere wrote an audit line: read the trail again now if it is shown, else when it is.
    void auditChanged();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    // The trail is read again each time the page is shown: sign-ins, locks and other pages' changes
    // are written while it is hidden.
    void showEvent(QShowEvent *event) override;

private slots:
    void applyFilter();
    void updateButtons();

private:
    void retranslate();
    int currentStaffRow() const;

    StaffAdmin *m_admin = nullptr;
    StaffTableModel *m_staffModel = nullptr;
    AuditTableModel *m_auditModel = nullptr;
    QTableView *m_staffView = nullptr;
    QTableView *m_auditView = nullptr;
    QLabel *m_staffLabel = nullptr;
    QLabel *m_auditLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_rolesButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_filterAction = nullptr;
    QDateEdit *m_filterFrom = nullptr;
    QDateEdit *m_filterTo = nullptr;
    QAction *m_addStaff = nullptr;
};

#pragma once

#include "models/domain/Staff.h"

#include <QDialog>

class Authenticator;
class QLabel;
class QLineEdit;
class QPushButton;
class RefusalLabel;

// Signs a staff member in: username and password, Enter signs in. A wrong password, an unknown
// username (the same answer, on purpose) and a locked account are shown inline and clear the password.
// The username last signed in is offered again; the password is never kept.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // `siteName` titles the dialog; `locked` says the desk was locked (idle or by hand) rather than started.
    SignInDialog(Authenticator *authenticator, const QString &siteName, bool locked,
                 QWidget *parent = nullptr);

    Staff staff() const { return m_staff; }
    // After a sign-out the next sign-in offers no username: it would name who left.
    static void forgetLastUser();
    QString refusalText() const;

private slots:
    void submit();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();

    Authenticator *m_authenticator = nullptr;
    QString m_siteName;
    bool m_locked = false;
    QLabel *m_heading = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_quit = nullptr;
    Staff m_staff;
};

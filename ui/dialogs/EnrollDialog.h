#pragma once

#include "sync/Enroller.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

#include <functional>
#include <memory>

class LocalStore;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class RefusalLabel;
class SyncTransport;

// Makes this desk a device of a server's site (issue 12): server address, one-time code, desk name
// and where the token is kept, handed to Enroller as one operation. What the form can tell alone (the
// code's shape, an empty name or token file) is said all at once, each under its field (FieldErrors),
// before anything is sent; every outcome of the exchange is a sentence under the form. A desk that is
// enrolled already sees its server, device id and token store, read-only. Accepted only when this run
// enrolled the desk. Threading: the GUI thread, which opened `store`; enrolling blocks it for one request
// (and the keychain's probe), with a busy cursor, a busy line and the buttons disabled. Acceptable while
// enrollment is one short exchange; a worker thread would need its own database connection for
// the adoption. The request waits in a local event loop, so events still arrive under it: while
// it runs, Escape, closing the window and reject() (what the idle lock does to open dialogs) are
// ignored and a second enroll() does nothing; the desk's idle lock asks enrollingNow() and locks
// once the enrollment has returned (busyChanged).
class EnrollDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollDialog)

public:
    // How the dialog reaches the server at `address`; null (the default) means the real
    // HttpTransport. Tests hand in the in-process server.
    using TransportFactory = std::function<std::unique_ptr<SyncTransport>(const QUrl &address)>;

    explicit EnrollDialog(LocalStore *store, TransportFactory transports = {}, QWidget *parent = nullptr);
    ~EnrollDialog() override;

    // Where Enroller keeps the token (default: Enroller::tokenStoreFor); its owner may hand in
    // another, as the tests hand in a keychain that refuses.
    void setTokenStores(Enroller::TokenStoreFactory tokenStores) { m_tokenStores = std::move(tokenStores); }

    bool isEnrolledView() const;
    bool isBusy() const { return m_busy; }
    // The dialog whose enrollment is running now, if any: its call is on the stack below.
    static EnrollDialog *enrollingNow();
    // The outcome of the last attempt (Enrolled after a successful one).
    const Enroller::Result &enrollment() const { return m_result; }
    QString problemText() const;

    // Case, spaces and dashes do not matter: "abcde fghij-..." reads as "ABCDE-FGHIJ-...".
    static QString tidyCode(const QString &typed);

public slots:
    void enroll();
    void reject() override;

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private slots:
    void chooseTokenFile();
    void updateTokenChoice();

private:
    FieldErrors::Problems fieldProblems() const;
    void retranslateUi();
    void showEnrolled();
    void setBusy(bool busy);
    QString outcomeText(const Enroller::Result &result) const;

    LocalStore *m_store = nullptr;
    TransportFactory m_transports;
    Enroller::TokenStoreFactory m_tokenStores;
    Enroller::Result m_result;
    bool m_enrolledView = false;
    bool m_busy = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_tokenFileChoice = nullptr;
    QLineEdit *m_tokenFile = nullptr;
    QPushButton *m_browse = nullptr;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;

    QLabel *m_enrolledServerLabel = nullptr;
    QLabel *m_enrolledDeviceLabel = nullptr;
    QLabel *m_enrolledTokenLabel = nullptr;
    QLabel *m_enrolledServer = nullptr;
    QLabel *m_enrolledDevice = nullptr;
    QLabel *m_enrolledToken = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_enrollButton = nullptr;
};

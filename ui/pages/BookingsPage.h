#pragma once

#include "models/domain/Clock.h"

#include <QWidget>

class BookingTableModel;
class CsvImportDialog;
class DeskCommands;
class LocalStore;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Reception's page: the bookings, newest first, with a search that narrows them while typing (phone,
// name or any part of it, booking code), and the actions on them: book, cancel with confirmation, the
// booking slip, CSV export and import. Changes go through DeskCommands; the table is an item model over
// the store and is reloaded after each change. Threading: the GUI thread, which opened the store.
class BookingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingsPage)

public:
    BookingsPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent = nullptr);

    QAction *newBookingAction() const { return m_newBooking; }
    QAction *cancelBookingAction() const { return m_cancelBooking; }
    QAction *slipAction() const { return m_slip; }
    QAction *findAction() const { return m_find; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QTableView *bookingsView() const { return m_view; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    BookingTableModel *bookingModel() const { return m_model; }
    // The MyPage address printed on slips; empty while the desk has no server.
    void setServerUrl(const QString &url) { m_serverUrl = url; }

public slots:
    void newBooking();
    void cancelBooking();
    void showSlip();
    void exportCsv();
    void importCsv();
    // The same without the file dialogs (tests and scripts); the preview dialog is open on return.
    void exportCsvFile(const QString &path);
    CsvImportDialog *importCsvFile(const QString &path);
    // Reads the bookings again, keeping the selection.
    void reload();

signals:
    // A booking was made, cancelled or imported: stock and today's list change with it.
    void bookingsChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void applySearch();
    void updateActions();
    // A search that finds one booking selects it, so the slip and cancel act on it at once.
    void selectSingleMatch();

private:
    void createActions();
    void retranslate();
    void showCount();
    void selectBooking(const QString &code);
    void showBooked(const QString &code);
    int currentRow() const;

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    const Clock *m_clock = nullptr;
    QString m_serverUrl;

    BookingTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_findLabel = nullptr;
    QComboBox *m_searchField = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;

    QAction *m_newBooking = nullptr;
    QAction *m_cancelBooking = nullptr;
    QAction *m_slip = nullptr;
    QAction *m_find = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
};

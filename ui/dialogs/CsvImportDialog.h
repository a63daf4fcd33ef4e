#pragma once

#include "models/csv/BookingCsvImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The preview of a bookings CSV before anything is booked: every row with its line, and for each bad
// row the reason. Nothing is written until the user presses Import; then only the good rows are booked,
// with progress that can be cancelled.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    CsvImportDialog(const BookingCsvImport &importer, const BookingCsvImport::Preview &preview,
                    DeskCommands *commands, QWidget *parent = nullptr);

    const BookingCsvImport::Report &report() const { return m_report; }

private slots:
    void runImport();

private:
    BookingCsvImport m_importer;
    BookingCsvImport::Preview m_preview;
    DeskCommands *m_commands = nullptr;
    BookingCsvImport::Report m_report;
    QStandardItemModel *m_rows = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

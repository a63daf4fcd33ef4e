#include "ui/dialogs/CsvImportDialog.h"

#include "models/domain/ShownDate.h"
#include "ui/widgets/ColumnFitter.h"
#include "ui/widgets/TableViews.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const BookingCsvImport &importer, const BookingCsvImport::Preview &preview,
                                 DeskCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_preview(preview)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import bookings: preview"));
    m_rows = new QStandardItemModel(0, 6, this);
    m_rows->setHorizontalHeaderLabels(
        {tr("Line"), tr("Check"), tr("Name"), tr("Birth date"), tr("Phone"), tr("Appointment")});
    const QColor bad(QStringLiteral("#fde2e1"));
    // Bad rows first: they are what the user has to read.
    QList<BookingCsvImport::Row> rows = preview.rows;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return !a.isOk() && b.isOk(); });
    for (const BookingCsvImport::Row &row : rows) {
        QList<QStandardItem *> items{
            new QStandardItem(QString::number(row.line)),
            new QStandardItem(row.isOk() ? tr("OK") : row.reason),
            new QStandardItem(row.customer.name),
            new QStandardItem(row.customer.birthDate.isValid() ? ShownDate::date(row.customer.birthDate)
                                                               : QString()),
            new QStandardItem(row.customer.phone),
            new QStandardItem(row.appointment.isValid() ? ShownDate::minute(row.appointment) : QString())};
        for (QStandardItem *item : items) {
            item->setEditable(false);
            if (!row.isOk())
                item->setBackground(bad);
        }
        m_rows->appendRow(items);
    }
    m_view = TableViews::make(m_rows, QStringLiteral("csvPreviewView"), this);
    TableViews::fitColumns(m_view, 1);
    ColumnFitter::of(m_view)->setRemembered(false); // each file brings its own rows

    const int good = preview.okCount();
    const int badCount = int(preview.rows.size()) - good;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(preview.error.isEmpty()
                           ? tr("%n row(s) can be booked;", nullptr, good) + QLatin1Char(' ') +
                                 tr("%n row(s) have a problem and will be skipped.", nullptr, badCount) +
                                 QLatin1Char(' ') + tr("Nothing has been booked yet.")
                           : preview.error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import %n booking(s)", nullptr, good), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("csvImportButton"));
    m_import->setEnabled(good > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    m_view->setFocus();
}

void CsvImportDialog::runImport()
{
    QProgressDialog progress(tr("Booking the imported rows…"), tr("Stop"), 0, m_preview.okCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    m_report = m_importer.import(m_preview, m_commands, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        return !progress.wasCanceled();
    });
    progress.reset();
    accept();
}

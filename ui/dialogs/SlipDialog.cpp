#include "ui/dialogs/SlipDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
// A6 is 105 x 148 mm; the preview keeps its proportions.
const QSize kPreviewSize(420, 592);
} // namespace

SlipDialog::SlipDialog(const SlipContent &content, QWidget *parent)
    : QDialog(parent)
    , m_slip(content)
{
    setWindowTitle(tr("Booking slip"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("slipPreview"));
    m_preview->setFrameShape(QFrame::Box);
    m_preview->setPixmap(QPixmap::fromImage(m_slip.toImage(kPreviewSize)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePdfButton"));
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setDefault(true);
    connect(save, &QPushButton::clicked, this, &SlipDialog::saveAsPdf);
    connect(print, &QPushButton::clicked, this, &SlipDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 0, Qt::AlignHCenter);
    layout->addWidget(buttons);
    print->setFocus();
}

void SlipDialog::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("booking-%1.pdf").arg(m_slip.content().code));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save slip as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_slip.writePdf(path, &error))
        QMessageBox::warning(this, tr("Booking slip"), error);
}

void SlipDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A6));
    printer.setDocName(tr("Booking %1").arg(m_slip.content().code));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_slip.print(&printer))
        QMessageBox::warning(this, tr("Booking slip"), tr("The slip could not be printed."));
}

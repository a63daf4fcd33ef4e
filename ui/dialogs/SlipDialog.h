#pragma once

#include "ui/widgets/BookingSlip.h"

#include <QDialog>

class QLabel;

// Shows a booking slip and offers to save it as a PDF or print it. Escape closes.
class SlipDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlipDialog)

public:
    explicit SlipDialog(const SlipContent &content, QWidget *parent = nullptr);

    const BookingSlip &slip() const { return m_slip; }

private slots:
    void saveAsPdf();
    void print();

private:
    BookingSlip m_slip;
    QLabel *m_preview = nullptr;
};

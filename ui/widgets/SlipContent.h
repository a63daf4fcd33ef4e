#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// What a booking slip shows. Deliberately no birth date: the customer types it on MyPage, so a lost
// slip alone reveals nothing there.
struct SlipContent
{
    QString siteName;
    QString code;
    QString vaccineName;
    QDateTime appointment;
    QString customerName;
    // `<server>/mypage?code=<CODE>`; empty on a standalone desk, and the slip then leaves out the QR code.
    QUrl myPageUrl;
};

#pragma once

#include <QString>

// The short code a customer types on MyPage: 8 characters from an alphabet
// without 0/O/1/I, so it survives being read out over the phone (40 bits).
class BookingCode final
{
public:
    static constexpr int kLength = 8;
    static QString alphabet();
    static QString generate();
    // Upper-cases and drops spaces and dashes; empty when the result is not a well-formed code.
    static QString normalise(const QString &typed);
};

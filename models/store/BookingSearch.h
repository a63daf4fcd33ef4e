#pragma once

#include <QString>

// How BookingStore reads one search, decided once per query text by BookingStore::planSearch()
// and then used for every page. Plain data: copy it freely.
struct BookingSearch
{
    enum class Plan {
        All,          // no filter: the newest bookings
        Nothing,      // a name piece no booking has: nothing can match
        PhonePrefix,  // `text` is digits
        PhoneSuffix,  // `text` is a phone's last four digits (뒷자리), on their own index
        CodePrefix,   // `text` is upper-case code letters
        NamePrefix,   // one character: a range on the name index
        NameContains, // two or more: the name_grams of `gram` (and `otherGram`), confirmed with instr()
    };

    Plan plan = Plan::All;
    QString text;       // what the plan compares; for NameContains folded as NameGrams::fold
    QString gram;       // NameContains: the rarest piece of `text`, scanned newest first
    QString otherGram;  // NameContains: the next rarest, checked per candidate; empty if none
    bool dense = false; // prefix plans: so many matches that walking the rowid fills a page sooner
};

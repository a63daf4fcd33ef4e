<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Booking</name>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>injected</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try again in a moment.</source>
        <translation>The database %1 is locked by another program; try again in a moment.</translation>
    </message>
    <message>
        <source>%1 is not an Anticorona database, or it is damaged (%2).</source>
        <translation>%1 is not an Anticorona database, or it is damaged (%2).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Anticorona (schema %2; this version knows up to %3). Update Anticorona; the file was not changed.</source>
        <translation>The database %1 was written by a newer version of Anticorona (schema %2; this version knows up to %3). Update Anticorona; the file was not changed.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program.</source>
        <translation>%1 is an SQLite database of another program.</translation>
    </message>
    <message>
        <source>The database %1 is truncated: it is shorter than its header says.</source>
        <translation>The database %1 is truncated: it is shorter than its header says.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Cannot prepare the database %1: %2</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation><numerusform>Expires within %n day</numerusform><numerusform>Expires within %n days</numerusform></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The phone number "%1" is not valid: use 8 to 15 digits, optionally with dashes.</source>
        <translation>The phone number "%1" is not valid: use 8 to 15 digits, optionally with dashes.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>The quantity must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date: use YYYY-MM-DD.</source>
        <translation>"%1" is not a valid date: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date and time: use YYYY-MM-DDTHH:MM.</source>
        <translation>"%1" is not a valid date and time: use YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>The expiry date %1 has already passed.</source>
        <translation>The expiry date %1 has already passed.</translation>
    </message>
    <message>
        <source>The appointment %1 is in the past.</source>
        <translation>The appointment %1 is in the past.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>The lot number is empty.</source>
        <translation>The lot number is empty.</translation>
    </message>
    <message>
        <source>Lot %1 of this vaccine was received before with another expiry date.</source>
        <translation>Lot %1 of this vaccine was received before with another expiry date.</translation>
    </message>
    <message>
        <source>A write-off needs a reason.</source>
        <translation>A write-off needs a reason.</translation>
    </message>
    <message>
        <source>There is no vaccine with the id %1.</source>
        <translation>There is no vaccine with the id %1.</translation>
    </message>
    <message>
        <source>There is no booking with the code %1.</source>
        <translation>There is no booking with the code %1.</translation>
    </message>
    <message>
        <source>There is no lot %1 of this vaccine.</source>
        <translation>There is no lot %1 of this vaccine.</translation>
    </message>
    <message>
        <source>The booking is %1, not booked: only a booked booking can be changed.</source>
        <translation>The booking is %1, not booked: only a booked booking can be changed.</translation>
    </message>
    <message>
        <source>No dose of this vaccine is available to book.</source>
        <translation>No dose of this vaccine is available to book.</translation>
    </message>
    <message>
        <source>Only %1 doses are available; booked doses cannot be written off.</source>
        <translation>Only %1 doses are available; booked doses cannot be written off.</translation>
    </message>
    <message>
        <source>This desk holds no right to book this vaccine; it must get rights from the server first.</source>
        <translation>This desk holds no right to book this vaccine; it must get rights from the server first.</translation>
    </message>
    <message>
        <source>This customer already has a booking for this vaccine (code %1).</source>
        <translation>This customer already has a booking for this vaccine (code %1).</translation>
    </message>
    <message>
        <source>Lot %1 has expired.</source>
        <translation>Lot %1 has expired.</translation>
    </message>
    <message>
        <source>Lot %1 has no doses left.</source>
        <translation>Lot %1 has no doses left.</translation>
    </message>
    <message>
        <source>No lot of this vaccine has an unexpired dose left.</source>
        <translation>No lot of this vaccine has an unexpired dose left.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>booked exceeds the stock on hand</source>
        <translation>booked exceeds the stock on hand</translation>
    </message>
    <message>
        <source>the booked counter does not match the BOOKED bookings</source>
        <translation>the booked counter does not match the BOOKED bookings</translation>
    </message>
    <message>
        <source>the stock counter does not match the doses left in the lots</source>
        <translation>the stock counter does not match the doses left in the lots</translation>
    </message>
    <message>
        <source>a vaccine has no stock or rights row</source>
        <translation>a vaccine has no stock or rights row</translation>
    </message>
    <message>
        <source>the outbox sequence has gaps</source>
        <translation>the outbox sequence has gaps</translation>
    </message>
    <message>
        <source>a booking has no Booked event, or an event has no booking</source>
        <translation>a booking has no Booked event, or an event has no booking</translation>
    </message>
    <message>
        <source>the outbox does not add up to the stock on hand</source>
        <translation>the outbox does not add up to the stock on hand</translation>
    </message>
    <message>
        <source>the outbox does not add up to the booked count</source>
        <translation>the outbox does not add up to the booked count</translation>
    </message>
    <message>
        <source>a booking's state does not match its events</source>
        <translation>a booking's state does not match its events</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite integrity check failed: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite integrity check: %1</translation>
    </message>
    <message>
        <source>a row refers to a missing %1 (table %2)</source>
        <translation>a row refers to a missing %1 (table %2)</translation>
    </message>
    <message>
        <source>check "%1" could not run: %2</source>
        <translation>check "%1" could not run: %2</translation>
    </message>
</context>
</TS>

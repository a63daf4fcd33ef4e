<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>Change roles…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>A&amp;udit trail:</source>
        <translation>A&amp;udit trail:</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>Staff member %1 added.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Roles of %1 changed.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their past changes stay in the audit trail.</source>
        <translation>Deactivate %1 (%2)? They can no longer sign in; their past changes stay in the audit trail.</translation>
    </message>
    <message>
        <source>Account not deactivated</source>
        <translation>Account not deactivated</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>S&amp;taff accounts:</source>
        <translation>S&amp;taff accounts:</translation>
    </message>
    <message>
        <source>Person, customer, lot or reason</source>
        <translation>Person, customer, lot or reason</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>The server is busy; try again in a moment.</translation>
    </message>
    <message>
        <source>The server could not store or read data.</source>
        <translation>The server could not store or read data.</translation>
    </message>
    <message>
        <source>This request needs a bearer token.</source>
        <translation>This request needs a bearer token.</translation>
    </message>
    <message>
        <source>The token is not valid.</source>
        <translation>The token is not valid.</translation>
    </message>
    <message>
        <source>This device was revoked; enroll it again to sync.</source>
        <translation>This device was revoked; enroll it again to sync.</translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation>The body is larger than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>There is no resource %1.</source>
        <translation>There is no resource %1.</translation>
    </message>
    <message>
        <source>%1 does not accept this method; it accepts %2.</source>
        <translation>%1 does not accept this method; it accepts %2.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The server has too many requests; try again in a moment.</source>
        <translation>The server has too many requests; try again in a moment.</translation>
    </message>
    <message>
        <source>This server does not offer WebSockets.</source>
        <translation>This server does not offer WebSockets.</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>The request did not arrive in time.</translation>
    </message>
    <message>
        <source>A request body needs a Content-Length; chunked bodies are not accepted.</source>
        <translation>A request body needs a Content-Length; chunked bodies are not accepted.</translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation>The body is larger than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>The request line is longer than the limit of %1 bytes.</source>
        <translation>The request line is longer than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than the limit of %1 bytes.</source>
        <translation>The request&apos;s headers are larger than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>This transfer coding is not supported.</source>
        <translation>This transfer coding is not supported.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Only HTTP/1.0 and HTTP/1.1 are supported.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>The request is not valid HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>vaccine registered</source>
        <translation>vaccine registered</translation>
    </message>
    <message>
        <source>stock received</source>
        <translation>stock received</translation>
    </message>
    <message>
        <source>stock written off</source>
        <translation>stock written off</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>booking cancelled</source>
        <translation>booking cancelled</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>injected</translation>
    </message>
    <message>
        <source>injection undone</source>
        <translation>injection undone</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>clinic set up</source>
        <translation>clinic set up</translation>
    </message>
    <message>
        <source>staff added</source>
        <translation>staff added</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>roles changed</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>staff deactivated</source>
        <translation>staff deactivated</translation>
    </message>
    <message>
        <source>sync conflict resolved</source>
        <translation>sync conflict resolved</translation>
    </message>
    <message>
        <source>sign-in while locked</source>
        <translation>sign-in while locked</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>desk locked</source>
        <translation>desk locked</translation>
    </message>
    <message>
        <source>Vaccine %1 by %2 added to the catalogue</source>
        <translation>Vaccine %1 by %2 added to the catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 received in lot %2, expiring %3</source>
        <translation>
            <numerusform>%n dose of %1 received in lot %2, expiring %3</numerusform>
            <numerusform>%n doses of %1 received in lot %2, expiring %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 written off from lot %2: %3</source>
        <translation>
            <numerusform>%n dose of %1 written off from lot %2: %3</numerusform>
            <numerusform>%n doses of %1 written off from lot %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 booked for %2 on %3, code %4</source>
        <translation>%1 booked for %2 on %3, code %4</translation>
    </message>
    <message>
        <source>Booking %1 of %2 for %3 cancelled</source>
        <translation>Booking %1 of %2 for %3 cancelled</translation>
    </message>
    <message>
        <source>%1 injected with %2 from lot %3, booking %4</source>
        <translation>%1 injected with %2 from lot %3, booking %4</translation>
    </message>
    <message>
        <source>Injection of %1 undone: the dose went back to lot %2, booking %3</source>
        <translation>Injection of %1 undone: the dose went back to lot %2, booking %3</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Sign-in as %1 refused</source>
        <translation>Sign-in as %1 refused</translation>
    </message>
    <message>
        <source>Sign-in as %1 refused: the account is locked</source>
        <translation>Sign-in as %1 refused: the account is locked</translation>
    </message>
    <message>
        <source>Account %1 locked after too many wrong passwords</source>
        <translation>Account %1 locked after too many wrong passwords</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Desk locked: nobody used it for a while</source>
        <translation>Desk locked: nobody used it for a while</translation>
    </message>
    <message>
        <source>Desk locked by hand</source>
        <translation>Desk locked by hand</translation>
    </message>
    <message>
        <source>Clinic %1 set up</source>
        <translation>Clinic %1 set up</translation>
    </message>
    <message>
        <source>Staff account %1 added</source>
        <translation>Staff account %1 added</translation>
    </message>
    <message>
        <source>Roles changed: %1</source>
        <translation>Roles changed: %1</translation>
    </message>
    <message>
        <source>New password set for %1</source>
        <translation>New password set for %1</translation>
    </message>
    <message>
        <source>Account %1 deactivated</source>
        <translation>Account %1 deactivated</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
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
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>BookingCsvExport</name>
    <message>
        <source>The file cannot be written.</source>
        <translation>The file cannot be written.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>BookingCsvImport</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected.</source>
        <translation>
            <numerusform>%n field where %1 are expected.</numerusform>
            <numerusform>%n fields where %1 are expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same customer is already booked for this vaccine on line %1.</source>
        <translation>The same customer is already booked for this vaccine on line %1.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>010-1234-5678</source>
        <translation>010-1234-5678</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>&amp;Vaccine:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Appointment:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n available)</source>
        <translation>
            <numerusform>%1 (%n available)</numerusform>
            <numerusform>%1 (%n available)</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a vaccine and receive stock before booking.</source>
        <translation>Register a vaccine and receive stock before booking.</translation>
    </message>
    <message>
        <source>The booking could not be saved: %1</source>
        <translation>The booking could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 available now.</source>
        <translation>
            <numerusform>%n dose of %1 available now.</numerusform>
            <numerusform>%n doses of %1 available now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingSlip</name>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>The slip could not be written to %1.</source>
        <translation>The slip could not be written to %1.</translation>
    </message>
    <message>
        <source>Vaccination booking</source>
        <translation>Vaccination booking</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>Vaccine:</source>
        <translation>Vaccine:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Please bring an ID card and this slip to your appointment.</source>
        <translation>Please bring an ID card and this slip to your appointment.</translation>
    </message>
    <message>
        <source>Scan the code or open this address, then enter your birth date to see your booking:</source>
        <translation>Scan the code or open this address, then enter your birth date to see your booking:</translation>
    </message>
    <message>
        <source>To check or change this booking, call or visit %1 and give the booking code above.</source>
        <translation>To check or change this booking, call or visit %1 and give the booking code above.</translation>
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
    <name>BookingsPage</name>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;New booking…</translation>
    </message>
    <message>
        <source>Book a vaccination for a customer</source>
        <translation>Book a vaccination for a customer</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
    <message>
        <source>Cancel the selected booking and free its dose</source>
        <translation>Cancel the selected booking and free its dose</translation>
    </message>
    <message>
        <source>Booking &amp;slip…</source>
        <translation>Booking &amp;slip…</translation>
    </message>
    <message>
        <source>Print the selected booking&apos;s slip or save it as PDF</source>
        <translation>Print the selected booking&apos;s slip or save it as PDF</translation>
    </message>
    <message>
        <source>&amp;Export bookings to CSV…</source>
        <translation>&amp;Export bookings to CSV…</translation>
    </message>
    <message>
        <source>&amp;Import bookings from CSV…</source>
        <translation>&amp;Import bookings from CSV…</translation>
    </message>
    <message>
        <source>&amp;Find booking</source>
        <translation>&amp;Find booking</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Anything</translation>
    </message>
    <message>
        <source>Name (any part)</source>
        <translation>Name (any part)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n booking shown, more as you scroll</numerusform>
            <numerusform>%n bookings shown, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked: code %1.</source>
        <translation>Booked: code %1.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>The booking code is %1.</source>
        <translation>The booking code is %1.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel booking %1 for %2? Its dose becomes available again.</source>
        <translation>Cancel booking %1 for %2? Its dose becomes available again.</translation>
    </message>
    <message>
        <source>Booking not cancelled</source>
        <translation>Booking not cancelled</translation>
    </message>
    <message>
        <source>Booking %1 cancelled.</source>
        <translation>Booking %1 cancelled.</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Export bookings</translation>
    </message>
    <message>
        <source>bookings.csv</source>
        <translation>bookings.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting bookings…</source>
        <translation>Exporting bookings…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n booking exported to %1.</numerusform>
            <numerusform>%n bookings exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation>Import bookings</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) imported.</source>
        <translation>
            <numerusform>%n booking imported.</numerusform>
            <numerusform>%n bookings imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the rest were not booked.</source>
        <translation>Stopped before the end: the rest were not booked.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were refused while booking.</source>
        <translation>
            <numerusform>%n row was refused while booking.</numerusform>
            <numerusform>%n rows were refused while booking.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>&amp;Print slip…</translation>
    </message>
    <message>
        <source>Any part of a name, a phone number&apos;s start or last four digits, or a booking code</source>
        <translation>Any part of a name, a phone number&apos;s start or last four digits, or a booking code</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Fin&amp;d:</translation>
    </message>
    <message>
        <source>Give the code to the customer: with it and their birth date they can check the booking online.</source>
        <translation>Give the code to the customer: with it and their birth date they can check the booking online.</translation>
    </message>
    <message>
        <source>Select a booking first: find it (Ctrl+F), then Down goes into the list.</source>
        <translation>Select a booking first: find it (Ctrl+F), then Down goes into the list.</translation>
    </message>
    <message>
        <source>Booking %1 is %2: only a booking still open can be printed or cancelled.</source>
        <translation>Booking %1 is %2: only a booking still open can be printed or cancelled.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>The database %1 failed: %2</source>
        <translation>The database %1 failed: %2</translation>
    </message>
    <message>
        <source>anticorona-cli: %1</source>
        <translation>anticorona-cli: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Run anticorona-cli --help for the commands.
</source>
        <translation>Run anticorona-cli --help for the commands.
</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>&amp;Fit columns to contents</source>
        <translation>&amp;Fit columns to contents</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>The option %1 takes no value.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; has no option %2.</source>
        <translation>The command &quot;%1&quot; has no option %2.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>The option %1 is given twice.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 FILE is required.</source>
        <translation>The option %1 FILE is required.</translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation>The argument %1 is missing.</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>The option %1 is required.</translation>
    </message>
    <message>
        <source>The value of %1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>The value of %1 must be a whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The value of %1, %2, is too small (at least %3).</source>
        <translation>The value of %1, %2, is too small (at least %3).</translation>
    </message>
    <message>
        <source>The value of %1, %2, is too large (at most %3).</source>
        <translation>The value of %1, %2, is too large (at most %3).</translation>
    </message>
    <message>
        <source>Give at most one of %1.</source>
        <translation>Give at most one of %1.</translation>
    </message>
    <message>
        <source>Usage: anticorona-cli --database FILE [--json] COMMAND [ARGUMENTS] [OPTIONS]

Commands:
</source>
        <translation>Usage: anticorona-cli --database FILE [--json] COMMAND [ARGUMENTS] [OPTIONS]

Commands:
</translation>
    </message>
    <message>
        <source>Usage: anticorona-cli --database FILE [--json] %1
  %2
</source>
        <translation>Usage: anticorona-cli --database FILE [--json] %1
  %2
</translation>
    </message>
    <message>
        <source>
Global options:
  --database FILE  the desk&apos;s database; vaccine add, staff add, demo and enroll create it
                   when missing, every other command needs it to exist
  --json           print exactly one JSON object on stdout
  --help           print this help

Dates are YYYY-MM-DD; appointments YYYY-MM-DDTHH:MM in the clinic&apos;s local time.

Exit codes:
  0  done
  1  refused by a rule, or verify found a problem; stderr says why
  2  usage error
  3  database error: missing, damaged, locked, read-only or from a newer version;
     enroll: no system keychain answers and no --token-file was given
  4  the server could not be reached or did not answer; stderr says why
</source>
        <translation>
Global options:
  --database FILE  the desk&apos;s database; vaccine add, staff add, demo and enroll create it
                   when missing, every other command needs it to exist
  --json           print exactly one JSON object on stdout
  --help           print this help

Dates are YYYY-MM-DD; appointments YYYY-MM-DDTHH:MM in the clinic&apos;s local time.

Exit codes:
  0  done
  1  refused by a rule, or verify found a problem; stderr says why
  2  usage error
  3  database error: missing, damaged, locked, read-only or from a newer version;
     enroll: no system keychain answers and no --token-file was given
  4  the server could not be reached or did not answer; stderr says why
</translation>
    </message>
</context>
<context>
    <name>CommandSpec</name>
    <message>
        <source>Registers a vaccine; prints its id.</source>
        <translation>Registers a vaccine; prints its id.</translation>
    </message>
    <message>
        <source>Receives a lot of doses into stock.</source>
        <translation>Receives a lot of doses into stock.</translation>
    </message>
    <message>
        <source>Books a vaccination; prints the booking code.</source>
        <translation>Books a vaccination; prints the booking code.</translation>
    </message>
    <message>
        <source>Cancels a booked booking.</source>
        <translation>Cancels a booked booking.</translation>
    </message>
    <message>
        <source>Records the injection of a booked booking; prints the lot used
(default: the earliest unexpired lot with doses left).</source>
        <translation>Records the injection of a booked booking; prints the lot used
(default: the earliest unexpired lot with doses left).</translation>
    </message>
    <message>
        <source>Lists the bookings whose phone, name or code starts with the text
(at most 100; without a filter, any 100).</source>
        <translation>Lists the bookings whose phone, name or code starts with the text
(at most 100; without a filter, any 100).</translation>
    </message>
    <message>
        <source>Shows per vaccine the doses on hand, booked and available.</source>
        <translation>Shows per vaccine the doses on hand, booked and available.</translation>
    </message>
    <message>
        <source>Checks the database: integrity, booked &lt;= on hand, counters and
outbox. Exits 1 and lists the problems when one does not hold.</source>
        <translation>Checks the database: integrity, booked &lt;= on hand, counters and
outbox. Exits 1 and lists the problems when one does not hold.</translation>
    </message>
    <message>
        <source>Fills the database with a demo clinic of N bookings; progress
goes to stderr.</source>
        <translation>Fills the database with a demo clinic of N bookings; progress
goes to stderr.</translation>
    </message>
    <message>
        <source>Takes back today&apos;s latest injection of a booking made at this desk:
the dose returns to its lot and the booking is booked again.</source>
        <translation>Takes back today&apos;s latest injection of a booking made at this desk:
the dose returns to its lot and the booking is booked again.</translation>
    </message>
    <message>
        <source>Adds a staff account; the password is the first line of stdin.
Roles: admin, vaccines, reception, injection.</source>
        <translation>Adds a staff account; the password is the first line of stdin.
Roles: admin, vaccines, reception, injection.</translation>
    </message>
    <message>
        <source>Lists the staff accounts and their roles.</source>
        <translation>Lists the staff accounts and their roles.</translation>
    </message>
    <message>
        <source>Shows the audit trail, newest first (at most 100 lines): who did
what, and when.</source>
        <translation>Shows the audit trail, newest first (at most 100 lines): who did
what, and when.</translation>
    </message>
    <message>
        <source>Makes this desk a device of the server&apos;s site with a one-time code from the
administrator. The token goes to the system keychain, or to --token-file (mode 0600)
where there is none; --name is how the server lists the desk (default: this computer&apos;s).</source>
        <translation>Makes this desk a device of the server&apos;s site with a one-time code from the
administrator. The token goes to the system keychain, or to --token-file (mode 0600)
where there is none; --name is how the server lists the desk (default: this computer&apos;s).</translation>
    </message>
    <message>
        <source>Runs one round with the server: sends the changes waiting, then
reads the site&apos;s changes. A standalone desk has nothing to do.</source>
        <translation>Runs one round with the server: sends the changes waiting, then
reads the site&apos;s changes. A standalone desk has nothing to do.</translation>
    </message>
    <message>
        <source>Shows where the desk stands with the server: changes waiting, rights
and sureties per vaccine, open conflicts, the last sync.</source>
        <translation>Shows where the desk stands with the server: changes waiting, rights
and sureties per vaccine, open conflicts, the last sync.</translation>
    </message>
    <message>
        <source>Lists the open conflicts: changes the server refused and clashes in
the site&apos;s changes (at most 100).</source>
        <translation>Lists the open conflicts: changes the server refused and clashes in
the site&apos;s changes (at most 100).</translation>
    </message>
    <message>
        <source>Closes a conflict, keeping this desk&apos;s version or the server&apos;s; a new
booking or correction is a command of its own.</source>
        <translation>Closes a conflict, keeping this desk&apos;s version or the server&apos;s; a new
booking or correction is a command of its own.</translation>
    </message>
    <message>
        <source>Writes off wasted or expired doses (at most the available ones)
from the named lot (default: the earliest expiry first).</source>
        <translation>Writes off wasted or expired doses (at most the available ones)
from the named lot (default: the earliest expiry first).</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>New vaccine</source>
        <translation>New vaccine</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>Stock received</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Injection undone</source>
        <translation>Injection undone</translation>
    </message>
    <message>
        <source>Surety returned</source>
        <translation>Surety returned</translation>
    </message>
    <message>
        <source>No dose was left to book at the site.</source>
        <translation>No dose was left to book at the site.</translation>
    </message>
    <message>
        <source>This desk held no right to book this vaccine.</source>
        <translation>This desk held no right to book this vaccine.</translation>
    </message>
    <message>
        <source>The appointment was in the past.</source>
        <translation>The appointment was in the past.</translation>
    </message>
    <message>
        <source>The appointment time is not valid.</source>
        <translation>The appointment time is not valid.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>The phone number is not valid.</translation>
    </message>
    <message>
        <source>The birth date is not valid.</source>
        <translation>The birth date is not valid.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>The customer already has a booking for this vaccine.</source>
        <translation>The customer already has a booking for this vaccine.</translation>
    </message>
    <message>
        <source>The server already has this booking.</source>
        <translation>The server already has this booking.</translation>
    </message>
    <message>
        <source>Another booking already uses this booking code.</source>
        <translation>Another booking already uses this booking code.</translation>
    </message>
    <message>
        <source>The booking was sent for another desk.</source>
        <translation>The booking was sent for another desk.</translation>
    </message>
    <message>
        <source>The server does not know this vaccine.</source>
        <translation>The server does not know this vaccine.</translation>
    </message>
    <message>
        <source>The server already has this vaccine.</source>
        <translation>The server already has this vaccine.</translation>
    </message>
    <message>
        <source>The booking is not known here or at the server.</source>
        <translation>The booking is not known here or at the server.</translation>
    </message>
    <message>
        <source>The lot is not known.</source>
        <translation>The lot is not known.</translation>
    </message>
    <message>
        <source>The lot was already received with another expiry date.</source>
        <translation>The lot was already received with another expiry date.</translation>
    </message>
    <message>
        <source>The lot had expired.</source>
        <translation>The lot had expired.</translation>
    </message>
    <message>
        <source>The lot had no dose left.</source>
        <translation>The lot had no dose left.</translation>
    </message>
    <message>
        <source>The expiry date had already passed.</source>
        <translation>The expiry date had already passed.</translation>
    </message>
    <message>
        <source>The stock would grow past its limit.</source>
        <translation>The stock would grow past its limit.</translation>
    </message>
    <message>
        <source>The quantity is not valid.</source>
        <translation>The quantity is not valid.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>The manufacturer is empty.</source>
        <translation>The manufacturer is empty.</translation>
    </message>
    <message>
        <source>The manufacturer is too long.</source>
        <translation>The manufacturer is too long.</translation>
    </message>
    <message>
        <source>The lot number is empty.</source>
        <translation>The lot number is empty.</translation>
    </message>
    <message>
        <source>The lot number is too long.</source>
        <translation>The lot number is too long.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>No reason was given.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>The reason is too long.</translation>
    </message>
    <message>
        <source>The site had fewer free doses than were written off.</source>
        <translation>The site had fewer free doses than were written off.</translation>
    </message>
    <message>
        <source>The undo did not match the injection.</source>
        <translation>The undo did not match the injection.</translation>
    </message>
    <message>
        <source>The booking had no injection to undo.</source>
        <translation>The booking had no injection to undo.</translation>
    </message>
    <message>
        <source>This desk may not undo that injection.</source>
        <translation>This desk may not undo that injection.</translation>
    </message>
    <message>
        <source>An injection can only be undone on the day it was given.</source>
        <translation>An injection can only be undone on the day it was given.</translation>
    </message>
    <message>
        <source>The change was incomplete or malformed.</source>
        <translation>The change was incomplete or malformed.</translation>
    </message>
    <message>
        <source>The server already has a different change with this id.</source>
        <translation>The server already has a different change with this id.</translation>
    </message>
    <message>
        <source>Only the server may make this kind of change.</source>
        <translation>Only the server may make this kind of change.</translation>
    </message>
    <message>
        <source>The server does not know this kind of change.</source>
        <translation>The server does not know this kind of change.</translation>
    </message>
    <message>
        <source>Another desk received the same lot with another expiry date.</source>
        <translation>Another desk received the same lot with another expiry date.</translation>
    </message>
    <message>
        <source>Another desk wrote off more doses than this desk holds.</source>
        <translation>Another desk wrote off more doses than this desk holds.</translation>
    </message>
    <message>
        <source>Another desk injected a dose that no lot here holds.</source>
        <translation>Another desk injected a dose that no lot here holds.</translation>
    </message>
    <message>
        <source>Another desk undid an injection this desk has never seen.</source>
        <translation>Another desk undid an injection this desk has never seen.</translation>
    </message>
    <message>
        <source>Other reason (%1)</source>
        <translation>Other reason (%1)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import bookings: preview</source>
        <translation>Import bookings: preview</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
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
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n booking(s)</source>
        <translation>
            <numerusform>&amp;Import %n booking</numerusform>
            <numerusform>&amp;Import %n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking the imported rows…</source>
        <translation>Booking the imported rows…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be booked;</source>
        <translation>
            <numerusform>%n row can be booked;</numerusform>
            <numerusform>%n rows can be booked;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will be skipped.</source>
        <translation>
            <numerusform>%n row has a problem and will be skipped.</numerusform>
            <numerusform>%n rows have a problem and will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been booked yet.</source>
        <translation>Nothing has been booked yet.</translation>
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
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
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
    <message>
        <source>The database %1 is read-only: %2 needs to write to the file and its folder.</source>
        <translation>The database %1 is read-only: %2 needs to write to the file and its folder.</translation>
    </message>
    <message>
        <source>%1 is not an %2 database, or it is damaged (%3).</source>
        <translation>%1 is not an %2 database, or it is damaged (%3).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of %4 (schema %2; this version knows up to %3). Update %4; the file was not changed.</source>
        <translation>The database %1 was written by a newer version of %4 (schema %2; this version knows up to %3). Update %4; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 is not an %2 database: it belongs to another program.</source>
        <translation>%1 is not an %2 database: it belongs to another program.</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>The database %1 is not open.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Anticorona</source>
        <translation>Anticorona</translation>
    </message>
    <message>
        <source>The database cannot be read.

%1</source>
        <translation>The database cannot be read.

%1</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Enter the MyPage address as https://host, or leave it empty.</source>
        <translation>Enter the MyPage address as https://host, or leave it empty.</translation>
    </message>
    <message>
        <source>The MyPage address must start with http:// or https://.</source>
        <translation>The MyPage address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The MyPage address needs a host name, as in https://clinic.example.</source>
        <translation>The MyPage address needs a host name, as in https://clinic.example.</translation>
    </message>
    <message>
        <source>The MyPage address must not contain a user name or password.</source>
        <translation>The MyPage address must not contain a user name or password.</translation>
    </message>
</context>
<context>
    <name>EnrollController</name>
    <message>
        <source>This enrollment code is not known.</source>
        <translation>This enrollment code is not known.</translation>
    </message>
    <message>
        <source>This enrollment code was used already; ask for a new one.</source>
        <translation>This enrollment code was used already; ask for a new one.</translation>
    </message>
    <message>
        <source>This enrollment code has expired; ask for a new one.</source>
        <translation>This enrollment code has expired; ask for a new one.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>The server&apos;s administrator gives you a one-time code for this desk. The desk keeps everything it did alone and shares it with the server.</source>
        <translation>The server&apos;s administrator gives you a one-time code for this desk. The desk keeps everything it did alone and shares it with the server.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>Desk &amp;name:</translation>
    </message>
    <message>
        <source>Keep the token in:</source>
        <translation>Keep the token in:</translation>
    </message>
    <message>
        <source>System &amp;keychain</source>
        <translation>System &amp;keychain</translation>
    </message>
    <message>
        <source>A &amp;file I choose</source>
        <translation>A &amp;file I choose</translation>
    </message>
    <message>
        <source>Path of the token file</source>
        <translation>Path of the token file</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Device id:</translation>
    </message>
    <message>
        <source>Token kept in:</source>
        <translation>Token kept in:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Where to keep the token</source>
        <translation>Where to keep the token</translation>
    </message>
    <message>
        <source>The one-time code has 20 letters and digits, as XXXXX-XXXXX-XXXXX-XXXXX.</source>
        <translation>The one-time code has 20 letters and digits, as XXXXX-XXXXX-XXXXX-XXXXX.</translation>
    </message>
    <message>
        <source>Give this desk a name, so the server&apos;s administrator can tell it apart.</source>
        <translation>Give this desk a name, so the server&apos;s administrator can tell it apart.</translation>
    </message>
    <message>
        <source>Choose the file that will keep the token.</source>
        <translation>Choose the file that will keep the token.</translation>
    </message>
    <message>
        <source>%1 You can choose &quot;A file I choose&quot; to keep the token in a private file instead.</source>
        <translation>%1 You can choose &quot;A file I choose&quot; to keep the token in a private file instead.</translation>
    </message>
    <message>
        <source>Connecting to %1... This can take a few seconds; please wait.</source>
        <translation>Connecting to %1... This can take a few seconds; please wait.</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>One-time c&amp;ode:</translation>
    </message>
</context>
<context>
    <name>Enroller</name>
    <message>
        <source>This desk is enrolled already, with %1 as device %2. A desk enrolls once: to start over, enroll a new database file.</source>
        <translation>This desk is enrolled already, with %1 as device %2. A desk enrolls once: to start over, enroll a new database file.</translation>
    </message>
    <message>
        <source>The desk cannot keep its token in %1: %2 The enrollment code was not used.</source>
        <translation>The desk cannot keep its token in %1: %2 The enrollment code was not used.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address and the network; the enrollment code was not used.</source>
        <translation>The server %1 cannot be reached. Check the address and the network; the enrollment code was not used.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); try again later with the same code.</source>
        <translation>The server failed to answer (HTTP %1); try again later with the same code.</translation>
    </message>
    <message>
        <source>The server does not know this enrollment code. Check it, or ask the administrator for a new one.</source>
        <translation>The server does not know this enrollment code. Check it, or ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>This enrollment code was used already; each code enrolls one desk. Ask the administrator for a new one.</source>
        <translation>This enrollment code was used already; each code enrolls one desk. Ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask the administrator for a new one.</source>
        <translation>This enrollment code has expired. Ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment is not what the protocol says; the code may be spent. Ask the administrator to check the server.</source>
        <translation>The server&apos;s answer to the enrollment is not what the protocol says; the code may be spent. Ask the administrator to check the server.</translation>
    </message>
    <message>
        <source>The desk could not store its token in %1: %2 The enrollment code is spent: ask the administrator for a new one.</source>
        <translation>The desk could not store its token in %1: %2 The enrollment code is spent: ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>This desk was enrolled by someone else meanwhile; its enrollment stays as it was.</source>
        <translation>This desk was enrolled by someone else meanwhile; its enrollment stays as it was.</translation>
    </message>
    <message>
        <source>The desk&apos;s database could not record the enrollment; nothing was changed. Try again, and if it happens again call for support.</source>
        <translation>The desk&apos;s database could not record the enrollment; nothing was changed. Try again, and if it happens again call for support.</translation>
    </message>
    <message>
        <source>The server refused the enrollment: %1</source>
        <translation>The server refused the enrollment: %1</translation>
    </message>
    <message>
        <source>The server refused the enrollment (HTTP %1).</source>
        <translation>The server refused the enrollment (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>Unknown event type.</source>
        <translation>Unknown event type.</translation>
    </message>
    <message>
        <source>A vaccine with the id %1 exists already.</source>
        <translation>A vaccine with the id %1 exists already.</translation>
    </message>
    <message>
        <source>payload.code is not a booking code</source>
        <translation>payload.code is not a booking code</translation>
    </message>
    <message>
        <source>A booking&apos;s holder must be the device that made it.</source>
        <translation>A booking&apos;s holder must be the device that made it.</translation>
    </message>
    <message>
        <source>A booking with the id %1 exists already.</source>
        <translation>A booking with the id %1 exists already.</translation>
    </message>
    <message>
        <source>The booking code %1 is taken; make the booking again.</source>
        <translation>The booking code %1 is taken; make the booking again.</translation>
    </message>
    <message>
        <source>The undo names another code, vaccine or holder than booking %1 has.</source>
        <translation>The undo names another code, vaccine or holder than booking %1 has.</translation>
    </message>
    <message>
        <source>Booking %1 has no injection to undo.</source>
        <translation>Booking %1 has no injection to undo.</translation>
    </message>
    <message>
        <source>Only the latest injection of booking %1, made by this desk for its own booking, can be undone.</source>
        <translation>Only the latest injection of booking %1, made by this desk for its own booking, can be undone.</translation>
    </message>
    <message>
        <source>The injection of booking %1 took its dose from lot %2, not from lot %3.</source>
        <translation>The injection of booking %1 took its dose from lot %2, not from lot %3.</translation>
    </message>
    <message>
        <source>The injection was recorded on %1; only an injection made the same day can be undone.</source>
        <translation>The injection was recorded on %1; only an injection made the same day can be undone.</translation>
    </message>
    <message>
        <source>Only the server makes %1 entries.</source>
        <translation>Only the server makes %1 entries.</translation>
    </message>
    <message>
        <source>The event id %1 is reserved for the server&apos;s own entries; a desk makes random (version 4) UUIDs.</source>
        <translation>The event id %1 is reserved for the server&apos;s own entries; a desk makes random (version 4) UUIDs.</translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>events[%1] is for site %2; this device belongs to site %3.</source>
        <translation>events[%1] is for site %2; this device belongs to site %3.</translation>
    </message>
    <message>
        <source>events[%1] was made by device %2; a device pushes only its own events.</source>
        <translation>events[%1] was made by device %2; a device pushes only its own events.</translation>
    </message>
    <message>
        <source>events[%1].feedCursor %2 is beyond the server&apos;s last sequence %3.</source>
        <translation>events[%1].feedCursor %2 is beyond the server&apos;s last sequence %3.</translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <source>after must be a whole number of at least 0.</source>
        <translation>after must be a whole number of at least 0.</translation>
    </message>
    <message>
        <source>limit must be a whole number of at least 1.</source>
        <translation>limit must be a whole number of at least 1.</translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <source>Another desk wrote off %1 doses; this desk&apos;s lots held only %2 of them.</source>
        <translation>Another desk wrote off %1 doses; this desk&apos;s lots held only %2 of them.</translation>
    </message>
    <message>
        <source>Another desk cancelled a booking this desk has never seen.</source>
        <translation>Another desk cancelled a booking this desk has never seen.</translation>
    </message>
    <message>
        <source>Another desk recorded an injection of a booking or lot this desk has never seen.</source>
        <translation>Another desk recorded an injection of a booking or lot this desk has never seen.</translation>
    </message>
    <message>
        <source>Another desk recorded an injection from lot %1, but no lot here holds a dose.</source>
        <translation>Another desk recorded an injection from lot %1, but no lot here holds a dose.</translation>
    </message>
    <message>
        <source>Another desk undid an injection this desk has never seen.</source>
        <translation>Another desk undid an injection this desk has never seen.</translation>
    </message>
    <message>
        <source>Lot %1 arrived from another desk with expiry %2; this desk received it with expiry %3. The server keeps the first, so the lot now shows %2.</source>
        <translation>Lot %1 arrived from another desk with expiry %2; this desk received it with expiry %3. The server keeps the first, so the lot now shows %2.</translation>
    </message>
    <message>
        <source>The server keeps the injection, but no lot here holds the dose it used: check the stock.</source>
        <translation>The server keeps the injection, but no lot here holds the dose it used: check the stock.</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>The token file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The token file %1 belongs to another user. Use a file of your own, or make it yours with: chown %2 %1</source>
        <translation>The token file %1 belongs to another user. Use a file of your own, or make it yours with: chown %2 %1</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users, so its token is not used. Make it private with: chmod 600 %1</source>
        <translation>The token file %1 can be read or changed by other users, so its token is not used. Make it private with: chmod 600 %1</translation>
    </message>
    <message>
        <source>The file %1 is not a token file of this desk. Choose another file, or delete this one and enroll again.</source>
        <translation>The file %1 is not a token file of this desk. Choose another file, or delete this one and enroll again.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be written: %2</source>
        <translation>The token file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The token file %1 cannot be made private.</source>
        <translation>The token file %1 cannot be made private.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be deleted: %2</source>
        <translation>The token file %1 cannot be deleted: %2</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>the file %1</translation>
    </message>
    <message>
        <source>The folder of the token file %1 does not exist or cannot be written.</source>
        <translation>The folder of the token file %1 does not exist or cannot be written.</translation>
    </message>
    <message>
        <source>The token file %1 already holds the token of device %2. Choose another file, or delete this one if that device is gone.</source>
        <translation>The token file %1 already holds the token of device %2. Choose another file, or delete this one if that device is gone.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address &quot;%1&quot; is not a complete address such as https://server.example:8080.</source>
        <translation>The server address &quot;%1&quot; is not a complete address such as https://server.example:8080.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with http:// or https://.</source>
        <translation>The server address &quot;%1&quot; must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no server.</source>
        <translation>The server address &quot;%1&quot; names no server.</translation>
    </message>
</context>
<context>
    <name>InjectDialog</name>
    <message>
        <source>Record injection</source>
        <translation>Record injection</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires %2, %n dose(s) left</source>
        <translation>
            <numerusform>%1 — expires %2, %n dose left</numerusform>
            <numerusform>%1 — expires %2, %n doses left</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation>Booking:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot:</translation>
    </message>
    <message>
        <source>&amp;Injected</source>
        <translation>&amp;Injected</translation>
    </message>
    <message>
        <source>No lot of this vaccine can be used: every lot is empty or expired.</source>
        <translation>No lot of this vaccine can be used: every lot is empty or expired.</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>deviceName is longer than %1 characters</source>
        <translation>deviceName is longer than %1 characters</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 must be an object</translation>
    </message>
    <message>
        <source>%1 is an unknown event type &quot;%2&quot;</source>
        <translation>%1 is an unknown event type &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid event: the id must be a UUID and &quot;at&quot; an ISO 8601 time</source>
        <translation>%1 is not a valid event: the id must be a UUID and &quot;at&quot; an ISO 8601 time</translation>
    </message>
    <message>
        <source>a batch holds at most %1 events</source>
        <translation>a batch holds at most %1 events</translation>
    </message>
    <message>
        <source>%1 is an unknown status &quot;%2&quot;</source>
        <translation>%1 is an unknown status &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is rejected without a reason</source>
        <translation>%1 is rejected without a reason</translation>
    </message>
    <message>
        <source>%1 is not after the previous entry</source>
        <translation>%1 is not after the previous entry</translation>
    </message>
    <message>
        <source>next must be the last entry&apos;s serverSequence</source>
        <translation>next must be the last entry&apos;s serverSequence</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 must be %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>rights[%1] must be an object</source>
        <translation>rights[%1] must be an object</translation>
    </message>
    <message>
        <source>action must be &quot;refill&quot; or &quot;return&quot;</source>
        <translation>action must be &quot;refill&quot; or &quot;return&quot;</translation>
    </message>
    <message>
        <source>feed goes past grantSequence</source>
        <translation>feed goes past grantSequence</translation>
    </message>
    <message>
        <source>requestId must be a UUID</source>
        <translation>requestId must be a UUID</translation>
    </message>
    <message>
        <source>deviceName must be printable text: no line breaks, tabs or other control characters</source>
        <translation>deviceName must be printable text: no line breaks, tabs or other control characters</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available here (%1). Start one (GNOME Keyring or KWallet) or choose a token file.</source>
        <translation>No system keychain is available here (%1). Start one (GNOME Keyring or KWallet) or choose a token file.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again, or choose a token file.</source>
        <translation>The system keychain refused access (%1). Unlock it and try again, or choose a token file.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used here (%1). Start and unlock one (GNOME Keyring or KWallet), or choose a token file.</source>
        <translation>The system keychain cannot be used here (%1). Start and unlock one (GNOME Keyring or KWallet), or choose a token file.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>The system keychain does not keep what is written to it.</source>
        <translation>The system keychain does not keep what is written to it.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
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
        <translation>
            <numerusform>Expires within %n day</numerusform>
            <numerusform>Expires within %n days</numerusform>
        </translation>
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
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Anticorona — %1</source>
        <translation>Anticorona — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Bookings</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <source>About Anticorona</source>
        <translation>About Anticorona</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anticorona %1&lt;/b&gt;&lt;p&gt;The vaccination desk: bookings, stock and injections, working with or without the network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Anticorona %1&lt;/b&gt;&lt;p&gt;The vaccination desk: bookings, stock and injections, working with or without the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Stock and lots</source>
        <translation>Stock and lots</translation>
    </message>
    <message>
        <source>Staff and audit</source>
        <translation>Staff and audit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>&amp;Injections</source>
        <translation>&amp;Injections</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lock the desk</translation>
    </message>
    <message>
        <source>Hide the screen until someone signs in again</source>
        <translation>Hide the screen until someone signs in again</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Anticorona</source>
        <translation>&amp;About Anticorona</translation>
    </message>
    <message>
        <source>The desk is locked. Sign in to go on.</source>
        <translation>The desk is locked. Sign in to go on.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>In every form, Enter confirms and Escape cancels. Alt with an underlined letter jumps to that field.</source>
        <translation>In every form, Enter confirms and Escape cancels. Alt with an underlined letter jumps to that field.</translation>
    </message>
    <message>
        <source>&amp;Fit columns to contents</source>
        <translation>&amp;Fit columns to contents</translation>
    </message>
    <message>
        <source>Widen or narrow the table&apos;s columns to what they show</source>
        <translation>Widen or narrow the table&apos;s columns to what they show</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>Only an administrator can change the settings.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>MyPage</name>
    <message>
        <source>My vaccination booking</source>
        <translation>My vaccination booking</translation>
    </message>
    <message>
        <source>Enter the booking code you were given and your birth date.</source>
        <translation>Enter the booking code you were given and your birth date.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>8 letters and digits, for example ABCD-2345</source>
        <translation>8 letters and digits, for example ABCD-2345</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Year, month and day, for example 1980-05-17</source>
        <translation>Year, month and day, for example 1980-05-17</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Injection date</source>
        <translation>Injection date</translation>
    </message>
    <message>
        <source>No booking matches this booking code and birth date. Check both and try again.</source>
        <translation>No booking matches this booking code and birth date. Check both and try again.</translation>
    </message>
    <message>
        <source>Enter both the booking code and the birth date (YYYY-MM-DD).</source>
        <translation>Enter both the booking code and the birth date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Too many lookups from your address. Try again in %1 seconds.</source>
        <translation>Too many lookups from your address. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MyPageController</name>
    <message>
        <source>Too many lookups from this address; try again in %1 seconds.</source>
        <translation>Too many lookups from this address; try again in %1 seconds.</translation>
    </message>
    <message>
        <source>code must be a booking code of %1 letters and digits.</source>
        <translation>code must be a booking code of %1 letters and digits.</translation>
    </message>
    <message>
        <source>birthDate must be a date as YYYY-MM-DD.</source>
        <translation>birthDate must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No booking matches this code and birth date.</source>
        <translation>No booking matches this code and birth date.</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1 names more than %2 lots</source>
        <translation>%1 names more than %2 lots</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 must be an object</translation>
    </message>
</context>
<context>
    <name>ProtocolJson</name>
    <message>
        <source>the body is not valid JSON (%1 at offset %2)</source>
        <translation>the body is not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>the body must be a JSON object</translation>
    </message>
</context>
<context>
    <name>ReadCommands</name>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>APPOINTMENT</translation>
    </message>
    <message>
        <source>VACCINE</source>
        <translation>VACCINE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BIRTH DATE</source>
        <translation>BIRTH DATE</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Only the first %1 bookings are shown; narrow the search to see the others.
</source>
        <translation>Only the first %1 bookings are shown; narrow the search to see the others.
</translation>
    </message>
    <message>
        <source>ON HAND</source>
        <translation>ON HAND</translation>
    </message>
    <message>
        <source>BOOKED</source>
        <translation>BOOKED</translation>
    </message>
    <message>
        <source>AVAILABLE</source>
        <translation>AVAILABLE</translation>
    </message>
    <message>
        <source>The database is consistent.</source>
        <translation>The database is consistent.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>The database has %n problem.</numerusform>
            <numerusform>The database has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>Receive stock</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>&amp;Vaccine:</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>&amp;Lot number:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Expiry:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n on hand)</source>
        <translation>
            <numerusform>%1 (%n on hand)</numerusform>
            <numerusform>%1 (%n on hand)</numerusform>
        </translation>
    </message>
    <message>
        <source>The vaccines could not be read: %1</source>
        <translation>The vaccines could not be read: %1</translation>
    </message>
    <message>
        <source>Register a vaccine first.</source>
        <translation>Register a vaccine first.</translation>
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
        <source>The phone number &quot;%1&quot; is not valid: use 8 to 15 digits, optionally with dashes.</source>
        <translation>The phone number &quot;%1&quot; is not valid: use 8 to 15 digits, optionally with dashes.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>The quantity must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a valid date: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time: use YYYY-MM-DDTHH:MM.</source>
        <translation>&quot;%1&quot; is not a valid date and time: use YYYY-MM-DDTHH:MM.</translation>
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
    <message>
        <source>The manufacturer is empty.</source>
        <translation>The manufacturer is empty.</translation>
    </message>
    <message>
        <source>The birth date is missing or not a valid date.</source>
        <translation>The birth date is missing or not a valid date.</translation>
    </message>
    <message>
        <source>You may not do this: it needs the role %1.</source>
        <translation>You may not do this: it needs the role %1.</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>The username or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>Too many wrong passwords: the account is locked until %1.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask an administrator.</source>
        <translation>This account has been deactivated; ask an administrator.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 3 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>The username &quot;%1&quot; is not valid: use 3 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>The username %1 is already taken.</translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation>There is no staff account %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of roles: use admin, vaccines, reception, injection.</source>
        <translation>&quot;%1&quot; is not a list of roles: use admin, vaccines, reception, injection.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>This is the last active administrator; make another one first.</translation>
    </message>
    <message>
        <source>The clinic name is empty.</source>
        <translation>The clinic name is empty.</translation>
    </message>
    <message>
        <source>This clinic is already set up; an administrator adds the other staff.</source>
        <translation>This clinic is already set up; an administrator adds the other staff.</translation>
    </message>
    <message>
        <source>Booking %1 has no injection to undo.</source>
        <translation>Booking %1 has no injection to undo.</translation>
    </message>
    <message>
        <source>The injection was recorded on %1; only an injection made today can be undone.</source>
        <translation>The injection was recorded on %1; only an injection made today can be undone.</translation>
    </message>
    <message>
        <source>This injection was made for a booking of another desk (surety or override) and cannot be undone here.</source>
        <translation>This injection was made for a booking of another desk (surety or override) and cannot be undone here.</translation>
    </message>
    <message>
        <source>A vaccine&apos;s stock cannot go past %1 doses: this lot can add at most %2 more.</source>
        <translation>A vaccine&apos;s stock cannot go past %1 doses: this lot can add at most %2 more.</translation>
    </message>
    <message>
        <source>The manufacturer is longer than %1 characters.</source>
        <translation>The manufacturer is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The lot number is longer than %1 characters.</source>
        <translation>The lot number is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>The reason is longer than %1 characters.</translation>
    </message>
    <message>
        <source>There is no open conflict %1; it may have been resolved already.</source>
        <translation>There is no open conflict %1; it may have been resolved already.</translation>
    </message>
    <message>
        <source>The injection of booking %1 was undone, and the undo is waiting for the server: sync, then try again.</source>
        <translation>The injection of booking %1 was undone, and the undo is waiting for the server: sync, then try again.</translation>
    </message>
    <message>
        <source>Lot %1 holds only %2 doses; write off at most that many from it.</source>
        <translation>Lot %1 holds only %2 doses; write off at most that many from it.</translation>
    </message>
</context>
<context>
    <name>RightsController</name>
    <message>
        <source>This request is for site %1; this device belongs to site %2.</source>
        <translation>This request is for site %1; this device belongs to site %2.</translation>
    </message>
    <message>
        <source>The server has applied %1 of this device&apos;s events, not yet the %2 this return waits for; push them and send the same request again.</source>
        <translation>The server has applied %1 of this device&apos;s events, not yet the %2 this return waits for; push them and send the same request again.</translation>
    </message>
    <message>
        <source>The request id %1 was answered before for a different request.</source>
        <translation>The request id %1 was answered before for a different request.</translation>
    </message>
    <message>
        <source>feedCursor %1 is beyond the server&apos;s last sequence %2.</source>
        <translation>feedCursor %1 is beyond the server&apos;s last sequence %2.</translation>
    </message>
</context>
<context>
    <name>RightsKeeper</name>
    <message>
        <source>The server&apos;s answer to a rights request did not match it; the desk will send it again.</source>
        <translation>The server&apos;s answer to a rights request did not match it; the desk will send it again.</translation>
    </message>
    <message>
        <source>The server refused the desk&apos;s rights request (%1); no rights moved. Please report this to your administrator.</source>
        <translation>The server refused the desk&apos;s rights request (%1); no rights moved. Please report this to your administrator.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>vaccine manager</source>
        <translation>vaccine manager</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>injection staff</source>
        <translation>injection staff</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Local clinic</source>
        <translation>Local clinic</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>--listen needs HOST:PORT, e.g. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not a port number (0-65535).</source>
        <translation>--listen: &quot;%1&quot; is not a port number (0-65535).</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address.</source>
        <translation>--listen: &quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>--expires needs a whole number of hours from 1 to %1.</source>
        <translation>--expires needs a whole number of hours from 1 to %1.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>site add needs a NAME.</source>
        <translation>site add needs a NAME.</translation>
    </message>
    <message>
        <source>enroll needs --site SITE.</source>
        <translation>enroll needs --site SITE.</translation>
    </message>
    <message>
        <source>device revoke needs a DEVICE_ID.</source>
        <translation>device revoke needs a DEVICE_ID.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 does not belong to this command.</source>
        <translation>The option %1 does not belong to this command.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>--database FILE is required.</source>
        <translation>--database FILE is required.</translation>
    </message>
    <message>
        <source>Usage: anticorona-server --database FILE [--config FILE] COMMAND
Commands:
  site add NAME                        create a site; prints its id last
  enroll --site SITE [--expires HOURS] make a one-time enrollment code (default 24 hours); prints it last
  device list                          list enrolled devices
  device revoke DEVICE_ID              revoke a device: its token stops working at once
  serve [--listen HOST:PORT]           serve protocol v1 (default 127.0.0.1:8080)
  verify [--json]                      check the file and the escrow invariants of docs/protocol.md;
                                       exit 0 when all hold, 5 when one does not
  help                                 show this text
</source>
        <translation>Usage: anticorona-server --database FILE [--config FILE] COMMAND
Commands:
  site add NAME                        create a site; prints its id last
  enroll --site SITE [--expires HOURS] make a one-time enrollment code (default 24 hours); prints it last
  device list                          list enrolled devices
  device revoke DEVICE_ID              revoke a device: its token stops working at once
  serve [--listen HOST:PORT]           serve protocol v1 (default 127.0.0.1:8080)
  verify [--json]                      check the file and the escrow invariants of docs/protocol.md;
                                       exit 0 when all hold, 5 when one does not
  help                                 show this text
</translation>
    </message>
    <message>
        <source>The option --json takes no value.</source>
        <translation>The option --json takes no value.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>The settings file %1 does not exist.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>The settings file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The settings file %1 has an unknown setting %2.</source>
        <translation>The settings file %1 has an unknown setting %2.</translation>
    </message>
    <message>
        <source>%1 must be a number of bytes of at least 1024.</source>
        <translation>%1 must be a number of bytes of at least 1024.</translation>
    </message>
    <message>
        <source>%1 must be a number of milliseconds of at least 0.</source>
        <translation>%1 must be a number of milliseconds of at least 0.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1 must be a whole number of at least 1.</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>The database failed: %1</source>
        <translation>The database failed: %1</translation>
    </message>
    <message>
        <source>Created the site &quot;%1&quot;; its id:</source>
        <translation>Created the site &quot;%1&quot;; its id:</translation>
    </message>
    <message>
        <source>There is no site with the id %1.</source>
        <translation>There is no site with the id %1.</translation>
    </message>
    <message>
        <source>One-time enrollment code for site %1, valid until %2 UTC:</source>
        <translation>One-time enrollment code for site %1, valid until %2 UTC:</translation>
    </message>
    <message>
        <source>No device is enrolled.</source>
        <translation>No device is enrolled.</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>There is no device with the id %1.</source>
        <translation>There is no device with the id %1.</translation>
    </message>
    <message>
        <source>Revoked the device %1: its token no longer works.</source>
        <translation>Revoked the device %1: its token no longer works.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>anticorona-server listening on %1:%2</source>
        <translation>anticorona-server listening on %1:%2</translation>
    </message>
    <message>
        <source>anticorona-server stopped.</source>
        <translation>anticorona-server stopped.</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n check(s) passed.</source>
        <translation>
            <numerusform>ok: %n check passed.</numerusform>
            <numerusform>ok: %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerVerifier</name>
    <message>
        <source>SQLite&apos;s integrity check could not run: %1</source>
        <translation>SQLite&apos;s integrity check could not run: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>SQLite&apos;s integrity check: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a row of %2 that does not exist.</source>
        <translation>A row of %1 refers to a row of %2 that does not exist.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a row of %3 that does not exist.</source>
        <translation>Row %1 of %2 refers to a row of %3 that does not exist.</translation>
    </message>
    <message>
        <source>Site %1, vaccine %2</source>
        <translation>Site %1, vaccine %2</translation>
    </message>
    <message>
        <source>%1: rights at desks %2 + pool %3 + sureties held %4 make %5, but available %6 + debt %7 make %8.</source>
        <translation>%1: rights at desks %2 + pool %3 + sureties held %4 make %5, but available %6 + debt %7 make %8.</translation>
    </message>
    <message>
        <source>%1: debt %2 is more than the overrides %3 that may cause it.</source>
        <translation>%1: debt %2 is more than the overrides %3 that may cause it.</translation>
    </message>
    <message>
        <source>%1: booked %2 is more than on hand %3 + overrides %4.</source>
        <translation>%1: booked %2 is more than on hand %3 + overrides %4.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock the desk &amp;after:</source>
        <translation>Lock the desk &amp;after:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Only an administrator can connect this desk to a server.</source>
        <translation>Only an administrator can connect this desk to a server.</translation>
    </message>
    <message>
        <source>Not connected to a server: this desk works alone.</source>
        <translation>Not connected to a server: this desk works alone.</translation>
    </message>
    <message>
        <source>C&amp;onnect to a server...</source>
        <translation>C&amp;onnect to a server...</translation>
    </message>
    <message>
        <source>Server &amp;details...</source>
        <translation>Server &amp;details...</translation>
    </message>
    <message>
        <source>Rights this desk keeps for booking</source>
        <translation>Rights this desk keeps for booking</translation>
    </message>
    <message>
        <source>With a server, this desk holds rights to book each vaccine. Below the low mark it asks the server for more, up to the high mark; above the high mark it gives the rest back for the other desks. Automatic: set from this desk&apos;s bookings for today and tomorrow.</source>
        <translation>With a server, this desk holds rights to book each vaccine. Below the low mark it asks the server for more, up to the high mark; above the high mark it gives the rest back for the other desks. Automatic: set from this desk&apos;s bookings for today and tomorrow.</translation>
    </message>
    <message>
        <source>Only a vaccine manager or an administrator can change these.</source>
        <translation>Only a vaccine manager or an administrator can change these.</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Low mark</source>
        <translation>Low mark</translation>
    </message>
    <message>
        <source>High mark</source>
        <translation>High mark</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Empty: no MyPage link on slips</source>
        <translation>Empty: no MyPage link on slips</translation>
    </message>
    <message>
        <source>Empty: the sync server, %1</source>
        <translation>Empty: the sync server, %1</translation>
    </message>
    <message>
        <source>%1
Token kept in: %2</source>
        <translation>%1
Token kept in: %2</translation>
    </message>
    <message>
        <source>&amp;MyPage address (on slips):</source>
        <translation>&amp;MyPage address (on slips):</translation>
    </message>
    <message>
        <source>Sync server:</source>
        <translation>Sync server:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Default &amp;language:</translation>
    </message>
    <message>
        <source>For the sign-in, and for staff who have not chosen their own language in View &gt; Language.</source>
        <translation>For the sign-in, and for staff who have not chosen their own language in View &gt; Language.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Anticorona</source>
        <translation>Set up Anticorona</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>&amp;Create the clinic</translation>
    </message>
    <message>
        <source>Welcome to Anticorona</source>
        <translation>Welcome to Anticorona</translation>
    </message>
    <message>
        <source>This desk has no clinic yet. Name it: the name appears on every booking slip.</source>
        <translation>This desk has no clinic yet. Name it: the name appears on every booking slip.</translation>
    </message>
    <message>
        <source>e.g. Mapo-gu Vaccination Centre</source>
        <translation>e.g. Mapo-gu Vaccination Centre</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <source>3 to 32 letters, digits, dots, dashes</source>
        <translation>3 to 32 letters, digits, dots, dashes</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Also work as &amp;vaccine manager, reception and injection staff</source>
        <translation>Also work as &amp;vaccine manager, reception and injection staff</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>&amp;Clinic name:</translation>
    </message>
    <message>
        <source>The administrator creates the other staff accounts and reads the audit trail. The password itself is never stored, only a scrambled form of it that cannot be turned back into the password.</source>
        <translation>The administrator creates the other staff accounts and reads the audit trail. The password itself is never stored, only a scrambled form of it that cannot be turned back into the password.</translation>
    </message>
</context>
<context>
    <name>ShortcutNotices</name>
    <message>
        <source>%1 works on the %2 page (%3).</source>
        <translation>%1 works on the %2 page (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be used now.</source>
        <translation>%1 cannot be used now.</translation>
    </message>
    <message>
        <source>%1 needs the %2 role.</source>
        <translation>%1 needs the %2 role.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Anticorona</source>
        <translation>Sign in — Anticorona</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;The desk is locked. Sign in to go on.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;The desk is locked. Sign in to go on.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;Sign in with your staff account.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;Sign in with your staff account.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit Anticorona</source>
        <translation>&amp;Quit Anticorona</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Booking slip</source>
        <translation>Booking slip</translation>
    </message>
    <message>
        <source>booking-%1.pdf</source>
        <translation>booking-%1.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Save slip as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>The slip could not be printed.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>SqliteEventLog</name>
    <message>
        <source>The event id %1 was used before for a different event.</source>
        <translation>The event id %1 was used before for a different event.</translation>
    </message>
    <message>
        <source>Event sequence %1 is not after %2, the last one recorded for this device.</source>
        <translation>Event sequence %1 is not after %2, the last one recorded for this device.</translation>
    </message>
    <message>
        <source>Event sequence %1 is too far after %2, the last one recorded for this device; send the events in between first.</source>
        <translation>Event sequence %1 is too far after %2, the last one recorded for this device; send the events in between first.</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>STAFF</source>
        <translation>STAFF</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>Only the newest %1 lines are shown; narrow the search to see the others.
</source>
        <translation>Only the newest %1 lines are shown; narrow the search to see the others.
</translation>
    </message>
    <message>
        <source>Staff account %1 added.</source>
        <translation>Staff account %1 added.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation>Change roles of %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StockChart</name>
    <message>
        <source>All vaccines</source>
        <translation>All vaccines</translation>
    </message>
    <message>
        <source>Booked so far</source>
        <translation>Booked so far</translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation>Booked that day</translation>
    </message>
    <message>
        <source>The next %1 days for:</source>
        <translation>The next %1 days for:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day under the stock chart</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Doses left after the bookings so far</source>
        <translation>Doses left after the bookings so far</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Register &amp;vaccine…</source>
        <translation>Register &amp;vaccine…</translation>
    </message>
    <message>
        <source>Add a vaccine to the catalogue</source>
        <translation>Add a vaccine to the catalogue</translation>
    </message>
    <message>
        <source>&amp;Receive stock…</source>
        <translation>&amp;Receive stock…</translation>
    </message>
    <message>
        <source>Receive a lot: lot number, expiry and quantity</source>
        <translation>Receive a lot: lot number, expiry and quantity</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Write off…</translation>
    </message>
    <message>
        <source>Write off wasted or expired doses, with a reason</source>
        <translation>Write off wasted or expired doses, with a reason</translation>
    </message>
    <message>
        <source>S&amp;tock per vaccine</source>
        <translation>S&amp;tock per vaccine</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>&amp;Lots</translation>
    </message>
    <message>
        <source>Lots in red have expired; lots in amber expire within 30 days. Injections take the earliest expiry that has not expired.</source>
        <translation>Lots in red have expired; lots in amber expire within 30 days. Injections take the earliest expiry that has not expired.</translation>
    </message>
    <message>
        <source>Vaccine %1 registered.</source>
        <translation>Vaccine %1 registered.</translation>
    </message>
    <message>
        <source>Stock received.</source>
        <translation>Stock received.</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 written off from lot %2: %3.</source>
        <translation>
            <numerusform>%n dose of %1 written off from lot %2: %3.</numerusform>
            <numerusform>%n doses of %1 written off from lot %2: %3.</numerusform>
        </translation>
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
    <name>StoreError</name>
    <message>
        <source>The desk could not read or save its data. Try again; if it keeps happening, ask your administrator to check the desk&apos;s disk.</source>
        <translation>The desk could not read or save its data. Try again; if it keeps happening, ask your administrator to check the desk&apos;s disk.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Enrolled with %1 as device %2 of site %3; the token is in %4.</source>
        <translation>Enrolled with %1 as device %2 of site %3; the token is in %4.</translation>
    </message>
    <message>
        <source>This desk is standalone: it has no server to sync with.</source>
        <translation>This desk is standalone: it has no server to sync with.</translation>
    </message>
    <message>
        <source>The desk&apos;s token cannot be read from %1: %2</source>
        <translation>The desk&apos;s token cannot be read from %1: %2</translation>
    </message>
    <message>
        <source>The desk&apos;s token is not in %1. Enroll a new database file with a new code.</source>
        <translation>The desk&apos;s token is not in %1. Enroll a new database file with a new code.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); each is a conflict now (anticorona-cli conflicts).</source>
        <translation>
            <numerusform>The server refused %n change; each is a conflict now (anticorona-cli conflicts).</numerusform>
            <numerusform>The server refused %n changes; each is a conflict now (anticorona-cli conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n change is still waiting to be sent.</numerusform>
            <numerusform>%n changes are still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2 change(s) sent, %3 received; nothing is waiting.</source>
        <translation>Synced with %1: %2 change(s) sent, %3 received; nothing is waiting.</translation>
    </message>
    <message>
        <source>Standalone: no server; this desk owns all rights.
</source>
        <translation>Standalone: no server; this desk owns all rights.
</translation>
    </message>
    <message>
        <source>Server: %1 (device %2; the token is in %3)
</source>
        <translation>Server: %1 (device %2; the token is in %3)
</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1
</source>
        <translation>Waiting to be sent: %1
</translation>
    </message>
    <message>
        <source>Last sync: %1
</source>
        <translation>Last sync: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Open conflicts: %1
</source>
        <translation>Open conflicts: %1
</translation>
    </message>
    <message>
        <source>VACCINE</source>
        <translation>VACCINE</translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation>RIGHTS</translation>
    </message>
    <message>
        <source>SURETIES</source>
        <translation>SURETIES</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>--keep takes ours or theirs, not &quot;%1&quot;.</source>
        <translation>--keep takes ours or theirs, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 (anticorona-cli conflicts lists them).</source>
        <translation>There is no open conflict %1 (anticorona-cli conflicts lists them).</translation>
    </message>
    <message>
        <source>Conflict %1 is resolved: %2 kept.</source>
        <translation>Conflict %1 is resolved: %2 kept.</translation>
    </message>
    <message>
        <source>this desk&apos;s version</source>
        <translation>this desk&apos;s version</translation>
    </message>
    <message>
        <source>the server&apos;s version</source>
        <translation>the server&apos;s version</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server cannot be reached; the desk keeps working and will send its changes later.</source>
        <translation>The server cannot be reached; the desk keeps working and will send its changes later.</translation>
    </message>
    <message>
        <source>The server is busy; the desk will try again shortly.</source>
        <translation>The server is busy; the desk will try again shortly.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the desk will try again later.</source>
        <translation>The server failed to answer (HTTP %1); the desk will try again later.</translation>
    </message>
    <message>
        <source>The server no longer accepts this desk: it was removed by an administrator. Nothing on this desk is lost; ask for a new enrollment code.</source>
        <translation>The server no longer accepts this desk: it was removed by an administrator. Nothing on this desk is lost; ask for a new enrollment code.</translation>
    </message>
    <message>
        <source>The server does not know this desk; enroll it again.</source>
        <translation>The server does not know this desk; enroll it again.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the changes sent; the desk will send them again.</source>
        <translation>The server&apos;s answer did not match the changes sent; the desk will send them again.</translation>
    </message>
    <message>
        <source>The server has newer changes from this desk than the desk itself (was its database restored from a backup?). Please report this.</source>
        <translation>The server has newer changes from this desk than the desk itself (was its database restored from a backup?). Please report this.</translation>
    </message>
    <message>
        <source>The server&apos;s feed did not continue where the desk stopped; the desk will ask again.</source>
        <translation>The server&apos;s feed did not continue where the desk stopped; the desk will ask again.</translation>
    </message>
    <message>
        <source>The server refused the desk&apos;s request (%1). Please report this to your administrator.</source>
        <translation>The server refused the desk&apos;s request (%1). Please report this to your administrator.</translation>
    </message>
    <message>
        <source>The desk&apos;s database could not record this sync; nothing was lost, and the next round tries again.</source>
        <translation>The desk&apos;s database could not record this sync; nothing was lost, and the next round tries again.</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of this desk and will not take later ones before them. Please report this.</source>
        <translation>The server is missing earlier changes of this desk and will not take later ones before them. Please report this.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>This desk works standalone: no server is set, so it owns every dose it books. %n change(s) are kept for when a server is set (Settings).</source>
        <translation>
            <numerusform>This desk works standalone: no server is set, so it owns every dose it books. %n change is kept for when a server is set (Settings).</numerusform>
            <numerusform>This desk works standalone: no server is set, so it owns every dose it books. %n changes are kept for when a server is set (Settings).</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: not yet.</source>
        <translation>Last sync: not yet.</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>Last sync: %1.</translation>
    </message>
    <message>
        <source>Offline since %1; the desk keeps working with the rights it holds.</source>
        <translation>Offline since %1; the desk keeps working with the rights it holds.</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s version</source>
        <translation>Keep this desk&apos;s version</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Take the server&apos;s version</translation>
    </message>
    <message>
        <source>Why? (kept with the conflict)</source>
        <translation>Why? (kept with the conflict)</translation>
    </message>
    <message>
        <source>Not resolved: a reason is needed.</source>
        <translation>Not resolved: a reason is needed.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Conflict resolved.</translation>
    </message>
    <message>
        <source>That conflict was resolved already.</source>
        <translation>That conflict was resolved already.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Sync now (%1)</source>
        <translation>Sync now (%1)</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Rights held</source>
        <translation>Rights held</translation>
    </message>
    <message>
        <source>Sureties not yet settled</source>
        <translation>Sureties not yet settled</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve:</source>
        <translation>&amp;Conflicts to resolve:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Keep ours...</source>
        <translation>&amp;Keep ours...</translation>
    </message>
    <message>
        <source>&amp;Take theirs...</source>
        <translation>&amp;Take theirs...</translation>
    </message>
    <message>
        <source>This desk works standalone: there is no server to sync with until one is set in Settings.</source>
        <translation>This desk works standalone: there is no server to sync with until one is set in Settings.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync cannot open the desk&apos;s database: %1</source>
        <translation>Sync cannot open the desk&apos;s database: %1</translation>
    </message>
    <message>
        <source>This desk has no token for its server (%1); enroll it again in Settings.</source>
        <translation>This desk has no token for its server (%1); enroll it again in Settings.</translation>
    </message>
    <message>
        <source>The server is busy; the desk will try again shortly.</source>
        <translation>The server is busy; the desk will try again shortly.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the desk will try again later.</source>
        <translation>The server failed to answer (HTTP %1); the desk will try again later.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the desk keeps working and will send its changes later.</source>
        <translation>The server cannot be reached; the desk keeps working and will send its changes later.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Standalone (not connected to a server)</source>
        <translation>Standalone (not connected to a server)</translation>
    </message>
    <message>
        <source>Stopped: this desk was removed from the server</source>
        <translation>Stopped: this desk was removed from the server</translation>
    </message>
    <message>
        <source>Stopped: this desk is not enrolled with its server</source>
        <translation>Stopped: this desk is not enrolled with its server</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Syncing %1 of %2</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Syncing...</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1, %n change(s) waiting</source>
        <translation>
            <numerusform>Offline since %1, %n change waiting</numerusform>
            <numerusform>Offline since %1, %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>; availability as of %1</source>
        <translation>; availability as of %1</translation>
    </message>
    <message>
        <source>Not synced this time; the desk will try again (see the Sync page)</source>
        <translation>Not synced this time; the desk will try again (see the Sync page)</translation>
    </message>
    <message numerus="yes">
        <source>Online, %n change(s) waiting</source>
        <translation>
            <numerusform>Online, %n change waiting</numerusform>
            <numerusform>Online, %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>Syncing, %Ln change(s) received</source>
        <translation>
            <numerusform>Syncing, %Ln change received</numerusform>
            <numerusform>Syncing, %Ln changes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Mark &amp;injected…</source>
        <translation>Mark &amp;injected…</translation>
    </message>
    <message>
        <source>Record that the selected customer was vaccinated, with the lot used</source>
        <translation>Record that the selected customer was vaccinated, with the lot used</translation>
    </message>
    <message>
        <source>&amp;Undo injection</source>
        <translation>&amp;Undo injection</translation>
    </message>
    <message>
        <source>Take back a mistaken injection recorded today; the dose returns to its lot</source>
        <translation>Take back a mistaken injection recorded today; the dose returns to its lot</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>%1 waiting, %2 injected</source>
        <translation>%1 waiting, %2 injected</translation>
    </message>
    <message>
        <source>%1 injected from lot %2.</source>
        <translation>%1 injected from lot %2.</translation>
    </message>
    <message>
        <source>Undo injection</source>
        <translation>Undo injection</translation>
    </message>
    <message>
        <source>Undo the injection of %1 (%2)? The dose goes back to its lot and the booking is open again. The first record stays in the history.</source>
        <translation>Undo the injection of %1 (%2)? The dose goes back to its lot and the booking is open again. The first record stays in the history.</translation>
    </message>
    <message>
        <source>Injection not undone</source>
        <translation>Injection not undone</translation>
    </message>
    <message>
        <source>Injection of %1 undone.</source>
        <translation>Injection of %1 undone.</translation>
    </message>
    <message>
        <source>&amp;Find on today&apos;s list</source>
        <translation>&amp;Find on today&apos;s list</translation>
    </message>
    <message>
        <source>Find a &amp;person:</source>
        <translation>Find a &amp;person:</translation>
    </message>
    <message>
        <source>Part of a name, a booking code or phone digits</source>
        <translation>Part of a name, a booking code or phone digits</translation>
    </message>
    <message>
        <source>&amp;Waiting only</source>
        <translation>&amp;Waiting only</translation>
    </message>
    <message>
        <source>Not today&apos;s booking</source>
        <translation>Not today&apos;s booking</translation>
    </message>
    <message>
        <source>The booking of %1 (%2) is for %3, not today.</source>
        <translation>The booking of %1 (%2) is for %3, not today.</translation>
    </message>
    <message>
        <source>Record the injection today all the same?</source>
        <translation>Record the injection today all the same?</translation>
    </message>
    <message>
        <source>Select a person on the list first: find them (Ctrl+F), then Down goes into the list.</source>
        <translation>Select a person on the list first: find them (Ctrl+F), then Down goes into the list.</translation>
    </message>
    <message>
        <source>Booking %1 is %2: only a booking still waiting can be marked injected.</source>
        <translation>Booking %1 is %2: only a booking still waiting can be marked injected.</translation>
    </message>
    <message>
        <source>Booking %1 is %2: only an injection can be undone.</source>
        <translation>Booking %1 is %2: only an injection can be undone.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
</context>
<context>
    <name>VaccineDialog</name>
    <message>
        <source>Register vaccine</source>
        <translation>Register vaccine</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Manufacturer:</translation>
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
        <source>a booking&apos;s state does not match its events</source>
        <translation>a booking&apos;s state does not match its events</translation>
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
        <source>check &quot;%1&quot; could not run: %2</source>
        <translation>check &quot;%1&quot; could not run: %2</translation>
    </message>
    <message>
        <source>a rejected booking has no conflict</source>
        <translation>a rejected booking has no conflict</translation>
    </message>
    <message>
        <source>the feed cursor is behind an applied feed entry</source>
        <translation>the feed cursor is behind an applied feed entry</translation>
    </message>
    <message>
        <source>the overrides counter does not match the override injections</source>
        <translation>the overrides counter does not match the override injections</translation>
    </message>
    <message>
        <source>the acknowledged prefix is past the last event</source>
        <translation>the acknowledged prefix is past the last event</translation>
    </message>
    <message>
        <source>a rights request reports more than the desk had</source>
        <translation>a rights request reports more than the desk had</translation>
    </message>
    <message>
        <source>booked %1 &gt; on hand %2 + overrides %3</source>
        <translation>booked %1 &gt; on hand %2 + overrides %3</translation>
    </message>
    <message>
        <source>%1 counted, %2 override injections</source>
        <translation>%1 counted, %2 override injections</translation>
    </message>
    <message>
        <source>%1 counted, %2 booked</source>
        <translation>%1 counted, %2 booked</translation>
    </message>
    <message>
        <source>%1 counted, %2 in lots</source>
        <translation>%1 counted, %2 in lots</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 events, last %2</source>
        <translation>%1 events, last %2</translation>
    </message>
    <message>
        <source>%1 bookings, %2 Booked events</source>
        <translation>%1 bookings, %2 Booked events</translation>
    </message>
    <message>
        <source>%1 on hand, events give %2</source>
        <translation>%1 on hand, events give %2</translation>
    </message>
    <message>
        <source>%1 booked, events give %2</source>
        <translation>%1 booked, events give %2</translation>
    </message>
    <message>
        <source>%1 stored, %2 from events</source>
        <translation>%1 stored, %2 from events</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>cursor %1, entry %2</source>
        <translation>cursor %1, entry %2</translation>
    </message>
    <message>
        <source>acknowledged %1, last event %2</source>
        <translation>acknowledged %1, last event %2</translation>
    </message>
    <message>
        <source>events %1, cursor %2</source>
        <translation>events %1, cursor %2</translation>
    </message>
</context>
<context>
    <name>WriteCommands</name>
    <message numerus="yes">
        <source>Received %n dose(s) in lot %1.</source>
        <translation>
            <numerusform>Received %n dose in lot %1.</numerusform>
            <numerusform>Received %n doses in lot %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote off %n dose(s).</source>
        <translation>
            <numerusform>Wrote off %n dose.</numerusform>
            <numerusform>Wrote off %n doses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>Booking %1 is cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The demo clinic has %n new booking(s).</source>
        <translation>
            <numerusform>The demo clinic has %n new booking.</numerusform>
            <numerusform>The demo clinic has %n new bookings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The injection of booking %1 is undone; the dose is back in lot %2.</source>
        <translation>The injection of booking %1 is undone; the dose is back in lot %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote off %n dose(s) from lot %1.</source>
        <translation>
            <numerusform>Wrote off %n dose from lot %1.</numerusform>
            <numerusform>Wrote off %n doses from lot %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off doses</source>
        <translation>Write off doses</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Broken vial</source>
        <translation>Broken vial</translation>
    </message>
    <message>
        <source>Temperature excursion</source>
        <translation>Temperature excursion</translation>
    </message>
    <message>
        <source>Why the doses are wasted</source>
        <translation>Why the doses are wasted</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>&amp;Vaccine:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Available:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The vaccines could not be read: %1</source>
        <translation>The vaccines could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n doses</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a vaccine and receive stock first.</source>
        <translation>Register a vaccine and receive stock first.</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>L&amp;ot:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expired %2, %n dose(s) left</source>
        <translation>
            <numerusform>%1 — expired %2, %n dose left</numerusform>
            <numerusform>%1 — expired %2, %n doses left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires %2, %n dose(s) left</source>
        <translation>
            <numerusform>%1 — expires %2, %n dose left</numerusform>
            <numerusform>%1 — expires %2, %n doses left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write off %n dose(s) of %1 from lot %2?</source>
        <translation>
            <numerusform>Write off %n dose of %1 from lot %2?</numerusform>
            <numerusform>Write off %n doses of %1 from lot %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1
A write-off cannot be taken back.</source>
        <translation>Reason: %1
A write-off cannot be taken back.</translation>
    </message>
    <message>
        <source>No lot of this vaccine has doses left to write off.</source>
        <translation>No lot of this vaccine has doses left to write off.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anticorona vaccination desk</source>
        <translation>Anticorona vaccination desk</translation>
    </message>
    <message>
        <source>The desk&apos;s database file (created if missing).</source>
        <translation>The desk&apos;s database file (created if missing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Anticorona</source>
        <translation>Anticorona</translation>
    </message>
    <message>
        <source>The database cannot be opened.

%1</source>
        <translation>The database cannot be opened.

%1</translation>
    </message>
</context>
</TS>

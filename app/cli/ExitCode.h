#pragma once

// The exit codes of anticorona-cli. Scripts depend on them, so a code never changes meaning.
enum class ExitCode {
    Done = 0,     // the command did what was asked
    Refused = 1,  // a rule refused it, or `verify` found a problem; stderr says why
    Usage = 2,    // the command line is wrong; the database was not opened
    Database = 3, // the database is missing, damaged, locked, read-only or from a newer version; or
                  // the desk's token has nowhere to live (no keychain and no token file)
    Server = 4,   // the server could not be reached or did not answer; stderr says why
};

#pragma once

// The exit codes of anticorona-server. Scripts depend on them, so a code never changes meaning.
enum class ServerExitCode {
    Done = 0,     // the command did what was asked; `serve` ended on SIGTERM or SIGINT
    Refused = 1,  // an unknown site or device, a name that is not allowed; stderr says why
    Usage = 2,    // the command line or the settings file is wrong; the database was not opened
    Database = 3, // the database cannot be opened, or storage failed
    Network = 4,  // `serve` could not listen on the address
    Findings = 5, // `verify` ran and a check of docs/protocol.md does not hold; stdout lists which
};

#pragma once

// SQLite writes each frame of the write-ahead log with two write() calls, the 24-byte frame
// header and then the page: a booking that changes 17 pages makes 34 system calls, each
// crossing into the file system for a few bytes or one page. This VFS wraps SQLite's default
// ("unix") and gathers a transaction's frames, which SQLite always appends back to back, into
// one buffer written by one call as soon as the commit frame is complete.
//
// Why it is safe: SQLite publishes a commit (the WAL index header in shared memory) only after
// the commit frame has been written, and our xWrite of that frame's page returns only after
// the whole buffer is in the file. Any other call on the log (read, sync, size, truncate, file
// control) and any write that does not continue the buffer write it out first, so the file
// reads as if every write had gone straight through. A transaction that rolls back after
// spilling frames into the buffer leaves them there: they are dropped when the connection
// releases the WAL write lock (the one call it makes on the database file's shared-memory
// locks that we watch), and at close, never written over frames another connection appends
// at the same place. Crash safety is unchanged: frames of an unpublished transaction are
// worthless to recovery either way. Otherwise the database file and its shared memory go
// straight to "unix".
namespace WalWriteVfs {

// The name it is registered under.
inline constexpr const char *kName = "anticorona-wal";

// Registers the VFS as SQLite's default, once per process (thread-safe, idempotent), so every
// connection opened afterwards, Qt's included, uses it. False when SQLite has no default VFS
// to wrap or refused the registration; connections then use the plain default.
bool install();

// The default VFS this one wraps ("unix"), for comparisons such as the benchmark's raw side.
const char *wrappedName();

} // namespace WalWriteVfs

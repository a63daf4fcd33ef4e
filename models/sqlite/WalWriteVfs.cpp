#include "models/sqlite/WalWriteVfs.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>

namespace {

// Big enough for a booking's frames (about 17 x 4,120 bytes); a larger transaction is written
// in pieces of this size. The unix VFS writes at most 128 KiB - 1 per call (it masks the
// length with 0x1ffff), so the pieces stay under that.
constexpr int kBufferBytes = 120 * 1024;
constexpr int kFrameHeaderBytes = 24;

sqlite3_vfs *g_wrapped = nullptr; // SQLite's default when install() ran
sqlite3_vfs g_vfs;

// A log file: our methods, then the wrapped VFS's own file object.
struct WalFile
{
    sqlite3_file base;
    sqlite3_file *real;
    sqlite3_file *database; // the database file whose log this is (its write lock ends our buffer)
    char *buffer;           // pending bytes, at [start, start + used) of the file
    sqlite3_int64 start;
    int used;
    bool commitFramePending; // the last header written was a commit frame's: its page ends the commit
};

constexpr int walFileBytes()
{
    return int((sizeof(WalFile) + 7) & ~size_t(7)); // the wrapped file starts 8-aligned
}

WalFile *walFile(sqlite3_file *file)
{
    return reinterpret_cast<WalFile *>(file);
}

int flush(WalFile *file)
{
    if (file->used == 0)
        return SQLITE_OK;
    const int rc = file->real->pMethods->xWrite(file->real, file->buffer, file->used, file->start);
    file->used = 0;
    return rc;
}

// A frame header carries, in bytes 4-7, the database size after the commit for the last frame
// of a transaction and zero for every other frame.
bool isCommitFrameHeader(const void *data, int amount)
{
    if (amount != kFrameHeaderBytes)
        return false;
    const auto *bytes = static_cast<const unsigned char *>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

// Which log belongs to which database file, for the write lock's release (databaseShmLock).
std::mutex g_logsMutex;
std::unordered_map<sqlite3_file *, WalFile *> g_logOf;

int walClose(sqlite3_file *file)
{
    WalFile *wal = walFile(file);
    {
        std::lock_guard lock(g_logsMutex);
        g_logOf.erase(wal->database);
    }
    // Never written: a commit empties the buffer, so what is left belongs to no commit.
    wal->used = 0;
    const int closed = wal->real->pMethods ? wal->real->pMethods->xClose(wal->real) : SQLITE_OK;
    sqlite3_free(wal->buffer);
    wal->buffer = nullptr;
    return closed;
}

// Writes the pending bytes out, then lets the wrapped file do `call`: every method that reads
// or inspects the log must see it as if each write had gone straight through.
template<typename Call> int flushThen(sqlite3_file *file, Call call)
{
    WalFile *wal = walFile(file);
    if (const int rc = flush(wal); rc != SQLITE_OK)
        return rc;
    return call(wal->real);
}

int walRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    return flushThen(file,
                     [&](sqlite3_file *real) { return real->pMethods->xRead(real, data, amount, offset); });
}

int walWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    WalFile *wal = walFile(file);
    const bool continues = wal->used > 0 && offset == wal->start + wal->used;
    if (wal->used > 0 && (!continues || wal->used + amount > kBufferBytes)) {
        if (const int rc = flush(wal); rc != SQLITE_OK)
            return rc;
    }
    if (!wal->buffer) // on the first write: connections that only read never need one
        wal->buffer = static_cast<char *>(sqlite3_malloc(kBufferBytes));
    if (amount > kBufferBytes || !wal->buffer) { // nothing gained by copying it, or no memory
        wal->commitFramePending = false;
        return wal->real->pMethods->xWrite(wal->real, data, amount, offset);
    }
    if (wal->used == 0)
        wal->start = offset;
    std::memcpy(wal->buffer + wal->used, data, size_t(amount));
    wal->used += amount;

    if (isCommitFrameHeader(data, amount)) {
        wal->commitFramePending = true;
        return SQLITE_OK;
    }
    if (wal->commitFramePending) { // the commit frame's page: the transaction is whole
        wal->commitFramePending = false;
        return flush(wal);
    }
    return SQLITE_OK;
}

int walTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return flushThen(file, [&](sqlite3_file *real) { return real->pMethods->xTruncate(real, size); });
}

int walSync(sqlite3_file *file, int flags)
{
    return flushThen(file, [&](sqlite3_file *real) { return real->pMethods->xSync(real, flags); });
}

int walFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return flushThen(file, [&](sqlite3_file *real) { return real->pMethods->xFileSize(real, size); });
}

int walLock(sqlite3_file *file, int level)
{
    WalFile *wal = walFile(file);
    return wal->real->pMethods->xLock(wal->real, level);
}

int walUnlock(sqlite3_file *file, int level)
{
    WalFile *wal = walFile(file);
    return wal->real->pMethods->xUnlock(wal->real, level);
}

int walCheckReservedLock(sqlite3_file *file, int *result)
{
    WalFile *wal = walFile(file);
    return wal->real->pMethods->xCheckReservedLock(wal->real, result);
}

int walFileControl(sqlite3_file *file, int op, void *argument)
{
    return flushThen(file,
                     [&](sqlite3_file *real) { return real->pMethods->xFileControl(real, op, argument); });
}

int walSectorSize(sqlite3_file *file)
{
    WalFile *wal = walFile(file);
    return wal->real->pMethods->xSectorSize(wal->real);
}

int walDeviceCharacteristics(sqlite3_file *file)
{
    WalFile *wal = walFile(file);
    return wal->real->pMethods->xDeviceCharacteristics(wal->real);
}

// Version 1: SQLite maps no shared memory and fetches no pages through a log file.
const sqlite3_io_methods kWalMethods = {
    1,
    walClose,
    walRead,
    walWrite,
    walTruncate,
    walSync,
    walFileSize,
    walLock,
    walUnlock,
    walCheckReservedLock,
    walFileControl,
    walSectorSize,
    walDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

// A database file keeps the wrapped VFS's object and methods, but for xShmLock: the release
// of the WAL write lock ends a write transaction, committed or rolled back. A commit has
// already written the buffer (at its commit frame); anything still buffered then belongs to a
// transaction that rolled back (frames it spilled before the rollback), and must never be
// written: once the lock is free another connection appends its own frames at those offsets.
struct DatabaseMethods
{
    sqlite3_io_methods methods; // first: the file's pMethods points here
    const sqlite3_io_methods *wrapped;
};
std::unordered_map<const sqlite3_io_methods *, std::unique_ptr<DatabaseMethods>> g_databaseMethods;
constexpr int kWalWriteLock = 0; // wal.c's WAL_WRITE_LOCK: the first lock slot

int databaseShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    const auto *methods = reinterpret_cast<const DatabaseMethods *>(file->pMethods);
    const int rc = methods->wrapped->xShmLock(file, offset, count, flags);
    if (rc == SQLITE_OK && offset == kWalWriteLock && count == 1 &&
        flags == (SQLITE_SHM_UNLOCK | SQLITE_SHM_EXCLUSIVE)) {
        std::lock_guard lock(g_logsMutex);
        if (const auto it = g_logOf.find(file); it != g_logOf.end()) {
            it->second->used = 0;
            it->second->commitFramePending = false;
        }
    }
    return rc;
}

void watchWriteLock(sqlite3_file *file)
{
    const sqlite3_io_methods *wrapped = file->pMethods;
    if (!wrapped || wrapped->iVersion < 2 || !wrapped->xShmLock)
        return;
    std::lock_guard lock(g_logsMutex);
    std::unique_ptr<DatabaseMethods> &methods = g_databaseMethods[wrapped];
    if (!methods) {
        methods = std::make_unique<DatabaseMethods>(DatabaseMethods{*wrapped, wrapped});
        methods->methods.xShmLock = databaseShmLock;
    }
    file->pMethods = &methods->methods;
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL)) { // the wrapped VFS owns the object
        const int rc = g_wrapped->xOpen(g_wrapped, name, file, flags, outFlags);
        if (rc == SQLITE_OK && (flags & SQLITE_OPEN_MAIN_DB))
            watchWriteLock(file);
        return rc;
    }

    WalFile *wal = walFile(file);
    std::memset(wal, 0, sizeof(WalFile));
    wal->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + walFileBytes());
    std::memset(wal->real, 0, size_t(g_wrapped->szOsFile));
    const int rc = g_wrapped->xOpen(g_wrapped, name, wal->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        // SQLite calls xClose only when pMethods is set; a wrapped file that set its own
        // methods despite failing is closed here.
        if (wal->real->pMethods)
            wal->real->pMethods->xClose(wal->real);
        return rc;
    }
    wal->base.pMethods = &kWalMethods;
    wal->database = sqlite3_database_file_object(name);
    std::lock_guard lock(g_logsMutex);
    g_logOf[wal->database] = wal;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_wrapped->xDelete(g_wrapped, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return g_wrapped->xAccess(g_wrapped, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_wrapped->xFullPathname(g_wrapped, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_wrapped->xDlOpen(g_wrapped, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    g_wrapped->xDlError(g_wrapped, size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *library, const char *symbol))(void)
{
    return g_wrapped->xDlSym(g_wrapped, library, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *library)
{
    g_wrapped->xDlClose(g_wrapped, library);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_wrapped->xRandomness(g_wrapped, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_wrapped->xSleep(g_wrapped, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return g_wrapped->xCurrentTime(g_wrapped, now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_wrapped->xGetLastError ? g_wrapped->xGetLastError(g_wrapped, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return g_wrapped->xCurrentTimeInt64(g_wrapped, now);
}

bool registerVfs()
{
    g_wrapped = sqlite3_vfs_find(nullptr);
    if (!g_wrapped || g_wrapped->iVersion < 2 || !g_wrapped->xCurrentTimeInt64)
        return false;
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2; // no system-call overrides: those are the wrapped VFS's business
    g_vfs.szOsFile = walFileBytes() + g_wrapped->szOsFile;
    g_vfs.mxPathname = g_wrapped->mxPathname;
    g_vfs.zName = WalWriteVfs::kName;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool WalWriteVfs::install()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] { installed = sqlite3_initialize() == SQLITE_OK && registerVfs(); });
    return installed;
}

const char *WalWriteVfs::wrappedName()
{
    return g_wrapped ? g_wrapped->zName : "unix";
}

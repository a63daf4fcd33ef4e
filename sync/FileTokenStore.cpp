#include "sync/FileTokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString currentUser()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(geteuid());
}

struct Contents
{
    TokenResult problem = TokenResult::ok();
    QString device;
    QString token;
};

// Reads through the open descriptor, so the checks and the bytes are of the same file.
Contents load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {TokenResult::notFound(), {}, {}};
    if (!file.open(QIODevice::ReadOnly))
        return {TokenResult::failed(
                    FileTokenStore::tr("The token file %1 cannot be read: %2").arg(path, file.errorString())),
                {},
                {}};
    struct stat info = {};
    if (fstat(file.handle(), &info) != 0)
        return {TokenResult::failed(
                    FileTokenStore::tr("The token file %1 cannot be read: %2").arg(path, file.errorString())),
                {},
                {}};
    if (info.st_uid != geteuid())
        return {TokenResult::failed(
                    FileTokenStore::tr("The token file %1 belongs to another user. Use a file of your own, "
                                       "or make it yours with: chown %2 %1")
                        .arg(path, currentUser())),
                {},
                {}};
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return {
            TokenResult::failed(
                FileTokenStore::tr("The token file %1 can be read or changed by other users, so its token "
                                   "is not used. Make it private with: chmod 600 %1")
                    .arg(path)),
            {},
            {}};
    const QByteArray bytes = file.readAll();
    // An empty file is one the person made ready for the token, not a damaged one.
    if (bytes.trimmed().isEmpty())
        return {TokenResult::notFound(), {}, {}};
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QString device = object.value(QLatin1String("device")).toString();
    const QString token = object.value(QLatin1String("token")).toString();
    if (device.isEmpty() || token.isEmpty())
        return {
            TokenResult::failed(
                FileTokenStore::tr("The file %1 is not a token file of this desk. Choose another file, or "
                                   "delete this one and enroll again.")
                    .arg(path)),
            {},
            {}};
    return {TokenResult::ok(), device, token};
}

} // namespace

FileTokenStore::FileTokenStore(const QString &path)
    : m_path(path)
{}

TokenResult FileTokenStore::read(const QString &deviceId)
{
    const Contents contents = load(m_path);
    if (!contents.problem.isOk())
        return contents.problem;
    if (contents.device != deviceId)
        return TokenResult::notFound();
    return TokenResult::ok(contents.token);
}

TokenResult FileTokenStore::write(const QString &deviceId, const QString &token)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return TokenResult::failed(
            FileTokenStore::tr("The token file %1 cannot be written: %2").arg(m_path, file.errorString()));
    // The temporary file starts with the umask's mode (often 0644): make it private while it is
    // still empty, so the token is never readable by others, not even for a moment.
    if (fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return TokenResult::failed(
            FileTokenStore::tr("The token file %1 cannot be made private.").arg(m_path));
    }
    QJsonObject object;
    object.insert(QLatin1String("device"), deviceId);
    object.insert(QLatin1String("token"), token);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    file.write("\n");
    if (!file.commit())
        return TokenResult::failed(
            FileTokenStore::tr("The token file %1 cannot be written: %2").arg(m_path, file.errorString()));
    return TokenResult::ok();
}

TokenResult FileTokenStore::remove(const QString &deviceId)
{
    const Contents contents = load(m_path);
    if (contents.problem.status == TokenResult::Status::NotFound)
        return TokenResult::ok();
    if (!contents.problem.isOk())
        return contents.problem;
    // Another device's token is not this desk's to delete.
    if (contents.device != deviceId)
        return TokenResult::ok();
    QFile file(m_path);
    if (!file.remove())
        return TokenResult::failed(
            FileTokenStore::tr("The token file %1 cannot be deleted: %2").arg(m_path, file.errorString()));
    return TokenResult::ok();
}

TokenResult FileTokenStore::probe()
{
    const QFileInfo info(m_path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return TokenResult::failed(
            FileTokenStore::tr("The folder of the token file %1 does not exist or cannot be written.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    const Contents contents = load(m_path);
    if (contents.problem.status == TokenResult::Status::Failed)
        return contents.problem;
    if (contents.problem.isOk())
        return TokenResult::failed(
            FileTokenStore::tr("The token file %1 already holds the token of device %2. Choose another file, "
                               "or delete this one if that device is gone.")
                .arg(m_path, contents.device));
    return TokenResult::ok();
}

QString FileTokenStore::description() const
{
    return FileTokenStore::tr("the file %1").arg(m_path);
}

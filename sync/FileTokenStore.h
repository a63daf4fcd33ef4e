#pragma once

#include "sync/TokenStore.h"

#include <QCoreApplication>

// The token in a file the person chose explicitly (where no keychain answers). The file holds
// one device's token as JSON ({"device": ..., "token": ...}), is written atomically with mode
// 0600 set before the token is written, and is refused on reading unless it belongs to the
// current user and no one else may read or write it.
class FileTokenStore final : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(FileTokenStore)

public:
    explicit FileTokenStore(const QString &path);

    TokenResult read(const QString &deviceId) override;
    TokenResult write(const QString &deviceId, const QString &token) override;
    TokenResult remove(const QString &deviceId) override;
    // The folder exists and may be written, and the file, when there, is private, ours and holds no
    // other desk's token (writing would lose it). Writes nothing.
    TokenResult probe() override;
    QString description() const override;

    QString path() const { return m_path; }

private:
    QString m_path;
};

#pragma once

#include "server/store/VerifyFinding.h"

#include <QJsonArray>
#include <QList>

// What ServerVerifier::run() found: how many checks it ran and the ones that do not hold.
struct VerifyReport
{
    int checks = 0;
    QList<VerifyFinding> findings;

    bool ok() const { return findings.isEmpty(); }

    // {"ok":true,"checks":N,"findings":[]}; the caller adds the error fields when not ok.
    QJsonObject toJson() const
    {
        QJsonArray list;
        for (const VerifyFinding &finding : findings)
            list.append(finding.toJson());
        return {{QStringLiteral("ok"), ok()},
                {QStringLiteral("checks"), checks},
                {QStringLiteral("findings"), list}};
    }
};

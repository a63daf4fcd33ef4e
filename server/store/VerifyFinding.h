#pragma once

#include <QJsonObject>
#include <QString>

// One check of `anticorona-server verify` that does not hold. `code` is stable and meant for
// scripts; `message` is for people, in the server's language, and may change.
struct VerifyFinding
{
    QString code;   // integrity, foreign_key, escrow_unbalanced, debt_exceeds_overrides, booked_exceeds_stock
    QString siteId; // the escrow checks: the site and vaccine they concern
    QString vaccineId;
    QString table;       // foreign_key: the table holding the row that points nowhere
    QJsonObject figures; // the counts the check compared (escrow) or the row (foreign_key)
    QString message;

    // Empty fields are left out.
    QJsonObject toJson() const
    {
        QJsonObject object{{QStringLiteral("code"), code}};
        if (!siteId.isEmpty())
            object.insert(QStringLiteral("siteId"), siteId);
        if (!vaccineId.isEmpty())
            object.insert(QStringLiteral("vaccineId"), vaccineId);
        if (!table.isEmpty())
            object.insert(QStringLiteral("table"), table);
        if (!figures.isEmpty())
            object.insert(QStringLiteral("figures"), figures);
        object.insert(QStringLiteral("message"), message);
        return object;
    }
};

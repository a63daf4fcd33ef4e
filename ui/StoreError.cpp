#include "ui/StoreError.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUi, "anticorona.ui")

QString StoreError::forStaff(const QString &detail)
{
    qCWarning(lcUi) << "database error:" << detail;
    return QCoreApplication::translate("StoreError",
                                       "The desk could not read or save its data. Try again; if it keeps "
                                       "happening, ask your administrator to check the desk's disk.");
}

QString StoreError::messageOf(const CommandResult &result)
{
    return result.status == CommandResult::Status::Failed ? forStaff(result.error) : result.message();
}

#include "models/domain/LocalTimeZone.h"

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

void LocalTimeZone::pin(const QByteArray &zoneFile)
{
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    qputenv("TZ", ':' + zoneFile);
    tzset();
}

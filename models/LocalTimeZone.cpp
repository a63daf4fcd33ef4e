#include "models/LocalTimeZone.h"

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

void LocalTimeZone::pin()
{
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
    tzset();
}

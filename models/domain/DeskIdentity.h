#pragma once

#include <QString>

// Who this desk is. A new database gets a fresh device id and a local site;
// enrolment with a server (the sync issue) replaces the site.
struct DeskIdentity
{
    QString deviceId;
    QString siteId;
    QString siteName;
};

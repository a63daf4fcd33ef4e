#pragma once

#include <QHostAddress>
#include <QString>

// What one run of anticorona-server was asked to do, as parsed by ServerCommandLine.
struct ServerInvocation
{
    enum class Command { Help, SiteAdd, Enroll, DeviceList, DeviceRevoke, Serve, Verify };

    Command command = Command::Help;
    QString database;
    QString configFile;
    QString siteName;      // site add
    QString siteId;        // enroll --site
    int expiresHours = 24; // enroll --expires
    QString deviceId;      // device revoke
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 listenPort = 8080;
    bool json = false; // verify --json: stdout is one JSON object
};

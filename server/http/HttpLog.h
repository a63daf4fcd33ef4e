#pragma once

#include <QLoggingCategory>

// "anticorona.server.http": the HTTP layer's log (requests answered, storage and descriptor
// failures), one category for the router, the server and the listener.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

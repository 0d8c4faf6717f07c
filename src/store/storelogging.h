#pragma once

#include <QLoggingCategory>

// The one logging category of the state store: "identsync.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)

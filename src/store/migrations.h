#pragma once

#include "store/storeconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace identsync {

// One forward-only step of the state database schema. Steps are never edited once released: a
// change is a new step. Database::open() applies each missing step in its own transaction.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Every step, in order (version 1 first), spelled for the driver.
QList<Migration> schemaMigrations(StoreConfig::Driver driver);

} // namespace identsync

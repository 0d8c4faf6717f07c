#pragma once

#include "store/storeconfig.h"

#include <QObject>

#include <memory>

namespace identsync {

class Database;

// Base of every console object that touches the state database. It lives on the session's reader
// thread (ConsoleSession::createWorker) and opens its own connection there on first use, so the
// GUI thread never runs SQL. Subclasses expose slots called by queued invocation and answer with
// signals carrying value types.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(StoreConfig config);
    ~StoreWorker() override;

protected:
    // This worker's connection, opened on first use. nullptr when the database cannot be opened;
    // `error` then says why in plain words (the database named, no secrets).
    Database *database(QString *error = nullptr);

private:
    StoreConfig m_config;
    std::unique_ptr<Database> m_db;
};

} // namespace identsync

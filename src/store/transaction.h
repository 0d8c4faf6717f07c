#pragma once

#include "store/database.h"
#include "store/storeresult.h"

#include <QString>

namespace identsync {

// The only way the store writes more than one row: begins in the constructor, rolls back in the
// destructor unless commit() succeeded. Every early return on an error therefore rolls back.
//
// SQLite: BEGIN IMMEDIATE takes the single write lock up front (waiting up to busy_timeout), so a
// read-then-write transaction can never fail half way with SQLITE_BUSY and two connections can
// never lease the same job. PostgreSQL: READ COMMITTED, stated explicitly; every read-modify-write
// locks its rows (SELECT ... FOR UPDATE, FOR UPDATE SKIP LOCKED, or a conditional UPDATE), which
// is what makes it correct, so no serialization retries are ever needed.
class Transaction
{
public:
    // `doing` names the operation for error messages ("completing 3 jobs").
    Transaction(Database &db, QString doing);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // Whether BEGIN succeeded; check before the first statement.
    const StoreResult<> &begun() const { return m_begun; }
    StoreResult<> commit();

private:
    void end();

    Database &m_db;
    QString m_doing;
    StoreResult<> m_begun;
    bool m_active = false;
    bool m_gated = false;
};

} // namespace identsync

namespace identsync {

// Runs `fn` (returning a StoreResult) inside the caller's open transaction, or inside a new one
// committed on success. Lets single-statement writes join a larger unit (complete() writes the
// binding through BindingStore) and still take SQLite's write lock up front when used alone.
template <typename Fn>
auto withTransaction(Database &db, const QString &doing, Fn &&fn) -> decltype(fn())
{
    if (db.inTransaction())
        return fn();
    Transaction tx(db, doing);
    if (!tx.begun())
        return tx.begun().failure();
    auto result = fn();
    if (!result)
        return result;
    if (auto committed = tx.commit(); !committed)
        return committed.failure();
    return result;
}

} // namespace identsync

#pragma once

#include "store/database.h"
#include "store/storeresult.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

namespace identsync {

// One execution of an SQL statement with :name placeholders. The prepared statement is cached
// on the connection and reused (a server-side PREPARE on PostgreSQL), and released (reset) when
// this object goes out of scope so SQLite read snapshots never linger.
class SqlStatement
{
public:
    SqlStatement(Database &db, const QString &sql);
    ~SqlStatement();
    Q_DISABLE_COPY_MOVE(SqlStatement)

    // U+0000 in text is replaced by U+FFFD: PostgreSQL cannot store it, and a hostile IDENT
    // string must not stop a job from being recorded.
    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    bool exec();
    bool next();

    QVariant value(int column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

    // "<doing>: <what the database said> (<database>)".
    StoreError error(const QString &doing) const;

private:
    Database &m_db;
    QString m_sql;
    std::shared_ptr<Database::CachedStatement> m_cached;
    QSqlQuery *m_query = nullptr;
    std::optional<QSqlQuery> m_own;
    QString m_prepareError;
};

// Typed NULLs and optional values for bind().
QVariant sqlNullInt();
QVariant sqlNullText();
QVariant sqlInt(const std::optional<qint64> &v);

} // namespace identsync

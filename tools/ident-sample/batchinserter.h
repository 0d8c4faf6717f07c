#pragma once

#include "ident/identsourceconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace identsync::sample {

// Fast bulk rows for one table: SQLite reuses one prepared statement (a bound row costs a few
// microseconds inside a transaction); PostgreSQL gets multi-row INSERT … VALUES statements of
// literal rows, the closest thing to COPY that Qt's driver offers. Values: qint64/int, double
// (money), QString, QDateTime (written as 'yyyy-MM-dd HH:mm:ss.zzz'; invalid = NULL), bool,
// null QVariant.
class BatchInserter
{
public:
    BatchInserter(QSqlDatabase db, IdentSourceConfig::Driver driver, const QString &table,
                  const QStringList &columns);

    // false with `error` set when the database refused the row. PostgreSQL rows wait for
    // flush(), which the caller calls every thousand rows or so and orders so that referenced
    // rows always go first (foreign keys are checked per statement).
    bool add(const QVariantList &row, QString *error);
    bool flush(QString *error);
    qint64 rows() const { return m_rows; }

private:
    QString literal(const QVariant &v) const;

    QSqlDatabase m_db;
    IdentSourceConfig::Driver m_driver;
    QString m_insertHead;
    std::optional<QSqlQuery> m_prepared;
    QStringList m_pending;
    qint64 m_rows = 0;
};

// Commits on commit(), rolls back when it goes out of scope without: every multi-row write of the
// generator is one of these.
class SampleTransaction
{
public:
    explicit SampleTransaction(QSqlDatabase db);
    ~SampleTransaction();
    SampleTransaction(const SampleTransaction &) = delete;
    SampleTransaction &operator=(const SampleTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace identsync::sample

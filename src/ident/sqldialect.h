#pragma once

#include "identsourceconfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace identsync {

// The few places where SQL Server, PostgreSQL and SQLite disagree, so that one set of queries
// runs on all three (SPEC §2.1). Parameters are always positional '?': Qt rewrites them for
// PostgreSQL ($1…) and passes them to ODBC and SQLite as they are.
//
// Date-times travel as fixed-width text 'yyyy-MM-dd HH:mm:ss.zzz' in both directions: it sorts
// like time, compares exactly (SQL Server's datetime rounds to 1/300 s, and a datetime2 parameter
// would not compare equal to it), and never meets a driver's time-zone conversion.
class SqlDialect
{
public:
    explicit SqlDialect(IdentSourceConfig::Driver driver)
        : m_driver(driver)
    {}

    IdentSourceConfig::Driver driver() const { return m_driver; }

    QString quote(const QString &identifier) const;

    // Paging: SQL Server puts TOP after SELECT, the others put LIMIT at the end.
    QString top(int rows) const;
    QString limit(int rows) const;

    // a + b on SQL Server, a || b elsewhere; NULL-propagating everywhere.
    QString concat(const QStringList &parts) const;
    // ISNULL on SQL Server, COALESCE elsewhere.
    QString ifNull(const QString &expr, const QString &fallback) const;
    // The newest non-NULL of the expressions (NULL when all are NULL).
    QString greatest(const QStringList &exprs) const;

    // A date-time expression as sortable text (see the class comment).
    QString dateTimeText(const QString &expr) const;
    // A date-time parameter, compared against native date-time columns.
    QString dateTimeParam() const;
    static QString formatDateTime(const QDateTime &dt);
    static QDateTime parseDateTime(const QString &text);

    // bit/boolean columns: "= 1" and "NULL or 0".
    QString isTrue(const QString &expr) const;
    QString isNotTrue(const QString &expr) const;
    QString boolLiteral(bool value) const;

    // A money expression (decimal roubles) as whole kopecks (bigint), rounded half away from 0.
    QString toKopecks(const QString &expr) const;

    // A scalar sub-query joining `valueExpr` over `fromWhere` ("FROM … WHERE …") in `orderBy`
    // order with `separator`; NULL when there are no rows. SQL Server uses FOR XML PATH, which
    // works from SQL Server 2005 on (STRING_AGG needs 2017).
    QString stringAgg(const QString &valueExpr, const QString &fromWhere, const QString &orderBy,
                      const QString &separator) const;

    // A string literal, quotes doubled (N'' on SQL Server so Cyrillic survives).
    QString literal(const QString &text) const;

private:
    IdentSourceConfig::Driver m_driver;
};

} // namespace identsync

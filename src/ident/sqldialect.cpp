#include "sqldialect.h"

#include <optional>

namespace identsync {

namespace {

const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

} // namespace

QString SqlDialect::quote(const QString &identifier) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer: {
        QString s = identifier;
        s.replace(QLatin1Char(']'), QStringLiteral("]]"));
        return QLatin1Char('[') + s + QLatin1Char(']');
    }
    case IdentSourceConfig::Driver::Sqlite:
    case IdentSourceConfig::Driver::Postgres: {
        QString s = identifier;
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    }
    return identifier;
}

QString SqlDialect::top(int rows) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("TOP (%1) ").arg(rows);
    case IdentSourceConfig::Driver::Sqlite:
    case IdentSourceConfig::Driver::Postgres:
        return {};
    }
    return {};
}

QString SqlDialect::limit(int rows) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return {};
    case IdentSourceConfig::Driver::Sqlite:
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral(" LIMIT %1").arg(rows);
    }
    return {};
}

QString SqlDialect::concat(const QStringList &parts) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QLatin1Char('(') + parts.join(QStringLiteral(" + ")) + QLatin1Char(')');
    case IdentSourceConfig::Driver::Sqlite:
    case IdentSourceConfig::Driver::Postgres:
        return QLatin1Char('(') + parts.join(QStringLiteral(" || ")) + QLatin1Char(')');
    }
    return {};
}

QString SqlDialect::ifNull(const QString &expr, const QString &fallback) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("ISNULL(%1, %2)").arg(expr, fallback);
    case IdentSourceConfig::Driver::Sqlite:
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("COALESCE(%1, %2)").arg(expr, fallback);
    }
    return {};
}

QString SqlDialect::greatest(const QStringList &exprs) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer: {
        // GREATEST exists only from SQL Server 2022; MAX over a VALUES list works from 2008.
        QStringList rows;
        for (const QString &e : exprs)
            rows << QLatin1Char('(') + e + QLatin1Char(')');
        return QStringLiteral("(SELECT MAX(g.v) FROM (VALUES %1) AS g(v))")
            .arg(rows.join(QStringLiteral(", ")));
    }
    case IdentSourceConfig::Driver::Sqlite: {
        // SQLite's multi-argument MAX() is NULL as soon as one argument is; '' sorts before
        // every date-time text, so it stands in for NULL and is turned back afterwards.
        QStringList args;
        for (const QString &e : exprs)
            args << QStringLiteral("COALESCE(%1, '')").arg(e);
        return QStringLiteral("NULLIF(MAX(%1), '')").arg(args.join(QStringLiteral(", ")));
    }
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("GREATEST(%1)").arg(exprs.join(QStringLiteral(", ")));
    }
    return {};
}

QString SqlDialect::dateTimeText(const QString &expr) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("CONVERT(varchar(23), %1, 121)").arg(expr);
    case IdentSourceConfig::Driver::Sqlite:
        return expr;
    case IdentSourceConfig::Driver::Postgres:
        // COLLATE "C": a linguistic collation may order punctuation differently from bytes.
        return QStringLiteral("(to_char(%1, 'YYYY-MM-DD HH24:MI:SS.MS') COLLATE \"C\")").arg(expr);
    }
    return {};
}

QString SqlDialect::dateTimeParam() const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("CONVERT(datetime, ?, 121)");
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("?");
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("CAST(? AS timestamp)");
    }
    return {};
}

QString SqlDialect::formatDateTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(kDateTimeFormat) : QString();
}

namespace {

// 'yyyy-MM-dd HH:mm:ss[.zzz]' read by position: QDateTime::fromString() with a format costs tens
// of microseconds a call, and a page of receptions carries a dozen date-times per row.
std::optional<QDateTime> parseCanonical(const QString &t)
{
    const qsizetype n = t.size();
    if ((n != 19 && n != 23) || t[4] != u'-' || t[7] != u'-' || (t[10] != u' ' && t[10] != u'T') ||
        t[13] != u':' || t[16] != u':' || (n == 23 && t[19] != u'.'))
        return std::nullopt;
    bool ok = true;
    const auto num = [&](qsizetype from, qsizetype len) {
        int v = 0;
        for (qsizetype i = from; i < from + len; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                ok = false;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(num(0, 4), num(5, 2), num(8, 2));
    const QTime time(num(11, 2), num(14, 2), num(17, 2), n == 23 ? num(20, 3) : 0);
    if (!ok || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

} // namespace

QDateTime SqlDialect::parseDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (const auto fast = parseCanonical(text))
        return *fast;
    QDateTime dt = QDateTime::fromString(text, kDateTimeFormat);
    if (!dt.isValid()) {
        // Hand-edited SQLite files and ISO 'T' forms: accept them, the reader never writes back.
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return dt;
}

QString SqlDialect::isTrue(const QString &expr) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("%1 = 1").arg(expr);
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("%1 IS TRUE").arg(expr);
    }
    return {};
}

QString SqlDialect::isNotTrue(const QString &expr) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("ISNULL(%1, 0) = 0").arg(expr);
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("COALESCE(%1, 0) = 0").arg(expr);
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("%1 IS NOT TRUE").arg(expr);
    }
    return {};
}

QString SqlDialect::boolLiteral(bool value) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
    case IdentSourceConfig::Driver::Sqlite:
        return value ? QStringLiteral("1") : QStringLiteral("0");
    case IdentSourceConfig::Driver::Postgres:
        return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    return {};
}

QString SqlDialect::toKopecks(const QString &expr) const
{
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("CAST(ROUND((%1) * 100, 0) AS bigint)").arg(expr);
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("CAST(ROUND((%1) * 100) AS INTEGER)").arg(expr);
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("CAST(ROUND((%1) * 100) AS bigint)").arg(expr);
    }
    return {};
}

QString SqlDialect::stringAgg(const QString &valueExpr, const QString &fromWhere,
                              const QString &orderBy, const QString &separator) const
{
    const QString sep = literal(separator);
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("STUFF((SELECT %1 + %2 %3 ORDER BY %4 FOR XML PATH(''), TYPE)"
                              ".value('.', 'nvarchar(max)'), 1, %5, N'')")
            .arg(sep, valueExpr, fromWhere, orderBy, QString::number(separator.size()));
    case IdentSourceConfig::Driver::Sqlite:
        // group_concat keeps the order of its input in practice; an ordered sub-select is the
        // only way to ask for an order before SQLite 3.44.
        return QStringLiteral("(SELECT group_concat(agg.v, %1) FROM (SELECT %2 AS v %3 ORDER BY "
                              "%4) AS agg)")
            .arg(sep, valueExpr, fromWhere, orderBy);
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("(SELECT string_agg(%1, %2 ORDER BY %3) %4)")
            .arg(valueExpr, sep, orderBy, fromWhere);
    }
    return {};
}

QString SqlDialect::literal(const QString &text) const
{
    QString s = text;
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    switch (m_driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("N'") + s + QLatin1Char('\'');
    case IdentSourceConfig::Driver::Sqlite:
    case IdentSourceConfig::Driver::Postgres:
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    return {};
}

} // namespace identsync

#include "batchinserter.h"

#include "ident/sqldialect.h"

#include <QDateTime>
#include <QSqlError>

namespace identsync::sample {

namespace {

// Qt 6 does not count an invalid QDateTime inside a QVariant as null; the generator does.
bool isNullValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QDateTime && !v.toDateTime().isValid());
}

} // namespace

BatchInserter::BatchInserter(QSqlDatabase db, IdentSourceConfig::Driver driver,
                             const QString &table, const QStringList &columns)
    : m_db(std::move(db))
    , m_driver(driver)
{
    m_insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                       .arg(table, columns.join(QStringLiteral(", ")));
    if (m_driver != IdentSourceConfig::Driver::Postgres) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        m_prepared.emplace(m_db);
        m_prepared->prepare(m_insertHead + QLatin1Char('(') + marks.join(QStringLiteral(", ")) +
                            QLatin1Char(')'));
    }
}

QString BatchInserter::literal(const QVariant &v) const
{
    if (isNullValue(v))
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'f', 2);
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + SqlDialect::formatDateTime(v.toDateTime()) + QLatin1Char('\'');
    default: {
        // standard_conforming_strings is on (PostgreSQL ≥ 9.1): only quotes need doubling.
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    }
}

bool BatchInserter::add(const QVariantList &row, QString *error)
{
    ++m_rows;
    if (m_prepared) {
        for (const QVariant &v : row) {
            if (isNullValue(v))
                m_prepared->addBindValue(QVariant());
            else if (v.typeId() == QMetaType::QDateTime)
                m_prepared->addBindValue(SqlDialect::formatDateTime(v.toDateTime()));
            else if (v.typeId() == QMetaType::Bool)
                m_prepared->addBindValue(v.toBool() ? 1 : 0);
            else
                m_prepared->addBindValue(v);
        }
        if (!m_prepared->exec()) {
            if (error)
                *error = m_prepared->lastError().text();
            return false;
        }
        return true;
    }
    QStringList values;
    values.reserve(row.size());
    for (const QVariant &v : row)
        values << literal(v);
    const QString tuple = QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_pending << tuple;
    return true;
}

bool BatchInserter::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    QSqlQuery q(m_db);
    const bool ok = q.exec(m_insertHead + m_pending.join(QStringLiteral(", ")));
    m_pending.clear();
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

SampleTransaction::SampleTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

SampleTransaction::~SampleTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool SampleTransaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = QStringLiteral("no transaction is open");
        return false;
    }
    m_active = false;
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace identsync::sample

#include "sqlstatement.h"

#include "store/storelogging.h"

#include <QSqlError>

namespace identsync {

SqlStatement::SqlStatement(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
    , m_cached(db.cachedStatement(sql))
{
    if (m_cached) {
        m_cached->inUse = true;
        m_query = &m_cached->query;
        if (!m_cached->prepared) {
            m_cached->prepared = m_query->prepare(sql);
            if (!m_cached->prepared)
                m_prepareError = m_query->lastError().text();
        }
        return;
    }
    // The same statement is already being read further up the stack: use a private copy.
    m_own.emplace(db.connection());
    if (!db.isPostgres())
        m_own->setForwardOnly(true);
    m_query = &*m_own;
    if (!m_query->prepare(sql))
        m_prepareError = m_query->lastError().text();
}

SqlStatement::~SqlStatement()
{
    m_query->finish();
    if (m_cached)
        m_cached->inUse = false;
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull()) {
        // Qt binds a null QString as SQL NULL; an empty text field is '' here, NULL only when
        // asked for with sqlNullText().
        QString s = value.toString();
        if (s.isNull()) {
            m_query->bindValue(placeholder, QStringLiteral(""));
            return *this;
        }
        if (s.contains(QChar(0))) {
            s.replace(QChar(0), QChar(0xFFFD));
            m_query->bindValue(placeholder, s);
            return *this;
        }
    }
    m_query->bindValue(placeholder, value);
    return *this;
}

bool SqlStatement::exec()
{
    if (!m_prepareError.isEmpty()) {
        qCWarning(lcStore).noquote()
            << "statement could not be prepared:" << m_prepareError << "SQL:" << m_sql;
        return false;
    }
    if (m_query->exec())
        return true;
    qCWarning(lcStore).noquote() << "statement failed:" << m_query->lastError().text()
                                 << "SQL:" << m_sql;
    return false;
}

bool SqlStatement::next()
{
    return m_query->next();
}

StoreError SqlStatement::error(const QString &doing) const
{
    return m_db.error(doing,
                      m_prepareError.isEmpty() ? m_query->lastError().text() : m_prepareError);
}

QVariant sqlNullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant sqlNullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant sqlInt(const std::optional<qint64> &v)
{
    return v ? QVariant(qlonglong(*v)) : sqlNullInt();
}

} // namespace identsync

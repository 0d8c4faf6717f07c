#include "transaction.h"

#include "store/database.h"
#include "store/sqlitewritegate.h"
#include "store/storelogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace identsync {

Transaction::Transaction(Database &db, QString doing)
    : m_db(db)
    , m_doing(std::move(doing))
{
    if (m_db.m_inTransaction) {
        qCCritical(lcStore).noquote() << "nested transaction refused while" << m_doing;
        m_begun = m_db.error(m_doing, QStringLiteral("a transaction is already open on this "
                                                     "connection (a bug in IdentSync)"));
        return;
    }
    if (m_db.m_writeGate) {
        if (!m_db.m_writeGate->lock(std::chrono::milliseconds(m_db.m_config.lockTimeoutMs))) {
            m_begun = m_db.error(m_doing, QStringLiteral("another thread kept the database busy "
                                                         "for more than %1 ms")
                                              .arg(m_db.m_config.lockTimeoutMs));
            return;
        }
        m_gated = true;
    }
    const QString begin = m_db.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                                            : QStringLiteral("BEGIN IMMEDIATE");
    QSqlQuery q(m_db.connection());
    if (!q.exec(begin)) {
        m_begun = m_db.error(m_doing, q.lastError().text());
        end();
        return;
    }
    m_active = true;
    m_db.m_inTransaction = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore).noquote()
                << "rolling back" << m_doing << "failed:" << q.lastError().text();
    }
    end();
}

void Transaction::end()
{
    if (m_active) {
        m_active = false;
        m_db.m_inTransaction = false;
    }
    if (m_gated) {
        m_gated = false;
        m_db.m_writeGate->unlock();
    }
}

StoreResult<> Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? m_db.error(m_doing, QStringLiteral("the transaction is not open"))
                            : m_begun.failure();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT")))
        return m_db.error(m_doing, q.lastError().text());
    end();
    return {};
}

} // namespace identsync

#include "identtestdb.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace identsync::testing {

std::unique_ptr<IdentTestDb> IdentTestDb::sqlite()
{
    std::unique_ptr<IdentTestDb> t(new IdentTestDb);
    t->m_dir = std::make_unique<QTemporaryDir>();
    if (!t->m_dir->isValid())
        t->m_error = QStringLiteral("no temporary directory");
    t->m_connection.driver = IdentSourceConfig::Driver::Sqlite;
    t->m_connection.database = t->m_dir->filePath(QStringLiteral("ident.db"));
    return t;
}

std::unique_ptr<IdentTestDb> IdentTestDb::postgres(const testutils::PgParams &pg)
{
    std::unique_ptr<IdentTestDb> t(new IdentTestDb);
    t->m_pg = pg;
    t->m_connection.driver = IdentSourceConfig::Driver::Postgres;
    t->m_connection.host = pg.host;
    t->m_connection.port = pg.port;
    t->m_connection.user = pg.user;
    t->m_connection.database =
        testutils::createPgDatabase(pg, QStringLiteral("ident"), &t->m_error);
    return t;
}

IdentTestDb::~IdentTestDb()
{
    if (m_pg && !m_connection.database.isEmpty())
        testutils::dropPgDatabase(*m_pg, m_connection.database);
}

IdentSourceConfig IdentTestDb::sourceConfig() const
{
    IdentSourceConfig c;
    c.sourceId = QStringLiteral("test");
    c.driver = m_connection.driver;
    c.database = m_connection.database;
    c.server = m_connection.host;
    c.port = m_connection.port;
    c.user = m_connection.user;
    c.encrypt = false;
    c.firstRunDepthDays = 3650;
    return c;
}

namespace {

QString text(IdentSourceConfig::Driver driver, const QString &column)
{
    if (driver == IdentSourceConfig::Driver::Postgres)
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS.MS')").arg(column);
    return column;
}

} // namespace

QHash<qint64, RowState> snapshot(QSqlDatabase db, IdentSourceConfig::Driver driver, QString *error)
{
    QHash<qint64, RowState> out;
    QHash<qint64, QByteArray> content;
    QHash<qint64, qint64> chairCompany;
    QHash<qint64, qint64> chairOf;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    };

    if (!run(QStringLiteral("SELECT ID, ID_OwnCompanies FROM Armchairs")))
        return {};
    while (q.next())
        chairCompany.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    const QStringList changeColumns = {
        QStringLiteral("DateTimeAdded"),   QStringLiteral("DateTimeChanged"),
        QStringLiteral("PatientAppeared"), QStringLiteral("ReceptionStarted"),
        QStringLiteral("ReceptionEnded"),  QStringLiteral("ReceptionCanceled"),
        QStringLiteral("CheckIssued")};
    QStringList cols = {QStringLiteral("ID"),
                        QStringLiteral("ID_Patients"),
                        QStringLiteral("ID_Staffs"),
                        QStringLiteral("ID_Armchairs"),
                        QStringLiteral("ID_ReceptionCancelReasons"),
                        QStringLiteral("Comment"),
                        text(driver, QStringLiteral("PlanStart")),
                        text(driver, QStringLiteral("PlanEnd"))};
    for (const QString &c : changeColumns)
        cols << text(driver, c);
    if (!run(QStringLiteral("SELECT %1 FROM Receptions").arg(cols.join(QStringLiteral(", ")))))
        return {};
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QByteArray c;
        for (int i = 1; i < cols.size(); ++i) {
            const QString v =
                q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString();
            c += (i == 5 ? QCryptographicHash::hash(v.toUtf8(), QCryptographicHash::Sha1).toHex()
                         : v.toUtf8()) +
                 '|';
        }
        RowState s;
        for (int i = 8; i < cols.size(); ++i)
            s.changeTime = std::max(s.changeTime, q.value(i).toString());
        if (!q.value(3).isNull())
            chairOf.insert(id, q.value(3).toLongLong());
        content.insert(id, c);
        out.insert(id, s);
    }

    if (!run(QStringLiteral("SELECT ID, ID_Receptions, ID_OwnCompanies, %1, %2 FROM Orders "
                            "ORDER BY ID")
                 .arg(text(driver, QStringLiteral("DateTimeOrder")),
                      text(driver, QStringLiteral("DateTimeBillFormed")))))
        return {};
    while (q.next()) {
        const qint64 reception = q.value(1).toLongLong();
        content[reception] += "order|" + q.value(0).toByteArray() + '|' + q.value(2).toByteArray() +
                              '|' + q.value(3).toByteArray() + '|' + q.value(4).toByteArray() + '|';
        RowState &s = out[reception];
        s.changeTime = std::max(s.changeTime, q.value(4).toString());
    }
    if (!run(QStringLiteral("SELECT osr.ID, o.ID_Receptions, osr.ID_ServicePrices, "
                            "osr.CountService, osr.DiscountSum FROM OrderServiceRelation osr "
                            "JOIN Orders o ON o.ID = osr.ID_Orders ORDER BY osr.ID")))
        return {};
    while (q.next()) {
        content[q.value(1).toLongLong()] +=
            "line|" + q.value(0).toByteArray() + '|' + q.value(2).toByteArray() + '|' +
            q.value(3).toByteArray() + '|' + q.value(4).toByteArray() + '|';
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        it->fingerprint =
            QCryptographicHash::hash(content.value(it.key()), QCryptographicHash::Sha1);
        // The branch is the chair's company only: an invoice must not move a deal key.
        const auto chair = chairOf.constFind(it.key());
        if (chair != chairOf.cend())
            it->ownCompany = chairCompany.value(*chair);
    }
    return out;
}

} // namespace identsync::testing

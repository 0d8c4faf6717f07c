#include "identwriter.h"

#include "identtruth.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace identsync::e2e {

namespace {

const QString kFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

QDateTime parse(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.left(23), kFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

IdentWriter::IdentWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString IdentWriter::tick()
{
    const QString newest = IdentTruth::newestChange(m_db);
    QDateTime base = parse(std::max(newest, m_clock));
    m_clock = base.addSecs(60).toString(kFormat);
    return m_clock;
}

bool IdentWriter::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return false;
    }
    return true;
}

qint64 IdentWriter::nextId(const QString &table)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(ID), 0) + 1 FROM %1").arg(table)) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool IdentWriter::setEvent(qint64 receptionId, const QString &column)
{
    const QString at = tick();
    return exec(QStringLiteral("UPDATE Receptions SET %1 = ?, DateTimeChanged = ? WHERE ID = ?")
                    .arg(column),
                {at, at, receptionId});
}

bool IdentWriter::setComment(qint64 receptionId, const QString &comment)
{
    const QString at = tick();
    return exec(
        QStringLiteral("UPDATE Receptions SET Comment = ?, DateTimeChanged = ? WHERE ID = ?"),
        {comment, at, receptionId});
}

bool IdentWriter::setPhone(qint64 personId, const QString &phone)
{
    return exec(QStringLiteral("UPDATE Persons SET MobilePhone = ? WHERE ID = ?"),
                {phone, personId});
}

std::optional<qint64> IdentWriter::addPatient(const QString &surname, const QString &name,
                                              const QString &phone)
{
    const qint64 id = nextId(QStringLiteral("Persons"));
    if (!exec(
            QStringLiteral("INSERT INTO Persons (ID, Surname, Name, Patronymic, MobilePhone, "
                           "Birthday) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, surname, name, QStringLiteral("Тестович"), phone, QStringLiteral("01.02.1990")}) ||
        !exec(QStringLiteral("INSERT INTO Patients (ID_Persons, CardNumber) VALUES (?, ?)"),
              {id, QStringLiteral("E2E-%1").arg(id)}))
        return std::nullopt;
    return id;
}

std::optional<qint64> IdentWriter::addReception(qint64 patientId, std::optional<int> chair,
                                                int hour)
{
    const QString at = tick();
    const QDateTime start(parse(at).date().addDays(1), QTime(hour, 0), Qt::UTC);
    const qint64 id = nextId(QStringLiteral("Receptions"));
    if (!exec(QStringLiteral("INSERT INTO Receptions (ID, ID_Patients, ID_Staffs, ID_Armchairs, "
                             "PlanStart, PlanEnd, Comment, DateTimeAdded) VALUES (?, ?, "
                             "(SELECT MIN(ID_Staffs) FROM Receptions), ?, ?, ?, ?, ?)"),
              {id, patientId, chair ? QVariant(*chair) : QVariant(), start.toString(kFormat),
               start.addSecs(1800).toString(kFormat), QStringLiteral("Записан тестом"), at}))
        return std::nullopt;
    return id;
}

bool IdentWriter::addInvoice(qint64 receptionId, int company, int serviceId)
{
    const QString at = tick();
    const qint64 order = nextId(QStringLiteral("Orders"));
    const qint64 line = nextId(QStringLiteral("OrderServiceRelation"));
    return exec(QStringLiteral("INSERT INTO Orders (ID, ID_Receptions, ID_OwnCompanies, "
                               "DateTimeOrder, DateTimeBillFormed) VALUES (?, ?, ?, ?, ?)"),
                {order, receptionId, company, at, at}) &&
           exec(QStringLiteral("INSERT INTO OrderServiceRelation (ID, ID_Orders, ID_ServicePrices, "
                               "CountService, DiscountSum) VALUES (?, ?, "
                               "(SELECT MIN(ID) FROM ServiceItemPrices WHERE ID_ServiceItems = ?), "
                               "1, 0)"),
                {line, order, serviceId});
}

} // namespace identsync::e2e

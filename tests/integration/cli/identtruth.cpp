#include "identtruth.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace identsync::e2e {

std::optional<QList<TruthReception>> IdentTruth::read(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT r.ID, COALESCE(r.ID_Patients, 0), "
        " COALESCE(a.ID_OwnCompanies, 0), "
        " CASE WHEN r.ReceptionCanceled IS NOT NULL OR r.ID_ReceptionCancelReasons IS NOT NULL "
        "      THEN 'Отменен' "
        "      WHEN r.CheckIssued IS NOT NULL THEN 'Завершен (счет выдан)' "
        "      WHEN r.ReceptionEnded IS NOT NULL THEN 'Завершен' "
        "      WHEN r.ReceptionStarted IS NOT NULL THEN 'В процессе' "
        "      WHEN r.PatientAppeared IS NOT NULL THEN 'Пациент пришел' "
        "      ELSE 'Запланирован' END, "
        " (SELECT CAST(ROUND(SUM(osr.CountService * sip.Price "
        "     - COALESCE(osr.DiscountSum, 0)) * 100) AS INTEGER) "
        "   FROM Orders o JOIN OrderServiceRelation osr ON osr.ID_Orders = o.ID "
        "   JOIN ServiceItemPrices sip ON sip.ID = osr.ID_ServicePrices "
        "   WHERE o.ID_Receptions = r.ID), "
        " COALESCE(p.MobilePhone, ''), COALESCE(r.PlanStart, '') "
        "FROM Receptions r LEFT JOIN Armchairs a ON a.ID = r.ID_Armchairs "
        "LEFT JOIN Persons p ON p.ID = r.ID_Patients ORDER BY r.ID"));
    if (!ok) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<TruthReception> out;
    while (q.next()) {
        TruthReception t;
        t.id = q.value(0).toLongLong();
        t.patientId = q.value(1).toLongLong();
        t.branch = q.value(2).toInt();
        t.key = QStringLiteral("F%1_%2").arg(t.branch).arg(t.id);
        t.status = q.value(3).toString();
        t.hasAmount = !q.value(4).isNull();
        t.amountKopecks = q.value(4).toLongLong();
        t.phone = phoneE164(q.value(5).toString());
        t.planStart = clinicTime(q.value(6).toString());
        out << t;
    }
    return out;
}

QString IdentTruth::phoneE164(const QString &raw)
{
    QString text = raw;
    if (const qsizetype ext = text.indexOf(QStringLiteral("доб")); ext >= 0)
        text = text.left(ext);
    static const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
    text.remove(nonDigits);
    if (text.size() == 11 && (text.startsWith(u'7') || text.startsWith(u'8')))
        return QStringLiteral("+7") + text.mid(1);
    if (text.size() == 10)
        return QStringLiteral("+7") + text;
    return {};
}

QString IdentTruth::clinicTime(const QString &identText)
{
    if (identText.size() < 19)
        return {};
    return identText.left(10) + u'T' + identText.mid(11, 8) + QStringLiteral("+03:00");
}

QString IdentTruth::newestChange(QSqlDatabase db)
{
    QSqlQuery q(db);
    QString newest;
    for (const char *column :
         {"DateTimeAdded", "DateTimeChanged", "PatientAppeared", "ReceptionStarted",
          "ReceptionEnded", "CheckIssued", "ReceptionCanceled"}) {
        if (q.exec(QStringLiteral("SELECT MAX(%1) FROM Receptions").arg(QLatin1String(column))) &&
            q.next())
            newest = std::max(newest, q.value(0).toString());
    }
    if (q.exec(QStringLiteral("SELECT MAX(DateTimeBillFormed) FROM Orders")) && q.next())
        newest = std::max(newest, q.value(0).toString());
    return newest;
}

} // namespace identsync::e2e

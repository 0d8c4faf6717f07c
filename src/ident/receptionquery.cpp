#include "receptionquery.h"

#include <QVariant>

namespace identsync {

namespace {

// Receptions' own change columns, in the order they are bound.
const QStringList kReceptionChangeColumns = {
    QStringLiteral("DateTimeAdded"),   QStringLiteral("DateTimeChanged"),
    QStringLiteral("PatientAppeared"), QStringLiteral("ReceptionStarted"),
    QStringLiteral("ReceptionEnded"),  QStringLiteral("ReceptionCanceled"),
    QStringLiteral("CheckIssued"),
};

const QString kOrdersOf = QStringLiteral("FROM Orders o WHERE o.ID_Receptions = r.ID");

QString inList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 id = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

// The IDENT column behind a date-time result column, for messages.
QString columnName(ReceptionQuery::Column c)
{
    using Q = ReceptionQuery;
    static const QList<QPair<Q::Column, const char *>> names{
        {Q::PlanStart, "Receptions.PlanStart"},
        {Q::PlanEnd, "Receptions.PlanEnd"},
        {Q::DateTimeAdded, "Receptions.DateTimeAdded"},
        {Q::DateTimeChanged, "Receptions.DateTimeChanged"},
        {Q::PatientAppeared, "Receptions.PatientAppeared"},
        {Q::ReceptionStarted, "Receptions.ReceptionStarted"},
        {Q::ReceptionEnded, "Receptions.ReceptionEnded"},
        {Q::CheckIssued, "Receptions.CheckIssued"},
        {Q::ReceptionCanceled, "Receptions.ReceptionCanceled"},
        {Q::OrderDate, "Orders.DateTimeOrder"},
        {Q::BillFormed, "Orders.DateTimeBillFormed"}};
    for (const auto &[column, name] : names) {
        if (column == c)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("column %1").arg(int(c));
}

} // namespace

ReceptionQuery::ReceptionQuery(const SqlDialect &dialect, const QList<qint64> &branchFilter)
    : m_dialect(dialect)
    , m_branchFilter(branchFilter)
{}

int ReceptionQuery::changeColumnCount()
{
    return int(kReceptionChangeColumns.size()) + 1; // + Orders.DateTimeBillFormed
}

QString ReceptionQuery::changeTimeExpr() const
{
    QStringList cols;
    for (const QString &c : kReceptionChangeColumns)
        cols << QStringLiteral("r.") + c;
    cols << QStringLiteral("(SELECT MAX(o.DateTimeBillFormed) %1)").arg(kOrdersOf);
    return m_dialect.dateTimeText(m_dialect.greatest(cols));
}

QString ReceptionQuery::ownCompanyExpr() const
{
    // Only the chair's company, known from booking on: the branch is part of the deal key, and a
    // key taken from an invoice's company would change when the invoice is issued, leaving a
    // second deal behind. A reception without a chair belongs to the source's default branch
    // (and is read only when no branch filter is set).
    return QStringLiteral("a.ID_OwnCompanies");
}

QString ReceptionQuery::select(const QString &keySubquery) const
{
    const SqlDialect &d = m_dialect;
    const auto dt = [&d](const QString &e) { return d.dateTimeText(e); };
    const QString empty = d.literal(QString());
    const QString space = d.literal(QStringLiteral(" "));

    QStringList cols(ColumnCount);
    cols[ChangeTime] = QStringLiteral("k.ct");
    cols[OwnCompany] = QStringLiteral("k.own");
    cols[Id] = QStringLiteral("r.ID");
    cols[PatientId] = QStringLiteral("pat.ID_Persons");
    cols[Surname] = QStringLiteral("p.Surname");
    cols[Name] = QStringLiteral("p.Name");
    cols[Patronymic] = QStringLiteral("p.Patronymic");
    cols[Phone] = QStringLiteral("p.MobilePhone");
    cols[Birthday] = QStringLiteral("p.Birthday");
    cols[CardNumber] = QStringLiteral("pat.CardNumber");
    cols[Guardian] = QStringLiteral("pat.ParentSNP");
    cols[PlanStart] = dt(QStringLiteral("r.PlanStart"));
    cols[PlanEnd] = dt(QStringLiteral("r.PlanEnd"));
    cols[DateTimeAdded] = dt(QStringLiteral("r.DateTimeAdded"));
    cols[DateTimeChanged] = dt(QStringLiteral("r.DateTimeChanged"));
    cols[PatientAppeared] = dt(QStringLiteral("r.PatientAppeared"));
    cols[ReceptionStarted] = dt(QStringLiteral("r.ReceptionStarted"));
    cols[ReceptionEnded] = dt(QStringLiteral("r.ReceptionEnded"));
    cols[CheckIssued] = dt(QStringLiteral("r.CheckIssued"));
    cols[ReceptionCanceled] = dt(QStringLiteral("r.ReceptionCanceled"));
    cols[CancelReasonId] = QStringLiteral("r.ID_ReceptionCancelReasons");
    cols[CancelReason] = QStringLiteral("crr.Name");
    cols[Doctor] = d.concat({d.ifNull(QStringLiteral("ps.Surname"), empty), space,
                             d.ifNull(QStringLiteral("ps.Name"), empty), space,
                             d.ifNull(QStringLiteral("ps.Patronymic"), empty)});
    cols[Speciality] = d.stringAgg(
        QStringLiteral("pn.NameProfession"),
        QStringLiteral("FROM Items i JOIN ProfessionNames pn ON pn.ID = i.ID_ProfessionNames "
                       "WHERE i.ID_Staffs = r.ID_Staffs AND %1")
            .arg(d.isNotTrue(QStringLiteral("pn.Archive"))),
        QStringLiteral("pn.NameProfession"), QStringLiteral(", "));
    cols[Chair] = QStringLiteral("a.NameArmchair");
    cols[BranchName] = QStringLiteral("oc.Name");
    cols[OrderDate] = dt(QStringLiteral("(SELECT MIN(o.DateTimeOrder) %1)").arg(kOrdersOf));
    cols[BillFormed] = dt(QStringLiteral("(SELECT MAX(o.DateTimeBillFormed) %1)").arg(kOrdersOf));
    const QString lines =
        QStringLiteral("FROM Orders o JOIN OrderServiceRelation osr ON osr.ID_Orders = o.ID "
                       "JOIN ServiceItemPrices sip ON sip.ID = osr.ID_ServicePrices");
    cols[Services] =
        d.stringAgg(QStringLiteral("si.Name"),
                    lines + QStringLiteral(" JOIN ServiceItems si ON si.ID = sip.ID_ServiceItems "
                                           "WHERE o.ID_Receptions = r.ID"),
                    QStringLiteral("o.ID, osr.ID"), QStringLiteral(", "));
    cols[AmountKopecks] =
        QStringLiteral("(SELECT %1 %2 WHERE o.ID_Receptions = r.ID)")
            .arg(d.toKopecks(
                     QStringLiteral("SUM(osr.CountService * sip.Price - %1)")
                         .arg(d.ifNull(QStringLiteral("osr.DiscountSum"), QStringLiteral("0")))),
                 lines);
    cols[OrderCompany] = QStringLiteral("(SELECT MIN(o.ID_OwnCompanies) %1)").arg(kOrdersOf);
    cols[Comment] = QStringLiteral("r.Comment");

    return QStringLiteral("SELECT %1 FROM (%2) k "
                          "JOIN Receptions r ON r.ID = k.rid "
                          "LEFT JOIN Patients pat ON pat.ID_Persons = r.ID_Patients "
                          "LEFT JOIN Persons p ON p.ID = pat.ID_Persons "
                          "LEFT JOIN Persons ps ON ps.ID = r.ID_Staffs "
                          "LEFT JOIN Armchairs a ON a.ID = r.ID_Armchairs "
                          "LEFT JOIN OwnCompanies oc ON oc.ID = k.own "
                          "LEFT JOIN ReceptionCancelReasons crr "
                          "ON crr.ID = r.ID_ReceptionCancelReasons "
                          "ORDER BY k.ct, k.rid")
        .arg(cols.join(QStringLiteral(", ")), keySubquery);
}

QString ReceptionQuery::changedKeys(int limit) const
{
    const QString p = m_dialect.dateTimeParam();
    // One index range per change column, united: an OR over the columns, or a filter on the
    // computed change time, would scan the whole table.
    QStringList arms;
    for (const QString &c : kReceptionChangeColumns)
        arms << QStringLiteral("SELECT x.ID FROM Receptions x WHERE x.%1 >= %2 AND x.%1 < %2")
                    .arg(c, p);
    arms << QStringLiteral("SELECT o.ID_Receptions FROM Orders o WHERE o.DateTimeBillFormed >= %1 "
                           "AND o.DateTimeBillFormed < %1")
                .arg(p);

    QString branch;
    if (!m_branchFilter.isEmpty())
        branch = QStringLiteral(" AND c.own IN (%1)").arg(inList(m_branchFilter));

    return QStringLiteral("SELECT %1c.ct, c.rid FROM ("
                          "SELECT r.ID AS rid, %2 AS ct, %3 AS own FROM Receptions r "
                          "LEFT JOIN Armchairs a ON a.ID = r.ID_Armchairs "
                          "WHERE r.ID IN (%4)) c "
                          "WHERE (c.ct > ? OR (c.ct = ? AND c.rid > ?)) AND c.ct < ?%5 "
                          "ORDER BY c.ct, c.rid%6")
        .arg(m_dialect.top(limit), changeTimeExpr(), ownCompanyExpr(),
             arms.join(QStringLiteral(" UNION ")), branch, m_dialect.limit(limit));
}

void ReceptionQuery::bindChangedKeys(QSqlQuery &q, const QString &candidateFrom,
                                     const QString &candidateTo, const QString &cursorTime,
                                     qint64 cursorId, const QString &sliceEnd)
{
    int i = 0;
    for (int c = 0; c < changeColumnCount(); ++c) {
        q.bindValue(i++, candidateFrom);
        q.bindValue(i++, candidateTo);
    }
    q.bindValue(i++, cursorTime);
    q.bindValue(i++, cursorTime);
    q.bindValue(i++, cursorId);
    q.bindValue(i, sliceEnd);
}

QString ReceptionQuery::byIds(const QList<qint64> &ids) const
{
    const QString key =
        QStringLiteral("SELECT r.ID AS rid, %1 AS ct, %2 AS own FROM Receptions r "
                       "LEFT JOIN Armchairs a ON a.ID = r.ID_Armchairs WHERE r.ID IN (%3)")
            .arg(changeTimeExpr(), ownCompanyExpr(), inList(ids));
    return select(key);
}

QString ReceptionQuery::newestChange() const
{
    QStringList cols;
    for (const QString &c : kReceptionChangeColumns)
        cols << m_dialect.dateTimeText(QStringLiteral("(SELECT MAX(%1) FROM Receptions)").arg(c));
    cols << m_dialect.dateTimeText(QStringLiteral("(SELECT MAX(DateTimeBillFormed) FROM Orders)"));
    return QStringLiteral("SELECT ") + cols.join(QStringLiteral(", "));
}

Reception ReceptionQuery::toReception(const QSqlQuery &q, const IdentSourceConfig &config)
{
    const auto text = [&q](Column c) { return q.value(c).toString(); };
    Reception r;
    const auto time = [&q, &r](Column c) {
        const QString raw = q.value(c).toString();
        const QDateTime t = SqlDialect::parseDateTime(raw);
        if (!t.isValid() && !raw.trimmed().isEmpty())
            r.unreadable << UnreadableValue{columnName(c), raw};
        return t;
    };

    r.branchId = config.branchNumberFor(optionalId(q.value(OwnCompany)));
    // The key's branch is the chair's company alone (it never changes when an invoice arrives);
    // the replaced product took the order's company too, and a reception without a chair may
    // have been keyed by the default branch before it got one.
    QList<int> others;
    if (const auto orderCompany = optionalId(q.value(OrderCompany)))
        others << config.branchNumberFor(orderCompany);
    others << config.defaultBranchId;
    for (int other : std::as_const(others)) {
        if (other != r.branchId && !r.otherKeyBranches.contains(other))
            r.otherKeyBranches << other;
    }
    r.branchName = text(BranchName);
    r.id = q.value(Id).toLongLong();

    r.patient.branchId = r.branchId;
    r.patient.id = optionalId(q.value(PatientId)).value_or(0);
    r.patient.surname = text(Surname);
    r.patient.name = text(Name);
    r.patient.patronymic = text(Patronymic);
    r.patient.phoneRaw = text(Phone);
    r.patient.birthdayRaw = text(Birthday);
    r.patient.cardNumber = text(CardNumber);
    r.patient.guardian = text(Guardian);

    r.planStart = time(PlanStart);
    r.planEnd = time(PlanEnd);
    r.dateTimeAdded = time(DateTimeAdded);
    r.dateTimeChanged = time(DateTimeChanged);
    r.patientAppeared = time(PatientAppeared);
    r.receptionStarted = time(ReceptionStarted);
    r.receptionEnded = time(ReceptionEnded);
    r.checkIssued = time(CheckIssued);
    r.receptionCanceled = time(ReceptionCanceled);
    r.cancelReasonId = optionalId(q.value(CancelReasonId));
    r.cancelReason = text(CancelReason);

    r.doctor = text(Doctor).simplified();
    r.speciality = text(Speciality);
    r.chair = text(Chair);
    r.comment = text(Comment);

    r.servicesText = text(Services);
    r.amountKopecks = optionalId(q.value(AmountKopecks));
    r.orderDate = time(OrderDate);
    r.billFormed = time(BillFormed);
    return r;
}

} // namespace identsync

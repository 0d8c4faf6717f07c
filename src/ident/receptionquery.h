#pragma once

#include "identsourceconfig.h"
#include "sqldialect.h"

#include "core/reception.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace identsync {

// The reception feed of ident-schema.md §2 A/D, one row per reception: everything the joins would
// multiply (several professions of a doctor, several orders, several invoice lines) is folded in
// SQL by correlated aggregates, so a page of N receptions is N rows whatever the data.
//
// The change time of a reception is the newest of DateTimeAdded, DateTimeChanged, the event
// columns, CheckIssued and its orders' DateTimeBillFormed (the same set as
// Reception::changeTime()).
class ReceptionQuery
{
public:
    ReceptionQuery(const SqlDialect &dialect, const QList<qint64> &branchFilter);

    // Keyset page of (change time text, ID) in ascending order, at most `limit` rows, of the
    // receptions whose change time lies in [cursor, sliceEnd). Bind with bindChangedKeys().
    QString changedKeys(int limit) const;
    // The number of change columns, i.e. how often the candidate bounds are bound.
    static int changeColumnCount();
    // candidateFrom/To bound each change column's index range (a superset of the slice);
    // cursorTime/cursorId is the exclusive keyset position.
    static void bindChangedKeys(QSqlQuery &q, const QString &candidateFrom,
                                const QString &candidateTo, const QString &cursorTime,
                                qint64 cursorId, const QString &sliceEnd);

    // The same rows for given reception ids (ids are integers, inlined).
    QString byIds(const QList<qint64> &ids) const;

    // The newest value of every change column, one column each, as date-time text.
    QString newestChange() const;

    // Column positions of byIds() results.
    enum Column
    {
        ChangeTime,
        OwnCompany,
        Id,
        PatientId,
        Surname,
        Name,
        Patronymic,
        Phone,
        Birthday,
        CardNumber,
        Guardian,
        PlanStart,
        PlanEnd,
        DateTimeAdded,
        DateTimeChanged,
        PatientAppeared,
        ReceptionStarted,
        ReceptionEnded,
        CheckIssued,
        ReceptionCanceled,
        CancelReasonId,
        CancelReason,
        Doctor,
        Speciality,
        Chair,
        BranchName,
        OrderDate,
        BillFormed,
        Services,
        AmountKopecks,
        OrderCompany, // the orders' company: another branch the reception may be keyed by
        Comment,      // last: long data must come last for some ODBC drivers
        ColumnCount
    };

    // One result row as a Reception; the config maps OwnCompanies to the deal-key branch.
    static Reception toReception(const QSqlQuery &q, const IdentSourceConfig &config);

private:
    QString select(const QString &keySubquery) const;
    QString changeTimeExpr() const;
    QString ownCompanyExpr() const;

    SqlDialect m_dialect;
    QList<qint64> m_branchFilter;
};

} // namespace identsync

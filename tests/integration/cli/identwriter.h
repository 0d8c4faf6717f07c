#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace identsync::e2e {

// The clinic's staff at work, as the tests play it: its own UPDATEs and INSERTs on the IDENT
// sample database, each stamped with a clinic time after every change already there, so the
// engine's incremental reader sees them in the next cycle.
class IdentWriter
{
public:
    explicit IdentWriter(QSqlDatabase db);

    // The next clinic time, one minute after the previous ('yyyy-MM-dd HH:mm:ss.zzz').
    QString tick();

    // Sets an event column (PatientAppeared, ReceptionStarted, ReceptionEnded, CheckIssued,
    // ReceptionCanceled) and DateTimeChanged to the next clinic time.
    bool setEvent(qint64 receptionId, const QString &column);
    bool setComment(qint64 receptionId, const QString &comment);
    // A person's phone changes; receptions do not move (IDENT keeps no change time on Persons).
    bool setPhone(qint64 personId, const QString &phone);

    std::optional<qint64> addPatient(const QString &surname, const QString &name,
                                     const QString &phone);
    // A booking: tomorrow at `hour`, with the given chair (nullopt: none), added now.
    std::optional<qint64> addReception(qint64 patientId, std::optional<int> chair, int hour);
    // An invoice with one line of `serviceId` for the reception, billed now, from `company`.
    bool addInvoice(qint64 receptionId, int company, int serviceId);

    const QString &error() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values);
    qint64 nextId(const QString &table);

    QSqlDatabase m_db;
    QString m_clock;
    QString m_error;
};

} // namespace identsync::e2e

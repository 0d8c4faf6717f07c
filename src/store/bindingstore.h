#pragma once

#include "core/dealkey.h"
#include "core/stageid.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace identsync {

class Database;

// Reception (deal key) -> the portal's deal and contact, written only after the portal confirmed
// (SPEC §3 "state after success only").
struct Binding
{
    DealKey dealKey;
    qint64 dealId = 0;
    std::optional<qint64> contactId;
    QString payloadHash; // the payload last written to the deal (JobQueue::hashPayload)
    StageId stage;       // the deal's stage as last read or written
    bool manual = false; // bound by a person
    QDateTime updatedAt; // set by the store

    bool operator==(const Binding &) const = default;
};

// IDENT patient -> portal contact; contacts are keyed by patient id first (SPEC §2.1).
struct PatientContact
{
    int branchId = -1;
    qint64 patientId = 0;
    qint64 contactId = 0;
};

class BindingStore
{
public:
    explicit BindingStore(Database &db);

    StoreResult<std::optional<Binding>> binding(const DealKey &key);
    // One round trip for a page of receptions; keys without a binding are absent from the map.
    StoreResult<QHash<DealKey, Binding>> bindings(const QList<DealKey> &keys);

    // Which receptions are bound to each of `dealIds` (the binding dialog says which reception
    // holds a deal before it is taken). Deals bound to nothing are absent from the map.
    StoreResult<QHash<qint64, QList<DealKey>>> receptionsBoundTo(const QList<qint64> &dealIds);

    // Inserts or replaces one binding. Joins the caller's transaction if one is open.
    StoreResult<> save(const Binding &binding);

    // A person bound a reception to a deal: the binding (marked manual), a `manual` stage
    // transition, the deal id on the reception's jobs, and an audit row, in one transaction.
    StoreResult<> bindManually(const Binding &binding, const QString &actor);
    // Returns whether a binding existed. Audited; the reception's jobs forget the deal id.
    StoreResult<bool> unbind(const DealKey &key, const QString &actor);

    StoreResult<QHash<qint64, qint64>> patientContacts(int branchId,
                                                       const QList<qint64> &patientIds);
    // Joins the caller's transaction if one is open.
    StoreResult<> savePatientContact(const PatientContact &contact);

private:
    Database &m_db;
};

} // namespace identsync

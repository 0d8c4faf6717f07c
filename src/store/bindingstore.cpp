#include "bindingstore.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"
#include "store/transitionlog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace identsync {

namespace {

const QString BindingColumns =
    QStringLiteral("deal_key, deal_id, contact_id, payload_hash, stage, manual, updated_at");

std::optional<Binding> readBinding(const SqlStatement &q)
{
    const auto key = DealKey::parse(q.text(0));
    if (!key)
        return std::nullopt;
    Binding b;
    b.dealKey = *key;
    b.dealId = q.int64(1);
    if (!q.isNull(2))
        b.contactId = q.int64(2);
    b.payloadHash = q.text(3);
    b.stage = StageId::parse(q.text(4));
    b.manual = q.int64(5) != 0;
    b.updatedAt = Database::fromMs(q.int64(6));
    return b;
}

StoreResult<> checkBinding(const Binding &b)
{
    if (!b.dealKey.isValid())
        return StoreError{QStringLiteral("binding: the reception key is empty or invalid; expected "
                                         "F{branch}_{reception id}")};
    if (b.dealId <= 0)
        return StoreError{QStringLiteral("binding %1: the deal id %2 is not a positive number")
                              .arg(b.dealKey.toString())
                              .arg(b.dealId)};
    if (b.contactId && *b.contactId <= 0)
        return StoreError{QStringLiteral("binding %1: the contact id %2 is not a positive number")
                              .arg(b.dealKey.toString())
                              .arg(*b.contactId)};
    return {};
}

} // namespace

BindingStore::BindingStore(Database &db)
    : m_db(db)
{}

StoreResult<std::optional<Binding>> BindingStore::binding(const DealKey &key)
{
    SqlStatement q(
        m_db, QStringLiteral("SELECT %1 FROM bindings WHERE deal_key = :k").arg(BindingColumns));
    q.bind(QStringLiteral(":k"), key.toString());
    if (!q.exec())
        return q.error(QStringLiteral("reading the binding of %1").arg(key.toString()));
    if (!q.next())
        return std::optional<Binding>();
    return readBinding(q);
}

StoreResult<QHash<DealKey, Binding>> BindingStore::bindings(const QList<DealKey> &keys)
{
    QHash<DealKey, Binding> found;
    if (keys.isEmpty())
        return found;
    QJsonArray list;
    for (const DealKey &k : keys)
        list.append(k.toString());
    SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM bindings WHERE deal_key IN %2")
                             .arg(BindingColumns, m_db.jsonList(QStringLiteral(":keys"),
                                                                Database::ListType::Text)));
    q.bind(QStringLiteral(":keys"),
           QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.error(QStringLiteral("reading the bindings of %1 receptions").arg(keys.size()));
    while (q.next()) {
        if (auto b = readBinding(q))
            found.insert(b->dealKey, *b);
    }
    return found;
}

StoreResult<QHash<qint64, QList<DealKey>>>
BindingStore::receptionsBoundTo(const QList<qint64> &dealIds)
{
    QHash<qint64, QList<DealKey>> found;
    if (dealIds.isEmpty())
        return found;
    QJsonArray list;
    for (qint64 id : dealIds)
        list.append(id);
    SqlStatement q(m_db,
                   QStringLiteral("SELECT deal_id, deal_key FROM bindings WHERE deal_id IN %1 "
                                  "ORDER BY deal_key")
                       .arg(m_db.jsonList(QStringLiteral(":ids"), Database::ListType::Integer)));
    q.bind(QStringLiteral(":ids"),
           QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.error(
            QStringLiteral("reading which receptions are bound to %1 deals").arg(dealIds.size()));
    while (q.next()) {
        if (const auto key = DealKey::parse(q.text(1)))
            found[q.int64(0)] << *key;
    }
    return found;
}

StoreResult<> BindingStore::save(const Binding &binding)
{
    if (auto ok = checkBinding(binding); !ok)
        return ok;
    return withTransaction(m_db, QStringLiteral("saving a binding"), [&]() -> StoreResult<> {
        SqlStatement q(
            m_db,
            QStringLiteral(
                "INSERT INTO bindings (deal_key, branch_id, deal_id, contact_id, payload_hash, "
                "stage, manual, updated_at) VALUES (:k, :b, :d, :c, :h, :s, :m, :t) "
                "ON CONFLICT (deal_key) DO UPDATE SET branch_id = excluded.branch_id, "
                "deal_id = excluded.deal_id, contact_id = excluded.contact_id, "
                "payload_hash = excluded.payload_hash, stage = excluded.stage, "
                "manual = excluded.manual, updated_at = excluded.updated_at"));
        q.bind(QStringLiteral(":k"), binding.dealKey.toString())
            .bind(QStringLiteral(":b"), binding.dealKey.branchId())
            .bind(QStringLiteral(":d"), binding.dealId)
            .bind(QStringLiteral(":c"), sqlInt(binding.contactId))
            .bind(QStringLiteral(":h"), binding.payloadHash)
            .bind(QStringLiteral(":s"), binding.stage.toString())
            .bind(QStringLiteral(":m"), binding.manual ? 1 : 0)
            .bind(QStringLiteral(":t"), Database::toMs(m_db.now()));
        if (!q.exec())
            return q.error(
                QStringLiteral("saving the binding of %1").arg(binding.dealKey.toString()));
        return {};
    });
}

StoreResult<> BindingStore::bindManually(const Binding &binding, const QString &actor)
{
    if (auto ok = checkBinding(binding); !ok)
        return ok;
    const QString key = binding.dealKey.toString();
    return withTransaction(
        m_db, QStringLiteral("binding %1 by hand").arg(key), [&]() -> StoreResult<> {
            const auto previous = this->binding(binding.dealKey);
            if (!previous)
                return previous.failure();
            Binding manual = binding;
            manual.manual = true;
            if (auto saved = save(manual); !saved)
                return saved;

            StageTransition t;
            t.dealKey = binding.dealKey;
            t.dealId = binding.dealId;
            if (previous.value())
                t.fromStage = previous.value()->stage;
            t.toStage = binding.stage;
            t.reason = StageReason::Manual;
            t.actor = actor;
            if (auto added = TransitionLog(m_db).append(t); !added)
                return added.failure();

            SqlStatement jobs(m_db,
                              QStringLiteral("UPDATE jobs SET deal_id = :d WHERE deal_key = :k"));
            jobs.bind(QStringLiteral(":d"), binding.dealId).bind(QStringLiteral(":k"), key);
            if (!jobs.exec())
                return jobs.error(QStringLiteral("binding %1 by hand").arg(key));

            QString details = QStringLiteral("deal %1").arg(binding.dealId);
            if (binding.contactId)
                details += QStringLiteral(", contact %1").arg(*binding.contactId);
            if (previous.value())
                details += QStringLiteral(" (was deal %1)").arg(previous.value()->dealId);
            if (auto audited = AuditLog(m_db).append(actor, QStringLiteral("bind"), key, details);
                !audited)
                return audited.failure();
            return {};
        });
}

StoreResult<bool> BindingStore::unbind(const DealKey &key, const QString &actor)
{
    const QString k = key.toString();
    return withTransaction(m_db, QStringLiteral("unbinding %1").arg(k), [&]() -> StoreResult<bool> {
        const auto previous = binding(key);
        if (!previous)
            return previous.failure();
        SqlStatement del(m_db, QStringLiteral("DELETE FROM bindings WHERE deal_key = :k"));
        del.bind(QStringLiteral(":k"), k);
        if (!del.exec())
            return del.error(QStringLiteral("unbinding %1").arg(k));
        SqlStatement jobs(m_db,
                          QStringLiteral("UPDATE jobs SET deal_id = NULL WHERE deal_key = :k"));
        jobs.bind(QStringLiteral(":k"), k);
        if (!jobs.exec())
            return jobs.error(QStringLiteral("unbinding %1").arg(k));
        const QString details = previous.value()
                                    ? QStringLiteral("was deal %1").arg(previous.value()->dealId)
                                    : QStringLiteral("was not bound");
        if (auto audited = AuditLog(m_db).append(actor, QStringLiteral("unbind"), k, details);
            !audited)
            return audited.failure();
        return previous.value().has_value();
    });
}

StoreResult<QHash<qint64, qint64>> BindingStore::patientContacts(int branchId,
                                                                 const QList<qint64> &patientIds)
{
    QHash<qint64, qint64> found;
    if (patientIds.isEmpty())
        return found;
    QJsonArray list;
    for (qint64 id : patientIds)
        list.append(id);
    SqlStatement q(m_db,
                   QStringLiteral("SELECT patient_id, contact_id FROM patient_contacts "
                                  "WHERE branch_id = :b AND patient_id IN %1")
                       .arg(m_db.jsonList(QStringLiteral(":ids"), Database::ListType::Integer)));
    q.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":ids"),
              QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.error(QStringLiteral("reading the contacts of %1 patients of branch %2")
                           .arg(patientIds.size())
                           .arg(branchId));
    while (q.next())
        found.insert(q.int64(0), q.int64(1));
    return found;
}

StoreResult<> BindingStore::savePatientContact(const PatientContact &contact)
{
    if (contact.branchId < 0 || contact.patientId <= 0 || contact.contactId <= 0)
        return StoreError{QStringLiteral("patient contact: branch %1, patient %2, contact %3 is "
                                         "not a valid record (ids must be positive)")
                              .arg(contact.branchId)
                              .arg(contact.patientId)
                              .arg(contact.contactId)};
    return withTransaction(
        m_db, QStringLiteral("saving a patient contact"), [&]() -> StoreResult<> {
            SqlStatement q(
                m_db, QStringLiteral(
                          "INSERT INTO patient_contacts (branch_id, patient_id, contact_id, "
                          "updated_at) VALUES (:b, :p, :c, :t) "
                          "ON CONFLICT (branch_id, patient_id) DO UPDATE SET "
                          "contact_id = excluded.contact_id, updated_at = excluded.updated_at"));
            q.bind(QStringLiteral(":b"), contact.branchId)
                .bind(QStringLiteral(":p"), contact.patientId)
                .bind(QStringLiteral(":c"), contact.contactId)
                .bind(QStringLiteral(":t"), Database::toMs(m_db.now()));
            if (!q.exec())
                return q.error(QStringLiteral("saving the contact of patient %1 of branch %2")
                                   .arg(contact.patientId)
                                   .arg(contact.branchId));
            return {};
        });
}

} // namespace identsync

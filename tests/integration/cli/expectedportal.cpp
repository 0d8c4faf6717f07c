#include "expectedportal.h"

#include "stagemodel.h"

namespace identsync::e2e {

void ExpectedPortal::apply(const QList<TruthReception> &truth)
{
    for (const TruthReception &t : truth) {
        if (m_excluded.contains(t.id))
            continue;
        const QString key = m_keys.value(t.id, t.key);
        m_keys.insert(t.id, key);
        if (key != t.key)
            m_keyChanges.insert(t.id, t.key);
        const auto it = m_stages.find(key);
        if (it == m_stages.end()) {
            m_stages.insert(key, StageModel::forNewDeal(t.status));
        } else {
            if (StageModel::isFinal(*it))
                m_closed.insert(key);
            *it = StageModel::after(*it, t.status);
        }
    }
}

QStringList ExpectedPortal::compare(const QList<TruthReception> &truth, const PortalView &portal,
                                    int limit) const
{
    QStringList problems;
    QSet<QString> known;
    QHash<qint64, QSet<qint64>> contactsOfPatient;
    for (const TruthReception &truthRow : truth) {
        if (m_ignored.contains(truthRow.id)) {
            known.insert(truthRow.key);
            known.insert(m_keys.value(truthRow.id, truthRow.key));
            continue;
        }
        TruthReception t = truthRow;
        t.key = m_keys.value(t.id, t.key);
        known.insert(t.key);
        const QList<QJsonObject> deals = portal.dealsByKey.value(t.key);
        if (m_excluded.contains(t.id)) {
            if (!deals.isEmpty())
                problems << QStringLiteral("%1 must have no deal but has %2 deal(s)")
                                .arg(t.key)
                                .arg(deals.size());
            continue;
        }
        if (deals.size() != 1) {
            QStringList ids;
            for (const QJsonObject &d : deals)
                ids << d.value(QStringLiteral("ID")).toString();
            problems << QStringLiteral("%1 (%2) has %3 deals (%4), expected exactly one")
                            .arg(t.key, t.status)
                            .arg(deals.size())
                            .arg(ids.join(u','));
            continue;
        }
        const QJsonObject &d = deals.first();
        const QString id = d.value(QStringLiteral("ID")).toString();
        auto expect = [&](const QString &field, const QString &actual, const QString &wanted) {
            if (actual != wanted)
                problems << QStringLiteral("%1 (deal %2, %3): %4 is «%5», expected «%6»")
                                .arg(t.key, id, t.status, field, actual, wanted);
        };
        expect(QStringLiteral("STAGE_ID"), d.value(QStringLiteral("STAGE_ID")).toString(),
               m_stages.value(t.key));
        // A closed deal gets only its key (SPEC §2.3): its other fields stay as they were.
        if (!m_closed.contains(t.key)) {
            expect(QStringLiteral("UF_CRM_IDENT_STATUS"),
                   d.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString(), t.status);
            // A missing amount is left out of the write (SPEC §2.2): a deal made by a person
            // keeps its own, a new one has none.
            if (t.hasAmount || !m_preexisting.contains(t.key))
                expect(QStringLiteral("OPPORTUNITY"),
                       QString::number(PortalView::kopecks(d.value(QStringLiteral("OPPORTUNITY")))),
                       QString::number(t.amountKopecks));
            expect(QStringLiteral("UF_CRM_IDENT_START"),
                   d.value(QStringLiteral("UF_CRM_IDENT_START")).toString(), t.planStart);
        }
        const qint64 contact = PortalView::id(d.value(QStringLiteral("CONTACT_ID")));
        if (contact == 0 || !portal.contactById.contains(contact))
            problems << QStringLiteral("%1 (deal %2) has no contact").arg(t.key, id);
        else
            contactsOfPatient[t.patientId].insert(contact);
    }
    for (auto it = contactsOfPatient.cbegin(); it != contactsOfPatient.cend(); ++it) {
        if (it.value().size() != 1) {
            QStringList ids;
            for (qint64 c : it.value())
                ids << QString::number(c);
            problems << QStringLiteral("patient %1's deals have %2 contacts (%3), expected one")
                            .arg(it.key())
                            .arg(it.value().size())
                            .arg(ids.join(u','));
            continue;
        }
        const QJsonObject contact = portal.contactById.value(*it.value().cbegin());
        // A contact taken over from before (through a deal that carried the key) may carry no
        // patient id yet; it must never carry another patient's.
        const QString patient = contact.value(QStringLiteral("UF_CRM_IDENT_PATIENT")).toString();
        if (!patient.isEmpty() && patient != QString::number(it.key()))
            problems << QStringLiteral("contact %1 of patient %2 carries patient id «%3»")
                            .arg(contact.value(QStringLiteral("ID")).toString())
                            .arg(it.key())
                            .arg(patient);
    }
    for (auto it = portal.contactsByPatient.cbegin(); it != portal.contactsByPatient.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("patient %1 has %2 contacts")
                            .arg(it.key())
                            .arg(it.value().size());
    }
    for (auto it = portal.dealsByKey.cbegin(); it != portal.dealsByKey.cend(); ++it) {
        if (!known.contains(it.key()))
            problems << QStringLiteral("deal %1 carries key %2, which is no IDENT reception")
                            .arg(it.value().first().value(QStringLiteral("ID")).toString(),
                                 it.key());
    }
    if (problems.size() > limit) {
        const qsizetype more = problems.size() - limit;
        problems = problems.mid(0, limit);
        problems << QStringLiteral("… and %1 more").arg(more);
    }
    return problems;
}

} // namespace identsync::e2e

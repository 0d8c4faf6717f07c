#pragma once

#include "identtruth.h"
#include "portalview.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace identsync::e2e {

// The portal the engine should have produced, computed by the test from IDENT alone: the stage
// of every reception's deal is followed cycle by cycle with StageModel (so «Завершен» keeps what
// an earlier cycle set, and nothing moves backwards), and compare() lists every difference.
class ExpectedPortal
{
public:
    // Receptions that must get no deal (bad rows, records waiting for a person).
    void exclude(qint64 receptionId) { m_excluded.insert(receptionId); }
    void include(qint64 receptionId) { m_excluded.remove(receptionId); }
    bool isExcluded(qint64 receptionId) const { return m_excluded.contains(receptionId); }
    // Receptions left out of compare() altogether, with a reason the caller states.
    void ignore(qint64 receptionId) { m_ignored.insert(receptionId); }
    // A deal that already existed in `stage` before the engine bound it.
    void setStage(const QString &key, const QString &stage)
    {
        m_stages.insert(key, stage);
        m_preexisting.insert(key);
    }
    QString stage(const QString &key) const { return m_stages.value(key); }

    // One sync cycle over IDENT as it is now. A reception keeps the deal key it had when first
    // seen (the key is what finds its deal again); keyChanges() lists those whose IDENT data now
    // gives another key.
    void apply(const QList<TruthReception> &truth);
    QString key(qint64 receptionId) const { return m_keys.value(receptionId); }
    QHash<qint64, QString> keyChanges() const { return m_keyChanges; }

    // Every difference between `portal` and this expectation (at most `limit` lines, then a
    // count): one deal per reception with key, stage, status, amount, start and a contact; all
    // deals of a patient on one contact, which carries no other patient's id; no patient id on
    // two contacts; no deal for an excluded reception or an unknown key.
    QStringList compare(const QList<TruthReception> &truth, const PortalView &portal,
                        int limit = 25) const;

private:
    QSet<qint64> m_excluded;
    QSet<qint64> m_ignored;
    QHash<qint64, QString> m_keys;       // reception -> its key when first seen
    QHash<qint64, QString> m_keyChanges; // reception -> the other key IDENT gives it now
    QHash<QString, QString> m_stages;
    QSet<QString> m_preexisting; // deals made by people, then bound: their own amount may stay
    // Deals that were already closed when a cycle came to them: from then on they receive only
    // their key, so their other fields say nothing about IDENT any more.
    QSet<QString> m_closed;
};

} // namespace identsync::e2e

#pragma once

#include "identconnection.h"
#include "receptionquery.h"
#include "watermark.h"

#include "core/errorinfo.h"
#include "core/reception.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <deque>
#include <optional>

namespace identsync {

struct PollStats
{
    int queries = 0;
    int rowsScanned = 0;       // change keys read, duplicates included
    int duplicatesSkipped = 0; // keys already delivered (the overlap window re-read)
    int delivered = 0;
};

// The incremental reader of SPEC §2.1. A poll walks the receptions whose change time is at least
// the watermark minus the overlap window in ascending (change time, ID) keyset order and returns
// every (reception, change time) it has not delivered before — so a row committed late, with a
// change time older than one already read but inside the window, is still delivered once.
//
// Two steps per page: a key query (change time, ID) through the change-column indexes, then the
// folded reception rows for the keys not delivered yet, so re-reading the window costs keys only.
//
// Bounded whatever the table size: pages hold at most pageSize receptions; the walk goes through
// time slices (widened over quiet periods, narrowed over busy ones) so each key query looks only
// at its slice; a run of rows sharing one change time (an IDENT bulk update) is read in growing
// key batches instead of re-sorting it for every page; the de-duplication set is capped. There
// is no `TOP n … ORDER BY … DESC` with a `>` watermark, which skips rows when more than n change
// between polls.
//
// Lives in the thread of its IdentConnection and must not outlive it.
class IncrementalReader
{
public:
    explicit IncrementalReader(IdentConnection &connection);

    // Begins a poll from `from` (an invalid watermark = first run, which reaches back
    // firstRunDepthDays before `now`, the clinic's clock).
    void start(const Watermark &from, const QDateTime &now);

    // The next page of changed receptions, oldest change first, at most pageSize. An empty list
    // means the poll is complete. nullopt on failure with `error` set; watermark() then still
    // matches the pages returned before, and nextPage() may be called again to retry.
    std::optional<QList<Reception>> nextPage(ErrorInfo *error);
    bool atEnd() const { return m_done && m_keys.empty(); }

    // The position after the pages returned so far: persist it with their outcome.
    const Watermark &watermark() const { return m_wm; }
    const PollStats &stats() const { return m_stats; }

    // Reads given receptions whatever their change time (a record re-read after its data was
    // fixed in IDENT). Ids that do not exist are simply absent from the result.
    std::optional<QList<Reception>> readReceptions(const QList<qint64> &ids, ErrorInfo *error);

private:
    struct Key
    {
        QString changeTime;
        qint64 id = 0;
    };

    int baseKeyBatch() const;
    bool begin(ErrorInfo *error);
    bool fetchKeys(ErrorInfo *error);
    void pruneSeen();

    IdentConnection &m_connection;
    IdentSourceConfig m_config;
    ReceptionQuery m_queries;
    std::optional<QSqlQuery> m_keyQuery;
    int m_keyQueryLimit = 0;

    Watermark m_wm;
    QString m_wmTime; // m_wm.changeTime as text, the form keys are compared in
    PollStats m_stats;
    bool m_warnedOverflow = false;

    // The walk: keyset cursor (exclusive) of the last key read, the current slice
    // [cursor, sliceEnd), the newest change time that existed when the poll began, and keys read
    // but not yet turned into receptions.
    QString m_cursorTime;
    qint64 m_cursorId = 0;
    QString m_sliceEnd;
    qint64 m_sliceSeconds = 0;
    int m_keyBatch = 0;
    QString m_newest;
    std::deque<Key> m_keys;
    bool m_begun = false;
    bool m_done = true;
};

} // namespace identsync

#pragma once

#include "identconnection.h"
#include "receptionquery.h"
#include "watermark.h"

#include "core/errorinfo.h"
#include "core/reception.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace identsync {

struct PollStats
{
    int queries = 0;
    int rowsScanned = 0;
    int duplicatesSkipped = 0;
    int delivered = 0;
};

// The incremental reader of SPEC §2.1. A poll walks the receptions whose change time is at least
// the watermark minus the overlap window in ascending (change time, ID) keyset pages, and returns
// every (reception, change time) it has not delivered before — so a row committed late, with a
// change time older than one already read but inside the window, is still delivered once.
//
// Bounded whatever the table size: a page is at most pageSize rows; the walk goes through time
// slices (widened over quiet periods, narrowed over busy ones) so each query looks only at the
// rows of its slice through the change-column indexes; the de-duplication set is capped. There is
// no `TOP n … ORDER BY … DESC` with a `>` watermark, which skips rows when more than n change
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
    bool atEnd() const { return m_done; }

    // The position after the pages returned so far: persist it with their outcome.
    const Watermark &watermark() const { return m_wm; }
    const PollStats &stats() const { return m_stats; }

    // Reads given receptions whatever their change time (a record re-read after its data was
    // fixed in IDENT). Ids that do not exist are simply absent from the result.
    std::optional<QList<Reception>> readReceptions(const QList<qint64> &ids, ErrorInfo *error);

private:
    bool prepare(ErrorInfo *error);
    void deliverOrSkip(const QSqlQuery &q, QList<Reception> &out);
    void pruneSeen();

    IdentConnection &m_connection;
    IdentSourceConfig m_config;
    ReceptionQuery m_queries;
    std::optional<QSqlQuery> m_pageQuery;

    Watermark m_wm;
    QString m_wmTime; // m_wm.changeTime as text, the form rows are compared in
    PollStats m_stats;

    // The walk: keyset cursor (exclusive), the current slice [cursor, sliceEnd), the newest change
    // time that existed when the poll began.
    QString m_cursorTime;
    qint64 m_cursorId = 0;
    QString m_sliceEnd;
    qint64 m_sliceSeconds = 0;
    QString m_newest;
    bool m_bounded = false; // m_newest and the first slice are known
    bool m_done = true;
};

} // namespace identsync

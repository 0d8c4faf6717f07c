#include "incrementalreader.h"

#include "identlogging.h"

#include <QSqlError>

#include <algorithm>

namespace identsync {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;
constexpr qint64 kMinSliceSeconds = 60;
constexpr int kIdsPerQuery = 500;

const QString kTextFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

// Keyset arithmetic happens on wall-clock text taken as UTC, so a daylight-saving gap of the
// machine's own zone can never move a cursor.
QDateTime naive(const QString &text)
{
    const QDate d = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    QTime t = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss.zzz"));
    if (!t.isValid())
        t = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    return QDateTime(d, t, Qt::UTC);
}

QString shifted(const QString &text, qint64 seconds)
{
    return naive(text).addSecs(seconds).toString(kTextFormat);
}

} // namespace

IncrementalReader::IncrementalReader(IdentConnection &connection)
    : m_connection(connection)
    , m_config(connection.config())
    , m_queries(connection.dialect(), connection.config().branchFilter)
{}

void IncrementalReader::start(const Watermark &from, const QDateTime &now)
{
    m_wm = from;
    m_wmTime = SqlDialect::formatDateTime(from.changeTime);
    m_stats = {};
    m_done = false;
    m_bounded = false;

    QString floor;
    if (from.isValid()) {
        floor = shifted(m_wmTime, -qint64(m_config.overlap.count()));
        const QString seenFrom = SqlDialect::formatDateTime(from.seenFrom);
        if (seenFrom > floor)
            floor = seenFrom;
    } else {
        floor =
            shifted(SqlDialect::formatDateTime(now), -qint64(m_config.firstRunDepthDays) * kDay);
    }
    m_cursorTime = floor;
    m_cursorId = 0; // IDs are positive: (floor, 0) makes the first page inclusive of floor
}

bool IncrementalReader::prepare(ErrorInfo *error)
{
    const auto schema = m_connection.schema(error);
    if (!schema)
        return false;
    if (!schema->receptionsReadable) {
        if (error) {
            error->cls = ErrorClass::Config;
            error->code = QStringLiteral("ident_schema");
            error->message = schema->message(m_config.sourceId);
        }
        return false;
    }

    QSqlQuery newest(m_connection.database());
    newest.setForwardOnly(true);
    ++m_stats.queries;
    if (!newest.exec(m_queries.newestChange()) || !newest.next()) {
        if (error)
            *error = IdentConnection::classify(newest.lastError(),
                                               QStringLiteral("finding IDENT's newest change"));
        return false;
    }
    m_newest.clear();
    for (int i = 0; i < ReceptionQuery::changeColumnCount(); ++i)
        m_newest = std::max(m_newest, newest.value(i).toString());

    if (!m_pageQuery) {
        m_pageQuery.emplace(m_connection.database());
        m_pageQuery->setForwardOnly(true);
        if (!m_pageQuery->prepare(m_queries.changesPage(m_config.pageSize))) {
            if (error)
                *error = IdentConnection::classify(m_pageQuery->lastError(),
                                                   QStringLiteral("preparing the reception query"));
            m_pageQuery.reset();
            return false;
        }
    }

    if (m_newest.isEmpty() || m_newest < m_cursorTime) {
        m_done = true;
    } else {
        m_sliceSeconds = kDay;
        m_sliceEnd = std::min(shifted(m_cursorTime, m_sliceSeconds), shifted(m_newest, 1));
    }
    m_bounded = true;
    return true;
}

std::optional<QList<Reception>> IncrementalReader::nextPage(ErrorInfo *error)
{
    QList<Reception> out;
    if (m_done)
        return out;
    if (!m_bounded && !prepare(error))
        return std::nullopt;

    while (out.isEmpty() && !m_done) {
        QSqlQuery &q = *m_pageQuery;
        // Restored if the result breaks off half-way, so a retry sees the same rows again.
        const Watermark wmBefore = m_wm;
        const QString wmTimeBefore = m_wmTime;
        const QString cursorBefore = m_cursorTime;
        const qint64 cursorIdBefore = m_cursorId;
        // A one-second margin on the index ranges: they only pre-select candidates, the exact
        // comparison is on the text form, and SQL Server's datetime rounds parameters.
        ReceptionQuery::bindChangesPage(q, shifted(m_cursorTime, -1), shifted(m_sliceEnd, 1),
                                        m_cursorTime, m_cursorId, m_sliceEnd);
        ++m_stats.queries;
        if (!q.exec()) {
            if (error)
                *error = IdentConnection::classify(q.lastError(),
                                                   QStringLiteral("reading changed receptions"));
            return std::nullopt;
        }
        int rows = 0;
        while (q.next()) {
            ++rows;
            deliverOrSkip(q, out);
        }
        if (q.lastError().isValid()) {
            m_wm = wmBefore;
            m_wmTime = wmTimeBefore;
            m_cursorTime = cursorBefore;
            m_cursorId = cursorIdBefore;
            if (error)
                *error = IdentConnection::classify(q.lastError(),
                                                   QStringLiteral("reading changed receptions"));
            q.finish();
            return std::nullopt;
        }
        q.finish();
        m_stats.rowsScanned += rows;

        if (rows < m_config.pageSize) {
            // This slice is exhausted; move on, wider, unless it reached the newest change.
            if (m_sliceEnd > m_newest) {
                m_done = true;
            } else {
                m_cursorTime = m_sliceEnd;
                m_cursorId = 0;
                m_sliceSeconds *= 2;
                m_sliceEnd = std::min(shifted(m_sliceEnd, m_sliceSeconds), shifted(m_newest, 1));
            }
        } else {
            // A full page: the slice is busy, so narrow what is left of it.
            m_sliceSeconds = std::max(kMinSliceSeconds, m_sliceSeconds / 2);
            m_sliceEnd = std::min(m_sliceEnd, shifted(m_cursorTime, m_sliceSeconds));
        }
    }
    pruneSeen();
    m_stats.delivered += int(out.size());
    if (m_done) {
        qCDebug(lcIdent).noquote()
            << QStringLiteral("IDENT «%1»: poll done, %2 changes, %3 rows, %4 duplicates, %5 "
                              "queries")
                   .arg(m_config.sourceId)
                   .arg(m_stats.delivered)
                   .arg(m_stats.rowsScanned)
                   .arg(m_stats.duplicatesSkipped)
                   .arg(m_stats.queries);
    }
    return out;
}

void IncrementalReader::deliverOrSkip(const QSqlQuery &q, QList<Reception> &out)
{
    const QString ct = q.value(ReceptionQuery::ChangeTime).toString();
    const qint64 id = q.value(ReceptionQuery::Id).toLongLong();
    m_cursorTime = ct;
    m_cursorId = id;

    const QDateTime changeTime = SqlDialect::parseDateTime(ct);
    const auto seen = m_wm.seen.constFind(id);
    if (seen != m_wm.seen.cend() && seen.value() == changeTime) {
        ++m_stats.duplicatesSkipped;
        return;
    }
    out << ReceptionQuery::toReception(q, m_config);
    m_wm.seen.insert(id, changeTime);
    if (ct > m_wmTime || (ct == m_wmTime && id > m_wm.lastId)) {
        m_wmTime = ct;
        m_wm.changeTime = changeTime;
        m_wm.lastId = id;
    }
}

void IncrementalReader::pruneSeen()
{
    if (!m_wm.isValid())
        return;
    const QDateTime floor =
        SqlDialect::parseDateTime(shifted(m_wmTime, -qint64(m_config.overlap.count())));
    if (!m_wm.seenFrom.isValid() || floor > m_wm.seenFrom)
        m_wm.seenFrom = floor;
    m_wm.seen.removeIf([this](const auto &it) { return it.value() < m_wm.seenFrom; });

    const qsizetype limit = m_config.seenLimit;
    if (m_wm.seen.size() <= limit)
        return;
    QList<QDateTime> times = m_wm.seen.values();
    const auto nth = times.begin() + (times.size() - limit);
    std::nth_element(times.begin(), nth, times.end());
    m_wm.seenFrom = *nth;
    m_wm.seen.removeIf([this](const auto &it) { return it.value() < m_wm.seenFrom; });
    qCWarning(lcIdent).noquote()
        << QStringLiteral("IDENT «%1»: more than %2 changes inside the overlap window; late "
                          "commits older than %3 will not be looked for again.")
               .arg(m_config.sourceId)
               .arg(limit)
               .arg(SqlDialect::formatDateTime(m_wm.seenFrom));
}

std::optional<QList<Reception>> IncrementalReader::readReceptions(const QList<qint64> &ids,
                                                                  ErrorInfo *error)
{
    QList<Reception> out;
    const auto schema = m_connection.schema(error);
    if (!schema)
        return std::nullopt;
    if (!schema->receptionsReadable) {
        if (error) {
            error->cls = ErrorClass::Config;
            error->code = QStringLiteral("ident_schema");
            error->message = schema->message(m_config.sourceId);
        }
        return std::nullopt;
    }
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!q.exec(m_queries.byIds(ids.mid(from, kIdsPerQuery)))) {
            if (error)
                *error = IdentConnection::classify(q.lastError(),
                                                   QStringLiteral("reading receptions by id"));
            return std::nullopt;
        }
        while (q.next())
            out << ReceptionQuery::toReception(q, m_config);
    }
    return out;
}

} // namespace identsync

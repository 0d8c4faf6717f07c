#include "incrementalreader.h"

#include "identlogging.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <utility>

namespace identsync {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;
constexpr qint64 kMinSliceSeconds = 60;
constexpr int kIdsPerQuery = 500;
// A run of equal change times is read in key batches growing up to this size: keys are small,
// and re-sorting a 100,000-row bulk update once per page would cost its square.
constexpr int kMaxKeyBatch = 50000;
// Keys are read a few pages at a time: a key query costs about as much for 2,000 keys as for
// 500, since it evaluates its whole slice either way.
constexpr int kKeyPagesPerQuery = 4;

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

std::optional<ErrorInfo> schemaError(IdentConnection &connection, ErrorInfo *error)
{
    const auto schema = connection.schema(error);
    if (!schema)
        return error ? *error : ErrorInfo{};
    if (schema->receptionsReadable)
        return std::nullopt;
    ErrorInfo e;
    e.cls = ErrorClass::Config;
    e.code = QStringLiteral("ident_schema");
    e.message = schema->message(connection.config().sourceId);
    return e;
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
    m_warnedOverflow = false;
    m_keys.clear();
    m_begun = false;
    m_done = false;

    m_cursorId = 0; // IDs are positive: (time, 0) makes the first key query inclusive of time
    if (from.isValid()) {
        m_cursorTime = shifted(m_wmTime, -qint64(m_config.overlap.count()));
        const QString seenFrom = SqlDialect::formatDateTime(from.seenFrom);
        if (std::pair(seenFrom, from.seenFromId) > std::pair(m_cursorTime, m_cursorId)) {
            m_cursorTime = seenFrom;
            m_cursorId = from.seenFromId;
        }
    } else {
        m_cursorTime =
            shifted(SqlDialect::formatDateTime(now), -qint64(m_config.firstRunDepthDays) * kDay);
    }
}

int IncrementalReader::baseKeyBatch() const
{
    return std::min(m_config.pageSize * kKeyPagesPerQuery, kMaxKeyBatch);
}

bool IncrementalReader::begin(ErrorInfo *error)
{
    if (const auto e = schemaError(m_connection, error)) {
        if (error)
            *error = *e;
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

    m_begun = true;
    m_keyBatch = baseKeyBatch();
    if (m_newest.isEmpty() || m_newest < m_cursorTime) {
        m_done = true;
        return true;
    }
    m_sliceSeconds = kDay;
    m_sliceEnd = std::min(shifted(m_cursorTime, m_sliceSeconds), shifted(m_newest, 1));
    return true;
}

bool IncrementalReader::fetchKeys(ErrorInfo *error)
{
    if (!m_keyQuery || m_keyQueryLimit != m_keyBatch) {
        m_keyQuery.emplace(m_connection.database());
        m_keyQuery->setForwardOnly(true);
        m_keyQueryLimit = m_keyBatch;
        if (!m_keyQuery->prepare(m_queries.changedKeys(m_keyBatch))) {
            if (error)
                *error = IdentConnection::classify(m_keyQuery->lastError(),
                                                   QStringLiteral("preparing the change query"));
            m_keyQuery.reset();
            return false;
        }
    }
    QSqlQuery &q = *m_keyQuery;
    // A one-second margin on the index ranges: they only pre-select candidates, the exact
    // comparison is on the text form, and SQL Server's datetime rounds parameters.
    ReceptionQuery::bindChangedKeys(q, shifted(m_cursorTime, -1), shifted(m_sliceEnd, 1),
                                    m_cursorTime, m_cursorId, m_sliceEnd);
    ++m_stats.queries;
    const auto failed = [&] {
        if (error)
            *error = IdentConnection::classify(q.lastError(),
                                               QStringLiteral("reading changed receptions"));
        q.finish();
        return false;
    };
    if (!q.exec())
        return failed();
    std::deque<Key> batch;
    while (q.next())
        batch.push_back(Key{q.value(0).toString(), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return failed(); // the result broke off: the cursor stays, a retry reads it again
    q.finish();

    const int rows = int(batch.size());
    m_stats.rowsScanned += rows;
    const bool sameTime = rows > 1 && batch.front().changeTime == batch.back().changeTime;
    if (rows > 0) {
        m_cursorTime = batch.back().changeTime;
        m_cursorId = batch.back().id;
    }
    for (Key &k : batch)
        m_keys.push_back(std::move(k));

    if (rows < m_keyBatch) {
        // This slice is exhausted; move on, wider, unless it reached the newest change.
        m_keyBatch = baseKeyBatch();
        if (m_sliceEnd > m_newest) {
            m_done = true;
        } else {
            m_cursorTime = m_sliceEnd;
            m_cursorId = 0;
            m_sliceSeconds *= 2;
            m_sliceEnd = std::min(shifted(m_sliceEnd, m_sliceSeconds), shifted(m_newest, 1));
        }
        return true;
    }
    // A full batch: the slice is busy, so narrow what is left of it; a batch of one change time
    // is a bulk update, read on in larger batches.
    m_keyBatch = sameTime ? std::min(m_keyBatch * 4, kMaxKeyBatch) : baseKeyBatch();
    m_sliceSeconds = std::max(kMinSliceSeconds, m_sliceSeconds / 2);
    m_sliceEnd = std::min(m_sliceEnd, shifted(m_cursorTime, m_sliceSeconds));
    return true;
}

std::optional<QList<Reception>> IncrementalReader::nextPage(ErrorInfo *error)
{
    QList<Reception> out;
    if (!m_begun && !begin(error))
        return std::nullopt;

    while (out.isEmpty()) {
        if (m_keys.empty()) {
            if (m_done)
                break;
            if (!fetchKeys(error))
                return std::nullopt;
            continue;
        }
        const qsizetype n = std::min<qsizetype>(m_config.pageSize, qsizetype(m_keys.size()));
        QList<qint64> unseen;
        QSet<qint64> unseenSet;
        for (qsizetype i = 0; i < n; ++i) {
            const Key &k = m_keys[size_t(i)];
            const auto seen = m_wm.seen.constFind(k.id);
            if (seen == m_wm.seen.cend() || *seen != SqlDialect::parseDateTime(k.changeTime)) {
                unseen << k.id;
                unseenSet.insert(k.id);
            }
        }
        QHash<qint64, Reception> rows;
        if (!unseen.isEmpty()) {
            const auto fetched = readReceptions(unseen, error);
            if (!fetched)
                return std::nullopt; // the keys stay queued for a retry
            ++m_stats.queries;
            for (const Reception &r : *fetched)
                rows.insert(r.id, r);
        }
        for (qsizetype i = 0; i < n; ++i) {
            const Key k = std::move(m_keys.front());
            m_keys.pop_front();
            const auto row = rows.constFind(k.id);
            if (row == rows.cend()) {
                // Already delivered, or deleted from IDENT between the two queries.
                m_stats.duplicatesSkipped += unseenSet.contains(k.id) ? 0 : 1;
                continue;
            }
            out << *row;
            // The row's own change time: if it moved between the two queries, the next poll
            // then finds nothing new rather than the same content again.
            m_wm.seen.insert(k.id, row->changeTime());
            if (std::pair(k.changeTime, k.id) > std::pair(m_wmTime, m_wm.lastId)) {
                m_wmTime = k.changeTime;
                m_wm.changeTime = SqlDialect::parseDateTime(k.changeTime);
                m_wm.lastId = k.id;
            }
        }
        pruneSeen();
    }
    m_stats.delivered += int(out.size());
    if (atEnd()) {
        qCDebug(lcIdent).noquote()
            << QStringLiteral("IDENT «%1»: poll done, %2 changes, %3 keys, %4 duplicates, %5 "
                              "queries")
                   .arg(m_config.sourceId)
                   .arg(m_stats.delivered)
                   .arg(m_stats.rowsScanned)
                   .arg(m_stats.duplicatesSkipped)
                   .arg(m_stats.queries);
    }
    return out;
}

void IncrementalReader::pruneSeen()
{
    if (!m_wm.isValid())
        return;
    const QString floor = shifted(m_wmTime, -qint64(m_config.overlap.count()));
    if (floor > SqlDialect::formatDateTime(m_wm.seenFrom)) {
        m_wm.seenFrom = SqlDialect::parseDateTime(floor);
        m_wm.seenFromId = 0;
    }
    const auto before = [this](const QDateTime &t, qint64 id) {
        return std::pair(t, id) <= std::pair(m_wm.seenFrom, m_wm.seenFromId);
    };
    m_wm.seen.removeIf([&](const auto &it) { return before(it.value(), it.key()); });

    const qsizetype limit = m_config.seenLimit;
    if (m_wm.seen.size() <= limit)
        return;
    // Drop the oldest keys; the new keyset floor is the last one dropped, so exactly `limit`
    // remain even inside one bulk update's change time.
    QList<std::pair<QDateTime, qint64>> keys;
    keys.reserve(m_wm.seen.size());
    for (auto it = m_wm.seen.cbegin(); it != m_wm.seen.cend(); ++it)
        keys.append({it.value(), it.key()});
    const auto lastDropped = keys.begin() + (keys.size() - limit - 1);
    std::nth_element(keys.begin(), lastDropped, keys.end());
    m_wm.seenFrom = lastDropped->first;
    m_wm.seenFromId = lastDropped->second;
    m_wm.seen.removeIf([&](const auto &it) { return before(it.value(), it.key()); });
    if (!m_warnedOverflow) {
        m_warnedOverflow = true;
        qCWarning(lcIdent).noquote()
            << QStringLiteral("IDENT «%1»: more than %2 changes inside the overlap window; late "
                              "commits before %3 will not be looked for again.")
                   .arg(m_config.sourceId)
                   .arg(limit)
                   .arg(SqlDialect::formatDateTime(m_wm.seenFrom));
    }
}

std::optional<QList<Reception>> IncrementalReader::readReceptions(const QList<qint64> &ids,
                                                                  ErrorInfo *error)
{
    if (const auto e = schemaError(m_connection, error)) {
        if (error)
            *error = *e;
        return std::nullopt;
    }
    QList<Reception> out;
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
        if (q.lastError().isValid()) {
            if (error)
                *error = IdentConnection::classify(q.lastError(),
                                                   QStringLiteral("reading receptions by id"));
            return std::nullopt;
        }
    }
    return out;
}

} // namespace identsync

#include "transitionreader.h"

#include "store/database.h"

namespace identsync {

namespace {

bool isNewer(const StageTransition &t, const TransitionCursor &than)
{
    return t.at > than.at || (t.at == than.at && t.id > than.id);
}

} // namespace

void TransitionReader::readPage(quint64 generation, const TransitionFilter &filter,
                                const std::optional<TransitionCursor> &before, int limit)
{
    QString error;
    Database *db = database(&error);
    if (!db) {
        Q_EMIT failed(generation, error);
        return;
    }
    auto rows = TransitionLog(*db).page(filter, before, limit);
    if (!rows) {
        Q_EMIT failed(generation, rows.error());
        return;
    }
    Q_EMIT pageRead(generation, *rows, rows->size() < limit);
}

void TransitionReader::readNewer(quint64 generation, const TransitionFilter &filter,
                                 const TransitionCursor &newest, int cap)
{
    QString error;
    Database *db = database(&error);
    if (!db) {
        Q_EMIT failed(generation, error);
        return;
    }
    constexpr int pageSize = 256;
    TransitionLog log(*db);
    QList<StageTransition> newer;
    std::optional<TransitionCursor> before;
    while (newer.size() <= cap) {
        auto rows = log.page(filter, before, pageSize);
        if (!rows) {
            Q_EMIT failed(generation, rows.error());
            return;
        }
        for (const StageTransition &t : std::as_const(*rows)) {
            if (!isNewer(t, newest)) {
                Q_EMIT newerRead(generation, newer, false);
                return;
            }
            newer << t;
        }
        if (rows->size() < pageSize) {
            Q_EMIT newerRead(generation, newer, false);
            return;
        }
        before = TransitionCursor{rows->last().at, rows->last().id};
    }
    Q_EMIT newerRead(generation, {}, true);
}

} // namespace identsync

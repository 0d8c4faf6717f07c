#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// How far the incremental reader got (SPEC §2.1). The caller persists it (the state database)
// after it has durably taken a page, and hands it back for the next poll.
//
// A poll re-reads from `changeTime − overlap` so rows committed late (stamped with a change time
// older than one already read) are still found; `seen` remembers which (reception, change time)
// pairs of that window were delivered, so the re-read delivers each change exactly once. Only the
// window is kept, and at most IdentSourceConfig::seenLimit entries: when a burst overflows it,
// the oldest entries (in change time, ID order) go and the keyset position
// (seenFrom, seenFromId) moves past them, trading part of the late-commit window for bounded
// memory rather than re-delivering the burst on every poll.
struct Watermark
{
    QDateTime changeTime; // newest change time delivered; invalid before the first poll
    qint64 lastId = 0;    // highest Receptions.ID delivered at exactly changeTime
    // `seen` is complete for the keys after (seenFrom, seenFromId); a poll never re-reads before.
    QDateTime seenFrom;
    qint64 seenFromId = 0;
    QHash<qint64, QDateTime> seen; // Receptions.ID -> change time delivered

    bool isValid() const { return changeTime.isValid(); }

    // Compact JSON for the state database; times as 'yyyy-MM-dd HH:mm:ss.zzz' wall-clock text.
    QByteArray toJson() const;
    static std::optional<Watermark> fromJson(const QByteArray &json, QString *error);

    bool operator==(const Watermark &) const = default;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::Watermark)

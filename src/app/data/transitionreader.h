#pragma once

#include "storeworker.h"

#include "store/transitionlog.h"

#include <QList>

#include <optional>

namespace identsync {

// Reads stage transitions for the transitions page, on the session's reader thread: keyset pages
// going back in time, and the rows newer than what the page already shows. `generation` is the
// caller's and comes back unchanged, so answers to a filter that was since replaced are dropped.
class TransitionReader : public StoreWorker
{
    Q_OBJECT

public:
    using StoreWorker::StoreWorker;

    // Newest first, older than `before` (the whole filter when empty). `atEnd`: no older rows.
    void readPage(quint64 generation, const identsync::TransitionFilter &filter,
                  const std::optional<identsync::TransitionCursor> &before, int limit);
    // Every row newer than `newest`, newest first, read page by page from the top. More than
    // `cap` of them: `overflow` is set and the caller reloads instead of inserting.
    void readNewer(quint64 generation, const identsync::TransitionFilter &filter,
                   const identsync::TransitionCursor &newest, int cap);

Q_SIGNALS:
    void pageRead(quint64 generation, const QList<identsync::StageTransition> &rows, bool atEnd);
    void newerRead(quint64 generation, const QList<identsync::StageTransition> &rows,
                   bool overflow);
    void failed(quint64 generation, const QString &error);
};

} // namespace identsync

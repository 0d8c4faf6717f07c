#pragma once

#include "storeworker.h"

#include "core/reception.h"
#include "store/bindingstore.h"
#include "store/jobqueue.h"

#include <QHash>
#include <QList>

#include <optional>

namespace identsync {

// What the binding dialog knows about one reception from the state database.
struct BindingContext
{
    DealKey key;
    std::optional<Reception> reception; // from the job's payload
    std::optional<JobSummary> job;
    std::optional<Binding> binding;
    QString error; // why the reception could not be read, in plain words
};

// The binding dialog's reads, on the session's reader thread.
class BindingReader : public StoreWorker
{
    Q_OBJECT

public:
    using StoreWorker::StoreWorker;

    void load(const identsync::DealKey &key);
    void readHolders(quint64 requestId, const QList<qint64> &dealIds);

Q_SIGNALS:
    void loaded(const identsync::BindingContext &context);
    void holdersRead(quint64 requestId, const QHash<qint64, QList<identsync::DealKey>> &holders);
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::BindingContext)

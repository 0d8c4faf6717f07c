#include "bindingreader.h"

#include "engine/receptionjson.h"
#include "store/database.h"

#include <QJsonDocument>

namespace identsync {

void BindingReader::load(const DealKey &key)
{
    BindingContext context;
    context.key = key;
    Database *db = database(&context.error);
    if (!db) {
        Q_EMIT loaded(context);
        return;
    }
    if (auto binding = BindingStore(*db).binding(key); binding)
        context.binding = *binding;
    else
        context.error = binding.error();
    auto job = JobQueue(*db).jobByKey(key.toString());
    if (!job) {
        context.error = job.error();
    } else if (*job) {
        context.job = (*job)->summary;
        QString error;
        const QJsonObject payload = QJsonDocument::fromJson((*job)->payload.toUtf8()).object();
        if (auto reception = receptionFromJson(payload, &error))
            context.reception = *reception;
        else
            context.error = error;
    }
    Q_EMIT loaded(context);
}

void BindingReader::readHolders(quint64 requestId, const QList<qint64> &dealIds)
{
    Database *db = database();
    if (!db)
        return;
    if (auto holders = BindingStore(*db).receptionsBoundTo(dealIds); holders)
        Q_EMIT holdersRead(requestId, *holders);
}

} // namespace identsync

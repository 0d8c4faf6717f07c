#pragma once

#include "core/pipeline.h"
#include "core/stageid.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// One deal the binding dialog offers, as read from the portal, plus which reception already
// holds it in the binding store.
struct DealCandidate
{
    qint64 id = 0;
    QString title;
    int categoryId = 0;
    StageId stage;
    std::optional<StageSemantics> semantics; // STAGE_SEMANTIC_ID
    qint64 contactId = 0;
    QString contactName; // masked as the settings say
    QString identKey;    // the IDENT key field; empty when the deal has none
    QDateTime date;      // BEGINDATE, else DATE_CREATE
    double amount = 0;
    QString currency;
    QString boundTo; // the reception key bound to this deal in the state database, if any
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::DealCandidate)

#pragma once

#include "ident/identsourceconfig.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace identsync::sample {

// The sample schema of ident-schema.md §5, adapted per dialect (SQLite, PostgreSQL): nvarchar →
// varchar/text, datetime → timestamp(3) (text in SQLite), bit → boolean, decimal → numeric.
class SampleSchema
{
public:
    static QStringList createStatements(IdentSourceConfig::Driver driver);
    // Indexes IDENT is assumed to have (its real ones are unknown; bench/README.md). The change
    // columns' indexes are what makes an incremental poll cheap; `changeIndexes = false` leaves
    // them out to measure the worst case.
    static QStringList indexStatements(bool changeIndexes);
};

} // namespace identsync::sample

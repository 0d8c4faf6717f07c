#pragma once

#include "sqldialect.h"

#include "core/errorinfo.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// What IdentSync reads from IDENT, table by table, split by the feature that needs it: a missing
// treatment-plan table must not stop appointment sync (SPEC §2.5).
struct SchemaRequirement
{
    enum class Feature
    {
        Receptions,
        TreatmentPlans
    };
    QString table;
    QStringList columns;
    Feature feature = Feature::Receptions;
};

// The outcome of comparing IDENT's catalog with the requirements. Names are given as
// `Table` (whole table missing or not readable) and `Table.Column`.
struct SchemaReport
{
    QStringList missingTables;
    QStringList missingColumns;
    bool receptionsReadable = true;
    bool treatmentPlansReadable = true;

    bool isComplete() const { return missingTables.isEmpty() && missingColumns.isEmpty(); }
    // One paragraph for a person: what is missing and what to do about it.
    QString message(const QString &sourceId) const;
};

class IdentSchema
{
public:
    static const QList<SchemaRequirement> &requirements();
    // The catalog query names only tables the login may read, so a table without GRANT SELECT
    // is reported as missing, which is what the integrator has to fix either way.
    static std::optional<SchemaReport> check(const QSqlDatabase &db, const SqlDialect &dialect,
                                             ErrorInfo *error);
};

} // namespace identsync

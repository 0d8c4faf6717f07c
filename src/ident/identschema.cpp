#include "identschema.h"

#include "identconnection.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace identsync {

namespace {

using Feature = SchemaRequirement::Feature;

QList<SchemaRequirement> buildRequirements()
{
    // Exactly the columns the queries in receptionquery.cpp and treatmentplanreader.cpp use
    // (a table both features read is listed under each); docs/ident-access.md grants SELECT on
    // the same tables.
    return {
        {QStringLiteral("Receptions"),
         {QStringLiteral("ID"), QStringLiteral("ID_Patients"), QStringLiteral("ID_Staffs"),
          QStringLiteral("ID_Armchairs"), QStringLiteral("PlanStart"), QStringLiteral("PlanEnd"),
          QStringLiteral("PatientAppeared"), QStringLiteral("ReceptionStarted"),
          QStringLiteral("ReceptionEnded"), QStringLiteral("CheckIssued"),
          QStringLiteral("ReceptionCanceled"), QStringLiteral("ID_ReceptionCancelReasons"),
          QStringLiteral("Comment"), QStringLiteral("DateTimeAdded"),
          QStringLiteral("DateTimeChanged")},
         Feature::Receptions},
        {QStringLiteral("Patients"),
         {QStringLiteral("ID_Persons"), QStringLiteral("CardNumber"), QStringLiteral("ParentSNP")},
         Feature::Receptions},
        {QStringLiteral("Persons"),
         {QStringLiteral("ID"), QStringLiteral("Surname"), QStringLiteral("Name"),
          QStringLiteral("Patronymic"), QStringLiteral("MobilePhone"), QStringLiteral("Birthday")},
         Feature::Receptions},
        {QStringLiteral("Items"),
         {QStringLiteral("ID_Staffs"), QStringLiteral("ID_ProfessionNames")},
         Feature::Receptions},
        {QStringLiteral("ProfessionNames"),
         {QStringLiteral("ID"), QStringLiteral("NameProfession"), QStringLiteral("Archive")},
         Feature::Receptions},
        {QStringLiteral("Armchairs"),
         {QStringLiteral("ID"), QStringLiteral("NameArmchair"), QStringLiteral("ID_OwnCompanies")},
         Feature::Receptions},
        {QStringLiteral("OwnCompanies"),
         {QStringLiteral("ID"), QStringLiteral("Name")},
         Feature::Receptions},
        {QStringLiteral("ReceptionCancelReasons"),
         {QStringLiteral("ID"), QStringLiteral("Name")},
         Feature::Receptions},
        {QStringLiteral("Orders"),
         {QStringLiteral("ID"), QStringLiteral("ID_Receptions"), QStringLiteral("ID_OwnCompanies"),
          QStringLiteral("DateTimeOrder"), QStringLiteral("DateTimeBillFormed")},
         Feature::Receptions},
        {QStringLiteral("OrderServiceRelation"),
         {QStringLiteral("ID"), QStringLiteral("ID_Orders"), QStringLiteral("ID_ServicePrices"),
          QStringLiteral("CountService"), QStringLiteral("DiscountSum")},
         Feature::Receptions},
        {QStringLiteral("ServiceItemPrices"),
         {QStringLiteral("ID"), QStringLiteral("ID_ServiceItems"), QStringLiteral("Price")},
         Feature::Receptions},
        {QStringLiteral("ServiceItems"),
         {QStringLiteral("ID"), QStringLiteral("Name")},
         Feature::Receptions},
        {QStringLiteral("OrderServiceRelation"),
         {QStringLiteral("ID_Orders"), QStringLiteral("ID_TreatmentPlanElementRelations")},
         Feature::TreatmentPlans},
        {QStringLiteral("Orders"),
         {QStringLiteral("ID"), QStringLiteral("DateTimeBillFormed")},
         Feature::TreatmentPlans},
        {QStringLiteral("ServiceItemPrices"),
         {QStringLiteral("ID"), QStringLiteral("ID_ServiceItems"), QStringLiteral("Price")},
         Feature::TreatmentPlans},
        {QStringLiteral("ServiceItems"),
         {QStringLiteral("ID"), QStringLiteral("Name")},
         Feature::TreatmentPlans},
        {QStringLiteral("TreatmentPlans"),
         {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("DateTimeCreated"),
          QStringLiteral("IsActive"), QStringLiteral("ID_Patients"), QStringLiteral("ID_Staffs")},
         Feature::TreatmentPlans},
        {QStringLiteral("TreatmentPlanElementRelations"),
         {QStringLiteral("ID"), QStringLiteral("ID_TreatmentPlans"),
          QStringLiteral("ID_TreatmentPlanStages"), QStringLiteral("ID_TreatmentPlanElements"),
          QStringLiteral("ID_ServicePrices"), QStringLiteral("DiscountSum"),
          QStringLiteral("TeethLong")},
         Feature::TreatmentPlans},
        {QStringLiteral("TreatmentPlanStages"),
         {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Order")},
         Feature::TreatmentPlans},
        {QStringLiteral("TreatmentPlanElements"),
         {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Order")},
         Feature::TreatmentPlans},
    };
}

QString catalogQuery(const SqlDialect &dialect, const QStringList &tables)
{
    QStringList quoted;
    for (const QString &t : tables)
        quoted << dialect.literal(t);
    const QString in = quoted.join(QStringLiteral(", "));
    switch (dialect.driver()) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                              "WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME IN (%1)")
            .arg(in);
    case IdentSourceConfig::Driver::Postgres: {
        // Unquoted names fold to lower case in PostgreSQL; compare without case.
        QStringList lowered;
        for (const QString &t : tables)
            lowered << dialect.literal(t.toLower());
        return QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND lower(table_name) IN "
                              "(%1)")
            .arg(lowered.join(QStringLiteral(", ")));
    }
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("SELECT m.name, p.name FROM sqlite_master AS m "
                              "JOIN pragma_table_info(m.name) AS p "
                              "WHERE m.type IN ('table', 'view') AND m.name IN (%1) "
                              "COLLATE NOCASE")
            .arg(in);
    }
    return {};
}

} // namespace

const QList<SchemaRequirement> &IdentSchema::requirements()
{
    static const QList<SchemaRequirement> list = buildRequirements();
    return list;
}

QString SchemaReport::message(const QString &sourceId) const
{
    if (isComplete())
        return QStringLiteral("IDENT source «%1»: every table and column IdentSync reads is "
                              "present.")
            .arg(sourceId);
    QStringList parts;
    if (!missingTables.isEmpty())
        parts << QStringLiteral("tables missing or not readable: %1")
                     .arg(missingTables.join(QStringLiteral(", ")));
    if (!missingColumns.isEmpty())
        parts
            << QStringLiteral("columns missing: %1").arg(missingColumns.join(QStringLiteral(", ")));
    QString consequence;
    if (!receptionsReadable)
        consequence = QStringLiteral("Appointments cannot be read.");
    else if (!treatmentPlansReadable)
        consequence = QStringLiteral("Appointments are read; treatment plans are skipped.");
    return QStringLiteral("IDENT source «%1»: %2. %3 This IDENT version's schema differs from "
                          "what IdentSync expects, or the SQL login lacks GRANT SELECT on these "
                          "tables (see docs/ident-access.md).")
        .arg(sourceId, parts.join(QStringLiteral("; ")), consequence);
}

std::optional<SchemaReport> IdentSchema::check(const QSqlDatabase &db, const SqlDialect &dialect,
                                               ErrorInfo *error)
{
    QStringList tables;
    for (const SchemaRequirement &r : requirements()) {
        if (!tables.contains(r.table))
            tables << r.table;
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(catalogQuery(dialect, tables))) {
        if (error)
            *error = IdentConnection::classify(q.lastError(),
                                               QStringLiteral("reading the IDENT catalog"));
        return std::nullopt;
    }
    QHash<QString, QSet<QString>> present; // lower-case table -> lower-case columns
    while (q.next())
        present[q.value(0).toString().toLower()].insert(q.value(1).toString().toLower());

    SchemaReport report;
    for (const SchemaRequirement &r : requirements()) {
        const auto it = present.constFind(r.table.toLower());
        bool ok = true;
        if (it == present.cend()) {
            if (!report.missingTables.contains(r.table))
                report.missingTables << r.table;
            ok = false;
        } else {
            for (const QString &c : r.columns) {
                if (!it->contains(c.toLower())) {
                    const QString name = r.table + QLatin1Char('.') + c;
                    if (!report.missingColumns.contains(name))
                        report.missingColumns << name;
                    ok = false;
                }
            }
        }
        if (ok)
            continue;
        switch (r.feature) {
        case SchemaRequirement::Feature::Receptions:
            report.receptionsReadable = false;
            break;
        case SchemaRequirement::Feature::TreatmentPlans:
            report.treatmentPlansReadable = false;
            break;
        }
    }
    return report;
}

} // namespace identsync

#pragma once

#include "bitrix24client.h"
#include "callresult.h"
#include "crmtypes.h"
#include "pendingoperation.h"

#include "core/errorinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace identsync {

// What a batched finder found. Every key asked for is in exactly one of the two maps:
// `matches` (with zero, one or several records: several is an ambiguity the engine must see) or
// `failures` (its lookup failed; the others are still good).
template <typename T> struct FindResult
{
    QHash<QString, QList<T>> matches;
    QHash<QString, ErrorInfo> failures;
    int requests = 0; // HTTP requests the search took

    bool complete() const { return failures.isEmpty(); }
};

// SPEC §2.4 look-ups for a page of receptions, always batched: never one call per record.
//  - by field: crm.*.list with filter "@FIELD" over up to 49 values a command, up to 50
//    commands a batch; a command that returns a full page continues with ">ID" in the next
//    batch, so duplicates are never cut off;
//  - by phone: crm.duplicate.findbycomm over up to 19 numbers a command, then the records
//    fetched by "@ID" and matched back to each number (a per-number round only where an answer
//    may have been cut short or a record cannot be told apart by its own phones).
class CrmFinder : public QObject
{
    Q_OBJECT

public:
    explicit CrmFinder(Bitrix24Client *client, QObject *parent = nullptr);

    // Deals whose `keyField` (the IDENT key user field) equals one of `keys`.
    Pending<FindResult<CrmDeal>> *dealsByKeys(const QString &keyField, const QStringList &keys,
                                              const QStringList &extraSelect = {});
    // Generic "field IN values" for each entity; `extraFilter` is ANDed (e.g. {"CLOSED":"N"}).
    Pending<FindResult<CrmDeal>> *dealsByField(const QString &field, const QStringList &values,
                                               const QStringList &extraSelect = {},
                                               const QJsonObject &extraFilter = {});
    Pending<FindResult<CrmContact>> *contactsByField(const QString &field,
                                                     const QStringList &values,
                                                     const QStringList &extraSelect = {});
    Pending<FindResult<CrmLead>> *leadsByField(const QString &field, const QStringList &values,
                                               const QStringList &extraSelect = {},
                                               const QJsonObject &extraFilter = {});

    // Contacts that carry one of `phones` (E.164, as PhoneNormalizer gives them).
    Pending<FindResult<CrmContact>> *contactsByPhones(const QStringList &phones,
                                                      const QStringList &extraSelect = {});
    // Leads that carry one of `phones` and whose STATUS_ID is not in `closedStatuses`.
    Pending<FindResult<CrmLead>> *openLeadsByPhones(
        const QStringList &phones,
        const QStringList &closedStatuses = {QStringLiteral("CONVERTED"), QStringLiteral("JUNK")},
        const QStringList &extraSelect = {});

    // A list page holds 50 rows. 49 values a command leave room to see a duplicate: a command
    // whose values match one row each comes back with 49 rows and is complete, and only a
    // full page (someone has two or more) costs a continuation. 50 values with one row each
    // would fill the page and always cost one.
    static constexpr int valuesPerCommand = 49;
    // IDs are unique, so 50 of them never need more than one page.
    static constexpr int idsPerCommand = 50;
    // findbycomm takes 20 numbers and answers at most 20 ids. 19 numbers with one record each
    // give 19 ids: only an answer of 20 (more records than numbers, or cut short) has to be
    // asked again number by number.
    static constexpr int phonesPerCommand = 19;
    static constexpr int commandsPerBatch = 50;

private:
    QPointer<Bitrix24Client> m_client;
};

} // namespace identsync

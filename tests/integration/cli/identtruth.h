#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace identsync::e2e {

// One reception as the test itself reads it from the IDENT database, with its own SQL and the
// rules of SPEC §2.1 written out again (not the connector's queries or core's derivation), so the
// engine is compared with an independent reading.
struct TruthReception
{
    qint64 id = 0;
    qint64 patientId = 0; // 0: no patient
    // The chair's OwnCompanies id, else 0 (the default branch). Never the order's company: an
    // invoice issued later must not change the key (F{branch}_{id}) its deal is found by.
    int branch = 0;
    QString key;    // F{branch}_{id}
    QString status; // the derived status label, e.g. «В процессе»
    qint64 amountKopecks = 0;
    bool hasAmount = false; // invoice lines exist (else the deal's amount is left alone)
    QString phone;          // E.164 (empty when there is none or it is unusable)
    QString planStart;      // ISO 8601 with the clinic's +03:00
};

class IdentTruth
{
public:
    static std::optional<QList<TruthReception>> read(QSqlDatabase db, QString *error);

    // The formats ident-sample writes (8 (916) …, +7 916 …, 916…, 8-916-… доб. 12, 7 916 …) read
    // into +7XXXXXXXXXX; empty for anything else.
    static QString phoneE164(const QString &raw);
    // "2025-03-04 10:00:00.000" -> "2025-03-04T10:00:00+03:00".
    static QString clinicTime(const QString &identText);
    // The newest change time in the database, so a test's own UPDATEs come after it.
    static QString newestChange(QSqlDatabase db);
};

} // namespace identsync::e2e

#pragma once

#include "core/circuitbreaker.h"
#include "core/fieldmap.h"
#include "core/leakybucket.h"
#include "core/operatingbudget.h"
#include "core/retrypolicy.h"
#include "core/stageguard.h"
#include "core/stagemapper.h"
#include "ident/identsourceconfig.h"
#include "store/storeconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace identsync {

// One problem in the configuration file: the key it is about and what to do.
struct ConfigProblem
{
    QString key;     // "portal/url", "source.main/database"
    QString message; // plain words, names the value and the fix
    bool operator==(const ConfigProblem &) const = default;
};

// Everything the engine reads from its INI file (docs/configuration.md documents every key).
// Secrets are not here: the webhook code and the passwords come from the OS keychain.
struct EngineConfig
{
    QString filePath;

    // [portal]
    QString portalUrl; // https://clinic.bitrix24.ru/rest/1/ — the webhook code is in the keychain
    QString pacingPlan = QStringLiteral("standard"); // standard | enterprise | unlimited | custom
    LeakyBucketLimits bucket = LeakyBucketLimits::standard();
    OperatingBudgetConfig operating;
    std::chrono::milliseconds requestTimeout{30000};
    int dealCategoryId = 0;
    double timeScale = 1.0; // tests only: the fake portal's limiter runs this much faster
    CircuitBreakerConfig breaker;

    // [sync]
    std::chrono::milliseconds pollInterval{60000};
    int utcOffsetSeconds = 3 * 3600; // the clinic's offset for ISO 8601 times
    QStringList closedLeadStatuses{QStringLiteral("CONVERTED"), QStringLiteral("JUNK")};
    bool autoBind = true;
    bool convertLeads = true;
    bool maskPii = true;
    int batchSize = 50;

    // [retry]
    RetryConfig retry;

    // [stages]
    StageMappingConfig stageMapping = StageMappingConfig::defaults();
    StageGuardConfig stageGuard;

    // [fields]
    FieldMap fieldMap;

    // [treatment_plans]
    bool treatmentPlans = true;
    std::chrono::milliseconds treatmentPlanInterval{30 * 60 * 1000};

    // [state]
    StoreConfig store;

    // [source.<id>] groups, one per IDENT database
    QList<IdentSourceConfig> sources;

    // [metrics] (off unless `listen` is set; loopback addresses only)
    QString metricsHost; // "127.0.0.1" or "::1"; empty: no endpoint
    quint16 metricsPort = 0;
    int metricsStaleCycles = 3; // /healthz fails after this many poll intervals without a cycle

    // [engine]
    std::chrono::milliseconds leaseStaleAfter{30000};
    std::chrono::milliseconds jobLease{120000};

    // Reads and validates the file. Every problem names its key; the result is usable only when
    // `problems` is empty. Values missing from the file keep the defaults above.
    static EngineConfig load(const QString &path, QList<ConfigProblem> *problems);
    // Where the CLI and the console look without --config: $IDENTSYNC_CONFIG, else
    // <config dir>/identsync/identsync.ini.
    static QString defaultPath();
};

} // namespace identsync

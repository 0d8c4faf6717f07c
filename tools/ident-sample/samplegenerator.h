#pragma once

#include "ident/identsourceconfig.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace identsync::sample {

// What the generator meant a reception to be. Kept apart from the connector's status derivation
// so tests compare the two instead of one with itself.
enum class SampleStatus
{
    Scheduled,
    Arrived,
    InProgress,
    Completed,
    CompletedInvoiced,
    Cancelled, // ReceptionCanceled with «Отказ от приема», «Перенос» or «Заболел»
    CancelledByReason, // only ID_ReceptionCancelReasons set, ReceptionCanceled NULL
    NoShow,            // cancelled with «Не пришел»
    Count
};
QString sampleStatusKey(SampleStatus s);

// Where the sample database lives. PostgreSQL databases are created when missing.
struct SampleConnection
{
    IdentSourceConfig::Driver driver = IdentSourceConfig::Driver::Sqlite;
    QString database; // SQLite file or PostgreSQL database name
    QString host;
    int port = 0;
    QString user;
    QString password;
};

// A writable connection to the sample database (the generator is the only writer; the connector
// itself opens IDENT read-only). Removed from Qt's registry when destroyed.
class SampleDatabase
{
public:
    explicit SampleDatabase(const SampleConnection &connection);
    ~SampleDatabase();
    SampleDatabase(const SampleDatabase &) = delete;
    SampleDatabase &operator=(const SampleDatabase &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase database() const;
    IdentSourceConfig::Driver driver() const { return m_driver; }

private:
    QString m_name;
    IdentSourceConfig::Driver m_driver;
    bool m_open = false;
    QString m_error;
};

struct CreateOptions
{
    int patients = 200;
    int receptions = 1000;
    quint64 seed = 1;
    int branches = 2;
    // The clinic's clock when the sample is taken; fixed so a seed always gives the same rows.
    QDateTime now = QDateTime(QDate(2025, 3, 3), QTime(18, 0), Qt::UTC);
    bool changeIndexes = true;
    bool badRows = true;
    bool keepTruth = false; // fill CreateSummary::truth (memory grows with the receptions)
};

// A row made to be bad (a data-quality item is expected for `field`) or hostile (it must flow).
struct SpecialRow
{
    qint64 receptionId = 0;
    QString field; // the Reception member at fault, as receptioncheck.h names it
    QString what;
};

struct CreateSummary
{
    qint64 persons = 0;
    qint64 patients = 0;
    qint64 staff = 0;
    qint64 receptions = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 treatmentPlans = 0;
    qint64 planLines = 0;
    qint64 twoOrderReceptions = 0;
    qint64 sharedPhones = 0;
    int branches = 0;
    QHash<SampleStatus, qint64> statusCounts;
    QList<SpecialRow> badRows;     // each must surface as a data-quality item
    QList<SpecialRow> hostileRows; // 1 MB comment, quotes and emoji: each must flow untouched
    QHash<qint64, SampleStatus> truth;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    QString oneLine() const;
};

struct AdvanceOptions
{
    int minutes = 60;
    quint64 seed = 1;
    // Some changes are stamped up to this far before the newest change already written, as
    // IDENT's late commits are; keep it inside the reader's overlap window.
    int lateMinutes = 10;
    // > 0: change exactly this many receptions (benchmarks), topping up with comment edits.
    int exactChanges = 0;
};

struct AdvanceSummary
{
    QDateTime from;
    QDateTime to;
    int changed = 0; // distinct receptions whose change time moved
    int booked = 0;
    int appeared = 0;
    int started = 0;
    int ended = 0;
    int invoiced = 0;
    int billOnly = 0; // invoice issued through Orders.DateTimeBillFormed alone
    int cancelled = 0;
    int noShows = 0;
    int edited = 0;
    int late = 0;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    QString oneLine() const;
};

class SampleGenerator
{
public:
    static std::optional<CreateSummary> create(SampleDatabase &db, const CreateOptions &options,
                                               QString *error);
    static std::optional<AdvanceSummary> advance(SampleDatabase &db, const AdvanceOptions &options,
                                                 QString *error);

    // Patients reserved for the bad and hostile rows (never picked for ordinary receptions).
    static constexpr int kSpecialPatients = 4;
};

} // namespace identsync::sample

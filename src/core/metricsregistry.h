#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <map>
#include <utility>

namespace identsync {

// The names of IdentSync's Prometheus metrics, in one place (Prometheus naming: snake_case,
// base units, `_total` on counters, enum values as a label with 0/1 values).
namespace metric {
inline constexpr char jobs[] = "identsync_jobs";
inline constexpr char problemJobs[] = "identsync_problem_jobs";
inline constexpr char httpRequests[] = "identsync_http_requests_total";
inline constexpr char httpRefusals[] = "identsync_http_refusals_total";
inline constexpr char pacerFill[] = "identsync_pacer_fill_ratio";
inline constexpr char circuitState[] = "identsync_circuit_state";
inline constexpr char lastSuccessfulCycle[] = "identsync_last_successful_cycle_timestamp_seconds";
inline constexpr char cycles[] = "identsync_cycles_total";
inline constexpr char identPollDuration[] = "identsync_ident_poll_duration_seconds";
inline constexpr char enginePaused[] = "identsync_engine_paused";
} // namespace metric

// Process-wide Prometheus metrics: counters and gauges with labels, written from any thread (the
// portal client, the IDENT worker, the engine) and rendered in the text exposition format by the
// metrics endpoint. Only the families described in global() exist; a write to an unknown name is
// a programming error and asserts.
class MetricsRegistry
{
public:
    enum class Type
    {
        Counter,
        Gauge,
        Count
    };
    using Labels = QList<std::pair<QString, QString>>;

    MetricsRegistry() = default;
    // The registry every component writes to, with IdentSync's families described.
    static MetricsRegistry &global();

    void describe(const QString &name, Type type, const QString &help);
    void add(const QString &name, const Labels &labels = {}, double delta = 1.0);
    void set(const QString &name, const Labels &labels, double value);
    void set(const QString &name, double value) { set(name, {}, value); }
    // Replaces every sample of a gauge family (values computed at scrape time, like job counts,
    // where a label value that disappeared must not linger).
    void replace(const QString &name, const QList<std::pair<Labels, double>> &samples);
    // 0 when the sample does not exist.
    double value(const QString &name, const Labels &labels = {}) const;
    // Sum over every sample of a family.
    double total(const QString &name) const;

    // Prometheus text exposition format 0.0.4, families sorted by name.
    QByteArray exposition() const;

private:
    struct Family
    {
        Type type = Type::Gauge;
        QString help;
        std::map<QString, double> samples; // rendered label set -> value
    };
    static QString renderLabels(const Labels &labels);
    Family &family(const QString &name);

    mutable QMutex m_mutex;
    std::map<QString, Family> m_families;
};

} // namespace identsync

#pragma once

#include "fake-bitrix24/phpvalue.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace identsync::fake {

// What can go wrong between the client and the portal. "Before" faults stop the request before
// the portal touches any data; "after" faults let the portal commit and then spoil the answer,
// which is the case a client must reconcile (outcome unknown).
enum class FaultKind
{
    Error500, // before: HTTP 500 {"error":"ERROR_CORE",...}
    Html502,  // before: HTTP 502 with an nginx HTML page
    Html503,  // before: HTTP 503 with an nginx HTML page
    Reset,    // before: TCP reset, nothing read, nothing committed
    Latency,  // before: the answer is delayed by `latencyMs`
    // after: committed; the status line and headers go out, then the connection closes before
    // the body, so the client sees a network error
    Drop,
    // after: committed, then a TCP reset without a byte of answer; QNetworkAccessManager
    // silently re-sends a request that ends this way
    ResetAfter,
    Truncate, // after: committed, the JSON body is cut in half (Content-Length matches)
    Count
};

QString faultKey(FaultKind kind);
std::optional<FaultKind> faultFromKey(const QString &key);

struct FaultRule
{
    FaultKind kind = FaultKind::Error500;
    double probability = 1.0;
    QString method;     // lower-case top-level method; empty = every REST request
    int remaining = -1; // how many more times it may fire; -1 = unlimited
    int latencyMs = 0;
};

// The faults a request drew: at most one "before", optional latency, at most one "after".
struct FaultDecision
{
    std::optional<FaultKind> before;
    std::optional<FaultKind> after;
    int latencyMs = 0;
};

// Rules from --faults or POST /_fake/faults, drawn with a seeded generator so a run is
// reproducible: the same seed and the same request sequence give the same faults.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed = 1);

    // SPEC := RULE (',' RULE)*; RULE := KIND [':' PROBABILITY] ['@' METHOD] ['#' COUNT] ['+' MS]
    // e.g. "drop:1@crm.deal.add#1,latency:0.5+200,html502:0.05".
    static std::optional<QList<FaultRule>> parseSpec(const QString &spec, QString *error);
    static std::optional<QList<FaultRule>> fromJson(const PhpValue &rules, QString *error);

    void setRules(const QList<FaultRule> &rules) { m_rules = rules; }
    const QList<FaultRule> &rules() const { return m_rules; }
    void setSeed(quint64 seed);
    quint64 seed() const { return m_seed; }

    FaultDecision draw(const QString &method);
    PhpValue toJson() const;

private:
    QList<FaultRule> m_rules;
    quint64 m_seed;
    QRandomGenerator m_random;
};

} // namespace identsync::fake

#include "fake-bitrix24/faultinjector.h"

#include <QRegularExpression>

namespace identsync::fake {

QString faultKey(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Error500:
        return QStringLiteral("error500");
    case FaultKind::Html502:
        return QStringLiteral("html502");
    case FaultKind::Html503:
        return QStringLiteral("html503");
    case FaultKind::Reset:
        return QStringLiteral("reset");
    case FaultKind::Latency:
        return QStringLiteral("latency");
    case FaultKind::Drop:
        return QStringLiteral("drop");
    case FaultKind::ResetAfter:
        return QStringLiteral("resetafter");
    case FaultKind::Truncate:
        return QStringLiteral("truncate");
    case FaultKind::Count:
        break;
    }
    return {};
}

std::optional<FaultKind> faultFromKey(const QString &key)
{
    for (int i = 0; i < int(FaultKind::Count); ++i) {
        if (faultKey(FaultKind(i)) == key.trimmed().toLower())
            return FaultKind(i);
    }
    return std::nullopt;
}

namespace {

bool isAfter(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Drop:
    case FaultKind::ResetAfter:
    case FaultKind::Truncate:
        return true;
    case FaultKind::Error500:
    case FaultKind::Html502:
    case FaultKind::Html503:
    case FaultKind::Reset:
    case FaultKind::Latency:
    case FaultKind::Count:
        break;
    }
    return false;
}

QString kindList()
{
    QStringList keys;
    for (int i = 0; i < int(FaultKind::Count); ++i)
        keys << faultKey(FaultKind(i));
    return keys.join(u", ");
}

bool validateRule(const FaultRule &rule, QString *error)
{
    if (rule.probability < 0 || rule.probability > 1) {
        *error = QStringLiteral("fault %1: probability must be between 0 and 1")
                     .arg(faultKey(rule.kind));
        return false;
    }
    if (rule.latencyMs < 0 || rule.latencyMs > 120000) {
        *error = QStringLiteral("fault %1: latency must be 0..120000 ms").arg(faultKey(rule.kind));
        return false;
    }
    return true;
}

} // namespace

FaultInjector::FaultInjector(quint64 seed)
    : m_seed(seed)
    , m_random(quint32(seed ^ (seed >> 32)))
{}

void FaultInjector::setSeed(quint64 seed)
{
    m_seed = seed;
    m_random.seed(quint32(seed ^ (seed >> 32)));
}

std::optional<QList<FaultRule>> FaultInjector::parseSpec(const QString &spec, QString *error)
{
    static const QRegularExpression rx(QStringLiteral(
        R"(^([a-z0-9]+)(?::([0-9.]+))?(?:@([A-Za-z0-9_.]+))?(?:#([0-9]+))?(?:\+([0-9]+))?$)"));
    QList<FaultRule> rules;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const auto m = rx.match(part);
        if (!m.hasMatch()) {
            *error = QStringLiteral("fault rule '%1' is not KIND[:PROBABILITY][@METHOD][#COUNT]"
                                    "[+MS]")
                         .arg(part);
            return std::nullopt;
        }
        const auto kind = faultFromKey(m.captured(1));
        if (!kind) {
            *error = QStringLiteral("fault rule '%1': unknown kind '%2' (known: %3)")
                         .arg(part, m.captured(1), kindList());
            return std::nullopt;
        }
        FaultRule rule;
        rule.kind = *kind;
        if (!m.captured(2).isEmpty()) {
            bool ok = false;
            rule.probability = m.captured(2).toDouble(&ok);
            if (!ok) {
                *error = QStringLiteral("fault rule '%1': bad probability").arg(part);
                return std::nullopt;
            }
        }
        rule.method = m.captured(3).toLower();
        if (!m.captured(4).isEmpty())
            rule.remaining = m.captured(4).toInt();
        if (!m.captured(5).isEmpty())
            rule.latencyMs = m.captured(5).toInt();
        if (rule.kind == FaultKind::Latency && rule.latencyMs == 0)
            rule.latencyMs = 100;
        if (!validateRule(rule, error))
            return std::nullopt;
        rules.append(rule);
    }
    return rules;
}

std::optional<QList<FaultRule>> FaultInjector::fromJson(const PhpValue &list, QString *error)
{
    QList<FaultRule> rules;
    if (!list.isNull() && !list.isArray()) {
        *error = QStringLiteral("'rules' must be a list of objects");
        return std::nullopt;
    }
    for (const auto &e : list.entries()) {
        const PhpValue &r = e.second;
        const auto kind = faultFromKey(r.value("kind").toString());
        if (!kind) {
            *error = QStringLiteral("rule %1: unknown kind '%2' (known: %3)")
                         .arg(e.first.toString(), r.value("kind").toString(), kindList());
            return std::nullopt;
        }
        FaultRule rule;
        rule.kind = *kind;
        if (r.contains("probability"))
            rule.probability = r.value("probability").toDouble();
        rule.method = r.value("method").toString().toLower();
        if (r.contains("count"))
            rule.remaining = int(r.value("count").toInt());
        rule.latencyMs = int(r.value("latencyMs").toInt());
        if (rule.kind == FaultKind::Latency && rule.latencyMs == 0)
            rule.latencyMs = 100;
        if (!validateRule(rule, error))
            return std::nullopt;
        rules.append(rule);
    }
    return rules;
}

FaultDecision FaultInjector::draw(const QString &method)
{
    FaultDecision decision;
    for (FaultRule &rule : m_rules) {
        if (rule.remaining == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        // One draw per applicable rule keeps the sequence reproducible.
        const double roll = m_random.generateDouble();
        if (roll >= rule.probability)
            continue;
        if (rule.kind == FaultKind::Latency) {
            decision.latencyMs += rule.latencyMs;
        } else if (isAfter(rule.kind)) {
            if (decision.after)
                continue;
            decision.after = rule.kind;
        } else {
            if (decision.before)
                continue;
            decision.before = rule.kind;
        }
        if (rule.remaining > 0)
            --rule.remaining;
    }
    // A request that never reaches the portal cannot be spoiled afterwards.
    if (decision.before)
        decision.after.reset();
    return decision;
}

PhpValue FaultInjector::toJson() const
{
    PhpValue out = PhpValue::array();
    out.insert("seed", PhpValue(qint64(m_seed)));
    PhpValue list = PhpValue::array();
    for (const FaultRule &rule : m_rules) {
        PhpValue r = PhpValue::array();
        r.insert("kind", faultKey(rule.kind));
        r.insert("probability", rule.probability);
        r.insert("method", rule.method);
        r.insert("count", rule.remaining);
        r.insert("latencyMs", rule.latencyMs);
        list.append(r);
    }
    out.insert("rules", list);
    return out;
}

} // namespace identsync::fake

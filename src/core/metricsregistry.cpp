#include "metricsregistry.h"

#include <QLocale>
#include <QMutexLocker>

#include <cmath>

namespace identsync {

MetricsRegistry &MetricsRegistry::global()
{
    static MetricsRegistry *registry = [] {
        auto *r = new MetricsRegistry;
        r->describe(QLatin1String(metric::jobs), Type::Gauge,
                    QStringLiteral("Jobs in the outbox by state."));
        r->describe(
            QLatin1String(metric::problemJobs), Type::Gauge,
            QStringLiteral("Jobs that are dead, need a person or wait to retry, by error class."));
        r->describe(
            QLatin1String(metric::httpRequests), Type::Counter,
            QStringLiteral("HTTP requests sent to the portal, by REST method (a batch is one)."));
        r->describe(
            QLatin1String(metric::httpRefusals), Type::Counter,
            QStringLiteral("Requests the portal refused for its limits, by method and reason."));
        r->describe(
            QLatin1String(metric::pacerFill), Type::Gauge,
            QStringLiteral(
                "Fill (0 to 1) of the leaky bucket mirroring the portal, at the last request."));
        r->describe(QLatin1String(metric::circuitState), Type::Gauge,
                    QStringLiteral("Circuit breaker of the portal: 1 for the current state."));
        r->describe(
            QLatin1String(metric::lastSuccessfulCycle), Type::Gauge,
            QStringLiteral("Unix time of the last cycle (poll and dispatch) without errors."));
        r->describe(QLatin1String(metric::cycles), Type::Counter,
                    QStringLiteral("Completed cycles (poll and dispatch), by result."));
        r->describe(QLatin1String(metric::identPollDuration), Type::Gauge,
                    QStringLiteral("Duration of the last IDENT poll over every source."));
        r->describe(QLatin1String(metric::enginePaused), Type::Gauge,
                    QStringLiteral("1 while the engine is paused (by a person or by a problem)."));
        return r;
    }();
    return *registry;
}

void MetricsRegistry::describe(const QString &name, Type type, const QString &help)
{
    QMutexLocker lock(&m_mutex);
    Family &f = m_families[name];
    f.type = type;
    f.help = help;
}

MetricsRegistry::Family &MetricsRegistry::family(const QString &name)
{
    auto it = m_families.find(name);
    Q_ASSERT_X(it != m_families.end(), "MetricsRegistry", "undescribed metric");
    if (it == m_families.end())
        it = m_families.emplace(name, Family{}).first;
    return it->second;
}

QString MetricsRegistry::renderLabels(const Labels &labels)
{
    if (labels.isEmpty())
        return {};
    QStringList parts;
    for (const auto &[key, value] : labels) {
        QString v = value;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        parts << key + QLatin1String("=\"") + v + QLatin1Char('"');
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

void MetricsRegistry::add(const QString &name, const Labels &labels, double delta)
{
    QMutexLocker lock(&m_mutex);
    family(name).samples[renderLabels(labels)] += delta;
}

void MetricsRegistry::set(const QString &name, const Labels &labels, double value)
{
    QMutexLocker lock(&m_mutex);
    family(name).samples[renderLabels(labels)] = value;
}

void MetricsRegistry::replace(const QString &name, const QList<std::pair<Labels, double>> &samples)
{
    QMutexLocker lock(&m_mutex);
    Family &f = family(name);
    f.samples.clear();
    for (const auto &[labels, value] : samples)
        f.samples[renderLabels(labels)] = value;
}

double MetricsRegistry::value(const QString &name, const Labels &labels) const
{
    QMutexLocker lock(&m_mutex);
    const auto f = m_families.find(name);
    if (f == m_families.end())
        return 0;
    const auto s = f->second.samples.find(renderLabels(labels));
    return s == f->second.samples.end() ? 0 : s->second;
}

double MetricsRegistry::total(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto f = m_families.find(name);
    double sum = 0;
    if (f != m_families.end()) {
        for (const auto &[labels, value] : f->second.samples)
            sum += value;
    }
    return sum;
}

QByteArray MetricsRegistry::exposition() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (const auto &[name, f] : m_families) {
        const QByteArray n = name.toUtf8();
        out += "# HELP " + n + ' ' + f.help.toUtf8() + '\n';
        out += "# TYPE " + n + ' ';
        switch (f.type) {
        case Type::Counter:
            out += "counter\n";
            break;
        case Type::Gauge:
        case Type::Count:
            out += "gauge\n";
            break;
        }
        for (const auto &[labels, value] : f.samples) {
            out += n + labels.toUtf8() + ' ';
            // Whole numbers without a fraction; Prometheus parses both.
            out += (std::floor(value) == value && std::abs(value) < 1e15)
                       ? QByteArray::number(qint64(value))
                       : QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
            out += '\n';
        }
    }
    return out;
}

} // namespace identsync

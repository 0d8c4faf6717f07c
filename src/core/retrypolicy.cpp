#include "retrypolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace identsync {

using std::chrono::milliseconds;
using std::chrono::seconds;
using namespace Qt::StringLiterals;

namespace {

constexpr seconds kRetryAfterMin{1};
constexpr seconds kRetryAfterMax{3600};
// Anything longer is clamped to an hour anyway; the bound only keeps the arithmetic finite.
constexpr qint64 kRetryAfterParseLimit = 1000000000;

} // namespace

QString toKey(RetryAction action)
{
    switch (action) {
    case RetryAction::RetryLater:
        return QStringLiteral("retry_later");
    case RetryAction::Dead:
        return QStringLiteral("dead");
    case RetryAction::NeedsAttention:
        return QStringLiteral("needs_attention");
    case RetryAction::PauseEngine:
        return QStringLiteral("pause_engine");
    case RetryAction::PauseMethod:
        return QStringLiteral("pause_method");
    case RetryAction::Hold:
        return QStringLiteral("hold");
    case RetryAction::Count:
        break;
    }
    return {};
}

RetryPolicy::RetryPolicy(RetryConfig config, std::function<double()> uniform01)
    : m_config(config)
    , m_uniform01(std::move(uniform01))
{
    // A bad configuration must not produce zero waits or endless retries.
    m_config.maxAttempts = std::max(1, m_config.maxAttempts);
    m_config.base = std::max(milliseconds{1}, m_config.base);
    m_config.cap = std::max(m_config.base, m_config.cap);
    m_config.rateLimitedDelay = std::max(milliseconds{1000}, m_config.rateLimitedDelay);
    m_config.operationLimitMinimum = std::max(milliseconds{10000}, m_config.operationLimitMinimum);
    if (!m_uniform01)
        m_uniform01 = [] { return QRandomGenerator::global()->generateDouble(); };
}

double RetryPolicy::draw() const
{
    const double u = m_uniform01();
    if (!(u > 0.0)) // also NaN
        return 0.0;
    return std::min(u, std::nextafter(1.0, 0.0));
}

milliseconds RetryPolicy::backoffCeiling(int attempt) const
{
    const int shift = std::max(attempt, 1) - 1;
    const qint64 base = m_config.base.count();
    const qint64 cap = m_config.cap.count();
    // base << shift overflows long before shift reaches 63; compare against cap >> shift instead.
    if (shift >= 62 || base > (cap >> shift))
        return m_config.cap;
    return milliseconds{base << shift};
}

milliseconds RetryPolicy::backoff(int attempt) const
{
    const auto ceiling = static_cast<double>(backoffCeiling(attempt).count());
    return milliseconds{static_cast<qint64>(std::floor(draw() * ceiling))};
}

bool RetryPolicy::consumesAttempt(ErrorClass cls) const
{
    switch (cls) {
    case ErrorClass::Transient:
    case ErrorClass::Validation:
    case ErrorClass::NotFound:
    case ErrorClass::Ambiguous:
    case ErrorClass::Internal:
        return true;
    // Pacing, credentials, rights and settings are not the job's fault, and data_quality never
    // reached the portal.
    case ErrorClass::RateLimited:
    case ErrorClass::OperationLimit:
    case ErrorClass::Auth:
    case ErrorClass::Permission:
    case ErrorClass::Config:
    case ErrorClass::DataQuality:
        return false;
    case ErrorClass::Count:
        break;
    }
    return true;
}

seconds RetryPolicy::clampRetryAfter(seconds value)
{
    return std::clamp(value, kRetryAfterMin, kRetryAfterMax);
}

RetryDecision RetryPolicy::decide(ErrorClass cls, int attemptsUsed,
                                  std::optional<seconds> retryAfter,
                                  std::optional<milliseconds> operatingResetIn) const
{
    const bool uses = consumesAttempt(cls);
    const std::optional<milliseconds> told =
        retryAfter ? std::optional<milliseconds>(clampRetryAfter(*retryAfter)) : std::nullopt;

    switch (cls) {
    case ErrorClass::Transient:
        if (attemptsUsed >= m_config.maxAttempts)
            return {RetryAction::Dead, milliseconds{0}, uses};
        return {RetryAction::RetryLater, told.value_or(backoff(attemptsUsed)), uses};
    case ErrorClass::RateLimited: {
        const auto jittered = m_config.rateLimitedDelay +
                              milliseconds{static_cast<qint64>(
                                  draw() * static_cast<double>(m_config.rateLimitedDelay.count()))};
        return {RetryAction::RetryLater, told.value_or(jittered), uses};
    }
    case ErrorClass::OperationLimit: {
        // operating_reset_at is at most ten minutes ahead; a wilder value is clamped like a
        // Retry-After so a bad answer cannot stop a method for days.
        milliseconds wait = told.value_or(
            std::min<milliseconds>(operatingResetIn.value_or(milliseconds{0}), kRetryAfterMax));
        wait = std::max(wait, m_config.operationLimitMinimum);
        return {RetryAction::PauseMethod, wait, uses};
    }
    case ErrorClass::Auth:
    case ErrorClass::Permission:
    case ErrorClass::Config:
        return {RetryAction::PauseEngine, milliseconds{0}, uses};
    case ErrorClass::Validation:
    case ErrorClass::Internal:
        return {RetryAction::Dead, milliseconds{0}, uses};
    case ErrorClass::NotFound:
    case ErrorClass::Ambiguous:
        return {RetryAction::NeedsAttention, milliseconds{0}, uses};
    case ErrorClass::DataQuality:
        return {RetryAction::Hold, milliseconds{0}, uses};
    case ErrorClass::Count:
        break;
    }
    return {RetryAction::Dead, milliseconds{0}, uses};
}

std::optional<seconds> RetryPolicy::parseRetryAfter(QStringView header, const QDateTime &now)
{
    const QStringView text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    const bool allDigits =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (allDigits) {
        if (text.size() > 10)
            return seconds{kRetryAfterParseLimit};
        return seconds{std::min(text.toLongLong(), kRetryAfterParseLimit)};
    }

    // IMF-fixdate, the only date form a current server may send: "Sun, 06 Nov 1994 08:49:37 GMT".
    // Parsed by hand: locale-aware parsers would read the names in the user's language.
    static const QRegularExpression imf(
        QStringLiteral("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) "
                       "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    const auto m = imf.match(text);
    if (!m.hasMatch() || !now.isValid())
        return std::nullopt;
    static const QStringList months = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                       u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    const QDate date(m.capturedView(3).toInt(), int(months.indexOf(m.capturedView(2))) + 1,
                     m.capturedView(1).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 delta = now.secsTo(QDateTime(date, time, QTimeZone::utc()));
    return seconds{std::clamp<qint64>(delta, 0, kRetryAfterParseLimit)};
}

} // namespace identsync

#pragma once

// SPEC §3 "Retry policy": the only place that decides what happens after a failed call. The
// engine stores the decision; nothing else computes delays or counts attempts.

#include "enums.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace identsync {

struct RetryConfig
{
    std::chrono::milliseconds base{2000};
    std::chrono::milliseconds cap{3600000};
    int maxAttempts = 8;
    // A refused request waits at least this long, plus up to as much again as jitter, so jobs
    // refused together do not come back together. The pacer spaces the actual sends.
    std::chrono::milliseconds rateLimitedDelay{1000};
    // The portal blocks a method for minutes; asking again sooner only earns another 429.
    std::chrono::milliseconds operationLimitMinimum{10000};
};

enum class RetryAction
{
    RetryLater,     // back to retry_wait, due after `delay`
    Dead,           // give up; the job keeps its last error
    NeedsAttention, // a person decides (rebind, recreate, choose a candidate)
    PauseEngine,    // stop sending anything until a person fixes credentials, rights or settings
    PauseMethod,    // stop calling this REST method for `delay`; other methods continue
    Hold,           // data_quality: not retried until IDENT changes the record
    Count
};

QString toKey(RetryAction action);

struct RetryDecision
{
    RetryAction action = RetryAction::Dead;
    std::chrono::milliseconds delay{0}; // 0 for actions that wait for a person or for IDENT
    bool consumesAttempt = false;       // whether the failed call counts against maxAttempts

    bool operator==(const RetryDecision &) const = default;
};

// Per class (SPEC §3 table):
//
//   class            action          delay                                 uses an attempt
//   transient        RetryLater      full-jitter backoff; Dead when used   yes
//                                    attempts reach maxAttempts
//   rate_limited     RetryLater      rateLimitedDelay x [1, 2)              no
//   operation_limit  PauseMethod     max(operationLimitMinimum, reset-in)  no
//   auth             PauseEngine     0 (until new credentials)             no
//   permission       PauseEngine     0 (until a person resumes)            no
//   config           PauseEngine     0 (until a person resumes)            no
//   validation       Dead            0                                     yes
//   internal         Dead            0                                     yes
//   not_found        NeedsAttention  0                                     yes
//   ambiguous        NeedsAttention  0                                     yes
//   data_quality     Hold            0                                     no (nothing was sent)
//
// rate_limited also means the caller empties its pacer (LeakyBucket::saturate()), and
// operation_limit means it told the OperatingBudget (OperatingBudget::blocked()); the delay here
// only schedules the job.
//
// A Retry-After value replaces the computed delay of the classes that wait (transient,
// rate_limited, operation_limit), clamped to [1 s, 1 h]; operation_limit still waits at least its
// minimum. It never turns a final decision (Dead, a pause for a person) into a retry.
class RetryPolicy
{
public:
    // `uniform01` returns a value in [0, 1); values outside are clamped, NaN counts as 0. The
    // default draws from QRandomGenerator::global(). Config values below the SPEC's floors
    // (1 attempt, 1 ms base, cap >= base, 1 s rate-limited delay, 10 s operation-limit pause) are
    // raised to them.
    explicit RetryPolicy(RetryConfig config = {}, std::function<double()> uniform01 = {});

    // `attemptsUsed`: automatic attempts already made for the job, including the one that just
    // failed. `operatingResetIn`: how long until the portal lifts a method's operating block
    // (OperatingBudget::waitFor after OperatingBudget::blocked).
    RetryDecision decide(ErrorClass cls, int attemptsUsed,
                         std::optional<std::chrono::seconds> retryAfter = {},
                         std::optional<std::chrono::milliseconds> operatingResetIn = {}) const;

    // Full jitter: uniform01 x min(cap, base x 2^(attempt-1)); attempt counts from 1.
    std::chrono::milliseconds backoff(int attempt) const;
    // The ceiling backoff() draws under, without jitter.
    std::chrono::milliseconds backoffCeiling(int attempt) const;

    bool consumesAttempt(ErrorClass cls) const;
    const RetryConfig &config() const { return m_config; }

    static std::chrono::seconds clampRetryAfter(std::chrono::seconds value);

    // A Retry-After header value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3), relative to
    // `now`. Garbage and negative numbers give nothing; a date in the past gives 0 s. The result
    // is not clamped; decide() does that.
    static std::optional<std::chrono::seconds> parseRetryAfter(QStringView header,
                                                               const QDateTime &now);

private:
    double draw() const;

    RetryConfig m_config;
    std::function<double()> m_uniform01;
};

} // namespace identsync

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace Workbench {

/// The official SDKs' retry rules (reference §3), as pure functions so they can be tested
/// without a network and shared by every HTTP provider.
namespace RetryPolicy {

/// 408, 409, 429 and every status ≥ 500 are worth another attempt.
[[nodiscard]] bool isRetryableStatus(int status);

/// The decision for one HTTP error response. `shouldRetryHeader` is the raw `x-should-retry`
/// value ("true"/"false" win over the status; anything else is ignored). A reached spend limit
/// is never retried: waiting does not lift it.
[[nodiscard]] bool shouldRetry(int status, const QString &shouldRetryHeader, bool spendLimitReached);

/// The server's requested wait in milliseconds, from `retry-after-ms` (milliseconds) or
/// `retry-after` (seconds, or an HTTP date compared with `now`). Only 0 < wait ≤ 60 s counts;
/// otherwise -1.
[[nodiscard]] int serverDelayMs(const QString &retryAfterMs, const QString &retryAfter, const QDateTime &now);

/// 0.5 s × 2^retriesTaken, capped at 8 s, times `jitter` (the SDKs draw it from (0.75, 1]).
[[nodiscard]] int backoffMs(int retriesTaken, double jitter);

/// A jitter factor drawn uniformly from (0.75, 1].
[[nodiscard]] double randomJitter();

} // namespace RetryPolicy

} // namespace Workbench

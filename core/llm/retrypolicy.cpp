// SPDX-License-Identifier: MIT
#include "llm/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Workbench::RetryPolicy {

namespace {
constexpr double kMaxServerDelayMs = 60000.0;
constexpr double kInitialBackoffMs = 500.0;
constexpr double kMaxBackoffMs = 8000.0;
} // namespace

bool isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

bool shouldRetry(int status, const QString &shouldRetryHeader, bool spendLimitReached)
{
    if (spendLimitReached)
        return false;
    const QString header = shouldRetryHeader.trimmed().toLower();
    if (header == "true"_L1)
        return true;
    if (header == "false"_L1)
        return false;
    return isRetryableStatus(status);
}

int serverDelayMs(const QString &retryAfterMs, const QString &retryAfter, const QDateTime &now)
{
    double ms = -1;
    bool ok = false;
    if (!retryAfterMs.trimmed().isEmpty()) {
        const double v = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            ms = v;
    }
    if (ms < 0 && !retryAfter.trimmed().isEmpty()) {
        const QString text = retryAfter.trimmed();
        const double seconds = text.toDouble(&ok);
        if (ok && std::isfinite(seconds)) {
            ms = seconds * 1000.0;
        } else {
            // An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"), relative to our clock.
            // Qt reads numeric zones only; HTTP dates always say GMT (RFC 9110).
            QString numeric = text;
            if (numeric.endsWith(" GMT"_L1) || numeric.endsWith(" UTC"_L1))
                numeric = numeric.chopped(4) + " +0000"_L1;
            const QDateTime at = QDateTime::fromString(numeric, Qt::RFC2822Date);
            if (at.isValid())
                ms = double(now.msecsTo(at));
        }
    }
    if (ms > 0 && ms <= kMaxServerDelayMs)
        return int(std::ceil(ms));
    return -1;
}

int backoffMs(int retriesTaken, double jitter)
{
    const double base = std::min(kInitialBackoffMs * std::pow(2.0, std::max(0, retriesTaken)), kMaxBackoffMs);
    return int(std::lround(base * std::clamp(jitter, 0.0, 1.0)));
}

double randomJitter()
{
    // generateDouble() is in [0, 1); 1 - it is in (0, 1], scaled into (0.75, 1].
    return 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
}

} // namespace Workbench::RetryPolicy

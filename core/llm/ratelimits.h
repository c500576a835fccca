// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace Workbench {

/// The `anthropic-ratelimit-*` headers of one response (reference §3): for requests, tokens,
/// input tokens and output tokens, the limit, what remains and when it resets. A value the
/// response did not carry is -1 (reset: invalid).
struct RateLimits
{
    struct Bucket
    {
        qint64 limit = -1;
        qint64 remaining = -1;
        QDateTime reset;
        [[nodiscard]] bool isKnown() const { return limit >= 0 || remaining >= 0; }
        [[nodiscard]] QJsonObject toJson() const;
    };
    Bucket requests;
    Bucket tokens;
    Bucket inputTokens;
    Bucket outputTokens;

    /// From response headers as ModelJob::responseHeaders() reports them (lower-case names).
    static RateLimits fromHeaders(const QJsonObject &headers);
    [[nodiscard]] bool isEmpty() const
    {
        return !requests.isKnown() && !tokens.isKnown() && !inputTokens.isKnown() && !outputTokens.isKnown();
    }
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Workbench

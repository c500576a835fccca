// SPDX-License-Identifier: MIT
#include "llm/ratelimits.h"

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

RateLimits::Bucket bucket(const QJsonObject &headers, const QString &name)
{
    const QString prefix = u"anthropic-ratelimit-%1-"_s.arg(name);
    RateLimits::Bucket b;
    bool ok = false;
    const qint64 limit = headers.value(prefix + "limit"_L1).toString().trimmed().toLongLong(&ok);
    if (ok)
        b.limit = limit;
    const qint64 remaining = headers.value(prefix + "remaining"_L1).toString().trimmed().toLongLong(&ok);
    if (ok)
        b.remaining = remaining;
    b.reset =
        QDateTime::fromString(headers.value(prefix + "reset"_L1).toString().trimmed(), Qt::ISODateWithMs);
    return b;
}

} // namespace

QJsonObject RateLimits::Bucket::toJson() const
{
    QJsonObject o;
    if (limit >= 0)
        o.insert("limit"_L1, limit);
    if (remaining >= 0)
        o.insert("remaining"_L1, remaining);
    if (reset.isValid())
        o.insert("reset"_L1, reset.toUTC().toString(Qt::ISODate));
    return o;
}

RateLimits RateLimits::fromHeaders(const QJsonObject &headers)
{
    RateLimits r;
    r.requests = bucket(headers, u"requests"_s);
    r.tokens = bucket(headers, u"tokens"_s);
    r.inputTokens = bucket(headers, u"input-tokens"_s);
    r.outputTokens = bucket(headers, u"output-tokens"_s);
    return r;
}

QJsonObject RateLimits::toJson() const
{
    QJsonObject o;
    const std::pair<QLatin1StringView, const Bucket *> all[] = {{"requests"_L1, &requests},
                                                                {"tokens"_L1, &tokens},
                                                                {"input_tokens"_L1, &inputTokens},
                                                                {"output_tokens"_L1, &outputTokens}};
    for (const auto &[name, b] : all) {
        if (b->isKnown())
            o.insert(name, b->toJson());
    }
    return o;
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "llm/apierrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Workbench::ApiErrors {

namespace {

struct Words
{
    QString what;
    QString action;
};

Words wordsFor(int status, const QString &type)
{
    if (type == "spend_limit_reached"_L1)
        return {u"The account's spend limit has been reached, so the request was not retried."_s,
                u"Raise the limit in the Anthropic Console (Settings → Limits) or wait for the next "
                u"billing period."_s};
    switch (status) {
    case 400:
        return {u"The API rejected the request."_s,
                u"The API's message below says which part is wrong; nothing was retried."_s};
    case 401:
        return {u"The API key was rejected."_s,
                u"Check ANTHROPIC_API_KEY, or enter a valid key under Settings → Anthropic API Key."_s};
    case 402:
        return {u"The API refused the request because of a billing problem with the account."_s,
                u"Check the account's billing details in the Anthropic Console."_s};
    case 403:
        return {u"The API key does not have permission for this request."_s,
                u"Use a key whose workspace may use this model, or choose another model."_s};
    case 404:
        return {u"The model or endpoint was not found."_s,
                u"Check the model id (--model or Settings) and the base URL (ANTHROPIC_BASE_URL or "
                u"--base-url)."_s};
    case 408:
        return {u"The API timed out waiting for the request (408)."_s, u"Try again shortly."_s};
    case 409:
        return {u"The API reported a conflict (409)."_s, u"Try again shortly."_s};
    case 413:
        return {u"The request is too large for the API (the limit is 32 MB)."_s,
                u"Trim the conversation: start a new run, or have tools return less (large files, "
                u"long logs, images)."_s};
    case 429:
        return {u"The API is rate limiting this key."_s,
                u"Wait a moment and try again; if it keeps happening, send fewer or smaller requests "
                u"or raise the account's rate limits."_s};
    case 529:
        return {u"The API is overloaded right now."_s, u"Try again in a few minutes."_s};
    default:
        break;
    }
    if (status >= 500)
        return {u"The API had a server error (HTTP %1)."_s.arg(status), u"Try again shortly."_s};
    return {u"The API rejected the request (HTTP %1)."_s.arg(status),
            u"The API's message below may say why."_s};
}

QString shortReason(const Error &why)
{
    const int status = httpStatus(why);
    if (why.code == "spend_limit_reached"_L1)
        return u"The account's spend limit has been reached"_s;
    switch (status) {
    case 0:
        break;
    case 408:
        return u"The API timed out waiting for the request (408)"_s;
    case 409:
        return u"The API reported a conflict (409)"_s;
    case 429:
        return u"The API is rate limiting this key (429)"_s;
    case 529:
        return u"The API is overloaded (529)"_s;
    default:
        if (status >= 500)
            return u"The API had a server error (%1)"_s.arg(status);
        return u"The API answered HTTP %1"_s.arg(status);
    }
    if (why.code == "connection_failed"_L1)
        return u"Could not reach the API"_s;
    if (why.code == "timeout"_L1)
        return u"The API did not answer in time"_s;
    if (why.code == "incomplete_stream"_L1)
        return u"The connection closed before the answer began"_s;
    return why.message;
}

QString seconds(int ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(ms / 1000.0, 'f', 1);
}

} // namespace

bool isSpendLimitReached(int status, const QByteArray &body)
{
    if (status != 429)
        return false;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    return error.value("details"_L1).toObject().value("error_code"_L1).toString() ==
           "enforced_spend_limit_reached"_L1;
}

Error fromHttpResponse(int status, const QByteArray &body, const QString &requestId)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonObject apiError = json.value("error"_L1).toObject();
    QString apiMessage = apiError.value("message"_L1).toString();
    if (apiMessage.isEmpty() && apiError.isEmpty())
        apiMessage = QString::fromUtf8(body.left(300)).simplified();
    QString code = apiError.value("type"_L1).toString();
    if (code.isEmpty())
        code = u"http_%1"_s.arg(status);
    if (isSpendLimitReached(status, body))
        code = u"spend_limit_reached"_s;

    const Words words = wordsFor(status, code);
    QString message = words.what + u' ' + words.action;
    if (!apiMessage.isEmpty())
        message += u" The API said: "_s + apiMessage;

    QString id = requestId;
    if (id.isEmpty())
        id = json.value("request_id"_L1).toString();
    return Error{code, message, u"HTTP %1: %2"_s.arg(status).arg(apiMessage), id};
}

Error midStream(const QJsonObject &apiError, const QString &requestId)
{
    const QString apiMessage = apiError.value("message"_L1).toString();
    QString code = apiError.value("type"_L1).toString();
    if (code.isEmpty())
        code = u"stream_error"_s;
    // The same advice as the status this type comes with outside a stream.
    int status = 500;
    if (code == "overloaded_error"_L1)
        status = 529;
    else if (code == "rate_limit_error"_L1)
        status = 429;
    else if (code == "invalid_request_error"_L1)
        status = 400;
    const QString action =
        status == 400 ? u"The API's message says what to change."_s : wordsFor(status, code).action;
    return Error{code,
                 u"The API reported an error in the middle of the answer: %1. What arrived so far is "
                 u"kept. %2"_s.arg(apiMessage.isEmpty() ? code : apiMessage, action),
                 code + u": "_s + apiMessage, requestId};
}

Error connectionFailed(const QUrl &url, const QString &why)
{
    return Error{u"connection_failed"_s,
                 u"Could not reach the API at %1. Check the network and the base URL "
                 u"(ANTHROPIC_BASE_URL or --base-url)."_s.arg(url.toString()),
                 why,
                 {}};
}

Error connectTimeout(const QUrl &url, int timeoutMs)
{
    return Error{u"timeout"_s,
                 u"Could not connect to the API at %1 within %2 s. Check the network and the base "
                 u"URL."_s.arg(url.toString(), seconds(timeoutMs)),
                 u"connect timeout of %1 ms"_s.arg(timeoutMs),
                 {}};
}

Error idleTimeout(int timeoutMs, const QString &requestId)
{
    return Error{u"timeout"_s,
                 u"The API sent nothing for %1 seconds, so the request was stopped. Try again; "
                 u"if it keeps happening, check the network."_s.arg(seconds(timeoutMs)),
                 u"idle timeout of %1 ms"_s.arg(timeoutMs), requestId};
}

int httpStatus(const Error &error)
{
    static const QRegularExpression re(u"^HTTP (\\d{3}):"_s);
    const QRegularExpressionMatch m = re.match(error.detail);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString retryNotice(int attempt, int maxAttempts, int delayMs, const Error &why)
{
    QString line = u"%1; retrying in %2 s — attempt %3 of %4."_s.arg(shortReason(why), seconds(delayMs))
                       .arg(attempt)
                       .arg(maxAttempts);
    if (!why.requestId.isEmpty())
        line += u" request-id: "_s + why.requestId;
    return line;
}

} // namespace Workbench::ApiErrors

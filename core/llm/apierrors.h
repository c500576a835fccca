// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace Workbench {

/// The Messages API's failures (reference §3) turned into Error values a user can act on: each
/// message says what happened in plain words, then what to do about it.
namespace ApiErrors {

/// An HTTP error response. `code` is the API's `error.type` (or "http_<status>" without a JSON
/// body; "spend_limit_reached" for a 429 whose `error.details.error_code` is
/// `enforced_spend_limit_reached`); `message` = what happened + what to do + the API's own
/// message; `detail` = "HTTP <status>: <API message>"; `requestId` from the header or the body.
[[nodiscard]] Error fromHttpResponse(int status, const QByteArray &body, const QString &requestId);

/// A 429 that reports the account's spend limit: waiting does not help, so it is not retried.
[[nodiscard]] bool isSpendLimitReached(int status, const QByteArray &body);

/// An `error` event inside a 200 stream ({type, message}): the answer broke off; what arrived
/// stays. `code` is the error type ("stream_error" when absent).
[[nodiscard]] Error midStream(const QJsonObject &apiError, const QString &requestId);

[[nodiscard]] Error connectionFailed(const QUrl &url, const QString &why);
[[nodiscard]] Error connectTimeout(const QUrl &url, int timeoutMs);
[[nodiscard]] Error idleTimeout(int timeoutMs, const QString &requestId);

/// The HTTP status an Error from fromHttpResponse() was made from, or 0.
[[nodiscard]] int httpStatus(const Error &error);

/// One line for the conversation and the terminal, e.g. "The API is overloaded (529); retrying
/// in 4 s — attempt 2 of 3. request-id: req_…". `attempt` is the attempt about to be made.
[[nodiscard]] QString retryNotice(int attempt, int maxAttempts, int delayMs, const Error &why);

} // namespace ApiErrors

} // namespace Workbench

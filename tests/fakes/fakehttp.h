// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace Workbench {

/// One HTTP/1.1 request as a fake server received it.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray path;                       ///< as sent, query included
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray pathWithoutQuery() const;
};

/// Reads the one request of a connection (the fakes close every connection after answering)
/// from its bytes as they arrive: head, then a Content-Length body.
class FakeHttpRequestReader
{
public:
    /// Adds bytes; true exactly once, when the request is complete. Later bytes are ignored.
    bool feed(const QByteArray &bytes);
    [[nodiscard]] const FakeHttpRequest &request() const { return m_request; }

private:
    QByteArray m_buffer;
    FakeHttpRequest m_request;
    qsizetype m_contentLength = -1; // -1 while the head is incomplete
    bool m_complete = false;
};

} // namespace Workbench

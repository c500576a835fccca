// SPDX-License-Identifier: MIT
#include "fakehttp.h"

#include <QJsonDocument>
#include <QList>

namespace Workbench {

QJsonObject FakeHttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray FakeHttpRequest::pathWithoutQuery() const
{
    const qsizetype query = path.indexOf('?');
    return query < 0 ? path : path.left(query);
}

bool FakeHttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_complete)
        return false;
    m_buffer += bytes;
    if (m_contentLength < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_contentLength = m_request.headers.value("content-length", "0").toLongLong();
    }
    if (m_buffer.size() < m_contentLength)
        return false; // the body arrives in several reads
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.clear();
    m_complete = true;
    return true;
}

} // namespace Workbench

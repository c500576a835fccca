// SPDX-License-Identifier: MIT
#include "transcript/jsonlreader.h"

#include <QJsonDocument>

namespace Workbench {

bool JsonlReader::nextRaw()
{
    if (!m_device || m_device->atEnd())
        return false;
    m_raw = m_device->readLine();
    ++m_line;
    m_hadNewline = m_raw.endsWith('\n');
    if (m_hadNewline)
        m_raw.chop(1);
    if (m_raw.endsWith('\r'))
        m_raw.chop(1);
    return true;
}

JsonlReader::Next JsonlReader::next()
{
    while (nextRaw()) {
        // A power loss can leave a block of NUL bytes where the tail of the file should be.
        const QByteArray trimmed = m_raw.trimmed();
        bool onlyNul = !trimmed.isEmpty();
        for (char c : trimmed)
            onlyNul = onlyNul && c == '\0';
        if (trimmed.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = onlyNul ? QJsonDocument() : QJsonDocument::fromJson(m_raw, &err);
        if (!onlyNul && err.error == QJsonParseError::NoError && doc.isObject()) {
            m_object = doc.object();
            return Next::Object;
        }
        const bool last = m_device->atEnd();
        m_warning = LineWarning{};
        m_warning.line = m_line;
        m_warning.torn = last && !m_hadNewline;
        if (m_warning.torn)
            m_warning.message = QStringLiteral("line %1: cut off at the end of the file (the writer "
                                               "stopped mid-line, e.g. a crash or power loss); skipped")
                                    .arg(m_line);
        else if (onlyNul)
            m_warning.message =
                QStringLiteral("line %1: only NUL bytes (an unfinished write after a power loss); skipped")
                    .arg(m_line);
        else if (err.error != QJsonParseError::NoError)
            m_warning.message = QStringLiteral("line %1: not valid JSON (%2 at byte %3); skipped")
                                    .arg(m_line)
                                    .arg(err.errorString())
                                    .arg(err.offset);
        else
            m_warning.message = QStringLiteral("line %1: JSON but not an object; skipped").arg(m_line);
        return Next::Warning;
    }
    return Next::End;
}

} // namespace Workbench

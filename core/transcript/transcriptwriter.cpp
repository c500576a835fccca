// SPDX-License-Identifier: MIT
#include "transcript/transcriptwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Workbench {

TranscriptWriter::~TranscriptWriter()
{
    close();
}

Status TranscriptWriter::open(const QString &path)
{
    close();
    m_error = {};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{
            QStringLiteral("transcript_unwritable"),
            QStringLiteral("Cannot create the folder for the transcript: %1").arg(info.absolutePath()),
            {},
            {}};
    }
    // Unbuffered: every write() below is one write(2) of a whole line, never a partial buffer.
    m_file.setFileName(info.absoluteFilePath());
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        return Error{QStringLiteral("transcript_unwritable"),
                     QStringLiteral("Cannot write the transcript %1").arg(info.absoluteFilePath()),
                     m_file.errorString(),
                     {}};
    }
    m_path = info.absoluteFilePath();
    const qint64 size = m_file.size();
    if (size > 0) {
        // Appending to a file whose last line was torn by a crash: end that line first.
        char last = '\n';
        if (::pread(m_file.handle(), &last, 1, size - 1) == 1 && last != '\n')
            m_file.write("\n", 1);
    }
    return {};
}

static void scrubCredentials(QJsonObject &headers)
{
    for (auto it = headers.begin(); it != headers.end();) {
        const QString k = it.key().toLower();
        // Rate-limit headers count tokens ("anthropic-ratelimit-input-tokens-remaining"); they are
        // figures the user needs, not secrets, so the "token" guard spares them.
        const bool rateLimit = k.startsWith(QLatin1String("anthropic-ratelimit-")) ||
                               k.startsWith(QLatin1String("x-ratelimit-"));
        if (k == QLatin1String("x-api-key") || k == QLatin1String("authorization") ||
            (k.contains(QLatin1String("token")) && !rateLimit))
            it = headers.erase(it);
        else
            ++it;
    }
}

void TranscriptWriter::fail(const QString &what)
{
    if (m_error.isNull())
        m_error = Error{QStringLiteral("transcript_write_failed"),
                        QStringLiteral("Could not write to the transcript %1").arg(m_path),
                        what,
                        {}};
}

bool TranscriptWriter::write(const QString &type, QJsonObject fields)
{
    if (!m_file.isOpen())
        return false;
    if (fields.contains(QLatin1String("headers"))) {
        QJsonObject h = fields.value(QLatin1String("headers")).toObject();
        scrubCredentials(h);
        fields.insert(QStringLiteral("headers"), h);
    }
    fields.insert(QStringLiteral("v"), kFormatVersion);
    fields.insert(QStringLiteral("seq"), ++m_seq);
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("type"), type);
    QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    line.append('\n');
    const qint64 before = m_file.size();
    const qint64 written = m_file.write(line);
    if (written == line.size())
        return true;
    // Disk full or similar: take back the partial line so the file stays a list of whole lines.
    fail(m_file.errorString());
    if (written > 0 && ::ftruncate(m_file.handle(), before) != 0)
        fail(QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

void TranscriptWriter::sync()
{
    if (!m_file.isOpen())
        return;
    m_file.flush();
    if (::fdatasync(m_file.handle()) != 0)
        fail(QString::fromLocal8Bit(std::strerror(errno)));
}

void TranscriptWriter::close()
{
    if (m_file.isOpen()) {
        sync();
        m_file.close();
    }
}

} // namespace Workbench

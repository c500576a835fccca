// SPDX-License-Identifier: MIT
#include "transcript/transcriptwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <unistd.h>

namespace Workbench {

TranscriptWriter::~TranscriptWriter()
{
    close();
}

Status TranscriptWriter::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{
            QStringLiteral("transcript_unwritable"),
            QStringLiteral("Cannot create the folder for the transcript: %1").arg(info.absolutePath()),
            {},
            {}};
    }
    m_file.setFileName(info.absoluteFilePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Error{QStringLiteral("transcript_unwritable"),
                     QStringLiteral("Cannot write the transcript %1").arg(info.absoluteFilePath()),
                     m_file.errorString(),
                     {}};
    }
    m_path = info.absoluteFilePath();
    return {};
}

static void scrubCredentials(QJsonObject &headers)
{
    for (auto it = headers.begin(); it != headers.end();) {
        const QString k = it.key().toLower();
        if (k == QLatin1String("x-api-key") || k == QLatin1String("authorization") ||
            k.contains(QLatin1String("token")))
            it = headers.erase(it);
        else
            ++it;
    }
}

void TranscriptWriter::write(const QString &type, QJsonObject fields)
{
    if (!m_file.isOpen())
        return;
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
    m_file.write(line);
    m_file.flush();
}

void TranscriptWriter::sync()
{
    if (!m_file.isOpen())
        return;
    m_file.flush();
    ::fsync(m_file.handle());
}

void TranscriptWriter::close()
{
    if (m_file.isOpen()) {
        sync();
        m_file.close();
    }
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "llm/replayprovider.h"

#include "llm/ssewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {
constexpr qsizetype kPieceBytes = 48;

// The content of the latest tool_result for `id`, or a null string.
QString toolResultText(const QJsonObject &requestBody, const QString &id)
{
    QString found;
    for (const QJsonValue &message : requestBody.value("messages"_L1).toArray()) {
        for (const QJsonValue &v : message.toObject().value("content"_L1).toArray()) {
            const QJsonObject block = v.toObject();
            if (block.value("type"_L1).toString() != "tool_result"_L1 ||
                block.value("tool_use_id"_L1).toString() != id)
                continue;
            const QJsonValue content = block.value("content"_L1);
            if (content.isString()) {
                found = content.toString();
            } else {
                QStringList texts;
                for (const QJsonValue &part : content.toArray()) {
                    if (part.toObject().value("type"_L1).toString() == "text"_L1)
                        texts.append(part.toObject().value("text"_L1).toString());
                }
                found = texts.join(u'\n');
            }
            found = found.trimmed();
            if (found.isNull())
                found = u""_s;
        }
    }
    return found;
}
} // namespace

class ReplayJob final : public ModelJob
{
public:
    ReplayJob(ReplayProvider *provider, const QJsonObject &body, QObject *parent)
        : ModelJob(parent)
        , m_provider(provider)
        , m_body(body)
    {
        connect(&m_timer, &QTimer::timeout, this, &ReplayJob::step);
    }

    void start() override
    {
        if (m_started || isFinished())
            return;
        m_started = true;
        markStarted();
        Q_EMIT requestSent(QJsonObject());
        if (isFinished())
            return;

        if (!m_provider) {
            m_index = -1;
        } else {
            m_index = m_provider->takeNext();
            m_total = m_provider->total();
            m_delayMs = qMax(0, m_provider->chunkDelayMs());
        }
        if (m_index >= 0) {
            const QJsonObject message =
                ReplayProvider::substituteToolResults(m_provider->m_messages.at(m_index), m_body);
            m_bytes = SseWriter::fromMessage(message);
        }
        // First step from the event loop: nothing may be emitted before the caller returns.
        m_timer.start(0);
    }

    void cancel() override
    {
        if (isFinished())
            return;
        m_timer.stop();
        fail(Error{u"cancelled"_s, u"The request was cancelled."_s, {}, {}});
    }

private:
    void step()
    {
        if (isFinished()) {
            m_timer.stop();
            return;
        }
        if (m_index < 0) {
            m_timer.stop();
            fail(Error{
                u"replay_exhausted"_s,
                u"The replay holds %1 recorded responses; turn %2 has none."_s.arg(m_total).arg(m_total + 1),
                {},
                {}});
            return;
        }
        const QPointer<ReplayJob> self(this);
        if (!m_sentHeaders) {
            m_sentHeaders = true;
            Q_EMIT responseHeaders(200, QJsonObject{{"x-replay"_L1, QString::number(m_index)}});
            if (!self || isFinished())
                return;
        }
        // Either one piece per tick (paced) or all of them now.
        do {
            const QByteArray piece = m_bytes.mid(m_pos, kPieceBytes);
            m_pos += piece.size();
            feedBytes(piece);
            if (!self || isFinished())
                return;
        } while (m_delayMs == 0 && m_pos < m_bytes.size());

        if (m_pos >= m_bytes.size()) {
            m_timer.stop();
            finishStream();
        } else {
            m_timer.start(m_delayMs);
        }
    }

    QPointer<ReplayProvider> m_provider;
    const QJsonObject m_body;
    QTimer m_timer;
    QByteArray m_bytes;
    qsizetype m_pos = 0;
    int m_index = -1;
    int m_total = 0;
    int m_delayMs = 0;
    bool m_started = false;
    bool m_sentHeaders = false;
};

ReplayProvider::ReplayProvider(QList<QJsonObject> messages, QObject *parent)
    : Provider(parent)
    , m_messages(std::move(messages))
{}

QString ReplayProvider::name() const
{
    return u"replay"_s;
}

ModelJob *ReplayProvider::createJob(const QJsonObject &requestBody, QObject *parent)
{
    return new ReplayJob(this, requestBody, parent);
}

int ReplayProvider::takeNext()
{
    if (m_next >= m_messages.size())
        return -1;
    return m_next++;
}

QJsonObject ReplayProvider::substituteToolResults(const QJsonObject &message, const QJsonObject &requestBody)
{
    static const QRegularExpression placeholder(u"\\{\\{tool_result:([^}]*)\\}\\}"_s);
    QJsonArray content = message.value("content"_L1).toArray();
    for (qsizetype i = 0; i < content.size(); ++i) {
        QJsonObject block = content.at(i).toObject();
        if (block.value("type"_L1).toString() != "text"_L1)
            continue;
        const QString text = block.value("text"_L1).toString();
        QString out;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString id = match.captured(1).trimmed();
            QString replacement = toolResultText(requestBody, id);
            if (replacement.isNull())
                replacement = u"(no tool result with id %1)"_s.arg(id);
            out += QStringView(text).mid(last, match.capturedStart() - last) + replacement;
            last = match.capturedEnd();
        }
        if (last == 0)
            continue;
        out += QStringView(text).mid(last);
        block.insert("text"_L1, out);
        content.replace(i, block);
    }
    QJsonObject result = message;
    result.insert("content"_L1, content);
    return result;
}

Result<QList<QJsonObject>> ReplayProvider::parse(const QByteArray &jsonl, const QString &sourceName)
{
    QList<QJsonObject> messages;
    const QList<QByteArray> lines = jsonl.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith("//"))
            continue;
        const int lineNo = int(i + 1);
        auto malformed = [&](const QString &why) {
            return Error{
                u"replay_malformed"_s,
                u"%1, line %2: not a recorded response (%3)."_s.arg(sourceName, QString::number(lineNo), why),
                QString::fromUtf8(line.left(200)),
                {}};
        };
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return malformed(u"invalid JSON: "_s + parseError.errorString());
        if (!doc.isObject())
            return malformed(u"expected a JSON object"_s);
        const QJsonObject obj = doc.object();
        const QString type = obj.value("type"_L1).toString();
        QJsonObject message;
        if (type == "message"_L1) {
            message = obj;
        } else if (type == "assistant_message"_L1) {
            if (!obj.value("message"_L1).isObject())
                return malformed(u"assistant_message without a \"message\" object"_s);
            message = obj.value("message"_L1).toObject();
        } else if (!type.isEmpty()) {
            continue; // other transcript events
        } else {
            return malformed(u"no \"type\" field"_s);
        }
        if (!message.value("content"_L1).isArray())
            return malformed(u"the message has no \"content\" array"_s);
        messages.append(message);
    }
    if (messages.isEmpty())
        return Error{u"replay_empty"_s, u"%1 holds no recorded responses."_s.arg(sourceName), {}, {}};
    return messages;
}

Result<QList<QJsonObject>> ReplayProvider::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"replay_unreadable"_s,
                     u"Could not read the replay file %1."_s.arg(path),
                     file.errorString(),
                     {}};
    return parse(file.readAll(), path);
}

} // namespace Workbench

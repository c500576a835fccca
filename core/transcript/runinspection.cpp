// SPDX-License-Identifier: MIT
#include "transcript/runinspection.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QPromise>
#include <QRegularExpression>
#include <QThreadPool>

namespace Workbench {

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

QDateTime timeOf(const QJsonObject &o, QLatin1StringView key = QLatin1StringView("ts"))
{
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
}

std::optional<double> costOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Workbench::RunInspection", text, nullptr, n);
}

// What to show of an SSE event in a list: the text of a delta, else the compact JSON, cut short.
QString previewOf(const QJsonValue &data)
{
    constexpr int kMax = 300;
    QString text;
    if (data.isObject()) {
        const QJsonObject delta = data.toObject().value(QLatin1String("delta")).toObject();
        if (delta.contains(QLatin1String("text")))
            text = delta.value(QLatin1String("text")).toString();
        else if (delta.contains(QLatin1String("partial_json")))
            text = delta.value(QLatin1String("partial_json")).toString();
        else if (delta.contains(QLatin1String("thinking")))
            text = delta.value(QLatin1String("thinking")).toString();
        else
            text = QString::fromUtf8(
                QJsonDocument(Redaction::redact(data.toObject())).toJson(QJsonDocument::Compact));
    } else {
        text = Redaction::redactText(data.toString());
    }
    if (text.size() > kMax)
        text = text.left(kMax) + QChar(0x2026);
    return text;
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject b = v.toObject();
        parts.append(b.contains(QLatin1String("text"))
                         ? b.value(QLatin1String("text")).toString()
                         : QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact)));
    }
    return parts.join(QLatin1Char('\n'));
}

qint64 msBetween(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() ? qMax<qint64>(0, a.msecsTo(b)) : 0;
}

} // namespace

// --- usage -------------------------------------------------------------------------------------

InspectedUsage InspectedUsage::fromJson(const QJsonObject &usage)
{
    InspectedUsage u;
    u.input = usage.value(QLatin1String("input_tokens")).toInteger();
    u.output = usage.value(QLatin1String("output_tokens")).toInteger();
    u.cacheRead = usage.value(QLatin1String("cache_read_input_tokens")).toInteger();
    u.cacheWrite = usage.value(QLatin1String("cache_creation_input_tokens")).toInteger();
    return u;
}

void InspectedUsage::add(const InspectedUsage &other)
{
    input += other.input;
    output += other.output;
    cacheRead += other.cacheRead;
    cacheWrite += other.cacheWrite;
}

// --- turns and calls ---------------------------------------------------------------------------

QDateTime InspectedTurn::sentAt() const
{
    for (auto it = attempts.crbegin(); it != attempts.crend(); ++it)
        if (it->sentAt.isValid())
            return it->sentAt;
    return requestAt;
}

qint64 InspectedTurn::streamingMs() const
{
    if (ttftMs < 0 || lastEventMs < 0)
        return -1;
    return qMax<qint64>(0, lastEventMs - ttftMs);
}

std::optional<double> InspectedTurn::tokensPerSecond() const
{
    const qint64 ms = streamingMs();
    if (ms <= 0 || usage.output <= 0)
        return std::nullopt;
    return double(usage.output) * 1000.0 / double(ms);
}

qint64 InspectedTurn::retryWaitMs() const
{
    qint64 sum = 0;
    for (const InspectedRetry &r : retries)
        sum += r.delayMs;
    return sum;
}

QDateTime InspectedToolCall::askedAt() const
{
    for (const InspectedDecision &d : decisions)
        if (d.verdict == QLatin1String("ask"))
            return d.at;
    return {};
}

QDateTime InspectedToolCall::answeredAt() const
{
    bool asked = false;
    for (const InspectedDecision &d : decisions) {
        if (asked)
            return d.at;
        asked = d.verdict == QLatin1String("ask");
    }
    return {};
}

QString InspectedToolCall::verdict() const
{
    return decisions.isEmpty() ? QString() : decisions.constLast().verdict;
}

QString InspectedToolCall::end() const
{
    return result.value(QLatin1String("end")).toString();
}

QString InspectedToolCall::endDescription() const
{
    return result.value(QLatin1String("description")).toString();
}

qint64 InspectedToolCall::durationMs() const
{
    if (result.contains(QLatin1String("durationMs")))
        return result.value(QLatin1String("durationMs")).toInteger();
    if (started && (execFinished || hasToolResult))
        return msBetween(startedAt, execFinished ? finishedAt : resultAt);
    return -1;
}

QJsonObject InspectedToolCall::changes() const
{
    return result.value(QLatin1String("changes")).toObject();
}

int InspectedToolCall::changedFiles() const
{
    const QJsonObject c = changes();
    return int(c.value(QLatin1String("created")).toArray().size() +
               c.value(QLatin1String("modified")).toArray().size() +
               c.value(QLatin1String("deleted")).toArray().size());
}

QString InspectedToolCall::summary() const
{
    auto firstLine = [](const QString &text) {
        const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        return line.size() > 120 ? line.left(120) + QChar(0x2026) : line;
    };
    if (input.contains(QLatin1String("command")) && name != QLatin1String("str_replace_based_edit_tool"))
        return QStringLiteral("%1: %2").arg(name,
                                            firstLine(input.value(QLatin1String("command")).toString()));
    if (input.contains(QLatin1String("code"))) {
        const QString code = input.value(QLatin1String("code")).toString();
        const int lines = int(code.count(QLatin1Char('\n')) + (code.endsWith(QLatin1Char('\n')) ? 0 : 1));
        // Worded as the conversation's tool cards word it.
        return tr("Run %1 script (%2 lines)")
            .arg(RunInspection::scriptLanguageName(input.value(QLatin1String("language")).toString()))
            .arg(lines);
    }
    if (input.contains(QLatin1String("path")))
        return tr("%1 %2").arg(input.value(QLatin1String("command")).toString(),
                               input.value(QLatin1String("path")).toString());
    return name.isEmpty() ? id : name;
}

// --- the run -----------------------------------------------------------------------------------

int RunInspection::turnIndex(int turn) const
{
    for (int i = 0; i < turns.size(); ++i)
        if (turns.at(i).turn == turn)
            return i;
    return -1;
}

int RunInspection::toolCallIndex(const QString &id) const
{
    for (int i = 0; i < toolCalls.size(); ++i)
        if (toolCalls.at(i).id == id)
            return i;
    return -1;
}

qint64 RunInspection::msSinceStart(const QDateTime &t) const
{
    return msBetween(startedAt, t);
}

RunTotals RunInspection::totals() const
{
    RunTotals t;
    t.turns = int(turns.size());
    t.toolCalls = int(toolCalls.size());
    double cost = 0;
    bool known = true;
    for (const InspectedTurn &turn : turns) {
        t.usage.add(turn.usage);
        t.modelMs += msBetween(turn.requestAt, turn.endAt);
        t.retries += int(turn.retries.size());
        t.retryWaitMs += turn.retryWaitMs();
        if (turn.costUsd)
            cost += *turn.costUsd;
        else if (turn.finished)
            known = false;
    }
    if (known)
        t.costUsd = cost;
    for (const InspectedToolCall &c : toolCalls) {
        if (c.verdict() == QLatin1String("deny"))
            ++t.deniedCalls;
        t.toolMs += qMax<qint64>(0, c.durationMs());
        const QDateTime asked = c.askedAt();
        if (asked.isValid())
            t.approvalWaitMs += msBetween(asked, c.answeredAt().isValid() ? c.answeredAt() : lastEventAt);
    }
    t.wallMs = msBetween(startedAt, lastEventAt);
    return t;
}

Result<QJsonObject> RunInspection::readEvent(const QString &path, const EventRef &ref)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("transcript_unreadable"),
                     tr("Cannot read the transcript %1").arg(path),
                     file.errorString(),
                     {}};
    if (!ref.isValid() || !file.seek(ref.offset))
        return Error{
            QStringLiteral("event_missing"), tr("The event is not in the transcript any more."), {}, {}};
    JsonlReader reader(&file);
    if (reader.next() != JsonlReader::Next::Object)
        return Error{QStringLiteral("event_missing"),
                     tr("Line %1 of the transcript cannot be read any more.").arg(ref.line),
                     {},
                     {}};
    return Redaction::redact(reader.object());
}

QString RunInspection::formatDuration(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10'000 ? 2 : 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString RunInspection::scriptLanguageName(const QString &id)
{
    if (id == QLatin1String("python"))
        return QStringLiteral("Python");
    if (id == QLatin1String("bash"))
        return QStringLiteral("Bash");
    if (id == QLatin1String("node"))
        return QStringLiteral("Node");
    return id;
}

QString RunInspection::formatCost(const std::optional<double> &usd)
{
    if (!usd)
        return tr("unknown");
    return QStringLiteral("$%1").arg(QLocale().toString(*usd, 'f', 4)); // the UI locale's digits
}

// --- redaction ---------------------------------------------------------------------------------

bool Redaction::isCredentialName(const QString &name)
{
    QString k = name.toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QStringList exact{QStringLiteral("authorization"), QStringLiteral("proxy_authorization"),
                                   QStringLiteral("cookie"),        QStringLiteral("set_cookie"),
                                   QStringLiteral("token"),         QStringLiteral("apikey"),
                                   QStringLiteral("bearer"),        QStringLiteral("key")};
    if (exact.contains(k))
        return true;
    static const QStringList parts{QStringLiteral("api_key"),     QStringLiteral("apikey"),
                                   QStringLiteral("secret"),      QStringLiteral("password"),
                                   QStringLiteral("passwd"),      QStringLiteral("credential"),
                                   QStringLiteral("private_key"), QStringLiteral("authorization")};
    for (const QString &p : parts)
        if (k.contains(p))
            return true;
    // auth_token, access_token, x_session_token — but never the usage counters (input_tokens).
    return k.endsWith(QLatin1String("_token"));
}

QString Redaction::redactText(const QString &text)
{
    if (!text.contains(QLatin1String("sk-ant-")))
        return text;
    static const QRegularExpression key(QStringLiteral("sk-ant-[A-Za-z0-9_\\-]+"));
    QString out = text;
    out.replace(key, QStringLiteral("sk-ant-") + kRedacted);
    return out;
}

QJsonValue Redaction::redact(const QJsonValue &value)
{
    if (value.isObject())
        return redact(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redact(v));
        return out;
    }
    if (value.isString())
        return redactText(value.toString());
    return value;
}

QJsonObject Redaction::redact(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isCredentialName(it.key()) && !it.value().isObject() && !it.value().isArray())
            out.insert(it.key(), kRedacted);
        else
            out.insert(it.key(), redact(it.value()));
    }
    return out;
}

// --- building ----------------------------------------------------------------------------------

InspectedTurn &RunInspector::turnFor(int turn)
{
    auto it = m_turnIndex.constFind(turn);
    if (it != m_turnIndex.constEnd())
        return m_run.turns[*it];
    InspectedTurn t;
    t.turn = turn;
    m_turnIndex.insert(turn, int(m_run.turns.size()));
    m_run.turns.append(t);
    return m_run.turns.last();
}

InspectedToolCall &RunInspector::callFor(const QString &id)
{
    auto it = m_callIndex.constFind(id);
    if (it != m_callIndex.constEnd())
        return m_run.toolCalls[*it];
    InspectedToolCall c;
    c.id = id;
    m_callIndex.insert(id, int(m_run.toolCalls.size()));
    m_run.toolCalls.append(c);
    return m_run.toolCalls.last();
}

void RunInspector::addWarning(const LineWarning &warning)
{
    m_run.warnings.append(warning);
}

void RunInspector::add(const QJsonObject &e, const EventRef &ref)
{
    ++m_run.events;
    const QString type = str(e, QLatin1StringView("type"));
    const QDateTime ts = timeOf(e);
    if (ts.isValid()) {
        if (!m_run.startedAt.isValid())
            m_run.startedAt = ts;
        if (!m_run.lastEventAt.isValid() || ts > m_run.lastEventAt)
            m_run.lastEventAt = ts;
    }
    const int turnNo = e.value(QLatin1String("turn")).toInt();
    const QString id = str(e, QLatin1StringView("id"));

    if (type == QLatin1String("run_started")) {
        m_run.runId = str(e, QLatin1StringView("run_id"));
        m_run.task = str(e, QLatin1StringView("task"));
        m_run.model = str(e, QLatin1StringView("model"));
        m_run.provider = str(e, QLatin1StringView("provider"));
        m_run.permissionMode = str(e, QLatin1StringView("permission_mode"));
        m_run.startedAt = ts;
    } else if (type == QLatin1String("run_finished")) {
        m_run.finished = true;
        m_run.stopReason = str(e, QLatin1StringView("stop_reason"));
    } else if (type == QLatin1String("run_resumed")) {
        m_run.finished = false;
        m_run.stopReason.clear();
    } else if (type == QLatin1String("mode_changed")) {
        m_run.permissionMode = str(e, QLatin1StringView("to"));
    } else if (type == QLatin1String("request")) {
        InspectedTurn &t = turnFor(turnNo);
        t.request = ref;
        t.requestAt = ts;
        t.endAt = ts;
    } else if (type == QLatin1String("request_headers")) {
        InspectedTurn &t = turnFor(turnNo);
        InspectedAttempt a;
        a.attempt = int(t.attempts.size()) + 1;
        a.sentAt = ts;
        a.requestHeaders = Redaction::redact(e.value(QLatin1String("headers")).toObject());
        t.attempts.append(a);
        t.endAt = qMax(t.endAt, ts);
    } else if (type == QLatin1String("response_headers")) {
        InspectedTurn &t = turnFor(turnNo);
        if (t.attempts.isEmpty() || t.attempts.constLast().status != 0) {
            InspectedAttempt a;
            a.attempt = int(t.attempts.size()) + 1;
            t.attempts.append(a);
        }
        InspectedAttempt &a = t.attempts.last();
        a.status = e.value(QLatin1String("status")).toInt();
        a.responseHeaders = Redaction::redact(e.value(QLatin1String("headers")).toObject());
        a.answeredAt = ts;
        t.endAt = qMax(t.endAt, ts);
    } else if (type == QLatin1String("retry")) {
        InspectedTurn &t = turnFor(turnNo);
        const QJsonObject err = e.value(QLatin1String("error")).toObject();
        InspectedRetry r;
        r.attempt = e.value(QLatin1String("attempt")).toInt();
        r.maxAttempts = e.value(QLatin1String("max_attempts")).toInt();
        r.delayMs = e.value(QLatin1String("delay_ms")).toInteger();
        r.at = ts;
        r.errorCode = str(err, QLatin1StringView("code"));
        r.errorMessage = str(err, QLatin1StringView("message"));
        r.requestId = str(err, QLatin1StringView("request_id"));
        t.retries.append(r);
        t.endAt = qMax(t.endAt, ts);
    } else if (type == QLatin1String("sse")) {
        InspectedTurn &t = turnFor(turnNo);
        InspectedSseEvent s;
        s.tMs = e.value(QLatin1String("t_ms")).toInteger();
        s.name = str(e, QLatin1StringView("event"));
        const QJsonValue data = e.value(QLatin1String("data"));
        s.preview = previewOf(data);
        s.ref = ref;
        t.events.append(s);
        t.lastEventMs = qMax(t.lastEventMs, s.tMs);
        if (t.firstDeltaMs < 0 && s.name == QLatin1String("content_block_delta"))
            t.firstDeltaMs = s.tMs;
        if (!t.finished) {
            if (t.ttftMs < 0)
                t.ttftMs = t.firstDeltaMs;
            // While the answer streams, its usage is what the events said so far.
            const QJsonObject d = data.toObject();
            if (s.name == QLatin1String("message_start"))
                t.usage = InspectedUsage::fromJson(
                    d.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject());
            else if (s.name == QLatin1String("message_delta"))
                t.usage.output = d.value(QLatin1String("usage"))
                                     .toObject()
                                     .value(QLatin1String("output_tokens"))
                                     .toInteger(t.usage.output);
            t.endAt = qMax(t.endAt, ts);
        }
    } else if (type == QLatin1String("assistant_message")) {
        InspectedTurn &t = turnFor(turnNo);
        const QJsonObject m = e.value(QLatin1String("message")).toObject();
        t.finished = true;
        t.answer = ref;
        t.endAt = ts;
        t.usage = InspectedUsage::fromJson(m.value(QLatin1String("usage")).toObject());
        t.costUsd = costOf(e.value(QLatin1String("cost_usd")));
        t.model = str(m, QLatin1StringView("model"));
        t.messageId = str(m, QLatin1StringView("id"));
        t.stopReason = str(m, QLatin1StringView("stop_reason"));
        const qint64 recorded = e.value(QLatin1String("ttft_ms")).toInteger(-1);
        t.ttftMs = recorded >= 0 ? recorded : t.firstDeltaMs;
    } else if (type == QLatin1String("model_error")) {
        InspectedTurn &t = turnFor(turnNo);
        const QJsonObject err = e.value(QLatin1String("error")).toObject();
        t.finished = true;
        t.answer = ref;
        t.endAt = ts;
        t.errorCode = str(err, QLatin1StringView("code"));
        t.errorMessage = str(err, QLatin1StringView("message"));
        const QJsonObject partial = e.value(QLatin1String("partial_message")).toObject();
        if (partial.contains(QLatin1String("usage")))
            t.usage = InspectedUsage::fromJson(partial.value(QLatin1String("usage")).toObject());
        t.stopReason = QStringLiteral("error");
    } else if (type == QLatin1String("tool_call")) {
        InspectedToolCall &c = callFor(id);
        c.name = str(e, QLatin1StringView("name"));
        c.turn = turnNo;
        c.input = Redaction::redact(e.value(QLatin1String("input")).toObject());
        c.calledAt = ts;
        InspectedTurn &t = turnFor(turnNo);
        if (!t.toolCallIds.contains(id))
            t.toolCallIds.append(id);
    } else if (type == QLatin1String("decision")) {
        InspectedDecision d;
        d.verdict = str(e, QLatin1StringView("verdict"));
        d.mode = str(e, QLatin1StringView("mode"));
        d.rule = str(e, QLatin1StringView("rule"));
        d.ruleSource = str(e, QLatin1StringView("rule_source"));
        d.decidedBy = str(e, QLatin1StringView("decided_by"));
        d.reason = str(e, QLatin1StringView("reason"));
        d.userMessage = str(e, QLatin1StringView("user_message"));
        d.ruleTool = str(e, QLatin1StringView("rule_tool"));
        d.subject = Redaction::redactText(str(e, QLatin1StringView("subject")));
        d.at = e.contains(QLatin1String("at")) ? timeOf(e, QLatin1StringView("at")) : ts;
        for (const QJsonValue &r : e.value(QLatin1String("risks")).toArray())
            d.risks.append(r.isString() ? r.toString()
                                        : r.toObject().value(QLatin1String("reason")).toString());
        d.subcommands = e.value(QLatin1String("subcommands")).toArray();
        d.unparsed = e.value(QLatin1String("unparsed")).toBool();
        d.originalInput = Redaction::redact(e.value(QLatin1String("original_input")).toObject());
        d.editedInput = Redaction::redact(e.value(QLatin1String("edited_input")).toObject());
        callFor(id).decisions.append(d);
    } else if (type == QLatin1String("checkpoint")) {
        InspectedToolCall &c = callFor(id);
        c.checkpoint = str(e, QLatin1StringView("checkpoint"));
        c.checkpointError =
            e.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    } else if (type == QLatin1String("exec_started")) {
        InspectedToolCall &c = callFor(id);
        c.started = true;
        c.startedAt = ts;
        c.spec = Redaction::redact(e.value(QLatin1String("spec")).toObject());
    } else if (type == QLatin1String("output")) {
        InspectedToolCall &c = callFor(id);
        const QString text = Redaction::redactText(str(e, QLatin1StringView("text")));
        (str(e, QLatin1StringView("stream")) == QLatin1String("stderr") ? c.stderrText : c.stdoutText) +=
            text;
    } else if (type == QLatin1String("exec_finished")) {
        InspectedToolCall &c = callFor(id);
        c.execFinished = true;
        c.finishedAt = ts;
        c.result = Redaction::redact(e.value(QLatin1String("result")).toObject());
        // No `output` lines (an older transcript, or a remote run): show the head and tail kept.
        if (c.stdoutText.isEmpty())
            c.stdoutText = str(c.result, QLatin1StringView("stdout"));
        if (c.stderrText.isEmpty())
            c.stderrText = str(c.result, QLatin1StringView("stderr"));
    } else if (type == QLatin1String("tool_result")) {
        InspectedToolCall &c = callFor(id);
        c.hasToolResult = true;
        c.toolResult = Redaction::redactText(contentText(e.value(QLatin1String("content"))));
        c.isError = e.value(QLatin1String("is_error")).toBool();
        c.resultAt = ts;
    }
}

Status RunInspector::readMore(const QString &path, bool final, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("transcript_unreadable"),
                     tr("Cannot read the transcript %1").arg(path),
                     file.errorString(),
                     {}};
    m_run.path = path;
    const qint64 size = file.size();
    if (size < m_offset) {
        // The file was replaced or cut: start over.
        *this = RunInspector();
        m_run.path = path;
    }
    if (!file.seek(m_offset))
        return Error{QStringLiteral("transcript_unreadable"),
                     tr("Cannot read the transcript %1").arg(path),
                     file.errorString(),
                     {}};
    constexpr qint64 kChunk = 1 << 20;
    QByteArray pending;
    while (!(cancel && cancel->load())) {
        const QByteArray bytes = file.read(kChunk);
        if (bytes.isEmpty() && pending.isEmpty())
            break;
        pending += bytes;
        const bool atEnd = bytes.isEmpty() || file.atEnd();
        qsizetype usable = pending.lastIndexOf('\n') + 1;
        if (atEnd && final)
            usable = pending.size(); // a torn last line is reported, not waited for
        if (usable == 0) {
            if (atEnd)
                break; // a line still being written
            continue;  // a line longer than a chunk
        }
        QBuffer buffer;
        buffer.setData(pending.left(usable));
        buffer.open(QIODevice::ReadOnly);
        JsonlReader reader(&buffer);
        const int baseLine = m_line;
        for (;;) {
            const qint64 at = m_offset + buffer.pos();
            const JsonlReader::Next next = reader.next();
            if (next == JsonlReader::Next::End)
                break;
            if (next == JsonlReader::Next::Warning) {
                LineWarning w = reader.warning();
                w.line += baseLine;
                w.message.replace(QStringLiteral("line %1:").arg(reader.lineNumber()),
                                  QStringLiteral("line %1:").arg(w.line));
                addWarning(w);
            } else {
                add(reader.object(), EventRef{at, baseLine + reader.lineNumber()});
            }
        }
        // Blank lines count too: the reader saw every line of the usable part.
        m_line = baseLine + int(pending.left(usable).count('\n')) +
                 (usable > 0 && pending.at(usable - 1) != '\n' ? 1 : 0);
        m_offset += usable;
        pending.remove(0, usable);
        if (atEnd && pending.isEmpty())
            break;
        if (atEnd)
            break; // the unfinished line waits for the next pass
    }
    return {};
}

Result<RunInspection> RunInspector::inspectFile(const QString &path)
{
    RunInspector inspector;
    if (Status s = inspector.readMore(path, true); !s)
        return s.error();
    return inspector.m_run;
}

// --- the loader --------------------------------------------------------------------------------

RunInspectionLoader::RunInspectionLoader(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<RunInspector>())
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_watcher(new QFutureWatcher<Pass>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RunInspectionLoader::passFinished);
}

RunInspectionLoader::~RunInspectionLoader()
{
    // The worker owns what it reads; it stops at its next chunk and nothing is delivered.
    m_cancel->store(true);
}

void RunInspectionLoader::setPath(const QString &path, bool follow)
{
    m_cancel->store(true); // a pass of the old file is thrown away
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_generation;
    m_path = path;
    m_follow = follow;
    m_state = std::make_shared<RunInspector>();
    m_inspection = RunInspection();
    m_inspection.path = path;
    m_again = false;
    Q_EMIT updated();
    reload();
}

void RunInspectionLoader::setFollow(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (!follow)
        reload(); // a last pass reads (or reports) a last line that was still being written
}

void RunInspectionLoader::reload()
{
    if (m_path.isEmpty())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    startPass();
}

void RunInspectionLoader::startPass()
{
    m_running = true;
    m_again = false;
    auto promise = std::make_shared<QPromise<Pass>>();
    m_watcher->setFuture(promise->future());
    Pass pass{m_state, {}, m_generation};
    m_state.reset(); // the worker owns it until the pass is over
    const QString path = m_path;
    const bool final = !m_follow;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QThreadPool::globalInstance()->start([promise, pass, path, final, cancel]() mutable {
        promise->start();
        if (Status s = pass.state->readMore(path, final, cancel.get()); !s)
            pass.error = s.error();
        promise->addResult(pass);
        promise->finish();
    });
}

void RunInspectionLoader::passFinished()
{
    m_running = false;
    const QFuture<Pass> future = m_watcher->future();
    if (future.resultCount() == 0)
        return;
    const Pass pass = future.result();
    if (pass.generation != m_generation) {
        // setPath() started over meanwhile: this pass belonged to the old file.
        if (!m_state)
            m_state = std::make_shared<RunInspector>();
        reload();
        return;
    }
    m_state = pass.state;
    if (!pass.error.isNull()) {
        Q_EMIT failed(pass.error.toString());
    } else {
        m_inspection = m_state->inspection();
        Q_EMIT updated();
    }
    if (m_again)
        startPass();
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "transcript/transcriptreader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>

namespace Workbench {

static Error unreadable(const QString &path, const QFile &file)
{
    return Error{QStringLiteral("transcript_unreadable"),
                 QStringLiteral("Cannot open the transcript %1").arg(path),
                 file.errorString(),
                 {}};
}

Result<TranscriptLog> TranscriptReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    TranscriptLog log;
    log.path = path;
    JsonlReader reader(&file);
    for (auto n = reader.next(); n != JsonlReader::Next::End; n = reader.next()) {
        if (n == JsonlReader::Next::Warning) {
            log.warnings.append(reader.warning());
            continue;
        }
        log.events.append(reader.object());
        log.lineNumbers.append(reader.lineNumber());
    }
    return log;
}

Result<QList<QJsonObject>> TranscriptReader::readEvents(const QString &path, QStringList *malformed)
{
    auto log = read(path);
    if (!log)
        return log.error();
    if (malformed) {
        for (const LineWarning &w : std::as_const(log->warnings))
            malformed->append(w.message);
    }
    return std::move(log->events);
}

Result<TranscriptSummary> TranscriptReader::summarize(const QString &path)
{
    auto log = read(path);
    if (!log)
        return log.error();
    return summarize(*log);
}

TranscriptSummary TranscriptReader::summarize(const TranscriptLog &log)
{
    TranscriptSummary s;
    for (const LineWarning &w : log.warnings)
        s.malformedLines.append(w.message);
    QDateTime first, last;
    bool costKnown = true;
    double cost = 0;
    int openTurn = 0; // a request whose answer (or error) has not been logged yet
    QString streamed; // text deltas of that turn
    for (const QJsonObject &e : log.events) {
        const QString type = e.value(QLatin1String("type")).toString();
        ++s.events;
        s.lastSeq = e.value(QLatin1String("seq")).toInteger();
        s.lastType = type;
        if (type == QLatin1String("request")) {
            openTurn = e.value(QLatin1String("turn")).toInt();
            streamed.clear();
        } else if (type == QLatin1String("assistant_message") || type == QLatin1String("model_error")) {
            openTurn = 0;
        } else if (type == QLatin1String("sse") && openTurn > 0) {
            const QJsonObject delta =
                e.value(QLatin1String("data")).toObject().value(QLatin1String("delta")).toObject();
            if (delta.value(QLatin1String("type")).toString() == QLatin1String("text_delta"))
                streamed += delta.value(QLatin1String("text")).toString();
        }
        const QDateTime ts =
            QDateTime::fromString(e.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs);
        if (ts.isValid()) {
            if (!first.isValid())
                first = ts;
            last = ts;
        }
        if (type == QLatin1String("run_started")) {
            s.runId = e.value(QLatin1String("run_id")).toString();
            s.task = e.value(QLatin1String("task")).toString();
            s.model = e.value(QLatin1String("model")).toString();
            s.provider = e.value(QLatin1String("provider")).toString();
            s.workspace = e.value(QLatin1String("workspace")).toString();
            s.permissionMode = e.value(QLatin1String("permission_mode")).toString();
        } else if (type == QLatin1String("assistant_message")) {
            ++s.turns;
            const QJsonObject u =
                e.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject();
            s.inputTokens += u.value(QLatin1String("input_tokens")).toInteger();
            s.outputTokens += u.value(QLatin1String("output_tokens")).toInteger();
            s.cacheReadTokens += u.value(QLatin1String("cache_read_input_tokens")).toInteger();
            s.cacheWriteTokens += u.value(QLatin1String("cache_creation_input_tokens")).toInteger();
            const QJsonValue c = e.value(QLatin1String("cost_usd"));
            if (c.isDouble())
                cost += c.toDouble();
            else
                costKnown = false;
        } else if (type == QLatin1String("tool_call")) {
            ++s.toolCalls;
        } else if (type == QLatin1String("decision")) {
            if (e.value(QLatin1String("verdict")).toString() == QLatin1String("deny"))
                ++s.deniedCalls;
        } else if (type == QLatin1String("run_finished")) {
            s.stopReason = e.value(QLatin1String("stop_reason")).toString();
        } else if (type == QLatin1String("forked_from")) {
            s.forkedFromPath = e.value(QLatin1String("source")).toString();
            s.forkedFromRunId = e.value(QLatin1String("source_run_id")).toString();
            s.forkStep = e.value(QLatin1String("step")).toInt();
            s.inheritedTurns = 0;
            s.inheritedToolCalls = 0;
            const QJsonArray messages =
                e.value(QLatin1String("history")).toObject().value(QLatin1String("messages")).toArray();
            for (const QJsonValue &m : messages) {
                if (m.toObject().value(QLatin1String("role")).toString() != QLatin1String("assistant"))
                    continue;
                ++s.inheritedTurns;
                for (const QJsonValue &b : m.toObject().value(QLatin1String("content")).toArray())
                    s.inheritedToolCalls +=
                        b.toObject().value(QLatin1String("type")).toString() == QLatin1String("tool_use");
            }
        }
    }
    if (costKnown && s.turns > 0)
        s.costUsd = cost;
    if (s.stopReason.isEmpty() && openTurn > 0) {
        s.interruptedTurn = openTurn;
        s.partialText = streamed;
    }
    if (first.isValid() && last.isValid())
        s.durationMs = first.msecsTo(last);
    return s;
}

TranscriptKind TranscriptReader::detect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TranscriptKind::Unknown;
    JsonlReader reader(&file);
    for (int i = 0; i < 20; ++i) {
        const auto n = reader.next();
        if (n == JsonlReader::Next::End)
            break;
        if (n == JsonlReader::Next::Warning)
            continue;
        const QJsonObject &o = reader.object();
        if (o.contains(QLatin1String("seq")) && o.contains(QLatin1String("v")))
            return TranscriptKind::Workbench;
        if (o.contains(QLatin1String("parentUuid")) || o.contains(QLatin1String("sessionId")) ||
            o.contains(QLatin1String("leafUuid")) ||
            o.value(QLatin1String("type")).toString() == QLatin1String("file-history-snapshot"))
            return TranscriptKind::ClaudeCode;
    }
    return TranscriptKind::Unknown;
}

QString TranscriptSummary::toText() const
{
    QString out;
    auto line = [&out](const QString &k, const QString &v) {
        out += k.leftJustified(14) + v + QLatin1Char('\n');
    };
    line(QStringLiteral("Run:"), runId);
    if (forkStep >= 0) {
        // A branch's own figures follow; what it inherited is named, not counted.
        line(QStringLiteral("Branch of:"),
             QStringLiteral("run %1 at step %2 (%3)").arg(forkedFromRunId).arg(forkStep).arg(forkedFromPath));
        line(QStringLiteral("Inherited:"),
             QStringLiteral("%1 turn(s) and %2 tool call(s) before the fork, not counted below")
                 .arg(inheritedTurns)
                 .arg(inheritedToolCalls));
    }
    line(QStringLiteral("Task:"), task);
    line(QStringLiteral("Model:"), QStringLiteral("%1 (%2)").arg(model, provider));
    line(QStringLiteral("Workspace:"), workspace);
    line(QStringLiteral("Mode:"), permissionMode);
    line(QStringLiteral("Turns:"), QString::number(turns));
    line(QStringLiteral("Tool calls:"), QStringLiteral("%1 (%2 denied)").arg(toolCalls).arg(deniedCalls));
    line(QStringLiteral("Tokens:"), QStringLiteral("%1 in, %2 out, %3 cache read, %4 cache write")
                                        .arg(inputTokens)
                                        .arg(outputTokens)
                                        .arg(cacheReadTokens)
                                        .arg(cacheWriteTokens));
    line(QStringLiteral("Cost:"),
         costUsd ? QStringLiteral("$%1").arg(*costUsd, 0, 'f', 4) : QStringLiteral("unknown"));
    line(QStringLiteral("Duration:"), durationMs >= 0
                                          ? QStringLiteral("%1 s").arg(double(durationMs) / 1000.0, 0, 'f', 1)
                                          : QStringLiteral("unknown"));
    line(QStringLiteral("Ended:"),
         stopReason.isEmpty() ? QStringLiteral("not finished (interrupted?)") : stopReason);
    if (stopReason.isEmpty() && events > 0) {
        // Where the log stops: everything up to this event was written completely.
        line(QStringLiteral("Interrupted:"),
             interruptedTurn > 0 ? QStringLiteral("in turn %1, after event %2 (%3)")
                                       .arg(interruptedTurn)
                                       .arg(lastSeq)
                                       .arg(lastType)
                                 : QStringLiteral("after event %1 (%2)").arg(lastSeq).arg(lastType));
        if (!partialText.isEmpty()) {
            constexpr qsizetype kShown = 600;
            const QString shown = partialText.simplified();
            line(QStringLiteral("So far:"),
                 shown.size() > kShown ? QStringLiteral("…%1").arg(shown.right(kShown)) : shown);
        }
    }
    for (const QString &m : malformedLines)
        out += QStringLiteral("Skipped %1\n").arg(m);
    return out;
}

} // namespace Workbench

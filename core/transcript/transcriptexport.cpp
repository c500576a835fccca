// SPDX-License-Identifier: MIT
#include "transcript/transcriptexport.h"

#include "transcript/claudecodereader.h"
#include "transcript/transcriptreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Workbench {

namespace {

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject textBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

QString pretty(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isString())
        return v.toString();
    return v.toVariant().toString();
}

QString resultText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &b : content.toArray()) {
        const QJsonObject o = b.toObject();
        parts.append(s(o, "type") == QLatin1String("text") ? s(o, "text")
                                                           : QStringLiteral("[%1]").arg(s(o, "type")));
    }
    return parts.join(QLatin1Char('\n'));
}

void addUsage(QJsonObject &total, const QJsonObject &u)
{
    for (const char *k :
         {"input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"}) {
        const QString key = QLatin1String(k);
        total.insert(key, total.value(key).toInteger() + u.value(key).toInteger());
    }
}

QJsonValue costValue(const std::optional<double> &c)
{
    return c ? QJsonValue(*c) : QJsonValue(QJsonValue::Null);
}

QJsonObject fromWorkbench(const TranscriptLog &log)
{
    QJsonArray turns, decisions, callOrder;
    QHash<QString, QJsonObject> calls;
    QJsonObject doc;
    QJsonArray models;
    QDateTime first, last;
    QJsonObject usage;
    bool haveTotals = false;
    QJsonValue cost = QJsonValue::Null;
    double costSum = 0;
    bool costKnown = true;
    for (int i = 0; i < log.events.size(); ++i) {
        const QJsonObject &e = log.events.at(i);
        const int line = log.lineNumbers.value(i);
        const QString type = s(e, "type");
        const QDateTime ts = QDateTime::fromString(s(e, "ts"), Qt::ISODateWithMs);
        if (ts.isValid()) {
            if (!first.isValid())
                first = ts;
            last = ts;
        }
        auto turn = [&](const QString &role, const QJsonArray &content) {
            QJsonObject t{{QStringLiteral("index"), turns.size() + 1},
                          {QStringLiteral("role"), role},
                          {QStringLiteral("kind"), type},
                          {QStringLiteral("line"), line},
                          {QStringLiteral("time"), s(e, "ts")},
                          {QStringLiteral("content"), content}};
            return t;
        };
        const QString id = s(e, "id");
        if (type == QLatin1String("run_started")) {
            doc.insert(QStringLiteral("title"), s(e, "task"));
            doc.insert(QStringLiteral("id"), s(e, "run_id"));
            for (const char *k : {"provider", "workspace", "sandbox", "permission_mode", "app_version"})
                if (e.contains(QLatin1String(k)))
                    doc.insert(QLatin1String(k), e.value(QLatin1String(k)));
            if (!s(e, "model").isEmpty() && !models.contains(e.value(QLatin1String("model"))))
                models.append(s(e, "model"));
        } else if (type == QLatin1String("forked_from")) {
            // A branch starts from the history its parent had at the fork: shown first, marked
            // inherited. It is what the branch's model was given (an edited result included), and
            // it stays true whatever happens to the parent's file later.
            QJsonObject f;
            for (const char *k :
                 {"source", "source_run_id", "step", "tool_use_id", "edited", "workspace_note"})
                if (e.contains(QLatin1String(k)))
                    f.insert(QLatin1String(k), e.value(QLatin1String(k)));
            doc.insert(QStringLiteral("forked_from"), f);
            const QJsonObject history = e.value(QLatin1String("history")).toObject();
            QJsonArray messages = history.value(QLatin1String("messages")).toArray();
            QJsonArray pending = history.value(QLatin1String("pending_results")).toArray();
            if (!s(history, "round_note").isEmpty())
                pending.append(textBlock(s(history, "round_note")));
            if (!pending.isEmpty())
                messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                            {QStringLiteral("content"), pending}});
            const QString editedId =
                e.value(QLatin1String("edited")).toObject().contains(QLatin1String("tool_result"))
                    ? s(e, "tool_use_id")
                    : QString();
            int inheritedTurn = 0;
            for (const QJsonValue &mv : std::as_const(messages)) {
                const QJsonObject m = mv.toObject();
                const QJsonValue c = m.value(QLatin1String("content"));
                const QJsonArray content = c.isString() ? QJsonArray{textBlock(c.toString())} : c.toArray();
                const QString role = s(m, "role");
                QJsonObject t =
                    turn(role == QLatin1String("assistant") ? role : QStringLiteral("user"), content);
                t.insert(QStringLiteral("inherited"), true);
                if (role == QLatin1String("assistant"))
                    t.insert(QStringLiteral("turn"), ++inheritedTurn);
                for (const QJsonValue &bv : content) {
                    const QJsonObject b = bv.toObject();
                    const QString id = s(b, b.contains(QLatin1String("tool_use_id")) ? "tool_use_id" : "id");
                    if (s(b, "type") == QLatin1String("tool_use")) {
                        calls.insert(id,
                                     QJsonObject{{QStringLiteral("id"), id},
                                                 {QStringLiteral("name"), s(b, "name")},
                                                 {QStringLiteral("input"), b.value(QLatin1String("input"))},
                                                 {QStringLiteral("turn"), inheritedTurn},
                                                 {QStringLiteral("line"), line},
                                                 {QStringLiteral("inherited"), true}});
                        callOrder.append(id);
                    } else if (s(b, "type") == QLatin1String("tool_result")) {
                        QJsonObject call = calls.value(id);
                        QJsonObject r{
                            {QStringLiteral("content"), b.value(QLatin1String("content"))},
                            {QStringLiteral("is_error"), b.value(QLatin1String("is_error")).toBool()}};
                        if (id == editedId)
                            r.insert(QStringLiteral("edited"), true);
                        call.insert(QStringLiteral("result"), r);
                        calls.insert(id, call);
                    }
                }
                turns.append(t);
            }
        } else if (type == QLatin1String("user_message")) {
            turns.append(turn(QStringLiteral("user"), {textBlock(s(e, "content"))}));
        } else if (type == QLatin1String("assistant_message")) {
            const QJsonObject m = e.value(QLatin1String("message")).toObject();
            QJsonObject t = turn(QStringLiteral("assistant"), m.value(QLatin1String("content")).toArray());
            t.insert(QStringLiteral("turn"), e.value(QLatin1String("turn")));
            t.insert(QStringLiteral("model"), s(m, "model"));
            t.insert(QStringLiteral("usage"), m.value(QLatin1String("usage")));
            t.insert(QStringLiteral("cost_usd"), e.value(QLatin1String("cost_usd")));
            t.insert(QStringLiteral("ttft_ms"), e.value(QLatin1String("ttft_ms")));
            t.insert(QStringLiteral("stop_reason"), m.value(QLatin1String("stop_reason")));
            if (!s(m, "model").isEmpty() && !models.contains(m.value(QLatin1String("model"))))
                models.append(s(m, "model"));
            if (!haveTotals)
                addUsage(usage, m.value(QLatin1String("usage")).toObject());
            if (e.value(QLatin1String("cost_usd")).isDouble())
                costSum += e.value(QLatin1String("cost_usd")).toDouble();
            else
                costKnown = false;
            turns.append(t);
        } else if (type == QLatin1String("model_error")) {
            const QJsonObject err = e.value(QLatin1String("error")).toObject();
            turns.append(turn(QStringLiteral("system"),
                              {textBlock(QStringLiteral("Model error: %1").arg(s(err, "message")))}));
        } else if (type == QLatin1String("tool_call")) {
            calls.insert(id, QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("name"), s(e, "name")},
                                         {QStringLiteral("input"), e.value(QLatin1String("input"))},
                                         {QStringLiteral("turn"), e.value(QLatin1String("turn"))},
                                         {QStringLiteral("line"), line}});
            callOrder.append(id);
        } else if (type == QLatin1String("decision")) {
            QJsonObject d = e;
            for (const char *k : {"v", "seq", "type"})
                d.remove(QLatin1String(k));
            decisions.append(d);
            QJsonObject c = calls.value(id);
            QJsonArray ds = c.value(QLatin1String("decisions")).toArray();
            ds.append(d);
            c.insert(QStringLiteral("decisions"), ds);
            calls.insert(id, c);
        } else if (type == QLatin1String("exec_started") || type == QLatin1String("exec_finished")) {
            QJsonObject c = calls.value(id);
            QJsonObject exec = c.value(QLatin1String("exec")).toObject();
            if (type == QLatin1String("exec_started")) {
                exec.insert(QStringLiteral("spec"), e.value(QLatin1String("spec")));
            } else {
                QJsonObject r = e.value(QLatin1String("result")).toObject();
                // Output recorded as it streamed wins; the result's head and tail fill in otherwise.
                for (const char *k : {"stdout", "stderr"}) {
                    if (c.value(QLatin1String(k)).toString().isEmpty() && r.contains(QLatin1String(k)))
                        c.insert(QLatin1String(k), r.value(QLatin1String(k)));
                    r.remove(QLatin1String(k));
                }
                exec.insert(QStringLiteral("result"), r);
            }
            c.insert(QStringLiteral("exec"), exec);
            calls.insert(id, c);
        } else if (type == QLatin1String("output")) {
            QJsonObject c = calls.value(id);
            const QString stream = s(e, "stream") == QLatin1String("stderr") ? QStringLiteral("stderr")
                                                                             : QStringLiteral("stdout");
            c.insert(stream, QString(c.value(stream).toString() + s(e, "text")));
            calls.insert(id, c);
        } else if (type == QLatin1String("tool_result")) {
            QJsonObject c = calls.value(id);
            c.insert(QStringLiteral("result"),
                     QJsonObject{{QStringLiteral("content"), e.value(QLatin1String("content"))},
                                 {QStringLiteral("is_error"), e.value(QLatin1String("is_error"))}});
            calls.insert(id, c);
            turns.append(
                turn(QStringLiteral("user"),
                     {QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                  {QStringLiteral("tool_use_id"), id},
                                  {QStringLiteral("content"), e.value(QLatin1String("content"))},
                                  {QStringLiteral("is_error"), e.value(QLatin1String("is_error"))}}}));
        } else if (type == QLatin1String("run_finished")) {
            doc.insert(QStringLiteral("stop_reason"), s(e, "stop_reason"));
            if (e.value(QLatin1String("usage")).isObject()) {
                usage = e.value(QLatin1String("usage")).toObject();
                haveTotals = true;
            }
            cost = e.value(QLatin1String("cost_usd"));
            if (e.contains(QLatin1String("error")))
                doc.insert(QStringLiteral("error"), e.value(QLatin1String("error")));
        }
    }
    QJsonArray toolCalls;
    for (const QJsonValue &id : std::as_const(callOrder))
        toolCalls.append(calls.value(id.toString()));
    doc.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("workbench")},
                                                     {QStringLiteral("path"), log.path},
                                                     {QStringLiteral("files"), QJsonArray{log.path}}});
    doc.insert(QStringLiteral("models"), models);
    doc.insert(QStringLiteral("started"), first.isValid() ? first.toString(Qt::ISODateWithMs) : QString());
    doc.insert(QStringLiteral("ended"), last.isValid() ? last.toString(Qt::ISODateWithMs) : QString());
    doc.insert(QStringLiteral("duration_ms"),
               first.isValid() ? QJsonValue(first.msecsTo(last)) : QJsonValue());
    if (!doc.contains(QLatin1String("stop_reason")))
        doc.insert(QStringLiteral("stop_reason"), QJsonValue::Null); // interrupted
    doc.insert(QStringLiteral("turns"), turns);
    doc.insert(QStringLiteral("tool_calls"), toolCalls);
    doc.insert(QStringLiteral("decisions"), decisions);
    doc.insert(QStringLiteral("usage"), usage);
    doc.insert(QStringLiteral("cost_usd"),
               haveTotals || !cost.isNull()
                   ? cost
                   : (costKnown && !turns.isEmpty() ? QJsonValue(costSum) : QJsonValue()));
    QJsonArray warnings;
    for (const LineWarning &w : log.warnings)
        warnings.append(w.message);
    doc.insert(QStringLiteral("warnings"), warnings);
    return doc;
}

QJsonObject fromClaudeCode(const ClaudeCodeSession &session)
{
    QJsonObject doc;
    QJsonArray turns, callOrder, models;
    QHash<QString, QJsonObject> calls;
    for (const ClaudeCodeEntry &e : session.entries) {
        QString role = QStringLiteral("other");
        if (e.kind == ClaudeCodeEntry::Kind::User)
            role = QStringLiteral("user");
        else if (e.kind == ClaudeCodeEntry::Kind::Assistant)
            role = QStringLiteral("assistant");
        else if (e.kind == ClaudeCodeEntry::Kind::System)
            role = QStringLiteral("system");
        QJsonObject t{
            {QStringLiteral("index"), turns.size() + 1},
            {QStringLiteral("role"), role},
            {QStringLiteral("kind"),
             e.subtype.isEmpty() ? e.type : QString(e.type + QLatin1Char('/') + e.subtype)},
            {QStringLiteral("line"), e.line},
            {QStringLiteral("file"), e.file},
            {QStringLiteral("uuid"), e.uuid},
            {QStringLiteral("time"),
             e.timestamp.isValid() ? e.timestamp.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("content"), e.isMessage() ? e.content : QJsonArray{textBlock(e.fullText())}}};
        if (e.sidechain)
            t.insert(QStringLiteral("sidechain"), true);
        if (e.compactBoundary)
            t.insert(QStringLiteral("compact_boundary"), true);
        if (e.compactSummary)
            t.insert(QStringLiteral("compact_summary"), true);
        if (e.apiError)
            t.insert(QStringLiteral("api_error"), true);
        if (e.kind == ClaudeCodeEntry::Kind::Assistant) {
            t.insert(QStringLiteral("model"), e.model);
            t.insert(QStringLiteral("message_id"), e.messageId);
            t.insert(QStringLiteral("stop_reason"), e.stopReason);
            if (!e.usage.isEmpty())
                t.insert(QStringLiteral("usage"), e.usage);
            if (!e.model.isEmpty() && e.model != QLatin1String("<synthetic>") && !models.contains(e.model))
                models.append(e.model);
        }
        for (const QJsonValue &v : e.content) {
            const QJsonObject b = v.toObject();
            if (s(b, "type") == QLatin1String("tool_use")) {
                const QString id = s(b, "id");
                calls.insert(id, QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("name"), s(b, "name")},
                                             {QStringLiteral("input"), b.value(QLatin1String("input"))},
                                             {QStringLiteral("turn"), t.value(QLatin1String("index"))},
                                             {QStringLiteral("line"), e.line},
                                             {QStringLiteral("decisions"), QJsonArray{}}});
                callOrder.append(id);
            } else if (s(b, "type") == QLatin1String("tool_result")) {
                const QString id = s(b, "tool_use_id");
                QJsonObject c = calls.value(id, QJsonObject{{QStringLiteral("id"), id}});
                c.insert(
                    QStringLiteral("result"),
                    QJsonObject{{QStringLiteral("content"), b.value(QLatin1String("content"))},
                                {QStringLiteral("is_error"), b.value(QLatin1String("is_error")).toBool()}});
                const QJsonObject r = e.toolUseResult.toObject();
                if (r.contains(QLatin1String("stdout")))
                    c.insert(QStringLiteral("stdout"), r.value(QLatin1String("stdout")));
                if (r.contains(QLatin1String("stderr")))
                    c.insert(QStringLiteral("stderr"), r.value(QLatin1String("stderr")));
                if (!e.toolUseResult.isUndefined())
                    c.insert(QStringLiteral("tool_use_result"), e.toolUseResult);
                if (!callOrder.contains(id))
                    callOrder.append(id);
                calls.insert(id, c);
            }
        }
        turns.append(t);
    }
    QJsonArray toolCalls;
    for (const QJsonValue &id : std::as_const(callOrder))
        toolCalls.append(calls.value(id.toString()));
    QJsonArray files;
    for (const QString &f : session.files)
        files.append(f);
    doc.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("claude-code")},
                                                     {QStringLiteral("path"), session.files.value(0)},
                                                     {QStringLiteral("files"), files},
                                                     {QStringLiteral("version"), session.version}});
    QString title = session.title;
    if (title.isEmpty()) {
        for (const ClaudeCodeEntry &e : session.entries)
            if (e.kind == ClaudeCodeEntry::Kind::User && !e.meta && !e.sidechain && title.isEmpty())
                title = e.summaryText();
    }
    doc.insert(QStringLiteral("title"), title);
    doc.insert(QStringLiteral("id"), session.sessionId);
    doc.insert(QStringLiteral("workspace"), session.cwd);
    doc.insert(QStringLiteral("models"), models);
    doc.insert(QStringLiteral("started"),
               session.started.isValid() ? session.started.toString(Qt::ISODateWithMs) : QString());
    doc.insert(QStringLiteral("ended"),
               session.ended.isValid() ? session.ended.toString(Qt::ISODateWithMs) : QString());
    doc.insert(QStringLiteral("duration_ms"),
               session.started.isValid() ? QJsonValue(session.started.msecsTo(session.ended)) : QJsonValue());
    doc.insert(QStringLiteral("stop_reason"), QJsonValue::Null);
    doc.insert(QStringLiteral("turns"), turns);
    doc.insert(QStringLiteral("tool_calls"), toolCalls);
    doc.insert(QStringLiteral("decisions"), QJsonArray{}); // Claude Code does not record them
    doc.insert(QStringLiteral("usage"),
               QJsonObject{{QStringLiteral("input_tokens"), session.usage.input},
                           {QStringLiteral("output_tokens"), session.usage.output},
                           {QStringLiteral("cache_read_input_tokens"), session.usage.cacheRead},
                           {QStringLiteral("cache_creation_input_tokens"), session.usage.cacheWrite}});
    doc.insert(QStringLiteral("cost_usd"), costValue(session.costUsd));
    QJsonArray warnings;
    for (const LineWarning &w : session.warnings)
        warnings.append(w.message);
    doc.insert(QStringLiteral("warnings"), warnings);
    return doc;
}

// --- rendering helpers ---------------------------------------------------------------------

/// A Markdown code fence longer than any run of backticks inside `text`.
QString fenced(const QString &text, const QString &lang = {})
{
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + lang + QLatin1Char('\n') + text +
           (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence + QLatin1Char('\n');
}

QString usageText(const QJsonObject &u)
{
    if (u.isEmpty())
        return {};
    return QStringLiteral("%1 in, %2 out, %3 cache read, %4 cache write")
        .arg(u.value(QLatin1String("input_tokens")).toInteger())
        .arg(u.value(QLatin1String("output_tokens")).toInteger())
        .arg(u.value(QLatin1String("cache_read_input_tokens")).toInteger())
        .arg(u.value(QLatin1String("cache_creation_input_tokens")).toInteger());
}

QString costText(const QJsonValue &c)
{
    return c.isDouble() ? QStringLiteral("$%1").arg(c.toDouble(), 0, 'f', 4) : QStringLiteral("unknown");
}

/// What a tool call ran, for a code block: the script or command when there is one.
std::pair<QString, QString> callBody(const QJsonObject &call)
{
    const QJsonObject in = call.value(QLatin1String("input")).toObject();
    if (in.value(QLatin1String("code")).isString())
        return {in.value(QLatin1String("code")).toString(), in.value(QLatin1String("language")).toString()};
    if (in.value(QLatin1String("command")).isString() && in.size() <= 3)
        return {in.value(QLatin1String("command")).toString(), QStringLiteral("sh")};
    return {pretty(call.value(QLatin1String("input"))), QStringLiteral("json")};
}

QString decisionText(const QJsonObject &d)
{
    QString t = s(d, "verdict");
    if (!s(d, "decided_by").isEmpty())
        t += QStringLiteral(" (by %1)").arg(s(d, "decided_by"));
    if (!s(d, "rule").isEmpty())
        t += QStringLiteral(", rule %1").arg(s(d, "rule"));
    if (!s(d, "reason").isEmpty())
        t += QStringLiteral(": %1").arg(s(d, "reason"));
    return t;
}

QString execText(const QJsonObject &call)
{
    const QJsonObject r =
        call.value(QLatin1String("exec")).toObject().value(QLatin1String("result")).toObject();
    if (r.isEmpty())
        return {};
    QString t = s(r, "description");
    if (t.isEmpty())
        t = s(r, "end");
    if (r.contains(QLatin1String("durationMs")))
        t += QStringLiteral(" in %1 ms").arg(r.value(QLatin1String("durationMs")).toInteger());
    return t;
}

QString roleTitle(const QJsonObject &t)
{
    const QString role = s(t, "role");
    QString title;
    if (role == QLatin1String("assistant")) {
        title = QStringLiteral("Assistant");
        if (t.contains(QLatin1String("turn")))
            title += QStringLiteral(" · turn %1").arg(t.value(QLatin1String("turn")).toInt());
        if (!s(t, "model").isEmpty())
            title += QStringLiteral(" · %1").arg(s(t, "model"));
    } else if (role == QLatin1String("user")) {
        bool result = false;
        for (const QJsonValue &b : t.value(QLatin1String("content")).toArray())
            result = result || s(b.toObject(), "type") == QLatin1String("tool_result");
        title = result ? QStringLiteral("Tool result") : QStringLiteral("User");
    } else {
        title = QStringLiteral("%1 (%2)").arg(role == QLatin1String("system") ? QStringLiteral("System")
                                                                              : QStringLiteral("Line"),
                                              s(t, "kind"));
    }
    if (t.value(QLatin1String("sidechain")).toBool())
        title += QStringLiteral(" · sub-agent");
    if (t.value(QLatin1String("compact_boundary")).toBool())
        title += QStringLiteral(" · compaction boundary");
    if (t.value(QLatin1String("compact_summary")).toBool())
        title += QStringLiteral(" · summary of the compacted conversation");
    if (t.value(QLatin1String("api_error")).toBool())
        title += QStringLiteral(" · API error");
    if (t.value(QLatin1String("inherited")).toBool())
        title += QStringLiteral(" · inherited from the parent run");
    return title;
}

/// "run X at step N (path)" for a branch; empty otherwise.
QString branchText(const QJsonObject &doc)
{
    const QJsonObject f = doc.value(QLatin1String("forked_from")).toObject();
    if (f.isEmpty())
        return {};
    return QStringLiteral("run %1 at step %2 (%3)")
        .arg(s(f, "source_run_id"))
        .arg(f.value(QLatin1String("step")).toInt())
        .arg(s(f, "source"));
}

/// Said before a branch's inherited turns and where its own begin.
QString inheritedNote(const QJsonObject &doc)
{
    return QStringLiteral("Inherited from the parent run up to step %1: the history the branch started "
                          "from, as its model was given it. The parent's decisions, output and timings "
                          "are in the parent's transcript, %2.")
        .arg(doc.value(QLatin1String("forked_from")).toObject().value(QLatin1String("step")).toInt())
        .arg(s(doc.value(QLatin1String("forked_from")).toObject(), "source"));
}

QString branchStartNote(const QJsonObject &doc)
{
    const QJsonObject edited =
        doc.value(QLatin1String("forked_from")).toObject().value(QLatin1String("edited")).toObject();
    QStringList what;
    if (edited.contains(QLatin1String("tool_result")))
        what << QStringLiteral("the result of %1 edited")
                    .arg(s(edited.value(QLatin1String("tool_result")).toObject(), "id"));
    if (edited.contains(QLatin1String("user_message")))
        what << QStringLiteral("a message from the user");
    if (edited.contains(QLatin1String("model")))
        what << QStringLiteral("model %1").arg(s(edited.value(QLatin1String("model")).toObject(), "to"));
    if (edited.contains(QLatin1String("provider")))
        what
            << QStringLiteral("provider %1").arg(s(edited.value(QLatin1String("provider")).toObject(), "to"));
    return what.isEmpty() ? QStringLiteral("The branch's own events start here.")
                          : QStringLiteral("The branch's own events start here (%1).")
                                .arg(what.join(QStringLiteral(", ")));
}

QList<std::pair<QString, QString>> metaRows(const QJsonObject &doc)
{
    QStringList models;
    for (const QJsonValue &m : doc.value(QLatin1String("models")).toArray())
        models.append(m.toString());
    const QJsonObject src = doc.value(QLatin1String("source")).toObject();
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("Source"),
         QStringLiteral("%1 (%2)").arg(s(src, "path"), s(src, "kind") == QLatin1String("claude-code")
                                                           ? QStringLiteral("Claude Code session")
                                                           : QStringLiteral("Agent Workbench run"))},
        {QStringLiteral("Id"), s(doc, "id")},
        {QStringLiteral("Branch of"), branchText(doc)},
        {QStringLiteral("Models"), models.join(QStringLiteral(", "))},
        {QStringLiteral("Workspace"), s(doc, "workspace")},
        {QStringLiteral("Started"), s(doc, "started")},
        {QStringLiteral("Duration"),
         doc.value(QLatin1String("duration_ms")).isDouble()
             ? QStringLiteral("%1 s").arg(doc.value(QLatin1String("duration_ms")).toDouble() / 1000.0, 0, 'f',
                                          1)
             : QStringLiteral("unknown")},
        {QStringLiteral("Ended"), doc.value(QLatin1String("stop_reason")).isString()
                                      ? s(doc, "stop_reason")
                                      : QStringLiteral("not recorded")},
        {QStringLiteral("Tool calls"),
         QString::number(doc.value(QLatin1String("tool_calls")).toArray().size())},
        {QStringLiteral("Tokens"), usageText(doc.value(QLatin1String("usage")).toObject())},
        {QStringLiteral("Cost"), costText(doc.value(QLatin1String("cost_usd")))}};
    return rows;
}

QHash<QString, QJsonObject> callsById(const QJsonObject &doc)
{
    QHash<QString, QJsonObject> calls;
    for (const QJsonValue &c : doc.value(QLatin1String("tool_calls")).toArray())
        calls.insert(s(c.toObject(), "id"), c.toObject());
    return calls;
}

} // namespace

Result<TranscriptExport::Format> TranscriptExport::parseFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("html"))
        return Format::Html;
    if (n == QLatin1String("json"))
        return Format::Json;
    return Error{QStringLiteral("bad_format"),
                 QStringLiteral("Unknown export format \"%1\": choose md, html or json").arg(name),
                 {},
                 {}};
}

Result<QJsonObject> TranscriptExport::document(const QString &path)
{
    QJsonObject doc;
    if (TranscriptReader::detect(path) == TranscriptKind::ClaudeCode) {
        auto session = ClaudeCodeReader::read(path);
        if (!session)
            return session.error();
        doc = fromClaudeCode(*session);
    } else {
        auto log = TranscriptReader::read(path);
        if (!log)
            return log.error();
        doc = fromWorkbench(*log);
    }
    doc.insert(QStringLiteral("format"), QStringLiteral("agent-workbench-export"));
    doc.insert(QStringLiteral("version"), 1);
    return doc;
}

QByteArray TranscriptExport::toJson(const QJsonObject &doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QString TranscriptExport::toMarkdown(const QJsonObject &doc)
{
    QString md;
    const QString title = s(doc, "title").simplified();
    md += QStringLiteral("# %1\n\n").arg(title.isEmpty() ? QStringLiteral("Transcript") : title);
    for (const auto &[k, v] : metaRows(doc))
        if (!v.isEmpty())
            md += QStringLiteral("- **%1:** %2\n").arg(k, v);
    const QJsonArray warnings = doc.value(QLatin1String("warnings")).toArray();
    if (!warnings.isEmpty()) {
        md += QStringLiteral("\n**Skipped lines:**\n\n");
        for (const QJsonValue &w : warnings)
            md += QStringLiteral("- %1\n").arg(w.toString());
    }
    const auto calls = callsById(doc);
    bool inInherited = false;
    for (const QJsonValue &tv : doc.value(QLatin1String("turns")).toArray()) {
        const QJsonObject t = tv.toObject();
        const bool inherited = t.value(QLatin1String("inherited")).toBool();
        if (inherited && !inInherited)
            md += QStringLiteral("\n> **%1**\n").arg(inheritedNote(doc));
        else if (!inherited && inInherited)
            md += QStringLiteral("\n---\n\n**%1**\n").arg(branchStartNote(doc));
        inInherited = inherited;
        md += QStringLiteral("\n## %1\n\n").arg(roleTitle(t));
        if (t.value(QLatin1String("usage")).isObject())
            md += QStringLiteral("*%1 · cost %2*\n\n")
                      .arg(usageText(t.value(QLatin1String("usage")).toObject()),
                           costText(t.value(QLatin1String("cost_usd"))));
        for (const QJsonValue &bv : t.value(QLatin1String("content")).toArray()) {
            const QJsonObject b = bv.toObject();
            const QString type = s(b, "type");
            if (type == QLatin1String("text")) {
                md += (s(t, "role") == QLatin1String("other") ? fenced(s(b, "text")) : s(b, "text")) +
                      QStringLiteral("\n\n");
            } else if (type == QLatin1String("thinking")) {
                const QStringList lines = s(b, "thinking").split(QLatin1Char('\n'));
                md += QStringLiteral("> *Thinking:*\n");
                for (const QString &l : lines)
                    md += QStringLiteral("> %1\n").arg(l);
                md += QLatin1Char('\n');
            } else if (type == QLatin1String("tool_use")) {
                const QJsonObject call = calls.value(s(b, "id"), b);
                const auto [body, lang] = callBody(call);
                md += QStringLiteral("**Tool call** `%1` (`%2`)\n\n").arg(s(b, "name"), s(b, "id"));
                md += fenced(body, lang) + QLatin1Char('\n');
                for (const QJsonValue &d : call.value(QLatin1String("decisions")).toArray())
                    md += QStringLiteral("- Decision: %1\n").arg(decisionText(d.toObject()));
                if (const QString ex = execText(call); !ex.isEmpty())
                    md += QStringLiteral("- Ran: %1\n").arg(ex);
                md += QLatin1Char('\n');
            } else if (type == QLatin1String("tool_result")) {
                const bool edited = calls.value(s(b, "tool_use_id"))
                                        .value(QLatin1String("result"))
                                        .toObject()
                                        .value(QLatin1String("edited"))
                                        .toBool();
                md += QStringLiteral("**Result** for `%1`%2%3\n\n")
                          .arg(s(b, "tool_use_id"),
                               b.value(QLatin1String("is_error")).toBool() ? QStringLiteral(" (error)")
                                                                           : QString(),
                               edited ? QStringLiteral(" (edited for the branch)") : QString());
                md += fenced(resultText(b.value(QLatin1String("content")))) + QLatin1Char('\n');
            } else {
                md += QStringLiteral("*[%1 block]*\n\n").arg(type);
            }
        }
    }
    if (inInherited) // the branch has no events of its own yet
        md += QStringLiteral("\n---\n\n**%1**\n").arg(branchStartNote(doc));
    return md;
}

QString TranscriptExport::toHtml(const QJsonObject &doc)
{
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    const QString title = s(doc, "title").simplified();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<title>%1</title>\n")
             .arg(esc(title.isEmpty() ? QStringLiteral("Transcript") : title));
    h += QStringLiteral(
        "<style>\n"
        "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 "
        "1rem;color:#1d1f21;background:#fff}\n"
        "h1{font-size:1.5rem}table.meta td{padding:.1rem .8rem .1rem 0;vertical-align:top}\n"
        "section{border-left:4px solid #ccc;padding:.2rem 1rem;margin:1rem 0}\n"
        "section.user{border-color:#3b82f6}section.assistant{border-color:#10b981}\n"
        "section.system,section.other{border-color:#f59e0b;background:#fffbeb}\n"
        "section.sidechain{margin-left:2rem;border-style:dashed}\n"
        "section.inherited{opacity:.75;border-left-style:dotted}.note{color:#555;font-style:italic}\n"
        "h2{font-size:1rem;margin:.4rem 0;color:#444}.usage{color:#666;font-size:.85rem}\n"
        ".text{white-space:pre-wrap}pre{background:#f4f4f5;padding:.6rem;overflow-x:auto;white-space:pre-"
        "wrap;word-break:break-word}\n"
        ".tool{border:1px solid #ddd;border-radius:4px;padding:.4rem .8rem;margin:.5rem 0}\n"
        ".error{color:#b91c1c}.warnings{background:#fef2f2;padding:.5rem 1rem}\n"
        "details>summary{cursor:pointer;color:#444}\n"
        "@media (prefers-color-scheme:dark){body{background:#18181b;color:#e4e4e7}pre{background:#27272a}"
        "section.system,section.other{background:#292524}.warnings{background:#3f1d1d}}\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<table class=\"meta\">\n")
             .arg(esc(title.isEmpty() ? QStringLiteral("Transcript") : title));
    for (const auto &[k, v] : metaRows(doc))
        if (!v.isEmpty())
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(k), esc(v));
    h += QStringLiteral("</table>\n");
    const QJsonArray warnings = doc.value(QLatin1String("warnings")).toArray();
    if (!warnings.isEmpty()) {
        h += QStringLiteral("<div class=\"warnings\"><strong>Skipped lines</strong><ul>\n");
        for (const QJsonValue &w : warnings)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(w.toString()));
        h += QStringLiteral("</ul></div>\n");
    }
    const auto calls = callsById(doc);
    auto collapsible = [&esc](const QString &summary, const QString &body, bool open = false) {
        return QStringLiteral("<details%1><summary>%2</summary><pre>%3</pre></details>\n")
            .arg(open ? QStringLiteral(" open") : QString(), esc(summary), esc(body));
    };
    bool inInherited = false;
    for (const QJsonValue &tv : doc.value(QLatin1String("turns")).toArray()) {
        const QJsonObject t = tv.toObject();
        const bool inherited = t.value(QLatin1String("inherited")).toBool();
        if (inherited && !inInherited)
            h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(inheritedNote(doc)));
        else if (!inherited && inInherited)
            h += QStringLiteral("<hr>\n<p class=\"note\">%1</p>\n").arg(esc(branchStartNote(doc)));
        inInherited = inherited;
        QString cls = s(t, "role");
        if (t.value(QLatin1String("sidechain")).toBool())
            cls += QStringLiteral(" sidechain");
        if (inherited)
            cls += QStringLiteral(" inherited");
        h += QStringLiteral("<section class=\"%1\" id=\"turn-%2\">\n<h2>%3</h2>\n")
                 .arg(cls)
                 .arg(t.value(QLatin1String("index")).toInt())
                 .arg(esc(roleTitle(t)));
        if (t.value(QLatin1String("usage")).isObject())
            h += QStringLiteral("<div class=\"usage\">%1 · cost %2</div>\n")
                     .arg(esc(usageText(t.value(QLatin1String("usage")).toObject())),
                          esc(costText(t.value(QLatin1String("cost_usd")))));
        for (const QJsonValue &bv : t.value(QLatin1String("content")).toArray()) {
            const QJsonObject b = bv.toObject();
            const QString type = s(b, "type");
            if (type == QLatin1String("text")) {
                h += QStringLiteral("<div class=\"text\">%1</div>\n").arg(esc(s(b, "text")));
            } else if (type == QLatin1String("thinking")) {
                h += collapsible(QStringLiteral("Thinking"), s(b, "thinking"));
            } else if (type == QLatin1String("tool_use")) {
                const QJsonObject call = calls.value(s(b, "id"), b);
                h += QStringLiteral("<div class=\"tool\"><strong>Tool call</strong> <code>%1</code> "
                                    "<code>%2</code>\n<pre>%3</pre>\n")
                         .arg(esc(s(b, "name")), esc(s(b, "id")), esc(callBody(call).first));
                const QJsonArray ds = call.value(QLatin1String("decisions")).toArray();
                if (!ds.isEmpty()) {
                    h += QStringLiteral("<ul>\n");
                    for (const QJsonValue &d : ds)
                        h += QStringLiteral("<li>Decision: %1</li>\n").arg(esc(decisionText(d.toObject())));
                    h += QStringLiteral("</ul>\n");
                }
                if (const QString ex = execText(call); !ex.isEmpty())
                    h += QStringLiteral("<div>Ran: %1</div>\n").arg(esc(ex));
                if (!s(call, "stdout").isEmpty())
                    h += collapsible(QStringLiteral("stdout (%1 characters)").arg(s(call, "stdout").size()),
                                     s(call, "stdout"));
                if (!s(call, "stderr").isEmpty())
                    h += collapsible(QStringLiteral("stderr (%1 characters)").arg(s(call, "stderr").size()),
                                     s(call, "stderr"));
                h += QStringLiteral("</div>\n");
            } else if (type == QLatin1String("tool_result")) {
                const bool error = b.value(QLatin1String("is_error")).toBool();
                const bool edited = calls.value(s(b, "tool_use_id"))
                                        .value(QLatin1String("result"))
                                        .toObject()
                                        .value(QLatin1String("edited"))
                                        .toBool();
                h += collapsible(QStringLiteral("Result for %1%2%3")
                                     .arg(s(b, "tool_use_id"), error ? QStringLiteral(" (error)") : QString(),
                                          edited ? QStringLiteral(" (edited for the branch)") : QString()),
                                 resultText(b.value(QLatin1String("content"))));
            } else {
                h += QStringLiteral("<div class=\"text\"><em>[%1 block]</em></div>\n").arg(esc(type));
            }
        }
        h += QStringLiteral("</section>\n");
    }
    if (inInherited)
        h += QStringLiteral("<hr>\n<p class=\"note\">%1</p>\n").arg(esc(branchStartNote(doc)));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

Result<QByteArray> TranscriptExport::exportFile(const QString &path, Format format)
{
    auto doc = document(path);
    if (!doc)
        return doc.error();
    switch (format) {
    case Format::Markdown:
        return toMarkdown(*doc).toUtf8();
    case Format::Html:
        return toHtml(*doc).toUtf8();
    case Format::Json:
        break;
    }
    return toJson(*doc);
}

} // namespace Workbench

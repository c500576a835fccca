// SPDX-License-Identifier: MIT
#include "transcriptcommand.h"

#include "agent/runconfig.h"
#include "transcript/claudecodereader.h"
#include "transcript/transcriptexport.h"
#include "transcript/transcriptreader.h"
#include "transcript/transcriptsearch.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Workbench {

namespace {

constexpr int kFailed = 1;
constexpr int kUsage = 2;

void err(const QString &line)
{
    const QByteArray b = (QStringLiteral("agent-workbench: ") + line + QLatin1Char('\n')).toUtf8();
    ::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    ::fflush(stderr);
}

void out(const QByteArray &bytes)
{
    ::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    ::fflush(stdout);
}

void outJson(const QJsonObject &o)
{
    out(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

const QString kUsageText =
    QStringLiteral("usage: agent-workbench transcript show FILE [--json]\n"
                   "       agent-workbench transcript sessions [--claude-dir DIR] [--json]\n"
                   "       agent-workbench transcript export FILE [--format md|html|json] [-o OUT]\n"
                   "       agent-workbench transcript search QUERY [--dir DIR]... [--limit N] [--json]");

QJsonArray warningsJson(const QList<LineWarning> &warnings)
{
    QJsonArray a;
    for (const LineWarning &w : warnings)
        a.append(QJsonObject{{QStringLiteral("line"), w.line},
                             {QStringLiteral("torn"), w.torn},
                             {QStringLiteral("message"), w.message}});
    return a;
}

int show(const QString &path, bool json)
{
    if (TranscriptReader::detect(path) == TranscriptKind::ClaudeCode) {
        auto s = ClaudeCodeReader::read(path);
        if (!s) {
            err(s.error().toString());
            return kFailed;
        }
        for (const LineWarning &w : std::as_const(s->warnings))
            err(QStringLiteral("%1: skipped %2").arg(path, w.message));
        if (!json) {
            out(s->toText().toUtf8());
            return 0;
        }
        outJson({{QStringLiteral("kind"), QStringLiteral("claude-code")},
                 {QStringLiteral("session_id"), s->sessionId},
                 {QStringLiteral("title"), s->title},
                 {QStringLiteral("cwd"), s->cwd},
                 {QStringLiteral("version"), s->version},
                 {QStringLiteral("user_messages"), s->userMessages},
                 {QStringLiteral("assistant_messages"), s->assistantMessages},
                 {QStringLiteral("tool_calls"), s->toolCalls},
                 {QStringLiteral("sidechain_entries"), s->sidechainEntries},
                 {QStringLiteral("compactions"), s->compactions},
                 {QStringLiteral("usage"),
                  QJsonObject{{QStringLiteral("input_tokens"), s->usage.input},
                              {QStringLiteral("output_tokens"), s->usage.output},
                              {QStringLiteral("cache_read_input_tokens"), s->usage.cacheRead},
                              {QStringLiteral("cache_creation_input_tokens"), s->usage.cacheWrite}}},
                 {QStringLiteral("cost_usd"), s->costUsd ? QJsonValue(*s->costUsd) : QJsonValue()},
                 {QStringLiteral("duration_ms"),
                  s->started.isValid() ? QJsonValue(s->started.msecsTo(s->ended)) : QJsonValue()},
                 {QStringLiteral("warnings"), warningsJson(s->warnings)}});
        return 0;
    }
    auto log = TranscriptReader::read(path);
    if (!log) {
        err(log.error().toString());
        return kFailed;
    }
    const TranscriptSummary s = TranscriptReader::summarize(*log);
    if (!json) {
        out(s.toText().toUtf8());
        return 0;
    }
    outJson(
        {{QStringLiteral("kind"), QStringLiteral("workbench")},
         {QStringLiteral("run_id"), s.runId},
         {QStringLiteral("task"), s.task},
         {QStringLiteral("model"), s.model},
         {QStringLiteral("provider"), s.provider},
         {QStringLiteral("workspace"), s.workspace},
         {QStringLiteral("permission_mode"), s.permissionMode},
         {QStringLiteral("stop_reason"), s.stopReason.isEmpty() ? QJsonValue() : QJsonValue(s.stopReason)},
         {QStringLiteral("turns"), s.turns},
         {QStringLiteral("tool_calls"), s.toolCalls},
         {QStringLiteral("denied_calls"), s.deniedCalls},
         {QStringLiteral("usage"),
          QJsonObject{{QStringLiteral("input_tokens"), s.inputTokens},
                      {QStringLiteral("output_tokens"), s.outputTokens},
                      {QStringLiteral("cache_read_input_tokens"), s.cacheReadTokens},
                      {QStringLiteral("cache_creation_input_tokens"), s.cacheWriteTokens}}},
         {QStringLiteral("cost_usd"), s.costUsd ? QJsonValue(*s.costUsd) : QJsonValue()},
         {QStringLiteral("duration_ms"), s.durationMs >= 0 ? QJsonValue(s.durationMs) : QJsonValue()},
         {QStringLiteral("events"), s.events},
         {QStringLiteral("last_seq"), s.lastSeq},
         {QStringLiteral("last_type"), s.lastType},
         {QStringLiteral("interrupted_turn"),
          s.interruptedTurn > 0 ? QJsonValue(s.interruptedTurn) : QJsonValue()},
         {QStringLiteral("partial_text"), s.interruptedTurn > 0 ? QJsonValue(s.partialText) : QJsonValue()},
         {QStringLiteral("forked_from"),
          s.forkStep < 0 ? QJsonValue()
                         : QJsonObject{{QStringLiteral("source"), s.forkedFromPath},
                                       {QStringLiteral("source_run_id"), s.forkedFromRunId},
                                       {QStringLiteral("step"), s.forkStep},
                                       {QStringLiteral("inherited_turns"), s.inheritedTurns},
                                       {QStringLiteral("inherited_tool_calls"), s.inheritedToolCalls}}},
         {QStringLiteral("warnings"), warningsJson(log->warnings)}});
    return 0;
}

int sessions(const QString &root, bool json)
{
    auto projects = ClaudeCodeBrowser::scan(root);
    if (!projects) {
        err(projects.error().toString());
        return kFailed;
    }
    QJsonArray all;
    QString text;
    for (const ClaudeCodeProject &p : std::as_const(*projects)) {
        QJsonArray list;
        text += QStringLiteral("%1\n").arg(p.cwd.isEmpty() ? p.dirName : p.cwd);
        for (const ClaudeCodeSessionInfo &s : p.sessions) {
            const QString started =
                s.started.isValid() ? s.started.toString(Qt::ISODate) : QStringLiteral("?");
            text += QStringLiteral("  %1  %2  %3 messages  %4 KiB  %5\n")
                        .arg(s.sessionId, started)
                        .arg(s.messageCount)
                        .arg((s.sizeBytes + 1023) / 1024)
                        .arg(s.title.isEmpty() ? s.firstPrompt : s.title);
            text += QStringLiteral("      %1\n").arg(s.path);
            list.append(QJsonObject{
                {QStringLiteral("session_id"), s.sessionId},
                {QStringLiteral("path"), s.path},
                {QStringLiteral("title"), s.title},
                {QStringLiteral("first_prompt"), s.firstPrompt},
                {QStringLiteral("started"),
                 s.started.isValid() ? QJsonValue(s.started.toString(Qt::ISODateWithMs)) : QJsonValue()},
                {QStringLiteral("messages"), s.messageCount},
                {QStringLiteral("size_bytes"), s.sizeBytes},
                {QStringLiteral("subagent_files"), s.subagentFiles},
                {QStringLiteral("malformed_lines"), s.malformedLines}});
        }
        all.append(QJsonObject{{QStringLiteral("project"), p.dirName},
                               {QStringLiteral("path"), p.path},
                               {QStringLiteral("cwd"), p.cwd},
                               {QStringLiteral("sessions"), list}});
    }
    if (json)
        outJson({{QStringLiteral("root"), root}, {QStringLiteral("projects"), all}});
    else
        out(text.isEmpty() ? QStringLiteral("No Claude Code sessions in %1\n").arg(root).toUtf8()
                           : text.toUtf8());
    return 0;
}

int exportTranscript(const QString &path, const QString &formatName, const QString &output)
{
    auto format = TranscriptExport::parseFormat(formatName);
    if (!format) {
        err(format.error().toString());
        return kUsage;
    }
    auto bytes = TranscriptExport::exportFile(path, *format);
    if (!bytes) {
        err(bytes.error().toString());
        return kFailed;
    }
    if (output.isEmpty() || output == QLatin1String("-")) {
        out(*bytes);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        err(QStringLiteral("Cannot write %1 (%2)").arg(output, file.errorString()));
        return kFailed;
    }
    return 0;
}

int search(const QString &query, QStringList dirs, int limit, bool json)
{
    if (dirs.isEmpty()) {
        dirs.append(RunConfig::dataDirectory() + QStringLiteral("/transcripts"));
        dirs += ClaudeCodeBrowser::defaultRoots();
    }
    const QStringList files = TranscriptSearch::collectFiles(dirs);
    QJsonArray hits;
    int count = 0;
    for (const QString &f : files) {
        const Status st = TranscriptSearch::searchFile(f, query, [&](const SearchHit &h) {
            ++count;
            if (json)
                hits.append(QJsonObject{{QStringLiteral("path"), h.path},
                                        {QStringLiteral("line"), h.line},
                                        {QStringLiteral("kind"), h.kind},
                                        {QStringLiteral("snippet"), h.snippet}});
            else
                out(QStringLiteral("%1:%2: %3: %4\n")
                        .arg(h.path)
                        .arg(h.line)
                        .arg(h.kind, h.snippet)
                        .toUtf8());
            return limit <= 0 || count < limit;
        });
        if (!st)
            err(st.error().toString());
        if (limit > 0 && count >= limit)
            break;
    }
    if (json) {
        QJsonArray searched;
        for (const QString &d : std::as_const(dirs))
            searched.append(d);
        outJson({{QStringLiteral("query"), query},
                 {QStringLiteral("searched"), searched},
                 {QStringLiteral("files"), files.size()},
                 {QStringLiteral("hits"), hits}});
    }
    return count > 0 ? 0 : kFailed;
}

} // namespace

int runTranscriptCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Read, export and search transcripts."));
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Export format: md, html or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the export here (default: stdout)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption claudeDir(
        QStringLiteral("claude-dir"),
        QStringLiteral("Claude Code projects folder (default: ~/.claude/projects)."), QStringLiteral("DIR"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Search here (repeatable; default: the app's transcripts and "
                                                "Claude Code's projects)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Stop after N matches."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    p.addOptions({json, format, output, claudeDir, dir, limit});
    if (!p.parse(args)) {
        err(p.errorText());
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out((kUsageText + QLatin1Char('\n')).toUtf8());
        return 0;
    }
    QStringList pos = p.positionalArguments();
    if (!pos.isEmpty() && pos.constFirst() == QLatin1String("transcript"))
        pos.removeFirst();
    const QString sub = pos.value(0);
    if (sub == QLatin1String("show") && pos.size() == 2)
        return show(pos.at(1), p.isSet(json));
    if (sub == QLatin1String("sessions") && pos.size() == 1)
        return sessions(p.isSet(claudeDir) ? p.value(claudeDir) : ClaudeCodeBrowser::defaultRoot(),
                        p.isSet(json));
    if (sub == QLatin1String("export") && pos.size() == 2)
        return exportTranscript(pos.at(1), p.value(format), p.value(output));
    if (sub == QLatin1String("search") && pos.size() == 2) {
        bool ok = false;
        const int n = p.value(limit).toInt(&ok);
        if (!ok || n < 0) {
            err(QStringLiteral("--limit needs a whole number"));
            return kUsage;
        }
        return search(pos.at(1), p.values(dir), n, p.isSet(json));
    }
    err(kUsageText);
    return kUsage;
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "transcript/claudecodereader.h"
#include "transcript/transcriptexport.h"
#include "transcript/transcriptsearch.h"
#include "transcript/transcriptwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

static QString fixtures()
{
    return QStringLiteral(WB_TEST_DATA_DIR "/claude-code/projects");
}
static QString richSession()
{
    return fixtures() + u"/-home-dev-src-calc/5b0c2f1e-0000-4000-8000-000000000001.jsonl"_s;
}

// A small run of ours: one tool call that was asked about and approved, then the answer.
static void writeRun(const QString &path, const QString &stdoutText, const QString &answer)
{
    TranscriptWriter w;
    QVERIFY(w.open(path).ok());
    w.write(u"run_started"_s, {{u"run_id"_s, u"run-1"_s},
                               {u"task"_s, u"List <files> & count"_s},
                               {u"model"_s, u"claude-sonnet-4-6"_s},
                               {u"provider"_s, u"replay"_s}});
    w.write(u"user_message"_s, {{u"content"_s, u"List <files> & count"_s}});
    const QJsonObject toolUse{{u"type"_s, u"tool_use"_s},
                              {u"id"_s, u"toolu_1"_s},
                              {u"name"_s, u"bash"_s},
                              {u"input"_s, QJsonObject{{u"command"_s, u"ls | wc -l"_s}}}};
    w.write(
        u"assistant_message"_s,
        {{u"turn"_s, 1},
         {u"message"_s,
          QJsonObject{{u"model"_s, u"claude-sonnet-4-6"_s},
                      {u"content"_s,
                       QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Counting."_s}}, toolUse}},
                      {u"stop_reason"_s, u"tool_use"_s},
                      {u"usage"_s, QJsonObject{{u"input_tokens"_s, 100}, {u"output_tokens"_s, 20}}}}},
         {u"cost_usd"_s, 0.0006}});
    w.write(u"tool_call"_s, {{u"turn"_s, 1},
                             {u"id"_s, u"toolu_1"_s},
                             {u"name"_s, u"bash"_s},
                             {u"input"_s, toolUse.value("input"_L1)}});
    w.write(u"decision"_s, {{u"id"_s, u"toolu_1"_s},
                            {u"verdict"_s, u"ask"_s},
                            {u"decided_by"_s, u"mode"_s},
                            {u"reason"_s, u"a pipe"_s}});
    w.write(u"decision"_s,
            {{u"id"_s, u"toolu_1"_s}, {u"verdict"_s, u"allow"_s}, {u"decided_by"_s, u"user"_s}});
    w.write(u"exec_started"_s,
            {{u"id"_s, u"toolu_1"_s}, {u"spec"_s, QJsonObject{{u"argv"_s, QJsonArray{u"bash"_s}}}}});
    w.write(u"output"_s, {{u"id"_s, u"toolu_1"_s}, {u"stream"_s, u"stdout"_s}, {u"text"_s, stdoutText}});
    w.write(u"exec_finished"_s, {{u"id"_s, u"toolu_1"_s},
                                 {u"result"_s, QJsonObject{{u"end"_s, u"exited"_s},
                                                           {u"exitCode"_s, 0},
                                                           {u"description"_s, u"exited with status 0"_s},
                                                           {u"durationMs"_s, 12}}}});
    w.write(u"tool_result"_s, {{u"id"_s, u"toolu_1"_s}, {u"content"_s, stdoutText}, {u"is_error"_s, false}});
    w.write(
        u"assistant_message"_s,
        {{u"turn"_s, 2},
         {u"message"_s,
          QJsonObject{{u"model"_s, u"claude-sonnet-4-6"_s},
                      {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, answer}}}},
                      {u"stop_reason"_s, u"end_turn"_s},
                      {u"usage"_s, QJsonObject{{u"input_tokens"_s, 150}, {u"output_tokens"_s, 10}}}}},
         {u"cost_usd"_s, 0.0005}});
    w.write(u"run_finished"_s, {{u"stop_reason"_s, u"end_turn"_s},
                                {u"turns"_s, 2},
                                {u"usage"_s, QJsonObject{{u"input_tokens"_s, 250}, {u"output_tokens"_s, 30}}},
                                {u"cost_usd"_s, 0.0011}});
}

class tst_TranscriptExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_ofOurRun_hasTurnsToolCallsDecisionsAndUsage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.jsonl"_s);
        writeRun(path, u"7\n"_s, u"There are 7 files."_s);
        auto doc = TranscriptExport::document(path);
        QVERIFY(doc.ok());
        QCOMPARE(doc->value("format"_L1).toString(), u"agent-workbench-export"_s);
        QCOMPARE(doc->value("source"_L1).toObject().value("kind"_L1).toString(), u"workbench"_s);
        const QJsonArray turns = doc->value("turns"_L1).toArray();
        QCOMPARE(turns.size(), 4); // task, assistant, tool result, answer
        QCOMPARE(turns.at(1).toObject().value("role"_L1).toString(), u"assistant"_s);
        QCOMPARE(turns.at(1).toObject().value("cost_usd"_L1).toDouble(), 0.0006);
        const QJsonArray calls = doc->value("tool_calls"_L1).toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = calls.at(0).toObject();
        QCOMPARE(call.value("decisions"_L1).toArray().size(), 2);
        QCOMPARE(call.value("stdout"_L1).toString(), u"7\n"_s);
        QCOMPARE(call.value("exec"_L1).toObject().value("result"_L1).toObject().value("exitCode"_L1).toInt(),
                 0);
        QCOMPARE(call.value("result"_L1).toObject().value("content"_L1).toString(), u"7\n"_s);
        QCOMPARE(doc->value("decisions"_L1).toArray().size(), 2);
        QCOMPARE(doc->value("usage"_L1).toObject().value("input_tokens"_L1).toInt(), 250);
        QCOMPARE(doc->value("cost_usd"_L1).toDouble(), 0.0011);
        QCOMPARE(doc->value("stop_reason"_L1).toString(), u"end_turn"_s);
        QVERIFY(QJsonDocument::fromJson(TranscriptExport::toJson(*doc)).isObject());
    }

    void html_isOneSelfContainedFileWithEverythingEscaped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.jsonl"_s);
        writeRun(path, u"<script>alert(1)</script>\n"_s, u"Done: <b>7</b> & \"quoted\""_s);
        auto html = TranscriptExport::exportFile(path, TranscriptExport::Format::Html);
        QVERIFY(html.ok());
        const QString h = QString::fromUtf8(*html);
        QVERIFY(h.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!h.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(h.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(h.contains(u"Done: &lt;b&gt;7&lt;/b&gt; &amp; &quot;quoted&quot;"_s));
        QVERIFY(h.contains(u"List &lt;files&gt; &amp; count"_s));
        // Nothing fetched from elsewhere: no links, sources, imports or URLs in attributes.
        static const QRegularExpression external(u"<link|<img|<iframe|\\bsrc=|\\bhref=|@import|url\\("_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!h.contains(external));
        QVERIFY(h.contains(u"<style>"_s));
        QVERIFY(h.contains(u"<details><summary>stdout"_s));
        QVERIFY(h.contains(u"Decision: allow (by user)"_s));
    }

    void markdown_fencesOutputThatContainsBackticks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.jsonl"_s);
        writeRun(path, u"before\n```\nafter\n"_s, u"ok"_s);
        auto md = TranscriptExport::exportFile(path, TranscriptExport::Format::Markdown);
        QVERIFY(md.ok());
        const QString m = QString::fromUtf8(*md);
        QVERIFY(m.startsWith(u"# List <files> & count"_s));
        QVERIFY(m.contains(u"````\nbefore\n```\nafter\n````"_s));
        QVERIFY(m.contains(u"```sh\nls | wc -l\n```"_s));
        QVERIFY(m.contains(u"- Decision: ask (by mode): a pipe"_s));
        QVERIFY(m.contains(u"- **Cost:** $0.0011"_s));
    }

    void claudeCodeSession_exportsTreeFlagsUsageAndWarnings()
    {
        auto session = ClaudeCodeReader::read(richSession());
        QVERIFY(session.ok());
        auto doc = TranscriptExport::document(richSession());
        QVERIFY(doc.ok());
        QCOMPARE(doc->value("source"_L1).toObject().value("kind"_L1).toString(), u"claude-code"_s);
        QCOMPARE(doc->value("turns"_L1).toArray().size(), session->entries.size());
        QCOMPARE(doc->value("usage"_L1).toObject().value("input_tokens"_L1).toInteger(),
                 session->usage.input);
        QCOMPARE(doc->value("warnings"_L1).toArray().size(), 1);
        QVERIFY(doc->value("warnings"_L1).toArray().at(0).toString().startsWith(u"line 7"_s));
        bool sawSidechain = false, sawBoundary = false;
        for (const QJsonValue &t : doc->value("turns"_L1).toArray()) {
            sawSidechain = sawSidechain || t.toObject().value("sidechain"_L1).toBool();
            sawBoundary = sawBoundary || t.toObject().value("compact_boundary"_L1).toBool();
        }
        QVERIFY(sawSidechain && sawBoundary);
        QJsonObject read;
        for (const QJsonValue &c : doc->value("tool_calls"_L1).toArray())
            if (c.toObject().value("id"_L1).toString() == u"toolu_B1"_s)
                read = c.toObject();
        QCOMPARE(read.value("name"_L1).toString(), u"Bash"_s);
        QCOMPARE(read.value("stdout"_L1).toString(), u"3 passed in 0.02s"_s);
        auto html = TranscriptExport::exportFile(richSession(), TranscriptExport::Format::Html);
        QVERIFY(html.ok());
        QVERIFY(QString::fromUtf8(*html).contains(u"compaction boundary"_s));
    }

    void parseFormat_acceptsTheThreeAndNamesThemOtherwise()
    {
        QVERIFY(TranscriptExport::parseFormat(u"md"_s).ok());
        QVERIFY(TranscriptExport::parseFormat(u"HTML"_s).ok());
        QVERIFY(TranscriptExport::parseFormat(u"json"_s).ok());
        auto bad = TranscriptExport::parseFormat(u"pdf"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"md, html or json"_s));
    }

    void search_findsValuesCaseInsensitivelyWithLineAndKind()
    {
        const QStringList files = TranscriptSearch::collectFiles({fixtures()});
        QCOMPARE(files.size(), 4);
        QList<SearchHit> hits;
        for (const QString &f : files)
            QVERIFY(TranscriptSearch::searchFile(f, u"ZERODIVISION"_s, [&](const SearchHit &h) {
                        hits.append(h);
                        return true;
                    }).ok());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().path, richSession());
        QCOMPARE(hits.first().kind, u"assistant"_s);
        QVERIFY(hits.first().snippet.contains(u"ZeroDivisionError"_s));
        // The reported line really holds the match.
        QFile f(richSession());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.at(hits.first().line - 1).contains("ZeroDivisionError"));
    }

    void search_ignoresKeysAndReportsMalformedLines()
    {
        int keyHits = 0;
        QVERIFY(TranscriptSearch::searchFile(richSession(), u"permissionMode"_s, [&](const SearchHit &) {
                    ++keyHits;
                    return true;
                }).ok());
        QCOMPARE(keyHits, 0);
        QList<SearchHit> hits;
        QVERIFY(TranscriptSearch::searchFile(richSession(), u"msg_broken"_s, [&](const SearchHit &h) {
                    hits.append(h);
                    return true;
                }).ok());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().line, 7);
        QCOMPARE(hits.first().kind, u"malformed"_s);
        QVERIFY(!TranscriptSearch::searchFile(u"/nonexistent.jsonl"_s, u"x"_s, [](const SearchHit &) {
                     return true;
                 }).ok());
    }

    void search_stopsWhenTheCallbackSaysSo()
    {
        int n = 0;
        QVERIFY(TranscriptSearch::searchFile(richSession(), u"calc"_s, [&](const SearchHit &) {
                    ++n;
                    return false;
                }).ok());
        QCOMPARE(n, 1);
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptExport)
#include "tst_transcriptexport.moc"

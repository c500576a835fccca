// SPDX-License-Identifier: MIT
// `agent-workbench transcript …` end to end, on the built binary.
#include "transcript/transcriptreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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

class tst_TranscriptCli : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Outcome run(const QStringList &args)
    {
        QProcess p;
        p.start(m_binary, args);
        Outcome o;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return o;
        }
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        o.out = p.readAllStandardOutput();
        o.err = p.readAllStandardError();
        return o;
    }

    QString m_binary;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("WORKBENCH_BINARY");
        QVERIFY2(QFile::exists(m_binary), "WORKBENCH_BINARY must point at the built agent-workbench");
        QVERIFY(m_dir.isValid());
    }

    void show_recognizesAClaudeCodeSessionAndNamesItsBrokenLine()
    {
        const Outcome o = run({u"transcript"_s, u"show"_s, richSession()});
        QCOMPARE(o.exitCode, 0);
        const QString text = QString::fromUtf8(o.out);
        QVERIFY(text.contains(u"5b0c2f1e-0000-4000-8000-000000000001"_s));
        QVERIFY(text.contains(u"Compactions:"_s));
        QVERIFY(text.contains(u"Skipped line 7"_s));

        const Outcome j = run({u"transcript"_s, u"show"_s, richSession(), u"--json"_s});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o2 = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o2.value("kind"_L1).toString(), u"claude-code"_s);
        QCOMPARE(o2.value("compactions"_L1).toInt(), 1);
        QCOMPARE(o2.value("warnings"_L1).toArray().at(0).toObject().value("line"_L1).toInt(), 7);
    }

    void sessions_listsTheProjectsUnderClaudeDir()
    {
        const Outcome o = run({u"transcript"_s, u"sessions"_s, u"--claude-dir"_s, fixtures(), u"--json"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonArray projects = QJsonDocument::fromJson(o.out).object().value("projects"_L1).toArray();
        QCOMPARE(projects.size(), 2);
        const QJsonArray sessions = projects.at(0).toObject().value("sessions"_L1).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).toObject().value("first_prompt"_L1).toString(),
                 u"Add a divide function to calc.py and test it"_s);
        const Outcome text = run({u"transcript"_s, u"sessions"_s, u"--claude-dir"_s, fixtures()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("/home/dev/src/web"));
        QCOMPARE(run({u"transcript"_s, u"sessions"_s, u"--claude-dir"_s, m_dir.filePath(u"none"_s)}).exitCode,
                 1);
    }

    void export_writesEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("startsWith");
        QTest::newRow("md") << u"md"_s << QByteArray("# Add divide() to calc");
        QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << u"json"_s << QByteArray("{");
    }
    void export_writesEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, startsWith);
        const QString outPath = m_dir.filePath(u"export."_s + format);
        const Outcome o =
            run({u"transcript"_s, u"export"_s, richSession(), u"--format"_s, format, u"-o"_s, outPath});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(o.out.isEmpty());
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(startsWith));
        QVERIFY(bytes.contains("ZeroDivisionError"));
        // To stdout without -o.
        const Outcome toStdout = run({u"transcript"_s, u"export"_s, richSession(), u"--format"_s, format});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, bytes);
    }

    void export_unknownFormat_isAUsageError()
    {
        const Outcome o = run({u"transcript"_s, u"export"_s, richSession(), u"--format"_s, u"pdf"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains("md, html or json"));
    }

    void search_printsFileLineKindAndSnippet()
    {
        const Outcome o = run({u"transcript"_s, u"search"_s, u"zerodivisionerror"_s, u"--dir"_s, fixtures()});
        QCOMPARE(o.exitCode, 0);
        const QString text = QString::fromUtf8(o.out).trimmed();
        static const QRegularExpression line(u"^(.+\\.jsonl):(\\d+): assistant: .*ZeroDivisionError.*$"_s);
        const auto m = line.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QCOMPARE(m.captured(1), richSession());

        const Outcome j = run({u"transcript"_s, u"search"_s, u"calc"_s, u"--dir"_s, fixtures(), u"--json"_s,
                               u"--limit"_s, u"2"_s});
        QCOMPARE(j.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(j.out).object().value("hits"_L1).toArray().size(), 2);

        QCOMPARE(
            run({u"transcript"_s, u"search"_s, u"no such words anywhere"_s, u"--dir"_s, fixtures()}).exitCode,
            1);
    }

    void branch_showAndExport_includeTheInheritedPrefix()
    {
        // A branch forked at step 1 with an edited result: its history carries the parent's task,
        // answer and (edited) result; its own events are one answer.
        const QString parentPath = m_dir.filePath(u"parent-run.jsonl"_s);
        const auto block = [](const QString &type, QJsonObject o) {
            o.insert(u"type"_s, type);
            return o;
        };
        const QJsonArray messages{
            QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"list the files"_s}},
            QJsonObject{
                {u"role"_s, u"assistant"_s},
                {u"content"_s,
                 QJsonArray{block(u"text"_s, {{u"text"_s, u"Listing them."_s}}),
                            block(u"tool_use"_s, {{u"id"_s, u"toolu_p1"_s},
                                                  {u"name"_s, u"bash"_s},
                                                  {u"input"_s, QJsonObject{{u"command"_s, u"ls"_s}}}})}}}};
        const QJsonObject history{
            {u"messages"_s, messages},
            {u"pending_results"_s, QJsonArray{block(u"tool_result"_s, {{u"tool_use_id"_s, u"toolu_p1"_s},
                                                                       {u"content"_s, u"EDITED LISTING"_s},
                                                                       {u"is_error"_s, false}})}},
            {u"pending_calls"_s, QJsonArray{}},
            {u"turns"_s, 1}};
        QByteArray bytes;
        int seq = 0;
        const auto add = [&](const QString &type, QJsonObject o) {
            o.insert(u"v"_s, 1);
            o.insert(u"seq"_s, ++seq);
            o.insert(u"ts"_s, u"2026-01-01T00:00:0%1.000Z"_s.arg(seq));
            o.insert(u"type"_s, type);
            bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        };
        add(u"run_started"_s, {{u"run_id"_s, u"branch-run"_s},
                               {u"task"_s, u"list the files"_s},
                               {u"model"_s, u"claude-sonnet-4-6"_s},
                               {u"provider"_s, u"anthropic"_s}});
        add(u"forked_from"_s,
            {{u"source"_s, parentPath},
             {u"source_run_id"_s, u"parent-run"_s},
             {u"step"_s, 1},
             {u"tool_use_id"_s, u"toolu_p1"_s},
             {u"edited"_s, QJsonObject{{u"tool_result"_s, QJsonObject{{u"id"_s, u"toolu_p1"_s},
                                                                      {u"original"_s, u"a.txt"_s},
                                                                      {u"edited"_s, u"EDITED LISTING"_s}}}}},
             {u"history"_s, history}});
        add(u"run_resumed"_s, {{u"action"_s, u"fork"_s}, {u"turn"_s, 1}});
        add(u"request"_s, {{u"turn"_s, 2}});
        add(u"assistant_message"_s,
            {{u"turn"_s, 2},
             {u"cost_usd"_s, 0.001},
             {u"message"_s,
              QJsonObject{{u"role"_s, u"assistant"_s},
                          {u"model"_s, u"claude-sonnet-4-6"_s},
                          {u"stop_reason"_s, u"end_turn"_s},
                          {u"content"_s, QJsonArray{block(u"text"_s, {{u"text"_s, u"Branch answer."_s}})}},
                          {u"usage"_s, QJsonObject{{u"input_tokens"_s, 30}, {u"output_tokens"_s, 5}}}}}});
        add(u"run_finished"_s, {{u"stop_reason"_s, u"end_turn"_s}});
        const QString branch = m_dir.filePath(u"branch.jsonl"_s);
        {
            QFile f(branch);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }

        const Outcome show = run({u"transcript"_s, u"show"_s, branch});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QString text = QString::fromUtf8(show.out);
        QVERIFY2(text.contains(u"Branch of:    run parent-run at step 1 (%1)"_s.arg(parentPath)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"1 turn(s) and 1 tool call(s) before the fork"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Turns:        1\n"_s), qPrintable(text)); // the branch's own
        const QJsonObject summary =
            QJsonDocument::fromJson(run({u"transcript"_s, u"show"_s, branch, u"--json"_s}).out).object();
        const QJsonObject forked = summary.value("forked_from"_L1).toObject();
        QCOMPARE(forked.value("source"_L1).toString(), parentPath);
        QCOMPARE(forked.value("step"_L1).toInt(), 1);
        QCOMPARE(forked.value("inherited_turns"_L1).toInt(), 1);
        QCOMPARE(forked.value("inherited_tool_calls"_L1).toInt(), 1);

        const Outcome json = run({u"transcript"_s, u"export"_s, branch, u"--format"_s, u"json"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc.value("forked_from"_L1).toObject().value("source_run_id"_L1).toString(),
                 u"parent-run"_s);
        const QJsonArray turns = doc.value("turns"_L1).toArray();
        QCOMPARE(turns.size(), 4); // task, answer with the call, the edited result; the branch's answer
        for (int i = 0; i < 3; ++i)
            QVERIFY2(turns.at(i).toObject().value("inherited"_L1).toBool(), qPrintable(QString::number(i)));
        QVERIFY(!turns.at(3).toObject().contains("inherited"_L1));
        QCOMPARE(
            turns.at(3).toObject().value("content"_L1).toArray().at(0).toObject().value("text"_L1).toString(),
            u"Branch answer."_s);
        const QJsonObject call = doc.value("tool_calls"_L1).toArray().at(0).toObject();
        QCOMPARE(call.value("id"_L1).toString(), u"toolu_p1"_s);
        QVERIFY(call.value("inherited"_L1).toBool());
        QCOMPARE(call.value("result"_L1).toObject().value("content"_L1).toString(), u"EDITED LISTING"_s);
        QVERIFY(call.value("result"_L1).toObject().value("edited"_L1).toBool());

        for (const QString &format : {u"md"_s, u"html"_s}) {
            const Outcome o = run({u"transcript"_s, u"export"_s, branch, u"--format"_s, format});
            QVERIFY2(o.exitCode == 0, o.err.constData());
            const QString out = QString::fromUtf8(o.out);
            const qsizetype note = out.indexOf(u"Inherited from the parent run up to step 1"_s);
            const qsizetype listing = out.indexOf(u"EDITED LISTING"_s);
            const qsizetype own = out.indexOf(u"The branch&#x27;s own events start here"_s) >= 0
                                      ? out.indexOf(u"The branch&#x27;s own events start here"_s)
                                      : out.indexOf(u"The branch's own events start here"_s);
            const qsizetype answer = out.indexOf(u"Branch answer."_s);
            QVERIFY2(note >= 0 && note < listing && listing < own && own < answer, qPrintable(format));
            QVERIFY(out.contains(u"inherited from the parent run"_s));
            QVERIFY(out.contains(u"edited for the branch"_s));
            QVERIFY(out.contains(u"run parent-run at step 1"_s));
        }
    }

    void killedRun_transcriptOpensWithEverythingUpToTheLastEvent()
    {
        const QString transcript = m_dir.filePath(u"killed.jsonl"_s);
        const QString ws = m_dir.filePath(u"ws"_s);
        QProcess p;
        p.start(m_binary,
                {u"run"_s, u"--provider"_s, u"replay"_s, u"--replay"_s,
                 qEnvironmentVariable("WORKBENCH_SOURCE_DIR") + u"/resources/demo/fibonacci.jsonl"_s,
                 u"--sandbox"_s, u"none"_s, u"--permission-mode"_s, u"bypassPermissions"_s, u"--workspace"_s,
                 ws, u"--transcript"_s, transcript, u"--task"_s, u"demo"_s});
        QVERIFY(p.waitForStarted());
        QSignalSpy finished(&p, &QProcess::finished);
        // Kill as soon as the model's answer is streaming into the transcript.
        QTRY_VERIFY_WITH_TIMEOUT(
            finished.size() > 0 ||
                [&] {
                    QFile f(transcript);
                    return f.open(QIODevice::ReadOnly) && f.readAll().contains("\"type\":\"sse\"");
                }(),
            30000);
        if (!finished.isEmpty())
            QSKIP("the run ended before it could be killed");
        p.kill();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        auto log = TranscriptReader::read(transcript);
        QVERIFY(log.ok());
        QVERIFY(!log->events.isEmpty());
        QCOMPARE(log->events.first().value("type"_L1).toString(), u"run_started"_s);
        QVERIFY2(log->warnings.isEmpty(), qPrintable(log->warnings.value(0).message));
        const Outcome show = run({u"transcript"_s, u"show"_s, transcript});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("not finished"));
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptCli)
#include "tst_transcriptcli.moc"

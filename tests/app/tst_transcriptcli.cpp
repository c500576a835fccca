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

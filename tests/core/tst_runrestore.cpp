// SPDX-License-Identifier: MIT
// Resume, fork and rewind from a transcript, end to end: a parent run against the fake Messages
// server in the real sandbox with real checkpoints, then a restored run against a second fake
// server, whose first request is compared with what the parent sent. All data (transcripts,
// checkpoints, settings) lives in a temporary folder, never the user's.
#include "agent/agentrun.h"
#include "agent/runrestore.h"
#include "agent/runsession.h"
#include "approval/approvalgate.h"
#include "checkpoint/checkpointstore.h"
#include "fakemessagesserver.h"
#include "transcript/transcriptreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Workbench;

namespace {

QJsonObject message(const QJsonArray &content, const QString &stop)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_r")},
                       {QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("role"), QStringLiteral("assistant")},
                       {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-6")},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("stop_reason"), stop},
                       {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 50},
                                                             {QStringLiteral("output_tokens"), 10}}}};
}

QJsonObject bash(const QString &id, const QString &command)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("bash")},
                       {QStringLiteral("input"), QJsonObject{{QStringLiteral("command"), command}}}};
}

QJsonObject text(const QString &t)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), t}};
}

QJsonObject thinking(const QString &t, const QString &signature)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                       {QStringLiteral("thinking"), t},
                       {QStringLiteral("signature"), signature}};
}

// The parent's three answers: think and write a.txt; rewrite it and add b.txt; done.
QList<QJsonObject> parentAnswers()
{
    return {
        message({thinking(QStringLiteral("Start with a file."), QStringLiteral("sig-AbC/123+=")),
                 text(QStringLiteral("Writing a.txt.")),
                 bash(QStringLiteral("toolu_1"), QStringLiteral("echo one > a.txt"))},
                QStringLiteral("tool_use")),
        message({text(QStringLiteral("Changing it.")),
                 bash(QStringLiteral("toolu_2"), QStringLiteral("echo two > a.txt && echo made > b.txt && "
                                                                "cat a.txt"))},
                QStringLiteral("tool_use")),
        message({text(QStringLiteral("All done."))}, QStringLiteral("end_turn"))};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// The lines of `path` up to (not including) the first event matching `stop`.
bool copyUntil(const QString &path, const QString &to, const std::function<bool(const QJsonObject &)> &stop)
{
    auto events = TranscriptReader::readEvents(path);
    if (!events)
        return false;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = in.readAll().split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < events->size() && i < lines.size(); ++i) {
        if (stop(events->at(i)))
            break;
        out += lines.at(i) + '\n';
    }
    return writeFile(to, out);
}

QString type(const QJsonObject &e)
{
    return e.value(QLatin1String("type")).toString();
}

QJsonArray messagesOf(const FakeMessagesServer::Request &r)
{
    return r.json().value(QLatin1String("messages")).toArray();
}

// A message as the API takes it, less prompt-cache markers (they move as the history grows).
QJsonObject withoutCacheMarkers(QJsonObject m)
{
    QJsonValue content = m.value(QLatin1String("content"));
    if (content.isString()) // a marker turns a string into one text block
        content = QJsonArray{text(content.toString())};
    QJsonArray blocks;
    for (const QJsonValue &b : content.toArray()) {
        QJsonObject o = b.toObject();
        o.remove(QStringLiteral("cache_control"));
        blocks.append(o);
    }
    m.insert(QStringLiteral("content"), blocks);
    return m;
}

} // namespace

class tst_RunRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QNetworkAccessManager m_nam;

    RunOptions options(const FakeMessagesServer &server) const
    {
        RunOptions o;
        o.provider = QStringLiteral("anthropic");
        o.apiKey = QStringLiteral("test-key");
        o.baseUrl = server.baseUrl().toString();
        o.sandbox = QStringLiteral("local");
        o.loadStoredRules = false;
        o.permissionMode = QStringLiteral("bypassPermissions");
        o.checkpointDirectory = m_home.filePath(QStringLiteral("checkpoints"));
        o.maxTurns = 10;
        return o;
    }

    struct Parent
    {
        FakeMessagesServer server;
        QString transcript;
        QString workspace;
    };

    // Runs the parent to its end in a fresh workspace.
    std::unique_ptr<Parent> runParent(const QString &name)
    {
        auto p = std::make_unique<Parent>();
        if (!p->server.listen())
            return nullptr;
        for (const QJsonObject &m : parentAnswers())
            p->server.enqueueMessage(m);
        RunOptions o = options(p->server);
        o.workspace = m_home.filePath(name + QStringLiteral("-ws"));
        o.transcriptPath = m_home.filePath(name + QStringLiteral(".jsonl"));
        ApprovalGate gate;
        auto session = RunSession::create(o, &m_nam, &gate);
        if (!session) {
            qWarning() << session.error().toString();
            return nullptr;
        }
        std::unique_ptr<RunSession> owned(*session);
        QSignalSpy finished(owned->run(), &AgentRun::finished);
        owned->run()->start(QStringLiteral("make two files"));
        if (!finished.wait(60000) || owned->run()->stopReason() != QLatin1String("end_turn"))
            return nullptr;
        p->transcript = owned->transcriptPath();
        p->workspace = owned->workspace();
        return p;
    }

    // Runs a restore job to its end with the second server answering; the gate approves or
    // denies the calls it is asked about, as `approve` says.
    struct Restored
    {
        std::unique_ptr<RunSession> session;
        QStringList asked;
        Error error;
    };
    Restored finish(RunRestoreJob *job, ApprovalGate *gate, bool approve)
    {
        Restored out;
        QObject context;
        connect(gate, &ApprovalGate::approvalRequested, &context,
                [&out, gate, approve](const ApprovalRequest &r) {
                    out.asked.append(r.id);
                    if (approve)
                        gate->approve(r.id);
                    else
                        gate->deny(r.id, QStringLiteral("not now"));
                });
        QSignalSpy done(job, &RunRestoreJob::finished);
        job->start();
        if (!done.wait(60000)) {
            out.error = Error{QStringLiteral("timeout"), QStringLiteral("the job never finished"), {}, {}};
            return out;
        }
        out.error = job->error();
        out.session.reset(job->takeSession());
        if (!out.session)
            return out;
        // The run may already have ended by the time the job's signal returns control here.
        QSignalSpy finished(out.session->run(), &AgentRun::finished);
        if (out.session->run()->state() != AgentRun::State::Finished && !finished.wait(60000))
            out.error = Error{QStringLiteral("timeout"), QStringLiteral("the run never finished"), {}, {}};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The sandbox user of a root-run test must be able to enter the temporary folder.
        QFile::setPermissions(m_home.path(), QFile::permissions(m_home.path()) | QFileDevice::ExeOther |
                                                 QFileDevice::ExeGroup);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    }

    void resume_sendsTheHistoryTheInterruptedRunWouldHaveSent_data()
    {
        QTest::addColumn<QString>("cut");
        QTest::addColumn<int>("parentRequest"); // the parent request the first resumed one must equal
        QTest::addColumn<QStringList>("asked");
        // Killed between the tool round and the next request: nothing is owed, turn 3 is sent.
        QTest::newRow("after a complete round") << QStringLiteral("request3") << 2 << QStringList();
        // Killed while turn 3 streamed: the cut-off answer is dropped and asked for again.
        QTest::newRow("mid-stream") << QStringLiteral("sse3") << 2 << QStringList();
        // Killed after turn 2's answer, before its call ran: the call is asked again, not run.
        QTest::newRow("call owed a result")
            << QStringLiteral("toolcall2") << 2 << QStringList{QStringLiteral("toolu_2")};
    }

    void resume_sendsTheHistoryTheInterruptedRunWouldHaveSent()
    {
        QFETCH(QString, cut);
        QFETCH(int, parentRequest);
        QFETCH(QStringList, asked);
        static int round = 0;
        auto parent = runParent(QStringLiteral("resume-%1").arg(++round));
        QVERIFY(parent);
        QCOMPARE(parent->server.requests().size(), 3);

        const QString interrupted = parent->transcript + QStringLiteral(".cut.jsonl");
        int sseSeen = 0;
        QVERIFY(copyUntil(parent->transcript, interrupted, [&](const QJsonObject &e) {
            const int turn = e.value(QLatin1String("turn")).toInt();
            if (cut == QLatin1String("request3"))
                return type(e) == QLatin1String("request") && turn == 3;
            if (cut == QLatin1String("sse3"))
                return type(e) == QLatin1String("sse") && turn == 3 && ++sseSeen == 4;
            return type(e) == QLatin1String("tool_call") &&
                   e.value(QLatin1String("id")).toString() == QLatin1String("toolu_2");
        }));

        auto state = RestoredRun::load(interrupted);
        QVERIFY2(state.ok(), state.ok() ? "" : qPrintable(state.error().toString()));
        QVERIFY2(state->warnings.isEmpty(), qPrintable(state->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(state->partialTurnDropped, cut == QLatin1String("sse3"));
        QCOMPARE(state->pendingCalls, asked);

        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueMessage(parentAnswers().at(2));
        ApprovalGate gate;
        Restored r = finish(RunRestoreJob::resume(interrupted, options(server), &m_nam, &gate), &gate, true);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.toString()));
        QCOMPARE(r.session->run()->stopReason(), QStringLiteral("end_turn"));
        QCOMPARE(r.asked, asked);
        QCOMPARE(server.requests().size(), 1);
        // Exactly the request the parent sent for that turn: thinking and its signature verbatim.
        const QJsonArray sent = messagesOf(server.requests().at(0));
        QCOMPARE(sent, messagesOf(parent->server.requests().at(parentRequest)));
        QVERIFY(QJsonDocument(sent).toJson().contains("sig-AbC/123+="));

        // Appended to the same transcript, numbered on.
        QCOMPARE(r.session->transcriptPath(), QFileInfo(interrupted).absoluteFilePath());
        auto events = TranscriptReader::readEvents(interrupted);
        QVERIFY(events.ok());
        qint64 last = 0;
        bool resumed = false;
        for (const QJsonObject &e : std::as_const(*events)) {
            const qint64 seq = e.value(QLatin1String("seq")).toInteger();
            QVERIFY2(seq > last, "seq must keep increasing through a resumed transcript");
            last = seq;
            resumed = resumed || (type(e) == QLatin1String("run_resumed") &&
                                  e.value(QLatin1String("action")).toString() == QLatin1String("resume"));
            if (type(e) == QLatin1String("decision") &&
                asked.contains(e.value(QLatin1String("id")).toString()) &&
                e.value(QLatin1String("verdict")).toString() == QLatin1String("ask"))
                QVERIFY(e.value(QLatin1String("reason")).toString().contains(QLatin1String("restored")));
        }
        QVERIFY(resumed);
    }

    void resume_ofAFinishedRun_isRefusedWithoutAFollowUp()
    {
        auto parent = runParent(QStringLiteral("done"));
        QVERIFY(parent);
        FakeMessagesServer server;
        QVERIFY(server.listen());
        ApprovalGate gate;
        const QByteArray before = sha(parent->transcript);
        Restored r =
            finish(RunRestoreJob::resume(parent->transcript, options(server), &m_nam, &gate), &gate, true);
        QCOMPARE(r.error.code, QStringLiteral("nothing_to_resume"));
        QVERIFY(!r.session);
        QCOMPARE(server.requests().size(), 0);
        QCOMPARE(sha(parent->transcript), before);
    }

    void resume_ofAFinishedRun_withAFollowUp_sendsItAfterTheWholeHistory()
    {
        auto parent = runParent(QStringLiteral("followup"));
        QVERIFY(parent);
        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueMessage(message({text(QStringLiteral("c.txt added."))}, QStringLiteral("end_turn")));
        ApprovalGate gate;
        RunRestoreJob *job = RunRestoreJob::resume(parent->transcript, options(server), &m_nam, &gate);
        job->setFollowUp(QStringLiteral("Now add c.txt too."));
        Restored r = finish(job, &gate, true);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.toString()));
        QVERIFY(r.session);
        QCOMPARE(r.session->run()->stopReason(), QStringLiteral("end_turn"));
        QCOMPARE(r.session->transcriptPath(), parent->transcript); // the same run goes on
        QCOMPARE(server.requests().size(), 1);
        // What the parent sent last, its final answer, then the follow-up on its own.
        const QJsonArray sent = messagesOf(server.requests().at(0));
        const QJsonArray before = messagesOf(parent->server.requests().at(2));
        QCOMPARE(sent.size(), before.size() + 2);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(withoutCacheMarkers(sent.at(i).toObject()),
                     withoutCacheMarkers(before.at(i).toObject()));
        QCOMPARE(sent.at(before.size()).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("assistant"));
        const QJsonObject last = withoutCacheMarkers(sent.last().toObject());
        QCOMPARE(last.value(QLatin1String("role")).toString(), QStringLiteral("user"));
        QCOMPARE(last.value(QLatin1String("content")).toArray(),
                 QJsonArray{text(QStringLiteral("Now add c.txt too."))});
        delete job;
        // The transcript says so: run_resumed, then the user's message, then the new turn.
        auto events = TranscriptReader::readEvents(parent->transcript);
        QVERIFY(events.ok());
        int resumedAt = -1, messageAt = -1;
        for (int i = 0; i < events->size(); ++i) {
            const QJsonObject &e = events->at(i);
            if (type(e) == QLatin1String("run_resumed"))
                resumedAt = i;
            if (type(e) == QLatin1String("user_message") &&
                e.value(QLatin1String("content")).toString() == QLatin1String("Now add c.txt too."))
                messageAt = i;
        }
        QVERIFY(resumedAt > 0);
        QVERIFY(messageAt > resumedAt);
    }

    void loadJob_rebuildsTheRunOffTheCallingThread()
    {
        auto parent = runParent(QStringLiteral("loadjob"));
        QVERIFY(parent);
        auto expected = RestoredRun::load(parent->transcript);
        QVERIFY(expected.ok());
        QObject owner;
        RestoredRunLoadJob *job = RestoredRunLoadJob::start(parent->transcript, &owner);
        QSignalSpy finished(job, &RestoredRunLoadJob::finished);
        QSignalSpy progress(job, &RestoredRunLoadJob::progress);
        QVERIFY(!job->isFinished()); // nothing was read on this thread
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        QVERIFY(!job->isCancelled());
        QCOMPARE(job->state().runId, expected->runId);
        QCOMPARE(job->state().messages, expected->messages);
        QCOMPARE(job->state().calls.size(), expected->calls.size());
        QCOMPARE(job->state().checkpointFrom(2), expected->checkpointFrom(2));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(parent->transcript).size());
    }

    void loadJob_saysWhyItFailed_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("code");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("transcript_unreadable");
        QTest::newRow("not a run of ours")
            << QByteArray("{\"type\":\"something\",\"seq\":1}\n") << QStringLiteral("not_a_run");
    }

    void loadJob_saysWhyItFailed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString path =
            m_home.filePath(QStringLiteral("bad-%1.jsonl").arg(QString::fromUtf8(QTest::currentDataTag())));
        if (!content.isEmpty())
            QVERIFY(writeFile(path, content));
        QObject owner;
        RestoredRunLoadJob *job = RestoredRunLoadJob::start(path, &owner);
        QSignalSpy finished(job, &RestoredRunLoadJob::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->error().code, code);
        QVERIFY(!job->error().message.isEmpty());
    }

    void loadJob_cancelled_finishesOnceWithoutAState()
    {
        auto parent = runParent(QStringLiteral("loadcancel"));
        QVERIFY(parent);
        QObject owner;
        RestoredRunLoadJob *job = RestoredRunLoadJob::start(parent->transcript, &owner);
        QSignalSpy finished(job, &RestoredRunLoadJob::finished);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(job->isCancelled());
        QCOMPARE(job->error().code, QStringLiteral("cancelled"));
        // A second job on the same file goes through; the cancelled one stays finished once.
        RestoredRunLoadJob *other = RestoredRunLoadJob::start(parent->transcript, &owner);
        QSignalSpy otherFinished(other, &RestoredRunLoadJob::finished);
        QVERIFY(otherFinished.wait(30000));
        QVERIFY(other->error().isNull());
        QCOMPARE(finished.size(), 1);
        QVERIFY(job->state().runId.isEmpty());
    }

    void restoreJob_cancelledBeforeItRead_continuesNothing()
    {
        auto parent = runParent(QStringLiteral("jobcancel"));
        QVERIFY(parent);
        FakeMessagesServer server;
        QVERIFY(server.listen());
        ApprovalGate gate;
        const QByteArray before = sha(parent->transcript);
        RunRestoreJob *job = RunRestoreJob::resume(parent->transcript, options(server), &m_nam, &gate);
        job->setFollowUp(QStringLiteral("never sent"));
        QSignalSpy finished(job, &RunRestoreJob::finished);
        job->start();
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().code, QStringLiteral("cancelled"));
        QVERIFY(!job->takeSession());
        // Another restore of the same file completes, so the cancelled one had every chance to act.
        server.enqueueMessage(message({text(QStringLiteral("ok"))}, QStringLiteral("end_turn")));
        RunRestoreJob *other = RunRestoreJob::resume(parent->transcript, options(server), &m_nam, &gate);
        other->setFollowUp(QStringLiteral("sent"));
        Restored r = finish(other, &gate, true);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.toString()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(!QJsonDocument(messagesOf(server.requests().at(0))).toJson().contains("never sent"));
        QVERIFY(sha(parent->transcript) != before);
        delete job;
        delete other;
    }

    void fork_withEditedResult_sendsItAfterTheUnchangedPrefix()
    {
        auto parent = runParent(QStringLiteral("fork"));
        QVERIFY(parent);
        const QByteArray parentBefore = sha(parent->transcript);

        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueMessage(message({text(QStringLiteral("Noted."))}, QStringLiteral("end_turn")));
        ApprovalGate gate;
        ForkRequest request;
        request.step = 2;
        request.toolResult = QStringLiteral("EDITED RESULT");
        request.model = QStringLiteral("claude-opus-4-6");
        RunOptions base = options(server);
        base.workspace = m_home.filePath(QStringLiteral("branch-ws"));
        Restored r =
            finish(RunRestoreJob::fork(parent->transcript, request, base, &m_nam, &gate), &gate, true);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.toString()));
        QCOMPARE(r.session->run()->stopReason(), QStringLiteral("end_turn"));
        QVERIFY(r.asked.isEmpty());

        // One request: the parent's third request with call 2's result replaced, the new model.
        QCOMPARE(server.requests().size(), 1);
        QJsonArray expected = messagesOf(parent->server.requests().at(2));
        QJsonObject lastUser = expected.last().toObject();
        QJsonArray blocks = lastUser.value(QLatin1String("content")).toArray();
        QJsonObject result = blocks.at(0).toObject();
        QCOMPARE(result.value(QLatin1String("tool_use_id")).toString(), QStringLiteral("toolu_2"));
        QVERIFY(result.value(QLatin1String("content")).toString() != QLatin1String("EDITED RESULT"));
        result.insert(QStringLiteral("content"), QStringLiteral("EDITED RESULT"));
        blocks.replace(0, result);
        lastUser.insert(QStringLiteral("content"), blocks);
        expected.replace(expected.size() - 1, lastUser);
        QCOMPARE(messagesOf(server.requests().at(0)), expected);
        QCOMPARE(server.requests().at(0).json().value(QLatin1String("model")).toString(),
                 QStringLiteral("claude-opus-4-6"));

        // The parent is untouched; the branch has its own transcript and workspace.
        QCOMPARE(sha(parent->transcript), parentBefore);
        QVERIFY(r.session->transcriptPath() != parent->transcript);
        QVERIFY(r.session->workspace() != parent->workspace);
        QCOMPARE(readFile(parent->workspace + QStringLiteral("/a.txt")), QByteArray("two\n"));
        QVERIFY(QFileInfo::exists(parent->workspace + QStringLiteral("/b.txt")));
        // The branch's workspace is the checkpoint taken before step 2.
        QCOMPARE(readFile(r.session->workspace() + QStringLiteral("/a.txt")), QByteArray("one\n"));
        QVERIFY(!QFileInfo::exists(r.session->workspace() + QStringLiteral("/b.txt")));

        auto events = TranscriptReader::readEvents(r.session->transcriptPath());
        QVERIFY(events.ok());
        QCOMPARE(type(events->at(0)), QStringLiteral("run_started"));
        QCOMPARE(type(events->at(1)), QStringLiteral("forked_from"));
        const QJsonObject forked = events->at(1);
        QCOMPARE(forked.value(QLatin1String("source")).toString(),
                 QFileInfo(parent->transcript).absoluteFilePath());
        QCOMPARE(forked.value(QLatin1String("step")).toInt(), 2);
        QCOMPARE(forked.value(QLatin1String("edited"))
                     .toObject()
                     .value(QLatin1String("tool_result"))
                     .toObject()
                     .value(QLatin1String("edited"))
                     .toString(),
                 QStringLiteral("EDITED RESULT"));
        QVERIFY(!forked.value(QLatin1String("checkpoint")).toString().isEmpty());

        // The branch itself restores to the same history (it is self-contained).
        auto again = RestoredRun::load(r.session->transcriptPath());
        QVERIFY(again.ok());
        QCOMPARE(again->calls.size(), 2);
        QCOMPARE(again->call(QStringLiteral("toolu_2"))->result, QStringLiteral("EDITED RESULT"));
    }

    void fork_atAStepThatDoesNotExist_isAnError()
    {
        auto parent = runParent(QStringLiteral("nostep"));
        QVERIFY(parent);
        ForkRequest request;
        request.step = 7;
        auto plan = planFork(parent->transcript, request);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("no_such_step"));
    }

    void rewind_restoresTheFilesAndAsksTheCallAgain()
    {
        auto parent = runParent(QStringLiteral("rewind"));
        QVERIFY(parent);
        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueMessage(message({text(QStringLiteral("Understood."))}, QStringLiteral("end_turn")));
        ApprovalGate gate;
        Restored r = finish(RunRestoreJob::rewind(parent->transcript, QStringLiteral("toolu_2"),
                                                  options(server), &m_nam, &gate),
                            &gate, false);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.toString()));
        // Files as they were before step 2, in the run's own workspace.
        QCOMPARE(readFile(parent->workspace + QStringLiteral("/a.txt")), QByteArray("one\n"));
        QVERIFY(!QFileInfo::exists(parent->workspace + QStringLiteral("/b.txt")));
        // Conversation cut back to the call: it was asked about again (and denied here).
        QCOMPARE(r.asked, QStringList{QStringLiteral("toolu_2")});
        QCOMPARE(server.requests().size(), 1);
        const QJsonArray sent = messagesOf(server.requests().at(0));
        const QJsonArray parentTurn2 = messagesOf(parent->server.requests().at(1));
        QCOMPARE(sent.size(), parentTurn2.size() + 2); // + turn 2's answer + the denial
        const QJsonObject denial =
            sent.last().toObject().value(QLatin1String("content")).toArray().at(0).toObject();
        QCOMPARE(denial.value(QLatin1String("tool_use_id")).toString(), QStringLiteral("toolu_2"));
        QVERIFY(denial.value(QLatin1String("is_error")).toBool());

        auto events = TranscriptReader::readEvents(parent->transcript);
        QVERIFY(events.ok());
        bool rewound = false;
        for (const QJsonObject &e : std::as_const(*events))
            rewound = rewound ||
                      (type(e) == QLatin1String("rewound") && e.value(QLatin1String("to_step")).toInt() == 2);
        QVERIFY(rewound);
    }

    void cli_forkAndResume_goOnFromTheTranscript()
    {
        const QString binary = qEnvironmentVariable("WORKBENCH_BINARY");
        if (binary.isEmpty() || !QFileInfo(binary).isExecutable())
            QSKIP("agent-workbench is not built (WORKBENCH_BINARY)");
        auto parent = runParent(QStringLiteral("cli"));
        QVERIFY(parent);
        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueMessage(message({text(QStringLiteral("Branch done."))}, QStringLiteral("end_turn")));
        server.enqueueMessage(parentAnswers().at(2));
        server.enqueueMessage(message({text(QStringLiteral("Followed up."))}, QStringLiteral("end_turn")));
        const auto run = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
            env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), server.baseUrl().toString());
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
            p.setProcessEnvironment(env);
            p.setStandardInputFile(QProcess::nullDevice());
            QSignalSpy finished(&p, &QProcess::finished);
            p.start(binary, QStringList{QStringLiteral("run")} + args);
            if (!finished.wait(90000)) {
                p.kill();
                return -1;
            }
            *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        const int forked = run({QStringLiteral("--fork"), parent->transcript, QStringLiteral("--at"),
                                QStringLiteral("2"), QStringLiteral("--tool-result"),
                                QStringLiteral("FROM THE CLI"), QStringLiteral("--workspace"),
                                m_home.filePath(QStringLiteral("cli-branch-ws")), QStringLiteral("--json")},
                               &out);
        QVERIFY2(forked == 0, out.constData());
        QVERIFY2(out.contains("\"stop_reason\":\"end_turn\""), out.constData());
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(QJsonDocument(messagesOf(server.requests().at(0))).toJson().contains("FROM THE CLI"));

        // Resume a copy cut before turn 3: the run ends with the recorded last answer.
        const QString interrupted = parent->transcript + QStringLiteral(".cli-cut.jsonl");
        QVERIFY(copyUntil(parent->transcript, interrupted, [](const QJsonObject &e) {
            return type(e) == QLatin1String("request") && e.value(QLatin1String("turn")).toInt() == 3;
        }));
        const int resumed = run({QStringLiteral("--resume"), interrupted, QStringLiteral("--json")}, &out);
        QVERIFY2(resumed == 0, out.constData());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(messagesOf(server.requests().at(1)), messagesOf(parent->server.requests().at(2)));
        QCOMPARE(run({QStringLiteral("--resume"), interrupted}, &out), 1); // finished now: nothing to resume
        QVERIFY2(out.contains("nothing to resume"), out.constData());
        // With --task, the finished run goes on with it as the user's next message.
        const int followed = run({QStringLiteral("--resume"), interrupted, QStringLiteral("--task"),
                                  QStringLiteral("One more thing."), QStringLiteral("--json")},
                                 &out);
        QVERIFY2(followed == 0, out.constData());
        QVERIFY2(out.contains("Followed up."), out.constData());
        QCOMPARE(server.requests().size(), 3);
        const QJsonObject last = withoutCacheMarkers(messagesOf(server.requests().at(2)).last().toObject());
        QCOMPARE(last.value(QLatin1String("content")).toArray(),
                 QJsonArray{text(QStringLiteral("One more thing."))});
    }

    void checkpoint_seesARewriteWhoseMtimeWasPutBack()
    {
        const QString ws = m_home.filePath(QStringLiteral("mtime-ws"));
        QVERIFY(QDir().mkpath(ws));
        const QString file = ws + QStringLiteral("/data.txt");
        QVERIFY(writeFile(file, "original\n"));
        struct stat before
        {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);
        CheckpointStore store(m_home.filePath(QStringLiteral("mtime-store")));
        CheckpointStore::Request req;
        req.workspace = ws;
        auto first = store.capture(req);
        QVERIFY(first.ok());
        // Same size, new bytes, and the old mtime put back (what `touch -d` lets a command do).
        QVERIFY(writeFile(file, "tampered\n"));
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0), 0);
        auto second = store.capture(req);
        QVERIFY(second.ok());
        QVERIFY(second->find(QStringLiteral("data.txt"))->sha256 !=
                first->find(QStringLiteral("data.txt"))->sha256);
        auto rewound = store.rewind(first->id, ws, {-1, -1});
        QVERIFY(rewound.ok());
        QCOMPARE(readFile(file), QByteArray("original\n"));
    }
};

QTEST_GUILESS_MAIN(tst_RunRestore)
#include "tst_runrestore.moc"

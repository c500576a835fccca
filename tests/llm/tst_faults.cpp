// SPDX-License-Identifier: MIT
// Fault injection against the fake Messages server: dropped connections at many byte offsets,
// mid-stream errors, malformed SSE, truncated tool JSON, a slow drip, a huge answer; then the same
// faults seen by a whole AgentRun (conversation, stop reason, transcript, cost).
#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "fakemessagesserver.h"
#include "llm/anthropicprovider.h"
#include "llm/ssewriter.h"
#include "models/conversationmodel.h"
#include "sandbox/unsandboxedrunner.h"
#include "testdata.h"
#include "testmessages.h"
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

const QJsonObject kRequest = TestSupport::messagesRequest(u"hi"_s, 64);

QByteArray readData(const QString &name)
{
    return TestSupport::readTestFile(QStringLiteral(WB_TEST_DATA_DIR "/") + name);
}

QJsonObject message(const QString &text, const QString &stopReason = u"end_turn"_s,
                    const QJsonObject &usage = {{"input_tokens"_L1, 1000}, {"output_tokens"_L1, 100}})
{
    return QJsonObject{{"id"_L1, u"msg_f"_s},
                       {"type"_L1, u"message"_s},
                       {"role"_L1, u"assistant"_s},
                       {"model"_L1, u"claude-sonnet-4-6"_s},
                       {"content"_L1, QJsonArray{QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, text}}}},
                       {"stop_reason"_L1, stopReason},
                       {"stop_sequence"_L1, QJsonValue::Null},
                       {"usage"_L1, usage}};
}

FakeMessagesServer::Response sse(const QByteArray &body)
{
    FakeMessagesServer::Response r;
    r.headers = {{"content-type", "text/event-stream"}};
    r.body = body;
    return r;
}

QByteArray ev(const char *name, const char *json)
{
    return SseWriter::event(QString::fromLatin1(name), QJsonDocument::fromJson(json).object());
}

// A tool_use turn whose input JSON is cut off inside a string, but whose stream is complete.
QByteArray truncatedToolJsonStream()
{
    // Plain literals where the JSON holds escaped quotes: moc mis-reads those in raw strings.
    return ev("message_start",
              R"({"type":"message_start","message":{"id":"msg_tj","type":"message","role":"assistant","model":"claude-sonnet-4-6","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}})") +
           ev("content_block_start",
              R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_cut","name":"bash","input":{}}})") +
           ev("content_block_delta",
              "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\","
              "\"partial_json\":\"{\\\"command\\\": \\\"ec\"}}") +
           ev("content_block_stop", R"({"type":"content_block_stop","index":0})") +
           ev("message_delta",
              R"({"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":9}})") +
           ev("message_stop", R"({"type":"message_stop"})");
}

QString textOf(const ModelJob &job)
{
    QString text;
    for (const QJsonValue &b : job.message().value("content"_L1).toArray())
        text += b.toObject().value("text"_L1).toString();
    return text;
}

QList<QJsonObject> eventsOfType(const QList<QJsonObject> &events, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : events)
        if (e.value("type"_L1).toString() == type)
            out.append(e);
    return out;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // One model request.
    void droppedInsideTheBody_isNeverRetriedAndKeepsWhatArrived_data();
    void droppedInsideTheBody_isNeverRetriedAndKeepsWhatArrived();
    void droppedBeforeAnyByte_isResentAndSucceeds();
    void midStreamError_isNotRetriedAndKeepsThePartialText();
    void malformedLinesInAStream_areSkippedAndKept();
    void garbageInsteadOfAStream_failsWithoutRetrying();
    void truncatedToolJson_endsTheBlockWithEmptyInputAndKeepsTheText();
    void toolJsonCutByADrop_failsAsIncomplete();
    void slowDrip_stillCompletes();
    void hugeAnswer_twentyMegabytes_completes();

    // A whole run.
    void run_overloadedThenSuccess_showsTheWaitAndRecordsIt();
    void run_unauthorized_endsAtOnceAndPointsToTheKey();
    void run_midStreamOverload_keepsPartialTextInConversationAndTranscript();
    void run_truncatedToolJson_tellsTheModelAndGoesOn();
    void run_stopReasons_endWithAClearNotice_data();
    void run_stopReasons_endWithAClearNotice();
    void run_pauseTurn_resendsTheConversationAsIs();
    void run_cost_isPerTurnAndPerRun();
    void run_unknownModel_hasUnknownCost();

    // Stop reasons and the user's actions on a stopped run.
    void run_maxTokens_offersContinue_andContinueFinishesTheAnswer();
    void run_maxTokensInsideAToolCall_continueAnswersTheCutCall();
    void run_pauseTurn_isResentAutomaticallyButBounded();
    void run_midStreamFailure_retryTurnResendsTheSameRequestOnlyWhenAsked();
    void run_unauthorized_offersNoRetry();
    void run_stopSequence_isSentAndEndsTheRun();
    void run_thinking_isRequestedStreamedAndEchoedVerbatim();
    void run_cacheTokens_areShownPerTurnAndKeptInTheTranscript();
    void run_rateLimitsAndContextMeter_areReported();
    void run_silentServer_idleTimeoutIsRetriedBoundedThenOffersRetry();
    void connectTimeout_fullBacklogListener_isRetriedAndBounded();

private:
    AnthropicConfig config() const;
    std::unique_ptr<ModelJob> runJob(const AnthropicConfig &c, QSignalSpy **retrying = nullptr);

    struct RunFixture
    {
        QTemporaryDir dir;
        std::unique_ptr<UnsandboxedRunner> sandbox;
        ApprovalGate gate;
        TranscriptWriter transcript;
        std::unique_ptr<AnthropicProvider> provider;
        std::unique_ptr<AgentRun> run;
        QList<QJsonObject> events() const
        {
            auto e = TranscriptReader::readEvents(transcript.path());
            return e ? *e : QList<QJsonObject>{};
        }
        QStringList rows(ConversationModel::Kind kind) const
        {
            QStringList out;
            ConversationModel *c = run->conversation();
            for (int r = 0; r < c->rowCount(); ++r) {
                const QModelIndex i = c->index(r);
                if (ConversationModel::Kind(i.data(ConversationModel::KindRole).toInt()) == kind)
                    out.append(i.data(ConversationModel::TextRole).toString());
            }
            return out;
        }
    };
    std::unique_ptr<RunFixture> runTask(const QString &model = u"claude-sonnet-4-6"_s,
                                        const std::function<void(RunConfig &)> &tweak = {},
                                        const AnthropicConfig *provider = nullptr);
    static bool waitForFinish(AgentRun *run, int times);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeMessagesServer> m_server;
    std::unique_ptr<AnthropicProvider> m_provider;
};

void TestFaults::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<FakeMessagesServer>();
    QVERIFY(m_server->listen());
}

void TestFaults::cleanup()
{
    m_provider.reset();
    m_server.reset();
    m_nam.reset();
}

AnthropicConfig TestFaults::config() const
{
    AnthropicConfig c;
    c.baseUrl = m_server->baseUrl();
    c.apiKey = u"sk-ant-test"_s;
    c.actualDelay = [](int) { return 0; };
    return c;
}

std::unique_ptr<ModelJob> TestFaults::runJob(const AnthropicConfig &c, QSignalSpy **retrying)
{
    m_provider = std::make_unique<AnthropicProvider>(c, m_nam.get());
    std::unique_ptr<ModelJob> job(m_provider->createJob(kRequest, nullptr));
    auto *spy = new QSignalSpy(job.get(), &ModelJob::retrying);
    spy->setParent(job.get());
    if (retrying)
        *retrying = spy;
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
        qWarning("job did not finish");
    return job;
}

void TestFaults::droppedInsideTheBody_isNeverRetriedAndKeepsWhatArrived_data()
{
    QTest::addColumn<qsizetype>("offset");
    const QByteArray body =
        SseWriter::fromMessage(message(u"The quick brown fox jumps over the lazy dog. "_s.repeated(4)));
    for (qsizetype offset : {qsizetype(1), qsizetype(17), qsizetype(100), qsizetype(250), body.size() / 3,
                             body.size() / 2, body.size() * 2 / 3, body.size() - 40, body.size() - 1})
        QTest::addRow("byte %lld of %lld", qlonglong(offset), qlonglong(body.size())) << offset;
}

void TestFaults::droppedInsideTheBody_isNeverRetriedAndKeepsWhatArrived()
{
    QFETCH(qsizetype, offset);
    const QString full = u"The quick brown fox jumps over the lazy dog. "_s.repeated(4);
    FakeMessagesServer::Response r = sse(SseWriter::fromMessage(message(full)));
    r.dropAfterBodyBytes = offset;
    m_server->enqueue(r);
    m_server->enqueueMessage(message(u"a retry would fetch this"_s));

    QSignalSpy *retrying = nullptr;
    const auto job = runJob(config(), &retrying);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(retrying->size(), 0);
    QCOMPARE(job->error().code, u"incomplete_stream"_s);
    // Whatever text arrived is a prefix of the answer and stays in the message.
    const QString partial = textOf(*job);
    QVERIFY2(full.startsWith(partial), qPrintable(partial));
    if (offset > r.body.size() / 2)
        QVERIFY(!partial.isEmpty());
}

void TestFaults::droppedBeforeAnyByte_isResentAndSucceeds()
{
    // Zero bytes of a 200 body: nothing began, so another attempt is safe. A close before even the
    // status line is resent by Qt's HTTP layer itself; ours comes on top, bounded either way.
    for (qsizetype head : {qsizetype(-1), qsizetype(0)}) {
        FakeMessagesServer::Response r = sse({});
        r.dropAfterHeadBytes = head;
        r.dropAfterBodyBytes = head < 0 ? 0 : -1;
        m_server->enqueue(r);
        m_server->enqueueMessage(message(u"second time lucky"_s));
        const qsizetype before = m_server->requests().size();
        const auto job = runJob(config());
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        QCOMPARE(textOf(*job), u"second time lucky"_s);
        QCOMPARE(m_server->requests().size() - before, 2);
        QCOMPARE(m_server->queued(), 0);
    }
}

void TestFaults::midStreamError_isNotRetriedAndKeepsThePartialText()
{
    m_server->enqueue(sse(readData(u"midstream_error.sse"_s)));
    m_server->enqueueMessage(message(u"a retry would fetch this"_s));
    QSignalSpy *retrying = nullptr;
    const auto job = runJob(config(), &retrying);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(retrying->size(), 0);
    QCOMPARE(job->error().code, u"overloaded_error"_s);
    QCOMPARE(textOf(*job), u"Let me start by reading the"_s);
}

void TestFaults::malformedLinesInAStream_areSkippedAndKept()
{
    QByteArray body = SseWriter::fromMessage(message(u"intact text"_s));
    const qsizetype afterFirstEvent = body.indexOf("\n\n") + 2;
    body.insert(afterFirstEvent, "event: content_block_delta\ndata: {not json at all\n\n"
                                 "\x01\x02\xff binary junk line\n\n"
                                 "data: [1, 2\n\n"
                                 ": a comment\n\n");
    m_server->enqueue(sse(body));
    const auto job = runJob(config());
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QCOMPARE(textOf(*job), u"intact text"_s);
    QVERIFY(!job->unknownEvents().isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFaults::garbageInsteadOfAStream_failsWithoutRetrying()
{
    m_server->enqueue(sse("<html>this is not an event stream</html>\n"));
    m_server->enqueueMessage(message(u"a retry would fetch this"_s));
    const auto job = runJob(config());
    QCOMPARE(job->error().code, u"incomplete_stream"_s);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFaults::truncatedToolJson_endsTheBlockWithEmptyInputAndKeepsTheText()
{
    m_server->enqueue(sse(truncatedToolJsonStream()));
    const auto job = runJob(config());
    QVERIFY(job->error().isNull());
    const QJsonObject block = job->message().value("content"_L1).toArray().at(0).toObject();
    QCOMPARE(block.value("input"_L1).toObject(), QJsonObject());
    bool kept = false;
    for (const QJsonObject &u : job->unknownEvents())
        kept = kept || u.value("partial_json"_L1).toString() == u"{\"command\": \"ec"_s;
    QVERIFY(kept);
}

void TestFaults::toolJsonCutByADrop_failsAsIncomplete()
{
    const QByteArray body = truncatedToolJsonStream();
    FakeMessagesServer::Response r = sse(body);
    r.dropAfterBodyBytes = body.indexOf("\\\"ec") + 3;
    m_server->enqueue(r);
    const auto job = runJob(config());
    QCOMPARE(job->error().code, u"incomplete_stream"_s);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFaults::slowDrip_stillCompletes()
{
    // 7 bytes every 2 ms: many reads, none of them long enough apart to trip the idle timeout.
    FakeMessagesServer::Response r = sse(readData(u"text_turn.sse"_s));
    r.chunkSize = 7;
    r.chunkDelayMs = 2;
    m_server->enqueue(r);
    AnthropicConfig c = config();
    c.idleTimeoutMs = 2000;
    QElapsedTimer clock;
    clock.start();
    const auto job = runJob(c);
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QVERIFY(!textOf(*job).isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(clock.elapsed() < 30000);
}

void TestFaults::hugeAnswer_twentyMegabytes_completes()
{
    const QString text = u"0123456789abcdef"_s.repeated(20 * 1024 * 1024 / 16 / 3); // ~20 MB of SSE
    const QByteArray body = SseWriter::fromMessage(message(text), 48);
    QVERIFY(body.size() > 20 * 1000 * 1000);
    m_server->enqueue(sse(body));
    QElapsedTimer clock;
    clock.start();
    const auto job = runJob(config());
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QCOMPARE(textOf(*job).size(), text.size());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
}

std::unique_ptr<TestFaults::RunFixture> TestFaults::runTask(const QString &model,
                                                            const std::function<void(RunConfig &)> &tweak,
                                                            const AnthropicConfig *provider)
{
    auto f = std::make_unique<RunFixture>();
    if (!f->dir.isValid())
        return nullptr;
    const QString ws = f->dir.filePath(u"ws"_s);
    QDir().mkpath(ws);
    auto sandbox = UnsandboxedRunner::create(ws);
    if (!sandbox || !f->transcript.open(f->dir.filePath(u"t.jsonl"_s)).ok())
        return nullptr;
    f->sandbox = std::move(*sandbox);
    f->provider = std::make_unique<AnthropicProvider>(provider ? *provider : config(), m_nam.get());
    RunConfig rc;
    rc.model = model;
    rc.maxTurns = 5;
    rc.policy.setMode(PermissionMode::Plan); // nothing the fake model asks for runs on the host
    if (tweak)
        tweak(rc);
    f->run = std::make_unique<AgentRun>(rc, f->provider.get(), f->sandbox.get(), &f->gate, &f->transcript);
    QSignalSpy finished(f->run.get(), &AgentRun::finished);
    f->run->start(u"say something"_s);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
        qWarning("run did not finish");
    return f;
}

void TestFaults::run_overloadedThenSuccess_showsTheWaitAndRecordsIt()
{
    m_server->enqueueError(529, u"overloaded_error"_s, u"Overloaded"_s, {{"retry-after", "4"}});
    m_server->enqueueMessage(message(u"Hello after the wait."_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(f->rows(ConversationModel::Kind::Notice),
             QStringList{
                 u"The API is overloaded (529); retrying in 4 s — attempt 2 of 3. request-id: req_fake_1"_s});
    QCOMPARE(f->rows(ConversationModel::Kind::AssistantText), QStringList{u"Hello after the wait."_s});

    const auto events = f->events();
    const auto retries = eventsOfType(events, u"retry"_s);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().value("attempt"_L1).toInt(), 2);
    QCOMPARE(retries.first().value("max_attempts"_L1).toInt(), 3);
    QCOMPARE(retries.first().value("delay_ms"_L1).toInt(), 4000);
    QCOMPARE(retries.first().value("error"_L1)["code"_L1].toString(), u"overloaded_error"_s);
    QCOMPARE(retries.first().value("error"_L1)["request_id"_L1].toString(), u"req_fake_1"_s);
    QCOMPARE(eventsOfType(events, u"response_headers"_s).size(), 2);
    QCOMPARE(eventsOfType(events, u"assistant_message"_s).size(), 1);
    QCOMPARE(eventsOfType(events, u"run_finished"_s).first().value("stop_reason"_L1).toString(),
             u"end_turn"_s);
}

void TestFaults::run_unauthorized_endsAtOnceAndPointsToTheKey()
{
    m_server->enqueueError(401, u"authentication_error"_s, u"invalid x-api-key"_s);
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(f->run->stopReason(), u"error"_s);
    QCOMPARE(f->run->error().code, u"authentication_error"_s);
    QVERIFY(f->run->error().message.contains(u"ANTHROPIC_API_KEY"_s));
    QVERIFY(f->rows(ConversationModel::Kind::Error).first().contains(u"Settings"_s));
    QVERIFY(eventsOfType(f->events(), u"retry"_s).isEmpty());
}

void TestFaults::run_midStreamOverload_keepsPartialTextInConversationAndTranscript()
{
    m_server->enqueue(sse(readData(u"midstream_error.sse"_s)));
    m_server->enqueueMessage(message(u"a retry would fetch this"_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(f->run->stopReason(), u"error"_s);
    QCOMPARE(f->run->error().code, u"overloaded_error"_s);
    QCOMPARE(f->rows(ConversationModel::Kind::AssistantText), QStringList{u"Let me start by reading the"_s});
    QCOMPARE(f->rows(ConversationModel::Kind::Error).size(), 1);

    const auto events = f->events();
    const auto errors = eventsOfType(events, u"model_error"_s);
    QCOMPARE(errors.size(), 1);
    const QJsonArray partial = errors.first().value("partial_message"_L1)["content"_L1].toArray();
    QCOMPARE(partial.at(0)["text"_L1].toString(), u"Let me start by reading the"_s);
    QCOMPARE(errors.first().value("error"_L1)["code"_L1].toString(), u"overloaded_error"_s);
    QVERIFY(eventsOfType(events, u"retry"_s).isEmpty());
    QCOMPARE(eventsOfType(events, u"run_finished"_s).first().value("stop_reason"_L1).toString(), u"error"_s);
}

void TestFaults::run_truncatedToolJson_tellsTheModelAndGoesOn()
{
    m_server->enqueue(sse(truncatedToolJsonStream()));
    m_server->enqueueMessage(message(u"I will try again differently."_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    // The second request answers the cut-off call with an error result; nothing ran.
    const QJsonArray messages = m_server->requests().at(1).json().value("messages"_L1).toArray();
    const QJsonObject result = messages.last()["content"_L1].toArray().first().toObject();
    QCOMPARE(result.value("tool_use_id"_L1).toString(), u"toolu_cut"_s);
    QCOMPARE(result.value("is_error"_L1).toBool(), true);
    QVERIFY(eventsOfType(f->events(), u"exec_started"_s).isEmpty());
}

void TestFaults::run_stopReasons_endWithAClearNotice_data()
{
    QTest::addColumn<QString>("stopReason");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("notice");
    QTest::newRow("max_tokens") << u"max_tokens"_s << QJsonObject{} << u"was cut off"_s;
    QTest::newRow("refusal") << u"refusal"_s
                             << QJsonObject{{"stop_details"_L1,
                                             QJsonObject{{"type"_L1, u"refusal"_s},
                                                         {"category"_L1, u"cyber"_s},
                                                         {"explanation"_L1, u"This looks like malware."_s}}}}
                             << u"declined to continue (category: cyber): This looks like malware."_s;
    QTest::newRow("context window") << u"model_context_window_exceeded"_s << QJsonObject{}
                                    << u"no longer fits in the model's context window"_s;
    QTest::newRow("stop_sequence") << u"stop_sequence"_s << QJsonObject{{"stop_sequence"_L1, u"###"_s}}
                                   << u"stop sequence \"###\""_s;
}

void TestFaults::run_stopReasons_endWithAClearNotice()
{
    QFETCH(QString, stopReason);
    QFETCH(QJsonObject, extra);
    QFETCH(QString, notice);
    QJsonObject m = message(u"Partial answer"_s, stopReason);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    m_server->enqueueMessage(m);
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(f->run->stopReason(), stopReason);
    const QStringList notices = f->rows(ConversationModel::Kind::Notice);
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().contains(notice), qPrintable(notices.first()));
    QCOMPARE(f->rows(ConversationModel::Kind::AssistantText), QStringList{u"Partial answer"_s});
    QCOMPARE(eventsOfType(f->events(), u"run_finished"_s).first().value("stop_reason"_L1).toString(),
             stopReason);
}

void TestFaults::run_pauseTurn_resendsTheConversationAsIs()
{
    m_server->enqueueMessage(message(u"Searching…"_s, u"pause_turn"_s));
    m_server->enqueueMessage(message(u"Found it."_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    QCOMPARE(m_server->requests().size(), 2);
    // The paused assistant turn is the last message of the resend, unchanged; no "continue" added.
    const QJsonArray first = m_server->requests().at(0).json().value("messages"_L1).toArray();
    const QJsonArray second = m_server->requests().at(1).json().value("messages"_L1).toArray();
    QCOMPARE(second.size(), first.size() + 1);
    QCOMPARE(second.last()["role"_L1].toString(), u"assistant"_s);
    QCOMPARE(second.last()["content"_L1].toArray().first()["text"_L1].toString(), u"Searching…"_s);
}

void TestFaults::run_cost_isPerTurnAndPerRun()
{
    // Sonnet 4.6 ($3 in / $15 out): 1000 in + 100 out = $0.0045 per turn.
    m_server->enqueueMessage(message(u"Paused"_s, u"pause_turn"_s));
    QJsonObject usage{
        {"input_tokens"_L1, 2000}, {"output_tokens"_L1, 0}, {"cache_read_input_tokens"_L1, 10000}};
    m_server->enqueueMessage(message(u"Done"_s, u"end_turn"_s, usage)); // $0.006 + $0.003
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->turns(), 2);
    QVERIFY(f->run->costUsd());
    QVERIFY2(qAbs(*f->run->costUsd() - 0.0135) < 1e-9, qPrintable(QString::number(*f->run->costUsd())));
    const auto events = f->events();
    const auto turns = eventsOfType(events, u"assistant_message"_s);
    QCOMPARE(turns.size(), 2);
    QVERIFY(qAbs(turns.at(0).value("cost_usd"_L1).toDouble() - 0.0045) < 1e-9);
    QVERIFY(qAbs(turns.at(1).value("cost_usd"_L1).toDouble() - 0.009) < 1e-9);
    QVERIFY(qAbs(eventsOfType(events, u"run_finished"_s).first().value("cost_usd"_L1).toDouble() - 0.0135) <
            1e-9);
}

void TestFaults::run_unknownModel_hasUnknownCost()
{
    QJsonObject m = message(u"Hi"_s);
    m.insert("model"_L1, u"some-local-model"_s);
    m_server->enqueueMessage(m);
    const auto f = runTask(u"some-local-model"_s);
    QVERIFY(f);
    QVERIFY(!f->run->costUsd().has_value());
    const auto events = f->events();
    QVERIFY(eventsOfType(events, u"assistant_message"_s).first().value("cost_usd"_L1).isNull());
    QVERIFY(eventsOfType(events, u"run_finished"_s).first().value("cost_usd"_L1).isNull());
}

bool TestFaults::waitForFinish(AgentRun *run, int times)
{
    QSignalSpy finished(run, &AgentRun::finished);
    for (int i = 0; i < times; ++i) {
        if (!QTest::qWaitFor([&] { return finished.size() > i; }, 30000))
            return false;
    }
    return run->state() == AgentRun::State::Finished;
}

namespace {

QJsonObject withContent(QJsonObject m, const QJsonArray &content)
{
    m.insert("content"_L1, content);
    return m;
}

QJsonObject bashUse(const QString &id, const QString &command)
{
    return QJsonObject{{"type"_L1, u"tool_use"_s},
                       {"id"_L1, id},
                       {"name"_L1, u"bash"_s},
                       {"input"_L1, QJsonObject{{"command"_L1, command}}}};
}

QStringList types(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &e : events)
        out.append(e.value("type"_L1).toString());
    return out;
}

} // namespace

void TestFaults::run_maxTokens_offersContinue_andContinueFinishesTheAnswer()
{
    m_server->enqueueMessage(message(u"The first half of the answer"_s, u"max_tokens"_s));
    m_server->enqueueMessage(message(u" and the second half."_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->stopReason(), u"max_tokens"_s);
    QCOMPARE(f->run->availableActions(), AgentRun::Actions(AgentRun::Action::Continue));
    QCOMPARE(m_server->requests().size(), 1);
    f->run->retryTurn(); // not offered: does nothing
    QCOMPARE(f->run->state(), AgentRun::State::Finished);

    QSignalSpy actions(f->run.get(), &AgentRun::availableActionsChanged);
    f->run->continueRun();
    QVERIFY(waitForFinish(f->run.get(), 1));
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    QCOMPARE(f->run->availableActions(), AgentRun::Actions());
    QVERIFY(!actions.isEmpty());
    QCOMPARE(m_server->requests().size(), 2);
    // The cut-off answer stays in the history, followed by the request to go on.
    const QJsonArray messages = m_server->requests().at(1).json().value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(1)["content"_L1][0]["text"_L1].toString(), u"The first half of the answer"_s);
    QCOMPARE(messages.at(2)["role"_L1].toString(), u"user"_s);
    QVERIFY(messages.at(2)["content"_L1][0]["text"_L1].toString().contains(u"cut off"_s));
    QCOMPARE(f->rows(ConversationModel::Kind::AssistantText),
             (QStringList{u"The first half of the answer"_s, u" and the second half."_s}));

    const auto events = f->events();
    const auto finishedEvents = eventsOfType(events, u"run_finished"_s);
    QCOMPARE(finishedEvents.size(), 2);
    QCOMPARE(finishedEvents.at(0).value("stop_reason"_L1).toString(), u"max_tokens"_s);
    QCOMPARE(finishedEvents.at(1).value("stop_reason"_L1).toString(), u"end_turn"_s);
    QCOMPARE(eventsOfType(events, u"run_resumed"_s).first().value("action"_L1).toString(), u"continue"_s);
}

void TestFaults::run_maxTokensInsideAToolCall_continueAnswersTheCutCall()
{
    m_server->enqueueMessage(withContent(
        message({}, u"max_tokens"_s),
        {QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, u"Running:"_s}}, bashUse(u"toolu_cut"_s, u"ls"_s)}));
    m_server->enqueueMessage(message(u"Done."_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->stopReason(), u"max_tokens"_s);
    f->run->continueRun();
    QVERIFY(waitForFinish(f->run.get(), 1));
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    // The call was never run; the model is told so in a tool_result, as the API requires.
    const QJsonArray content =
        m_server->requests().at(1).json().value("messages"_L1).toArray().last()["content"_L1].toArray();
    QCOMPARE(content.at(0)["type"_L1].toString(), u"tool_result"_s);
    QCOMPARE(content.at(0)["tool_use_id"_L1].toString(), u"toolu_cut"_s);
    QCOMPARE(content.at(0)["is_error"_L1].toBool(), true);
    QCOMPARE(content.at(1)["type"_L1].toString(), u"text"_s);
    QVERIFY(eventsOfType(f->events(), u"exec_started"_s).isEmpty());
}

void TestFaults::run_pauseTurn_isResentAutomaticallyButBounded()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueueMessage(message(u"Working %1"_s.arg(i), u"pause_turn"_s));
    m_server->enqueueMessage(message(u"Finished."_s));
    const auto f = runTask(u"claude-sonnet-4-6"_s, [](RunConfig &c) { c.maxPauseResends = 2; });
    QVERIFY(f);
    // Two automatic resends, then the run asks instead of looping.
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(f->run->stopReason(), u"pause_turn"_s);
    QCOMPARE(f->run->availableActions(), AgentRun::Actions(AgentRun::Action::Continue));
    QVERIFY(f->rows(ConversationModel::Kind::Notice).last().contains(u"Continue"_s));
    f->run->continueRun();
    QVERIFY(waitForFinish(f->run.get(), 1));
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    QCOMPARE(m_server->requests().size(), 4);
    // Each resend ends with the paused assistant turn as it was; nothing was added.
    const QJsonArray last = m_server->requests().at(3).json().value("messages"_L1).toArray();
    QCOMPARE(last.last()["role"_L1].toString(), u"assistant"_s);
    QCOMPARE(last.last()["content"_L1][0]["text"_L1].toString(), u"Working 2"_s);
    QCOMPARE(eventsOfType(f->events(), u"run_finished"_s).size(), 2);
}

void TestFaults::run_midStreamFailure_retryTurnResendsTheSameRequestOnlyWhenAsked()
{
    m_server->enqueue(sse(readData(u"midstream_error.sse"_s)));
    m_server->enqueueMessage(message(u"The whole answer."_s));
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->stopReason(), u"error"_s);
    QCOMPARE(f->run->availableActions(), AgentRun::Actions(AgentRun::Action::RetryTurn));
    // Never a silent retry: one request until the user asks.
    QCOMPARE(m_server->requests().size(), 1);
    f->run->continueRun(); // not offered: does nothing
    QCOMPARE(m_server->requests().size(), 1);

    f->run->retryTurn();
    QVERIFY(waitForFinish(f->run.get(), 1));
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).json(), m_server->requests().at(0).json());
    QCOMPARE(f->run->turns(), 1);
    // The partial answer stays shown above the error; the retried answer follows.
    QCOMPARE(f->rows(ConversationModel::Kind::AssistantText),
             (QStringList{u"Let me start by reading the"_s, u"The whole answer."_s}));
    QCOMPARE(f->rows(ConversationModel::Kind::Error).size(), 1);
    const auto events = f->events();
    QCOMPARE(eventsOfType(events, u"model_error"_s).size(), 1);
    QCOMPARE(eventsOfType(events, u"run_resumed"_s).first().value("action"_L1).toString(), u"retry_turn"_s);
    QCOMPARE(eventsOfType(events, u"request"_s).size(), 2);
    QVERIFY(eventsOfType(events, u"retry"_s).isEmpty());
    const QStringList order = types(events);
    QVERIFY(order.indexOf(u"model_error"_s) < order.indexOf(u"run_resumed"_s));
    QVERIFY(order.lastIndexOf(u"assistant_message"_s) > order.indexOf(u"run_resumed"_s));
}

void TestFaults::run_unauthorized_offersNoRetry()
{
    m_server->enqueueError(401, u"authentication_error"_s, u"invalid x-api-key"_s);
    const auto f = runTask();
    QVERIFY(f);
    QCOMPARE(f->run->error().code, u"authentication_error"_s);
    QCOMPARE(f->run->availableActions(), AgentRun::Actions());
    f->run->retryTurn();
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFaults::run_stopSequence_isSentAndEndsTheRun()
{
    QJsonObject m = message(u"Answer up to"_s, u"stop_sequence"_s);
    m.insert("stop_sequence"_L1, u"###"_s);
    m_server->enqueueMessage(m);
    const auto f = runTask(u"claude-sonnet-4-6"_s, [](RunConfig &c) { c.stopSequences = {u"###"_s}; });
    QVERIFY(f);
    QCOMPARE(m_server->requests().first().json().value("stop_sequences"_L1).toArray(), QJsonArray{u"###"_s});
    QCOMPARE(f->run->stopReason(), u"stop_sequence"_s);
    QVERIFY(f->run->error().isNull());
    QCOMPARE(f->run->availableActions(), AgentRun::Actions());
}

void TestFaults::run_thinking_isRequestedStreamedAndEchoedVerbatim()
{
    const QJsonObject thinking{{"type"_L1, u"thinking"_s},
                               {"thinking"_L1, u"Listing the folder answers this."_s},
                               {"signature"_L1, u"EqQBCgIYAhIM1gbcDa9GJwZA2b3h"_s}};
    const QJsonObject redacted{{"type"_L1, u"redacted_thinking"_s},
                               {"data"_L1, u"EmwKAhgBEgy3va3pzix/LafPsn4a"_s}};
    const QJsonArray first{thinking, redacted, bashUse(u"toolu_th"_s, u"ls"_s)};
    m_server->enqueueMessage(withContent(message({}, u"tool_use"_s), first));
    m_server->enqueueMessage(message(u"Done."_s));
    const auto f = runTask(u"claude-sonnet-4-6"_s, [](RunConfig &c) {
        c.thinking.mode = ThinkingSetting::Mode::On;
        c.temperature = 0.3; // thinking rules it out
    });
    QVERIFY(f);
    QCOMPARE(f->run->stopReason(), u"end_turn"_s);
    const QJsonObject request = m_server->requests().at(0).json();
    QCOMPARE(request.value("thinking"_L1)["type"_L1].toString(), u"adaptive"_s);
    QVERIFY(!request.contains("temperature"_L1));
    QVERIFY(f->rows(ConversationModel::Kind::Notice).join(u'\n').contains(u"temperature not sent"_s));
    // Shown: the thought (folded by default) and a marker for the redacted one.
    const QStringList thoughts = f->rows(ConversationModel::Kind::Thinking);
    QCOMPARE(thoughts.size(), 2);
    QCOMPARE(thoughts.at(0), u"Listing the folder answers this."_s);
    ConversationModel *conv = f->run->conversation();
    bool folded = false;
    for (int r = 0; r < conv->rowCount(); ++r)
        folded = folded || conv->index(r).data(ConversationModel::CollapsedRole).toBool();
    QVERIFY(folded);
    // Echoed back: the assistant turn's blocks exactly as they came, signature and data intact.
    const QJsonArray echoed =
        m_server->requests().at(1).json().value("messages"_L1).toArray().at(1)["content"_L1].toArray();
    QCOMPARE(echoed.at(0).toObject(), thinking);
    QCOMPARE(echoed.at(1).toObject(), redacted);
    QCOMPARE(echoed.at(2)["id"_L1].toString(), u"toolu_th"_s);
}

void TestFaults::run_cacheTokens_areShownPerTurnAndKeptInTheTranscript()
{
    const QJsonObject usage{{"input_tokens"_L1, 50},
                            {"output_tokens"_L1, 20},
                            {"cache_read_input_tokens"_L1, 9000},
                            {"cache_creation_input_tokens"_L1, 1200}};
    m_server->enqueueMessage(message(u"Cached."_s, u"end_turn"_s, usage));
    const auto f = runTask(u"claude-sonnet-4-6"_s, [](RunConfig &c) { c.systemPrompt = u"Be brief."_s; });
    QVERIFY(f);
    // Breakpoints went out on system, tools and the task.
    const QJsonObject request = m_server->requests().at(0).json();
    QVERIFY(request.value("system"_L1)[0]["cache_control"_L1].isObject());
    QVERIFY(request.value("tools"_L1).toArray().last()["cache_control"_L1].isObject());
    QVERIFY(request.value("messages"_L1)[0]["content"_L1][0]["cache_control"_L1].isObject());
    ConversationModel *conv = f->run->conversation();
    QJsonObject shown;
    for (int r = 0; r < conv->rowCount(); ++r) {
        const QJsonObject u = conv->index(r).data(ConversationModel::TurnUsageRole).toJsonObject();
        if (!u.isEmpty())
            shown = u;
    }
    QCOMPARE(shown.value("cache_read_input_tokens"_L1).toInt(), 9000);
    QCOMPARE(shown.value("cache_creation_input_tokens"_L1).toInt(), 1200);
    QVERIFY(shown.value("cost_usd"_L1).toDouble() > 0);
    QCOMPARE(f->run->usage().value("cache_read_input_tokens"_L1).toInt(), 9000);
    const auto turn = eventsOfType(f->events(), u"assistant_message"_s).first();
    QCOMPARE(turn.value("message"_L1)["usage"_L1]["cache_read_input_tokens"_L1].toInt(), 9000);
    QCOMPARE(turn.value("message"_L1)["usage"_L1]["cache_creation_input_tokens"_L1].toInt(), 1200);
}

void TestFaults::run_rateLimitsAndContextMeter_areReported()
{
    m_server->setCommonHeaders({{"anthropic-ratelimit-requests-limit", "50"},
                                {"anthropic-ratelimit-requests-remaining", "49"},
                                {"anthropic-ratelimit-input-tokens-remaining", "39000"},
                                {"anthropic-ratelimit-input-tokens-reset", "2026-11-28T04:00:00Z"}});
    FakeMessagesServer::Response count;
    count.headers = {{"content-type", "application/json"}};
    count.body = R"({"input_tokens": 1234})";
    m_server->setCountTokensReply(count);
    // A slow answer, so the count certainly arrives while the turn is in flight (a dozen chunks
    // 20 ms apart leave room for a loaded machine; the count is answered at once).
    FakeMessagesServer::Response slow = sse(SseWriter::fromMessage(message(u"Hi"_s)));
    slow.chunkSize = 64;
    slow.chunkDelayMs = 20;
    m_server->enqueue(slow);

    auto f = std::make_unique<RunFixture>();
    QVERIFY(f->dir.isValid());
    QDir().mkpath(f->dir.filePath(u"ws"_s));
    auto sandbox = UnsandboxedRunner::create(f->dir.filePath(u"ws"_s));
    QVERIFY(sandbox);
    f->sandbox = std::move(*sandbox);
    QVERIFY(f->transcript.open(f->dir.filePath(u"t.jsonl"_s)).ok());
    f->provider = std::make_unique<AnthropicProvider>(config(), m_nam.get());
    RunConfig rc;
    rc.model = u"claude-sonnet-4-6"_s;
    rc.policy.setMode(PermissionMode::Plan);
    f->run = std::make_unique<AgentRun>(rc, f->provider.get(), f->sandbox.get(), &f->gate, &f->transcript);
    QSignalSpy meter(f->run.get(), &AgentRun::contextUsageChanged);
    QSignalSpy limits(f->run.get(), &AgentRun::rateLimitsChanged);
    f->run->start(u"hello"_s);
    QVERIFY(waitForFinish(f->run.get(), 1));

    QCOMPARE(m_server->countTokensRequests().size(), 1);
    QCOMPARE(m_server->countTokensRequests().first().json().value("model"_L1).toString(),
             u"claude-sonnet-4-6"_s);
    QVERIFY(meter.size() >= 2);
    // First the estimate from count_tokens, then the answer's own usage (1000 in + 100 out).
    QCOMPARE(meter.first().at(0).toLongLong(), 1234);
    QCOMPARE(meter.first().at(2).toBool(), true);
    QCOMPARE(meter.last().at(0).toLongLong(), 1100);
    QCOMPARE(meter.last().at(1).toLongLong(), 200000); // claude-sonnet-4-6 in resources/models.json
    QCOMPARE(meter.last().at(2).toBool(), false);
    QCOMPARE(limits.size(), 1);
    QCOMPARE(f->run->rateLimits().requests.remaining, 49);
    QCOMPARE(f->run->rateLimits().inputTokens.remaining, 39000);
    const auto counted = eventsOfType(f->events(), u"count_tokens"_s);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().value("input_tokens"_L1).toInt(), 1234);
    QCOMPARE(types(f->events()).last(), u"run_finished"_s);
}

void TestFaults::run_silentServer_idleTimeoutIsRetriedBoundedThenOffersRetry()
{
    // A 127.0.0.1 server that reads the request and never answers: only the idle timeout helps.
    FakeMessagesServer::Response silent;
    silent.silent = true;
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(silent);
    AnthropicConfig c = config();
    c.idleTimeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const auto f = runTask(u"claude-sonnet-4-6"_s, {}, &c);
    QVERIFY(f);
    QCOMPARE(m_server->requests().size(), 3); // the first attempt and two retries, no more
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(f->run->stopReason(), u"error"_s);
    QCOMPARE(f->run->error().code, u"timeout"_s);
    QCOMPARE(f->run->availableActions(), AgentRun::Actions(AgentRun::Action::RetryTurn));
    const auto events = f->events();
    const auto retries = eventsOfType(events, u"retry"_s);
    QCOMPARE(retries.size(), 2);
    for (const QJsonObject &r : retries)
        QVERIFY(r.value("delay_ms"_L1).toInt() <= 8000); // the SDKs' cap on backoff
    QCOMPARE(eventsOfType(events, u"model_error"_s).first().value("error"_L1)["code"_L1].toString(),
             u"timeout"_s);
    QCOMPARE(eventsOfType(events, u"run_finished"_s).first().value("stop_reason"_L1).toString(), u"error"_s);
}

void TestFaults::connectTimeout_fullBacklogListener_isRetriedAndBounded()
{
    // A connection that is never established, without leaving 127.0.0.1: a listener whose accept
    // queue is full drops our SYN, so only the connect timeout ends each attempt.
    FullBacklogListener blackhole;
    if (!blackhole.start())
        QSKIP(qPrintable(u"cannot fill a listen queue here: "_s + blackhole.errorString()));
    AnthropicConfig c = config();
    c.baseUrl = blackhole.baseUrl();
    c.connectTimeoutMs = 250;
    c.idleTimeoutMs = 60000; // so the connect timeout, not the idle one, is what fires
    QSignalSpy *retrying = nullptr;
    QElapsedTimer clock;
    clock.start();
    const auto job = runJob(c, &retrying);
    QCOMPARE(job->error().code, u"timeout"_s);
    QCOMPARE(retrying->size(), 2); // three attempts in all
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(job->message().value("content"_L1).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

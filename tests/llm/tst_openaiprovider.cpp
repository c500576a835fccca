// SPDX-License-Identifier: MIT
// The OpenAI-compatible provider: translation both ways (cases in tst_openaiprovider_cases.json,
// written by hand from reference §7), then whole jobs against a fake chat-completions server.
#include "fakeopenaiserver.h"
#include "llm/messageaccumulator.h"
#include "llm/openaiformat.h"
#include "llm/openaiprovider.h"
#include "llm/sseparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

QJsonObject cases()
{
    QFile f(QStringLiteral(WB_OPENAI_CASES));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Tool-call arguments are JSON inside a string; compare them as objects, not as spelling.
QJsonArray normalised(QJsonArray messages)
{
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject m = messages.at(i).toObject();
        QJsonArray calls = m.value("tool_calls"_L1).toArray();
        for (qsizetype c = 0; c < calls.size(); ++c) {
            QJsonObject call = calls.at(c).toObject();
            QJsonObject fn = call.value("function"_L1).toObject();
            fn.insert("arguments"_L1,
                      QJsonDocument::fromJson(fn.value("arguments"_L1).toString().toUtf8()).object());
            call.insert("function"_L1, fn);
            calls.replace(c, call);
        }
        if (!calls.isEmpty())
            m.insert("tool_calls"_L1, calls);
        messages.replace(i, m);
    }
    return messages;
}

/// Runs translator output through the same parser and accumulator a ModelJob uses.
struct Accumulated
{
    QJsonObject message;
    bool streamError = false;
    bool stopped = false;
};

Accumulated accumulate(const QByteArray &sse)
{
    SseParser parser;
    MessageAccumulator acc;
    Accumulated out;
    for (const SseEvent &e : parser.feed(sse)) {
        if (acc.apply(QByteArrayView(e.name), QByteArrayView(e.data)) ==
            MessageAccumulator::Outcome::StreamError)
            out.streamError = true;
    }
    out.message = acc.message();
    out.stopped = acc.isStopped();
    return out;
}

QJsonObject toolCallChunk(int index, const QString &id, const QString &name, const QString &args)
{
    QJsonObject fn{{"arguments"_L1, args}};
    if (!name.isEmpty())
        fn.insert("name"_L1, name);
    QJsonObject call{{"index"_L1, index}, {"function"_L1, fn}};
    if (!id.isEmpty())
        call.insert("id"_L1, id);
    return FakeOpenAiServer::chunk({{"tool_calls"_L1, QJsonArray{call}}});
}

QJsonObject messagesBody(const QString &task)
{
    return QJsonObject{
        {"model"_L1, u"qwen3:8b"_s},
        {"max_tokens"_L1, 1024},
        {"system"_L1, u"You are terse."_s},
        {"tools"_L1, QJsonArray{QJsonObject{{"type"_L1, u"bash_20250124"_s}, {"name"_L1, u"bash"_s}}}},
        {"messages"_L1, QJsonArray{QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, task}}}},
    };
}

QString textOf(const QJsonObject &message)
{
    QString text;
    for (const QJsonValue &b : message.value("content"_L1).toArray()) {
        if (b.toObject().value("type"_L1).toString() == "text"_L1)
            text += b.toObject().value("text"_L1).toString();
    }
    return text;
}

QList<QJsonObject> toolUses(const QJsonObject &message)
{
    QList<QJsonObject> out;
    for (const QJsonValue &b : message.value("content"_L1).toArray()) {
        if (b.toObject().value("type"_L1).toString() == "tool_use"_L1)
            out.append(b.toObject());
    }
    return out;
}

} // namespace

class tst_OpenAiProvider : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    OpenAiConfig configFor(const FakeOpenAiServer &server)
    {
        OpenAiConfig c;
        c.baseUrl = server.baseUrl();
        c.actualDelay = [](int) { return 0; }; // the planned wait is still reported
        return c;
    }

    /// Starts a job for `body` and waits until it finished.
    ModelJob *runJob(OpenAiProvider &provider, const QJsonObject &body)
    {
        ModelJob *job = provider.createJob(body, this);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        if (!finished.wait(20000))
            return nullptr;
        return job;
    }

private Q_SLOTS:
    void chatMessages_translatesConversation_data()
    {
        QTest::addColumn<QJsonObject>("anthropic");
        QTest::addColumn<QJsonArray>("expected");
        const QJsonArray rows = cases().value("requests"_L1).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QTest::newRow(row.value("name"_L1).toString().toUtf8().constData())
                << row.value("anthropic"_L1).toObject() << row.value("messages"_L1).toArray();
        }
    }

    void chatMessages_translatesConversation()
    {
        QFETCH(QJsonObject, anthropic);
        QFETCH(QJsonArray, expected);
        const QJsonArray got = OpenAiFormat::chatMessages(anthropic.value("system"_L1),
                                                          anthropic.value("messages"_L1).toArray());
        QCOMPARE(normalised(got), normalised(expected));
    }

    void chatRequest_streamsWithUsageAndSendsFunctionTools()
    {
        QJsonObject body = messagesBody(u"hi"_s);
        body.insert("stop_sequences"_L1, QJsonArray{u"END"_s});
        body.insert("tool_choice"_L1, QJsonObject{{"type"_L1, u"auto"_s}});
        body.insert("thinking"_L1, QJsonObject{{"type"_L1, u"adaptive"_s}});
        QJsonArray tools = body.value("tools"_L1).toArray();
        tools.append(QJsonObject{{"type"_L1, u"text_editor_20250728"_s},
                                 {"name"_L1, u"str_replace_based_edit_tool"_s}});
        tools.append(QJsonObject{{"name"_L1, u"run_script"_s},
                                 {"description"_L1, u"Run a script."_s},
                                 {"input_schema"_L1, QJsonObject{{"type"_L1, u"object"_s}}}});
        tools.append(QJsonObject{{"type"_L1, u"computer_20251124"_s}, {"name"_L1, u"computer"_s}});
        body.insert("tools"_L1, tools);

        const QJsonObject req = OpenAiFormat::chatRequest(body, true);
        QCOMPARE(req.value("model"_L1).toString(), u"qwen3:8b"_s);
        QCOMPARE(req.value("max_tokens"_L1).toInt(), 1024);
        QCOMPARE(req.value("stream"_L1).toBool(), true);
        QCOMPARE(req.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool(), true);
        QCOMPARE(req.value("stop"_L1).toArray(), QJsonArray{u"END"_s});
        QVERIFY2(!req.contains("tool_choice"_L1), "Ollama does not support tool_choice");
        QVERIFY(!req.contains("thinking"_L1));
        QVERIFY(!req.contains("system"_L1));

        const QJsonArray fns = req.value("tools"_L1).toArray();
        QCOMPARE(fns.size(), 3); // the computer tool has no schema and cannot be described
        QStringList names;
        for (const QJsonValue &f : fns) {
            QCOMPARE(f.toObject().value("type"_L1).toString(), u"function"_s);
            names.append(f.toObject().value("function"_L1).toObject().value("name"_L1).toString());
        }
        QCOMPARE(names, (QStringList{u"bash"_s, u"str_replace_based_edit_tool"_s, u"run_script"_s}));
        const QJsonObject bash = fns.at(0).toObject().value("function"_L1).toObject();
        QVERIFY(
            bash.value("parameters"_L1).toObject().value("properties"_L1).toObject().contains("command"_L1));
        const QJsonObject editor = fns.at(1).toObject().value("function"_L1).toObject();
        const QJsonArray commands = editor.value("parameters"_L1)
                                        .toObject()
                                        .value("properties"_L1)
                                        .toObject()
                                        .value("command"_L1)
                                        .toObject()
                                        .value("enum"_L1)
                                        .toArray();
        QVERIFY(commands.contains(u"str_replace"_s));
        QVERIFY2(!commands.contains(u"undo_edit"_s), "text_editor_20250728 has no undo_edit");
        QCOMPARE(fns.at(2).toObject().value("function"_L1).toObject().value("parameters"_L1).toObject(),
                 (QJsonObject{{"type"_L1, u"object"_s}}));

        QVERIFY(!OpenAiFormat::chatRequest(body, false).contains("stream"_L1));
    }

    void stopReason_mapsFinishReasons_data()
    {
        QTest::addColumn<QString>("finish");
        QTest::addColumn<bool>("hasToolCalls");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stop") << u"stop"_s << false << u"end_turn"_s;
        QTest::newRow("tool_calls") << u"tool_calls"_s << true << u"tool_use"_s;
        QTest::newRow("function_call") << u"function_call"_s << true << u"tool_use"_s;
        QTest::newRow("length") << u"length"_s << false << u"max_tokens"_s;
        QTest::newRow("length with a call") << u"length"_s << true << u"max_tokens"_s;
        QTest::newRow("content_filter") << u"content_filter"_s << false << u"refusal"_s;
        QTest::newRow("missing") << QString() << false << u"end_turn"_s;
        QTest::newRow("missing with calls") << QString() << true << u"tool_use"_s;
        QTest::newRow("stop with calls (Ollama)") << u"stop"_s << true << u"tool_use"_s;
    }

    void stopReason_mapsFinishReasons()
    {
        QFETCH(QString, finish);
        QFETCH(bool, hasToolCalls);
        QFETCH(QString, expected);
        QCOMPARE(OpenAiFormat::stopReason(finish, hasToolCalls), expected);
    }

    void chatCompletionsUrl_completesTheBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host only") << u"http://localhost:11434"_s
                                   << u"http://localhost:11434/v1/chat/completions"_s;
        QTest::newRow("ends in /v1") << u"http://localhost:11434/v1"_s
                                     << u"http://localhost:11434/v1/chat/completions"_s;
        QTest::newRow("ends in /v1/")
            << u"http://localhost:8080/v1/"_s << u"http://localhost:8080/v1/chat/completions"_s;
        QTest::newRow("proxy prefix")
            << u"http://gpu:8000/vllm"_s << u"http://gpu:8000/vllm/v1/chat/completions"_s;
        QTest::newRow("the endpoint itself")
            << u"http://h/v1/chat/completions"_s << u"http://h/v1/chat/completions"_s;
    }

    void chatCompletionsUrl_completesTheBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(OpenAiProvider::chatCompletionsUrl(QUrl(base)).toString(), expected);
    }

    void translator_buildsTheAnthropicMessage_data()
    {
        QTest::addColumn<QJsonObject>("row");
        const QJsonArray rows = cases().value("streams"_L1).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows)
            QTest::newRow(v.toObject().value("name"_L1).toString().toUtf8().constData()) << v.toObject();
    }

    void translator_buildsTheAnthropicMessage()
    {
        QFETCH(QJsonObject, row);
        QSet<QString> reserved;
        for (const QJsonValue &id : row.value("reserved"_L1).toArray())
            reserved.insert(id.toString());
        const auto translate = [&] {
            OpenAiStreamTranslator t(u"fallback-model"_s, u"3"_s, reserved);
            QByteArray sse;
            for (const QJsonValue &c : row.value("chunks"_L1).toArray())
                sse += t.chunk(c.toObject());
            const Result<QByteArray> rest = t.finish();
            return rest ? sse + *rest : QByteArray();
        };
        const QByteArray sse = translate();
        QVERIFY(!sse.isEmpty());
        const Accumulated got = accumulate(sse);
        QVERIFY(got.stopped);
        QVERIFY(!got.streamError);
        QCOMPARE(got.message.value("stop_reason"_L1).toString(), row.value("stop_reason"_L1).toString());

        const QJsonArray content = got.message.value("content"_L1).toArray();
        const QJsonArray expected = row.value("content"_L1).toArray();
        QCOMPARE(content.size(), expected.size());
        QSet<QString> ids;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected.at(i).toObject();
            const QJsonObject block = content.at(i).toObject();
            for (auto it = want.begin(); it != want.end(); ++it) {
                if (it.key() == "id"_L1 && it.value().toString() == "*"_L1) {
                    const QString id = block.value("id"_L1).toString();
                    QVERIFY2(!id.isEmpty() && !reserved.contains(id), qPrintable(id));
                    continue;
                }
                QCOMPARE(block.value(it.key()), it.value());
            }
            if (block.value("type"_L1).toString() == "tool_use"_L1) {
                QVERIFY2(!ids.contains(block.value("id"_L1).toString()), "tool-use ids must be unique");
                ids.insert(block.value("id"_L1).toString());
            }
        }
        const QJsonObject usage = got.message.value("usage"_L1).toObject();
        const QJsonObject wantUsage = row.value("usage"_L1).toObject();
        for (auto it = wantUsage.begin(); it != wantUsage.end(); ++it)
            QCOMPARE(usage.value(it.key()).toInteger(), it.value().toInteger());
        // Generated ids are stable: the same answer yields the same message.
        QCOMPARE(accumulate(translate()).message, got.message);
    }

    void translator_truncatedArguments_failWithAClearError()
    {
        OpenAiStreamTranslator t(u"m"_s, u"1"_s);
        QByteArray sse = t.chunk(FakeOpenAiServer::chunk({{"content"_L1, u"Let me look."_s}}));
        sse += t.chunk(toolCallChunk(0, u"c1"_s, u"bash"_s, u"{\"command\": \"ls -la /wor"_s));
        sse += t.chunk(FakeOpenAiServer::chunk({}, u"length"_s));
        const Result<QByteArray> end = t.finish();
        QVERIFY(!end);
        QCOMPARE(end.error().code, u"invalid_tool_arguments"_s);
        QVERIFY2(end.error().message.contains(u"bash"_s), qPrintable(end.error().message));
        QVERIFY2(end.error().message.contains(u"output limit"_s), qPrintable(end.error().message));
        // The text that arrived is still there.
        QCOMPARE(textOf(accumulate(sse).message), u"Let me look."_s);

        OpenAiStreamTranslator u(u"m"_s, u"1"_s);
        u.chunk(toolCallChunk(0, u"c1"_s, u"bash"_s, u"{\"command\": [1,"_s));
        u.chunk(FakeOpenAiServer::chunk({}, u"tool_calls"_s));
        const Result<QByteArray> broken = u.finish();
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(u"not valid JSON"_s), qPrintable(broken.error().message));
    }

    void translator_callWithoutName_fails()
    {
        OpenAiStreamTranslator t(u"m"_s, u"1"_s);
        t.chunk(toolCallChunk(0, u"c1"_s, QString(), u"{}"_s));
        const Result<QByteArray> end = t.finish();
        QVERIFY(!end);
        QCOMPARE(end.error().code, u"invalid_tool_call"_s);
    }

    void translator_errorChunk_becomesAStreamError()
    {
        OpenAiStreamTranslator t(u"m"_s, u"1"_s);
        QByteArray sse = t.chunk(FakeOpenAiServer::chunk({{"content"_L1, u"Par"_s}}));
        sse += t.chunk(QJsonObject{{"error"_L1, QJsonObject{{"message"_L1, u"out of memory"_s}}}});
        QVERIFY(t.isDone());
        QVERIFY(t.chunk(FakeOpenAiServer::chunk({{"content"_L1, u"more"_s}})).isEmpty());
        const Accumulated got = accumulate(sse);
        QVERIFY(got.streamError);
        QCOMPARE(textOf(got.message), u"Par"_s);
    }

    void job_streamedText_arrivesAsDeltasAndRequestIsChatCompletions()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        FakeOpenAiServer::Response r =
            FakeOpenAiServer::textAnswer({u"The "_s, u"answer "_s, u"is "_s, u"42."_s}, 17, 5);
        r.chunkSize = 40; // chunks and lines split across reads
        r.chunkDelayMs = 2;
        server.enqueue(r);
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = provider.createJob(messagesBody(u"What is the answer?"_s), this);
        QSignalSpy deltas(job, &ModelJob::textDelta);
        QSignalSpy raw(job, &ModelJob::rawEvent);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));

        const QJsonObject m = job->message();
        QCOMPARE(textOf(m), u"The answer is 42."_s);
        QCOMPARE(m.value("stop_reason"_L1).toString(), u"end_turn"_s);
        QCOMPARE(m.value("model"_L1).toString(), u"qwen3:8b"_s);
        QCOMPARE(m.value("usage"_L1).toObject().value("input_tokens"_L1).toInt(), 17);
        QCOMPARE(m.value("usage"_L1).toObject().value("output_tokens"_L1).toInt(), 5);
        QCOMPARE(deltas.size(), 4);
        // The transcript sees what the server sent.
        QStringList names;
        for (const QList<QVariant> &e : std::as_const(raw))
            names.append(e.at(0).toString());
        QCOMPARE(names.count(u"openai.chunk"_s), 7);
        QCOMPARE(names.count(u"openai.done"_s), 1);

        QCOMPARE(server.requests().size(), 1);
        const FakeOpenAiServer::Request req = server.requests().constFirst();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/v1/chat/completions"));
        QVERIFY2(!req.headers.contains("authorization"), "no key configured, none sent");
        const QJsonObject sent = req.json();
        QCOMPARE(sent.value("stream"_L1).toBool(), true);
        QCOMPARE(sent.value("messages"_L1).toArray().at(0).toObject().value("role"_L1).toString(),
                 u"system"_s);
        QCOMPARE(sent.value("tools"_L1).toArray().at(0).toObject().value("type"_L1).toString(),
                 u"function"_s);
    }

    void job_toolCallSplitAcrossManyChunks_isParsedAtTheEnd()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        QStringList pieces;
        const QString args = u"{\"command\": \"printf 'a b' | wc -c\"}"_s;
        for (const QChar c : args)
            pieces.append(QString(c));
        FakeOpenAiServer::Response r = FakeOpenAiServer::toolCallAnswer(u"call_k1"_s, u"bash"_s, pieces);
        r.chunkSize = 97;
        r.chunkDelayMs = 1;
        server.enqueue(r);
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = provider.createJob(messagesBody(u"count"_s), this);
        QSignalSpy blocks(job, &ModelJob::blockFinished);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        const QList<QJsonObject> calls = toolUses(job->message());
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).value("id"_L1).toString(), u"call_k1"_s);
        QCOMPARE(calls.at(0).value("input"_L1).toObject().value("command"_L1).toString(),
                 u"printf 'a b' | wc -c"_s);
        QCOMPARE(job->message().value("stop_reason"_L1).toString(), u"tool_use"_s);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.at(0).at(1).toJsonObject().value("type"_L1).toString(), u"tool_use"_s);
    }

    void job_parallelCallsWithoutIds_getDistinctStableIds()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        const QList<QJsonObject> chunks{
            toolCallChunk(0, QString(), u"bash"_s, u"{\"command\":"_s),
            toolCallChunk(1, QString(), u"bash"_s, u"{\"command\":\"b\"}"_s),
            toolCallChunk(0, QString(), QString(), u"\"a\"}"_s),
            FakeOpenAiServer::chunk({}, u"tool_calls"_s),
        };
        server.enqueue(FakeOpenAiServer::stream(chunks));
        server.enqueue(FakeOpenAiServer::stream(chunks));
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *first = runJob(provider, messagesBody(u"two"_s));
        ModelJob *second = runJob(provider, messagesBody(u"two"_s));
        QVERIFY(first && second);
        QVERIFY2(first->error().isNull(), qPrintable(first->error().toString()));
        const QList<QJsonObject> calls = toolUses(first->message());
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).value("input"_L1).toObject().value("command"_L1).toString(), u"a"_s);
        QCOMPARE(calls.at(1).value("input"_L1).toObject().value("command"_L1).toString(), u"b"_s);
        QVERIFY(!calls.at(0).value("id"_L1).toString().isEmpty());
        QVERIFY(calls.at(0).value("id"_L1) != calls.at(1).value("id"_L1));
        QCOMPARE(toolUses(second->message()), calls);
    }

    void job_truncatedArguments_failClearlyAndKeepTheText()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeOpenAiServer::stream({
            FakeOpenAiServer::chunk({{"content"_L1, u"Running it."_s}}),
            toolCallChunk(0, u"c1"_s, u"bash"_s, u"{\"command\": \"ec"_s),
            FakeOpenAiServer::chunk({}, u"tool_calls"_s),
        }));
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = runJob(provider, messagesBody(u"x"_s));
        QVERIFY(job);
        QCOMPARE(job->error().code, u"invalid_tool_arguments"_s);
        QCOMPARE(textOf(job->message()), u"Running it."_s);
        QVERIFY(toolUses(job->message()).isEmpty());
    }

    void job_errorChunkMidStream_endsWithTheServersMessage()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        FakeOpenAiServer::Response r = FakeOpenAiServer::stream(
            {FakeOpenAiServer::chunk({{"content"_L1, u"Half an ans"_s}}),
             QJsonObject{{"error"_L1, QJsonObject{{"message"_L1, u"llama runner process has terminated"_s},
                                                  {"type"_L1, u"server_error"_s}}}}},
            false);
        server.enqueue(r);
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = runJob(provider, messagesBody(u"x"_s));
        QVERIFY(job);
        QVERIFY(!job->error().isNull());
        QVERIFY2(job->error().message.contains(u"llama runner process has terminated"_s),
                 qPrintable(job->error().message));
        QCOMPARE(textOf(job->message()), u"Half an ans"_s);
        QCOMPARE(server.requests().size(), 1); // never a silent retry once the answer began
    }

    void job_http429_isRetriedAfterTheServersWait()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        FakeOpenAiServer::Response busy = FakeOpenAiServer::error(429, u"server busy"_s);
        busy.headers.append(qMakePair(QByteArray("retry-after"), QByteArray("1")));
        server.enqueue(busy);
        server.enqueue(FakeOpenAiServer::textAnswer({u"Fine."_s}));
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = provider.createJob(messagesBody(u"x"_s), this);
        QSignalSpy retrying(job, &ModelJob::retrying);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        QCOMPARE(textOf(job->message()), u"Fine."_s);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2); // attempt 2
        QCOMPARE(retrying.at(0).at(1).toInt(), 3); // of 3
        QCOMPARE(retrying.at(0).at(2).toInt(), 1000);
        QCOMPARE(server.requests().at(1).headers.value("x-stainless-retry-count"), QByteArray("1"));
    }

    void job_http400_isNotRetried()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        server.enqueue(
            FakeOpenAiServer::error(400, u"qwen2:0.5b does not support tools"_s, u"invalid_request_error"_s));
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = runJob(provider, messagesBody(u"x"_s));
        QVERIFY(job);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(job->error().message.contains(u"does not support tools"_s),
                 qPrintable(job->error().message));
        QVERIFY2(job->error().message.contains(u"--jinja"_s), qPrintable(job->error().message));
    }

    void job_404ForTheModel_saysToPullItFirst()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeOpenAiServer::error(404, u"model \"qwen3:8b\" not found, try pulling it first"_s,
                                               u"api_error"_s));
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = runJob(provider, messagesBody(u"x"_s));
        QVERIFY(job);
        QCOMPARE(job->error().code, u"model_not_found"_s);
        QVERIFY2(job->error().message.contains(u"Pull it first"_s), qPrintable(job->error().message));
        QVERIFY2(job->error().message.contains(u"ollama pull qwen3:8b"_s), qPrintable(job->error().message));
        QCOMPARE(server.requests().size(), 1);
    }

    void job_404WithoutModel_pointsAtTheBaseUrl()
    {
        const Error e = OpenAiErrors::fromHttpResponse(404, "404 page not found", u"m"_s,
                                                       QUrl(u"http://127.0.0.1:9/v1/chat/completions"_s));
        QCOMPARE(e.code, u"http_404"_s);
        QVERIFY2(e.message.contains(u"--base-url"_s), qPrintable(e.message));
    }

    void job_connectionRefused_asksWhetherTheServerIsRunning()
    {
        QTcpServer probe; // a port that was free a moment ago and now refuses connections
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        OpenAiConfig c;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
        c.maxRetries = 1;
        c.actualDelay = [](int) { return 0; };
        OpenAiProvider provider(c, &m_nam);
        ModelJob *job = provider.createJob(messagesBody(u"x"_s), this);
        QSignalSpy retrying(job, &ModelJob::retrying);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(job->error().code, u"connection_failed"_s);
        QVERIFY2(job->error().message.contains(u"is the server running at http://127.0.0.1:%1"_s.arg(port)),
                 qPrintable(job->error().message));
        QCOMPARE(retrying.size(), 1);
    }

    void job_nonStreamedAnswer_isUnderstood()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        FakeOpenAiServer::Response r;
        r.headers = {{"content-type", "application/json"}};
        const QJsonObject completion{
            {"id"_L1, u"chatcmpl-7"_s},
            {"object"_L1, u"chat.completion"_s},
            {"model"_L1, u"llama3.2"_s},
            {"choices"_L1,
             QJsonArray{QJsonObject{
                 {"index"_L1, 0},
                 {"message"_L1,
                  QJsonObject{
                      {"role"_L1, u"assistant"_s},
                      {"content"_L1, u"Listing."_s},
                      {"tool_calls"_L1,
                       QJsonArray{QJsonObject{
                           {"id"_L1, u"call_9"_s},
                           {"type"_L1, u"function"_s},
                           {"function"_L1, QJsonObject{{"name"_L1, u"bash"_s},
                                                       {"arguments"_L1, u"{\"command\":\"ls\"}"_s}}}}}}}},
                 {"finish_reason"_L1, u"tool_calls"_s}}}},
            {"usage"_L1, QJsonObject{{"prompt_tokens"_L1, 21}, {"completion_tokens"_L1, 9}}}};
        r.body = "\n" + QJsonDocument(completion).toJson(QJsonDocument::Indented);
        r.chunkSize = 50;
        r.chunkDelayMs = 1;
        server.enqueue(r);
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = runJob(provider, messagesBody(u"ls"_s));
        QVERIFY(job);
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        QCOMPARE(textOf(job->message()), u"Listing."_s);
        const QList<QJsonObject> calls = toolUses(job->message());
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).value("input"_L1).toObject().value("command"_L1).toString(), u"ls"_s);
        QCOMPARE(job->message().value("stop_reason"_L1).toString(), u"tool_use"_s);
        QCOMPARE(job->message().value("usage"_L1).toObject().value("output_tokens"_L1).toInt(), 9);
    }

    void job_streamClosedWithoutDone_completesWhenFinishReasonCame()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeOpenAiServer::stream(
            {FakeOpenAiServer::chunk({{"content"_L1, u"ok"_s}}), FakeOpenAiServer::chunk({}, u"stop"_s)},
            false));
        server.enqueue(
            FakeOpenAiServer::stream({FakeOpenAiServer::chunk({{"content"_L1, u"cut"_s}})}, false));
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *complete = runJob(provider, messagesBody(u"x"_s));
        QVERIFY(complete);
        QVERIFY2(complete->error().isNull(), qPrintable(complete->error().toString()));
        QCOMPARE(textOf(complete->message()), u"ok"_s);

        ModelJob *cut = runJob(provider, messagesBody(u"x"_s));
        QVERIFY(cut);
        QCOMPARE(cut->error().code, u"incomplete_stream"_s);
        QCOMPARE(textOf(cut->message()), u"cut"_s);
    }

    void job_apiKey_isSentAsBearerAndNeverShown()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeOpenAiServer::textAnswer({u"hi"_s}));
        OpenAiConfig c = configFor(server);
        c.apiKey = u"sk-local-secret"_s;
        OpenAiProvider provider(c, &m_nam);
        ModelJob *job = provider.createJob(messagesBody(u"x"_s), this);
        QSignalSpy sent(job, &ModelJob::requestSent);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(server.requests().at(0).headers.value("authorization"),
                 QByteArray("Bearer sk-local-secret"));
        QCOMPARE(sent.size(), 1);
        const QByteArray shown = QJsonDocument(sent.at(0).at(0).toJsonObject()).toJson();
        QVERIFY2(!shown.contains("sk-local-secret"), shown.constData());
    }

    void job_cancel_endsAtOnce()
    {
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        FakeOpenAiServer::Response r = FakeOpenAiServer::textAnswer({u"slow "_s, u"answer"_s});
        r.chunkSize = 10;
        r.chunkDelayMs = 200;
        server.enqueue(r);
        OpenAiProvider provider(configFor(server), &m_nam);
        ModelJob *job = provider.createJob(messagesBody(u"x"_s), this);
        QSignalSpy finished(job, &ModelJob::finished);
        job->start();
        QTRY_COMPARE(server.requests().size(), 1);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().code, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(tst_OpenAiProvider)
#include "tst_openaiprovider.moc"

// SPDX-License-Identifier: MIT
#include "cli.h"

#include "agent/agentrun.h"
#include "agent/runsession.h"
#include "approval/approvalgate.h"
#include "approval/headlessapprover.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "sandbox/bwrapsandbox.h"
#include "transcript/transcriptreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace Workbench {

namespace {

void err(const QString &line)
{
    const QByteArray b = (QStringLiteral("agent-workbench: ") + line + QLatin1Char('\n')).toUtf8();
    ::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    ::fflush(stderr);
}

void out(FILE *f, const QByteArray &bytes)
{
    ::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    ::fflush(f);
}

constexpr int kAsync = -1;
constexpr int kUsage = 2;
constexpr int kSandboxFailed = 125;

} // namespace

bool Cli::isCliCommand(const QStringList &args)
{
    static const QStringList commands{QStringLiteral("run"), QStringLiteral("sandbox-exec"),
                                      QStringLiteral("transcript")};
    return !args.isEmpty() && commands.contains(args.constFirst());
}

Cli::Cli(QStringList args, QObject *parent)
    : QObject(parent)
    , m_args(std::move(args))
{}

void Cli::start()
{
    QTimer::singleShot(0, this, &Cli::dispatch);
}

void Cli::done(int status)
{
    QCoreApplication::exit(status);
}

void Cli::dispatch()
{
    const QString command = m_args.value(0);
    int status = kUsage;
    if (command == QLatin1String("run"))
        status = runCommand();
    else if (command == QLatin1String("sandbox-exec"))
        status = sandboxExecCommand();
    else if (command == QLatin1String("transcript"))
        status = transcriptCommand();
    if (status != kAsync)
        done(status);
}

int Cli::runCommand()
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Run an agent task headless."));
    p.addHelpOption();
    const QCommandLineOption task(QStringLiteral("task"), QStringLiteral("The task for the agent."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object with the result."));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("anthropic or replay."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    QStringLiteral("Recorded responses (JSONL) to replay."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Workspace folder (created if missing)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QStringLiteral("local (bubblewrap) or none."),
                                     QStringLiteral("KIND"), QStringLiteral("local"));
    const QCommandLineOption maxTurns(QStringLiteral("max-turns"),
                                      QStringLiteral("Stop after N model turns."), QStringLiteral("N"),
                                      QStringLiteral("25"));
    const QCommandLineOption mode(QStringLiteral("permission-mode"),
                                  QStringLiteral("default, plan, acceptEdits, dontAsk or bypassPermissions."),
                                  QStringLiteral("MODE"), QStringLiteral("default"));
    const QCommandLineOption allow(QStringLiteral("allow"),
                                   QStringLiteral("Allow rule, e.g. Bash(npm test:*)."),
                                   QStringLiteral("RULE"));
    const QCommandLineOption deny(QStringLiteral("deny"), QStringLiteral("Deny rule."),
                                  QStringLiteral("RULE"));
    const QCommandLineOption ask(QStringLiteral("ask"),
                                 QStringLiteral("Ask rule: always ask about matching calls."),
                                 QStringLiteral("RULE"));
    const QCommandLineOption settings(
        QStringLiteral("settings"),
        QStringLiteral("Use the permissions block (allow/ask/deny) of a Claude Code settings.json."),
        QStringLiteral("FILE"));
    const QCommandLineOption transcript(QStringLiteral("transcript"),
                                        QStringLiteral("Write the transcript here."), QStringLiteral("FILE"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QStringLiteral("API base URL (default: ANTHROPIC_BASE_URL, else Anthropic's)."),
        QStringLiteral("URL"));
    p.addOptions(
        {task, json, provider, replay, model, workspace, sandbox, maxTurns, mode, allow, deny, transcript});
    p.addOption(baseUrl);
    p.addOptions({ask, settings});
    if (!p.parse(m_args)) {
        err(p.errorText());
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(stdout, p.helpText().toUtf8());
        return 0;
    }
    if (!p.isSet(task) || p.value(task).trimmed().isEmpty()) {
        err(QStringLiteral("run needs --task TEXT"));
        return kUsage;
    }
    bool okTurns = false;
    const int turns = p.value(maxTurns).toInt(&okTurns);
    if (!okTurns || turns < 1) {
        err(QStringLiteral("--max-turns needs a positive number"));
        return kUsage;
    }

    RunOptions o;
    o.provider = p.isSet(provider)
                     ? p.value(provider)
                     : (p.isSet(replay) ? QStringLiteral("replay") : QStringLiteral("anthropic"));
    o.replayFile = p.value(replay);
    o.model = p.value(model);
    o.apiKey = qEnvironmentVariable("ANTHROPIC_API_KEY");
    o.baseUrl = p.isSet(baseUrl) ? p.value(baseUrl) : qEnvironmentVariable("ANTHROPIC_BASE_URL");
    o.workspace = p.value(workspace);
    o.sandbox = p.value(sandbox);
    o.maxTurns = turns;
    o.permissionMode = p.value(mode);
    o.allowRules = p.values(allow);
    o.denyRules = p.values(deny);
    o.askRules = p.values(ask);
    o.settingsFiles = p.values(settings);
    o.transcriptPath = p.value(transcript);

    auto *nam = new QNetworkAccessManager(this);
    auto *gate = new ApprovalGate(this);
    new HeadlessApprover(gate, HeadlessApprover::Interaction::Auto, this);
    auto session = RunSession::create(o, nam, gate, this);
    if (!session) {
        err(session.error().toString());
        return session.error().code.startsWith(QLatin1String("sandbox")) ? kSandboxFailed : kUsage;
    }
    RunSession *s = *session;
    AgentRun *run = s->run();
    const bool asJson = p.isSet(json);
    if (o.sandbox == QLatin1String("none"))
        err(QStringLiteral(
            "warning: --sandbox none: tool calls run directly on this machine, without isolation"));

    if (!asJson) {
        // Human-readable progress: the conversation on stdout, tool output on stderr.
        auto printed = std::make_shared<QHash<int, qsizetype>>();
        ConversationModel *conv = run->conversation();
        auto printRow = [conv, printed](int row) {
            const QModelIndex idx = conv->index(row);
            const QString text = idx.data(ConversationModel::TextRole).toString();
            const auto kind = ConversationModel::Kind(idx.data(ConversationModel::KindRole).toInt());
            const qsizetype done = printed->value(row, -1);
            if (done < 0) {
                if (kind == ConversationModel::Kind::ToolCall)
                    out(stdout, QStringLiteral("\n▶ %1\n").arg(text).toUtf8());
                else if (kind == ConversationModel::Kind::Error || kind == ConversationModel::Kind::Notice)
                    out(stderr, (text + QLatin1Char('\n')).toUtf8());
                else if (kind != ConversationModel::Kind::User)
                    out(stdout, "\n" + text.toUtf8());
                printed->insert(row, text.size());
                return;
            }
            if (kind == ConversationModel::Kind::AssistantText || kind == ConversationModel::Kind::Thinking) {
                out(stdout, text.mid(done).toUtf8());
                printed->insert(row, text.size());
            }
        };
        connect(conv, &QAbstractItemModel::rowsInserted, this,
                [printRow](const QModelIndex &, int first, int last) {
                    for (int r = first; r <= last; ++r)
                        printRow(r);
                });
        connect(conv, &QAbstractItemModel::dataChanged, this,
                [printRow](const QModelIndex &tl, const QModelIndex &br) {
                    for (int r = tl.row(); r <= br.row(); ++r)
                        printRow(r);
                });
        connect(run->toolCalls(), &ToolCallModel::outputAppended, this,
                [](int, ToolCallModel::Stream, const QString &text) { out(stderr, text.toUtf8()); });
    }

    connect(run, &AgentRun::finished, this, [this, run, s, asJson] {
        if (asJson) {
            QJsonObject result{{QStringLiteral("stop_reason"), run->stopReason()},
                               {QStringLiteral("content"), run->finalContent()},
                               {QStringLiteral("turns"), run->turns()},
                               {QStringLiteral("usage"), run->usage()},
                               {QStringLiteral("cost_usd"),
                                run->costUsd() ? QJsonValue(*run->costUsd()) : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("transcript"), s->transcriptPath()},
                               {QStringLiteral("workspace"), s->workspace()},
                               {QStringLiteral("run_id"), run->config().runId}};
            if (!run->error().isNull())
                result.insert(QStringLiteral("error"), run->error().toString());
            out(stdout, QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
        } else {
            out(stdout, "\n");
            err(QStringLiteral("transcript: %1").arg(s->transcriptPath()));
        }
        if (run->stopReason() == QLatin1String("end_turn") ||
            run->stopReason() == QLatin1String("stop_sequence")) {
            done(0);
            return;
        }
        err(QStringLiteral("run ended: %1")
                .arg(run->error().isNull() ? run->stopReason() : run->error().toString()));
        done(1);
    });
    run->start(p.value(task));
    return kAsync;
}

int Cli::sandboxExecCommand()
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Run a command under the same sandbox policy as the agent's tool calls."));
    p.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Workspace folder (default: current)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption network(QStringLiteral("network"), QStringLiteral("Allow network access."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Wall-clock limit in seconds."), QStringLiteral("SEC"),
                                     QStringLiteral("120"));
    // The per-run limits agent tool calls get; the defaults are ExecSpec's.
    const Limits defaults;
    const QCommandLineOption cpu(QStringLiteral("cpu"), QStringLiteral("CPU time limit in seconds."),
                                 QStringLiteral("SEC"), QString::number(defaults.cpuSeconds));
    const QCommandLineOption memory(QStringLiteral("memory"), QStringLiteral("Address-space limit in MiB."),
                                    QStringLiteral("MIB"), QString::number(defaults.addressSpaceBytes >> 20));
    const QCommandLineOption processes(QStringLiteral("processes"), QStringLiteral("Process limit."),
                                       QStringLiteral("N"), QString::number(defaults.processes));
    const QCommandLineOption fileSize(QStringLiteral("file-size"), QStringLiteral("Largest file in MiB."),
                                      QStringLiteral("MIB"), QString::number(defaults.fileSizeBytes >> 20));
    const QCommandLineOption openFiles(QStringLiteral("open-files"), QStringLiteral("Open-file limit."),
                                       QStringLiteral("N"), QString::number(defaults.openFiles));
    const QCommandLineOption showPolicy(
        QStringLiteral("show-policy"),
        QStringLiteral("Print the policy (layers, binds, limits) as JSON first."));
    p.addOptions({workspace, network, timeout, cpu, memory, processes, fileSize, openFiles, showPolicy});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("-- CMD [ARG...]"));
    if (!p.parse(m_args)) {
        err(p.errorText());
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(stdout, p.helpText().toUtf8());
        return 0;
    }
    QStringList argv = p.positionalArguments();
    if (!argv.isEmpty() && argv.constFirst() == QLatin1String("sandbox-exec"))
        argv.removeFirst();
    if (argv.isEmpty()) {
        err(QStringLiteral("sandbox-exec needs a command: agent-workbench sandbox-exec -- CMD [ARG...]"));
        return kUsage;
    }
    if (p.isSet(network)) {
        err(QStringLiteral("network access inside the sandbox is not available in this version (the "
                           "per-domain proxy is not built yet); the sandbox always runs without network. "
                           "Nothing was run."));
        return kUsage;
    }
    Limits limits;
    const auto positive = [&p](const QCommandLineOption &o, qint64 scale, qint64 *into) {
        bool ok = false;
        const qint64 v = p.value(o).toLongLong(&ok);
        if (!ok || v <= 0) {
            err(QStringLiteral("--%1 needs a positive whole number").arg(o.names().constFirst()));
            return false;
        }
        *into = v * scale;
        return true;
    };
    if (!positive(cpu, 1, &limits.cpuSeconds) ||
        !positive(memory, qint64(1) << 20, &limits.addressSpaceBytes) ||
        !positive(processes, 1, &limits.processes) ||
        !positive(fileSize, qint64(1) << 20, &limits.fileSizeBytes) ||
        !positive(openFiles, 1, &limits.openFiles))
        return kUsage;
    bool okTimeout = false;
    const double seconds = p.value(timeout).toDouble(&okTimeout);
    if (!okTimeout || seconds <= 0) {
        err(QStringLiteral("--timeout needs a positive number of seconds"));
        return kUsage;
    }
    SandboxConfig sc;
    sc.workspace = p.isSet(workspace) ? p.value(workspace) : QDir::currentPath();
    auto created = BwrapSandbox::create(sc);
    if (!created) {
        err(created.error().toString());
        return kSandboxFailed;
    }
    if (Status s = (*created)->preflight(); !s) {
        err(s.error().toString());
        return kSandboxFailed;
    }
    auto *sandboxOwner = new QObject(this);
    std::shared_ptr<Sandbox> sandbox(std::move(*created));
    ExecSpec spec;
    spec.argv = argv;
    spec.timeoutMs = int(seconds * 1000);
    spec.limits = limits;
    ExecJob *job = sandbox->createJob(spec, sandboxOwner);
    if (p.isSet(showPolicy))
        out(stderr, QJsonDocument(job->describeSpec()).toJson(QJsonDocument::Indented));
    connect(job, &ExecJob::output, this, [](ExecJob::Stream stream, const QByteArray &chunk) {
        out(stream == ExecJob::Stream::Stdout ? stdout : stderr, chunk);
    });
    connect(job, &ExecJob::finished, this, [this, job, sandbox] {
        const ExecResult r = job->result();
        if (r.end == ExecResult::End::FailedToStart) {
            err(job->error().toString());
            done(kSandboxFailed);
            return;
        }
        // Why the run ended, in words, and what it changed; stdout stays the command's own.
        err(QStringLiteral("sandbox: %1").arg(r.describe()));
        if (const QString changed = r.changes.summary(); !changed.isEmpty())
            err(QStringLiteral("sandbox: %1").arg(changed));
        done(r.shellStatus());
    });
    job->start();
    return kAsync;
}

int Cli::transcriptCommand()
{
    const QString sub = m_args.value(1);
    if (sub == QLatin1String("show") && m_args.size() >= 3) {
        auto summary = TranscriptReader::summarize(m_args.at(2));
        if (!summary) {
            err(summary.error().toString());
            return 1;
        }
        out(stdout, summary->toText().toUtf8());
        return 0;
    }
    err(QStringLiteral("usage: agent-workbench transcript show FILE"));
    return kUsage;
}

} // namespace Workbench

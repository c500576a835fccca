// SPDX-License-Identifier: MIT
#include "cli.h"

#include "agent/agentrun.h"
#include "agent/networkaccess.h"
#include "agent/runrestore.h"
#include "agent/runsession.h"
#include "approval/approvalgate.h"
#include "approval/headlessapprover.h"
#include "checkpointcommand.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/cloudflaresandbox.h"
#include "sandbox/netproxy.h"
#include "transcript/transcriptreader.h"
#include "transcriptcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

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

/// Ends a remote run: deletes the Cloudflare sandbox unless it is kept, then calls `then`.
void releaseRemote(Sandbox *sandbox, QObject *context, std::function<void()> then)
{
    auto *remote = dynamic_cast<CloudflareSandbox *>(sandbox);
    BridgeCall *call = remote ? remote->release(context) : nullptr;
    if (remote && !call && remote->keepsSandbox() && !remote->sandboxId().isEmpty())
        err(QStringLiteral("sandbox: kept remote sandbox %1 (reuse it with --sandbox-id %1)")
                .arg(remote->sandboxId()));
    if (!call) {
        then();
        return;
    }
    QObject::connect(call, &BridgeCall::finished, context, [call, then = std::move(then)] {
        if (!call->error().isNull())
            err(QStringLiteral("sandbox: %1").arg(call->error().toString()));
        then();
    });
}

/// One line saying where commands run, for the start of a remote run.
QString remoteHeader(const CloudflareSandbox &s)
{
    return QStringLiteral(
               "sandbox: Cloudflare sandbox via the bridge at %1%2; limits: the container's instance "
               "type, plus this app's wall-clock and output limits; network egress is whatever the "
               "remote side enforces (not verified by this app)")
        .arg(s.endpoint().displayUrl(),
             s.sandboxId().isEmpty() ? QString() : QStringLiteral(" (sandbox %1)").arg(s.sandboxId()));
}

// Plan mode's list of what would have run, for people (the --json object carries it as "proposed").
void printProposals(const AgentRun *run, bool asJson)
{
    const QJsonArray proposals = run->proposals();
    if (asJson || proposals.isEmpty())
        return;
    QString text = QStringLiteral("\nProposed calls (plan mode: none of them ran):\n");
    int n = 0;
    for (const QJsonValue &v : proposals) {
        const QJsonObject p = v.toObject();
        const QJsonObject would = p.value(QLatin1String("would")).toObject();
        text += QStringLiteral("%1. %2\n   %3 mode would %4: %5\n")
                    .arg(++n)
                    .arg(p.value(QLatin1String("summary")).toString(),
                         would.value(QLatin1String("mode")).toString(),
                         would.value(QLatin1String("verdict")).toString(),
                         would.value(QLatin1String("reason")).toString());
        const QStringList lines = p.value(QLatin1String("script")).toString().split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size() && i < 20; ++i)
            text += QStringLiteral("   | %1\n").arg(lines.at(i));
        if (lines.size() > 20)
            text += QStringLiteral("   | … (%1 more lines)\n").arg(lines.size() - 20);
    }
    out(stdout, text.toUtf8());
}

constexpr int kAsync = -1;
constexpr int kUsage = 2;
constexpr int kSandboxFailed = 125;

// The network flags `run` and `sandbox-exec` share.
struct NetworkOptions
{
    QCommandLineOption network{QStringLiteral("network"),
                               QStringLiteral("Network through the app's filtering proxy (off by default); "
                                              "hosts no rule allows are asked about, or denied without a "
                                              "terminal.")};
    QCommandLineOption allowDomain{
        QStringLiteral("allow-domain"),
        QStringLiteral("Allow a host through the proxy: example.com, *.example.com, "
                       "example.com:8443 (repeatable; implies --network)."),
        QStringLiteral("DOMAIN[:PORT]")};
    QCommandLineOption privateDomain{
        QStringLiteral("allow-private-domain"),
        QStringLiteral("Allow a host that may resolve to a loopback or private address, such as a dev "
                       "server (port required; metadata addresses stay blocked; implies --network)."),
        QStringLiteral("HOST:PORT")};
};

// The sandbox policy flags `run` and `sandbox-exec` share (never settable by the model).
struct PolicyOptions
{
    QCommandLineOption roBind{
        QStringLiteral("ro-bind"),
        QStringLiteral("Bind a host folder or file read-only at the same path, e.g. a toolchain in "
                       "/opt/rust (repeatable; local sandbox only)."),
        QStringLiteral("PATH")};
    QCommandLineOption noCgroups{
        QStringLiteral("no-cgroups"),
        QStringLiteral("Keep the limits to per-process rlimits even where each run could get a cgroup of its "
                       "own (local sandbox only).")};
    QCommandLineOption maxGrowth{
        QStringLiteral("max-workspace-growth"),
        QStringLiteral("Stop a command once the workspace grew by more than this: bytes, or NNK, NNM, NNG "
                       "(default 1G)."),
        QStringLiteral("SIZE")};

    // Reads --max-workspace-growth into `limits`; false (and a message on stderr) when malformed.
    bool readGrowth(const QCommandLineParser &p, Limits *limits) const
    {
        if (!p.isSet(maxGrowth))
            return true;
        const auto bytes = parseByteSize(p.value(maxGrowth));
        if (!bytes) {
            err(QStringLiteral("--max-workspace-growth needs a positive size, e.g. 1048576, 500M or 2G"));
            return false;
        }
        limits->workspaceGrowthBytes = *bytes;
        return true;
    }
};

} // namespace

bool Cli::isCliCommand(const QStringList &args)
{
    static const QStringList commands{QStringLiteral("run"), QStringLiteral("sandbox-exec"),
                                      QStringLiteral("transcript"), QStringLiteral("checkpoints")};
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
    else if (command == QLatin1String("checkpoints"))
        status = runCheckpointCommand(m_args, this);
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
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      QStringLiteral("anthropic, openai or replay."), QStringLiteral("NAME"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    QStringLiteral("Recorded responses (JSONL) to replay."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Workspace folder (created if missing)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("local (bubblewrap), none or cloudflare."),
                                     QStringLiteral("KIND"), QStringLiteral("local"));
    const QCommandLineOption bridgeUrl(
        QStringLiteral("bridge-url"),
        QStringLiteral("Cloudflare sandbox bridge URL (default: SANDBOX_BRIDGE_URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption keepSandbox(QStringLiteral("keep-sandbox"),
                                         QStringLiteral("Keep the remote sandbox after the run."));
    const QCommandLineOption sandboxId(QStringLiteral("sandbox-id"),
                                       QStringLiteral("Reuse a kept remote sandbox."), QStringLiteral("ID"));
    const QCommandLineOption noWriteBack(
        QStringLiteral("no-write-back"),
        QStringLiteral("Leave the workspace folder as it is: what remote calls change stays remote."));
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
        QStringLiteral("API base URL (default: ANTHROPIC_BASE_URL, else Anthropic's; required for openai)."),
        QStringLiteral("URL"));
    p.addOptions(
        {task, json, provider, replay, model, workspace, sandbox, maxTurns, mode, allow, deny, transcript});
    p.addOption(baseUrl);
    p.addOptions({ask, settings});
    const QCommandLineOption thinking(
        QStringLiteral("thinking"),
        QStringLiteral("Extended thinking: off, on (adaptive where the model has it) or budget=N tokens."),
        QStringLiteral("MODE"), QStringLiteral("off"));
    p.addOption(thinking);
    const QCommandLineOption executePlan(
        QStringLiteral("execute-plan"),
        QStringLiteral(
            "With --permission-mode plan: when the plan is done, switch to MODE and let Claude carry "
            "it out (its calls are judged in MODE)."),
        QStringLiteral("MODE"));
    p.addOption(executePlan);
    p.addOptions({bridgeUrl, keepSandbox, sandboxId, noWriteBack});
    const NetworkOptions netOptions;
    p.addOptions({netOptions.network, netOptions.allowDomain, netOptions.privateDomain});
    const PolicyOptions policyOptions;
    p.addOptions({policyOptions.roBind, policyOptions.noCgroups, policyOptions.maxGrowth});
    const QCommandLineOption resumeFrom(
        QStringLiteral("resume"),
        QStringLiteral("Continue an interrupted or stopped run from its transcript (appended to it); with "
                       "--task, TEXT is sent as your next message, so a finished run goes on too."),
        QStringLiteral("FILE"));
    const QCommandLineOption forkFrom(
        QStringLiteral("fork"),
        QStringLiteral("Continue a run from a step as a new branch (new transcript and workspace copy)."),
        QStringLiteral("FILE"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        QStringLiteral("With --fork: the step, a tool call number from 1 (0: the task)."),
        QStringLiteral("STEP"));
    const QCommandLineOption toolResult(
        QStringLiteral("tool-result"),
        QStringLiteral("With --fork: the step's tool result as the branch sees it."), QStringLiteral("TEXT"));
    const QCommandLineOption toolResultFile(QStringLiteral("tool-result-file"),
                                            QStringLiteral("With --fork: read that tool result from a file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption userMessage(
        QStringLiteral("user-message"),
        QStringLiteral("With --fork: at step 0 the new task, else a message sent with the step's results."),
        QStringLiteral("TEXT"));
    p.addOptions({resumeFrom, forkFrom, at, toolResult, toolResultFile, userMessage});
    if (!p.parse(m_args)) {
        err(p.errorText());
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(stdout, p.helpText().toUtf8());
        return 0;
    }
    const bool restoring = p.isSet(resumeFrom) || p.isSet(forkFrom);
    if (p.isSet(resumeFrom) && p.isSet(forkFrom)) {
        err(QStringLiteral("give --resume or --fork, not both"));
        return kUsage;
    }
    if (!restoring && (!p.isSet(task) || p.value(task).trimmed().isEmpty())) {
        err(QStringLiteral("run needs --task TEXT"));
        return kUsage;
    }
    bool okTurns = false;
    const int turns = p.value(maxTurns).toInt(&okTurns);
    if (!okTurns || turns < 1) {
        err(QStringLiteral("--max-turns needs a positive number"));
        return kUsage;
    }

    const auto thinkingSetting = ThinkingSetting::parse(p.value(thinking));
    if (!thinkingSetting) {
        err(QStringLiteral("--thinking takes off, on or budget=N (N at least 1024)"));
        return kUsage;
    }

    RunOptions o;
    o.thinking = *thinkingSetting;
    o.provider = p.isSet(provider)
                     ? p.value(provider)
                     : (p.isSet(replay) ? QStringLiteral("replay") : QStringLiteral("anthropic"));
    o.replayFile = p.value(replay);
    o.model = p.value(model);
    // An OpenAI-compatible server is never reached through the Anthropic variables.
    const bool openAi = o.provider == QLatin1String("openai");
    o.apiKey = qEnvironmentVariable(openAi ? "OPENAI_API_KEY" : "ANTHROPIC_API_KEY");
    o.baseUrl = p.isSet(baseUrl) ? p.value(baseUrl)
                                 : (openAi ? QString() : qEnvironmentVariable("ANTHROPIC_BASE_URL"));
    o.workspace = p.value(workspace);
    o.sandbox = p.value(sandbox);
    o.bridgeUrl = p.value(bridgeUrl);
    o.keepRemoteSandbox = p.isSet(keepSandbox);
    o.bridgeSandboxId = p.value(sandboxId);
    o.remoteWriteBack = !p.isSet(noWriteBack);
    o.maxTurns = turns;
    o.permissionMode = p.value(mode);
    std::optional<PermissionMode> planThen;
    if (p.isSet(executePlan)) {
        PermissionMode m;
        if (!parsePermissionMode(p.value(executePlan), &m) || m == PermissionMode::Plan) {
            err(QStringLiteral("--execute-plan takes default, acceptEdits, dontAsk or bypassPermissions"));
            return kUsage;
        }
        planThen = m;
    }
    o.allowRules = p.values(allow);
    o.denyRules = p.values(deny);
    o.askRules = p.values(ask);
    o.settingsFiles = p.values(settings);
    o.transcriptPath = p.value(transcript);
    o.network = p.isSet(netOptions.network);
    o.allowDomains = p.values(netOptions.allowDomain);
    o.privateDomains = p.values(netOptions.privateDomain);
    o.extraReadOnly = p.values(policyOptions.roBind);
    if (p.isSet(policyOptions.noCgroups))
        o.cgroups = false;
    if (!policyOptions.readGrowth(p, &o.limits))
        return kUsage;

    auto *nam = new QNetworkAccessManager(this);
    auto *gate = new ApprovalGate(this);
    new HeadlessApprover(gate, HeadlessApprover::Interaction::Auto, this);
    const bool asJson = p.isSet(json);
    // Follows a session's run on the terminal and ends the command with it (a new or a restored run).
    auto follow = [this, asJson, o, planThen](RunSession *s) mutable {
        AgentRun *run = s->run();
        if (auto *remote = dynamic_cast<CloudflareSandbox *>(s->sandbox()))
            err(remoteHeader(*remote));
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
                    else if (kind == ConversationModel::Kind::Error ||
                             kind == ConversationModel::Kind::Notice)
                        out(stderr, (text + QLatin1Char('\n')).toUtf8());
                    else if (kind != ConversationModel::Kind::User)
                        out(stdout, "\n" + text.toUtf8());
                    printed->insert(row, text.size());
                    return;
                }
                if (kind == ConversationModel::Kind::AssistantText ||
                    kind == ConversationModel::Kind::Thinking) {
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

        connect(run, &AgentRun::finished, this, [this, run, s, asJson, planThen]() mutable {
            if (planThen) {
                // The plan is done: carry it out in the mode asked for (once; finished() comes again).
                const PermissionMode then = *planThen;
                planThen.reset();
                run->setPermissionMode(then);
                if (run->executePlan())
                    return;
            }
            if (asJson) {
                QJsonObject result{{QStringLiteral("stop_reason"), run->stopReason()},
                                   {QStringLiteral("content"), run->finalContent()},
                                   {QStringLiteral("turns"), run->turns()},
                                   {QStringLiteral("usage"), run->usage()},
                                   {QStringLiteral("cost_usd"), run->costUsd()
                                                                    ? QJsonValue(*run->costUsd())
                                                                    : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("transcript"), s->transcriptPath()},
                                   {QStringLiteral("workspace"), s->workspace()},
                                   {QStringLiteral("run_id"), run->config().runId}};
                if (!run->error().isNull())
                    result.insert(QStringLiteral("error"), run->error().toString());
                if (!run->proposals().isEmpty() || run->policy().mode() == PermissionMode::Plan)
                    result.insert(QStringLiteral("proposed"), run->proposals());
                out(stdout, QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
            } else {
                out(stdout, "\n");
                printProposals(run, asJson);
                err(QStringLiteral("transcript: %1").arg(s->transcriptPath()));
            }
            int status = 0;
            if (run->stopReason() != QLatin1String("end_turn") &&
                run->stopReason() != QLatin1String("stop_sequence")) {
                err(QStringLiteral("run ended: %1")
                        .arg(run->error().isNull() ? run->stopReason() : run->error().toString()));
                status = 1;
            }
            releaseRemote(s->sandbox(), this, [this, status] { done(status); });
        });
    };
    if (restoring) {
        RunRestoreJob *job = nullptr;
        if (p.isSet(resumeFrom)) {
            job = RunRestoreJob::resume(p.value(resumeFrom), o, nam, gate, this);
            if (p.isSet(task))
                job->setFollowUp(p.value(task).trimmed());
        } else {
            ForkRequest fork;
            bool okStep = false;
            fork.step = p.value(at).toInt(&okStep);
            if (!p.isSet(at) || !okStep || fork.step < 0) {
                err(QStringLiteral("--fork needs --at STEP (a tool call number from 1, or 0 for the task)"));
                return kUsage;
            }
            if (p.isSet(toolResult) && p.isSet(toolResultFile)) {
                err(QStringLiteral("give --tool-result or --tool-result-file, not both"));
                return kUsage;
            }
            if (p.isSet(toolResult))
                fork.toolResult = p.value(toolResult);
            if (p.isSet(toolResultFile)) {
                QFile f(p.value(toolResultFile));
                if (!f.open(QIODevice::ReadOnly)) {
                    err(QStringLiteral("cannot read %1: %2").arg(p.value(toolResultFile), f.errorString()));
                    return kUsage;
                }
                fork.toolResult = QString::fromUtf8(f.readAll());
            }
            fork.userMessage = p.value(userMessage);
            fork.model = p.value(model);
            fork.provider = p.isSet(provider) ? p.value(provider) : QString();
            job = RunRestoreJob::fork(p.value(forkFrom), fork, o, nam, gate, this);
        }
        connect(job, &RunRestoreJob::finished, this, [this, job, follow]() mutable {
            job->deleteLater();
            if (!job->error().isNull()) {
                err(job->error().toString());
                done(job->error().code.startsWith(QLatin1String("sandbox")) ? kSandboxFailed : 1);
                return;
            }
            for (const QString &w : job->state().warnings)
                err(QStringLiteral("transcript: %1").arg(w));
            if (!job->workspaceNote().isEmpty())
                err(job->workspaceNote());
            RunSession *s = job->takeSession();
            s->setParent(this);
            err(QStringLiteral("%1: transcript %2, workspace %3")
                    .arg(job->kind() == RunRestoreJob::Kind::Fork ? QStringLiteral("branch")
                                                                  : QStringLiteral("resumed"),
                         s->transcriptPath(), s->workspace()));
            follow(s);
        });
        job->start();
        return kAsync;
    }
    auto session = RunSession::create(o, nam, gate, this);
    if (!session) {
        err(session.error().toString());
        return session.error().code.startsWith(QLatin1String("sandbox")) ? kSandboxFailed : kUsage;
    }
    follow(*session);
    (*session)->run()->start(p.value(task));
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
    const NetworkOptions netOptions;
    const QCommandLineOption &network = netOptions.network;
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
    p.addOptions({netOptions.allowDomain, netOptions.privateDomain});
    const PolicyOptions policyOptions;
    p.addOptions({policyOptions.roBind, policyOptions.noCgroups, policyOptions.maxGrowth});
    const QCommandLineOption kind(QStringLiteral("sandbox"),
                                  QStringLiteral("local (bubblewrap) or cloudflare."), QStringLiteral("KIND"),
                                  QStringLiteral("local"));
    const QCommandLineOption bridgeUrl(
        QStringLiteral("bridge-url"),
        QStringLiteral("Cloudflare sandbox bridge URL (default: SANDBOX_BRIDGE_URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption check(
        QStringLiteral("check"),
        QStringLiteral("Only test the connection to the bridge and print its version."));
    const QCommandLineOption keepSandbox(QStringLiteral("keep-sandbox"),
                                         QStringLiteral("Keep the remote sandbox afterwards."));
    const QCommandLineOption sandboxId(QStringLiteral("sandbox-id"),
                                       QStringLiteral("Reuse a kept remote sandbox."), QStringLiteral("ID"));
    const QCommandLineOption noWriteBack(
        QStringLiteral("no-write-back"),
        QStringLiteral("Leave the --workspace folder as it is: what the command changes stays remote."));
    p.addOptions({kind, bridgeUrl, check, keepSandbox, sandboxId, noWriteBack});
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
    const bool remote = p.value(kind) == QLatin1String("cloudflare");
    if (!remote && p.value(kind) != QLatin1String("local")) {
        err(QStringLiteral("--sandbox must be local or cloudflare"));
        return kUsage;
    }
    std::optional<BridgeEndpoint> endpoint;
    if (remote || p.isSet(check)) {
        auto e = BridgeEndpoint::fromEnvironment(p.value(bridgeUrl));
        if (!e) {
            err(e.error().toString());
            return kUsage;
        }
        endpoint = *e;
    }
    auto *nam = new QNetworkAccessManager(this);
    if (p.isSet(check)) {
        auto *health = new BridgeHealthJob(nam, *endpoint, this);
        connect(health, &BridgeHealthJob::finished, this, [this, health] {
            if (health->error().isNull())
                out(stdout, (health->summary() + QLatin1Char('\n')).toUtf8());
            else
                err(health->summary());
            done(health->error().isNull() ? 0 : kSandboxFailed);
        });
        health->start();
        return kAsync;
    }
    if (argv.isEmpty()) {
        err(QStringLiteral("sandbox-exec needs a command: agent-workbench sandbox-exec -- CMD [ARG...]"));
        return kUsage;
    }
    const bool wantsNetwork =
        p.isSet(network) || p.isSet(netOptions.allowDomain) || p.isSet(netOptions.privateDomain);
    if (wantsNetwork && remote) {
        err(QStringLiteral("--network and --allow-domain apply to the local sandbox only. Nothing was run."));
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
        !positive(openFiles, 1, &limits.openFiles) || !policyOptions.readGrowth(p, &limits))
        return kUsage;
    if (remote && p.isSet(policyOptions.roBind)) {
        err(QStringLiteral("--ro-bind applies to the local sandbox only. Nothing was run."));
        return kUsage;
    }
    bool okTimeout = false;
    const double seconds = p.value(timeout).toDouble(&okTimeout);
    if (!okTimeout || seconds <= 0) {
        err(QStringLiteral("--timeout needs a positive number of seconds"));
        return kUsage;
    }
    if (remote) {
        CloudflareConfig cc;
        cc.endpoint = *endpoint;
        cc.localWorkspace = p.isSet(workspace) ? p.value(workspace) : QDir::currentPath();
        cc.keepSandbox = p.isSet(keepSandbox);
        cc.sandboxId = p.value(sandboxId);
        // Only a folder named on purpose goes up, never the current directory by default.
        cc.uploadWorkspace = p.isSet(workspace) && cc.sandboxId.isEmpty();
        // Changes come back only into a folder that was uploaded, so the two match.
        cc.writeBack = cc.uploadWorkspace && !p.isSet(noWriteBack);
        auto *cloud = new CloudflareSandbox(cc, nam, this);
        if (Status st = cloud->preflight(); !st) {
            err(st.error().toString());
            return kSandboxFailed;
        }
        err(remoteHeader(*cloud));
        ExecSpec spec;
        spec.argv = argv;
        spec.timeoutMs = int(seconds * 1000);
        ExecJob *job = cloud->createJob(spec, this);
        connect(job, &ExecJob::output, this, [](ExecJob::Stream stream, const QByteArray &chunk) {
            out(stream == ExecJob::Stream::Stdout ? stdout : stderr, chunk);
        });
        connect(job, &ExecJob::finished, this, [this, job, cloud] {
            const ExecResult r = job->result();
            int status = r.shellStatus();
            if (r.end == ExecResult::End::FailedToStart) {
                err(job->error().toString());
                status = kSandboxFailed;
            } else {
                err(QStringLiteral("sandbox: %1 (remote sandbox %2)").arg(r.describe(), cloud->sandboxId()));
                if (const QString changed = r.changes.summary(); !changed.isEmpty())
                    err(QStringLiteral("sandbox: %1").arg(changed));
            }
            releaseRemote(cloud, this, [this, status] { done(status); });
        });
        job->start();
        return kAsync;
    }
    SandboxConfig sc;
    sc.workspace = p.isSet(workspace) ? p.value(workspace) : QDir::currentPath();
    sc.extraReadOnly = p.values(policyOptions.roBind);
    if (p.isSet(policyOptions.noCgroups))
        sc.cgroups = SandboxConfig::Cgroups::Off;
    if (wantsNetwork) {
        // Same proxy and approval path as a run: unknown hosts are asked about on the terminal.
        DomainPolicy domains;
        for (const QString &d : p.values(netOptions.allowDomain)) {
            if (Status s = domains.addRule(d, DomainRule::Kind::Allow, QStringLiteral("--allow-domain"));
                !s) {
                err(s.error().toString());
                return kUsage;
            }
        }
        for (const QString &d : p.values(netOptions.privateDomain)) {
            if (Status s = domains.addRule(d, DomainRule::Kind::Allow,
                                           QStringLiteral("--allow-private-domain"), true);
                !s) {
                err(s.error().toString());
                return kUsage;
            }
        }
        sc.networkProxy = std::make_shared<NetProxy>(std::move(domains));
        auto *gate = new ApprovalGate(this);
        new HeadlessApprover(gate, HeadlessApprover::Interaction::Auto, this);
        auto *access = new NetworkAccess(sc.networkProxy.get(), gate, this);
        connect(access, &NetworkAccess::decisionMade, this,
                [](const NetDecision &d) { err(QStringLiteral("sandbox: network: %1").arg(d.summary())); });
    }
    auto created = BwrapSandbox::create(sc);
    if (!created) {
        err(created.error().toString());
        return kSandboxFailed;
    }
    if (Status s = (*created)->preflight(); !s) {
        err(s.error().toString());
        return kSandboxFailed;
    }
    if (const QStringList extras = (*created)->extraReadOnly(); !extras.isEmpty())
        err(QStringLiteral("sandbox: read-only extra: %1").arg(extras.join(QStringLiteral(", "))));
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
    return runTranscriptCommand(m_args);
}

} // namespace Workbench

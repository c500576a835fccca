// SPDX-License-Identifier: MIT
#include "agent/runsession.h"

#include "agent/agentrun.h"
#include "agent/networkaccess.h"
#include "approval/permissionstore.h"
#include "checkpoint/checkpointstore.h"
#include "llm/anthropicprovider.h"
#include "llm/openaiprovider.h"
#include "llm/pricing.h"
#include "llm/replayprovider.h"
#include "models/conversationmodel.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/cloudflaresandbox.h"
#include "sandbox/netproxy.h"
#include "sandbox/unsandboxedrunner.h"
#include "transcript/transcriptwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Workbench {

RunSession::RunSession(QObject *parent)
    : QObject(parent)
{}

RunSession::~RunSession()
{
    // The run and provider are children; delete them while the sandbox and transcript they
    // point at still exist.
    delete m_run;
    delete m_provider;
}

QString RunSession::transcriptPath() const
{
    return m_transcript ? m_transcript->path() : QString();
}

QString RunSession::workspace() const
{
    return m_sandbox ? m_sandbox->hostWorkspace() : QString();
}

static Error usageError(const QString &message)
{
    return Error{QStringLiteral("invalid_options"), message, {}, {}};
}

Result<RunSession *> RunSession::create(const RunOptions &o, QNetworkAccessManager *nam, ApprovalGate *gate,
                                        QObject *parent)
{
    RunConfig config;
    config.runId = o.runId.isEmpty() ? RunConfig::newRunId() : o.runId;
    config.model = o.model.isEmpty() ? RunConfig::defaultModel() : o.model;
    config.providerName = o.provider;
    config.maxTurns = o.maxTurns;
    config.toolTimeoutMs = o.toolTimeoutMs;
    config.limits = o.limits;
    config.outputKillBytes = o.outputKillBytes;
    config.systemPrompt = RunConfig::defaultSystemPrompt();
    config.thinking = o.thinking;

    PermissionMode mode;
    if (!parsePermissionMode(o.permissionMode, &mode))
        return usageError(
            QStringLiteral("Unknown permission mode \"%1\". Use default, plan, acceptEdits, dontAsk or "
                           "bypassPermissions.")
                .arg(o.permissionMode));
    config.policy.setMode(mode);
    for (const QString &r : o.denyRules) {
        if (Status s = config.policy.addRule(r, PermissionRule::Kind::Deny, o.ruleSource); !s)
            return s.error();
    }
    for (const QString &r : o.askRules) {
        if (Status s = config.policy.addRule(r, PermissionRule::Kind::Ask, o.ruleSource); !s)
            return s.error();
    }
    for (const QString &r : o.allowRules) {
        if (Status s = config.policy.addRule(r, PermissionRule::Kind::Allow, o.ruleSource); !s)
            return s.error();
    }
    // Remembered and imported rules carry their file as source (PermissionStore).
    QStringList ruleFiles = o.settingsFiles;
    if (o.loadStoredRules)
        ruleFiles.prepend(PermissionStore::userFile());
    for (const QString &file : std::as_const(ruleFiles)) {
        if (Status s = PermissionStore::loadInto(config.policy, file); !s)
            return s.error();
    }

    std::unique_ptr<RunSession> session(new RunSession(parent));

    // Provider first: a missing key or replay file should fail before anything touches disk.
    if (o.provider == QLatin1String("replay")) {
        if (o.replayFile.isEmpty())
            return usageError(QStringLiteral("The replay provider needs a recording: pass --replay FILE."));
        auto messages = ReplayProvider::loadFile(o.replayFile);
        if (!messages)
            return messages.error();
        QList<QJsonObject> recorded = *messages;
        recorded.remove(0, std::clamp<qsizetype>(o.replaySkip, 0, recorded.size()));
        auto *replay = new ReplayProvider(recorded, session.get());
        config.replayFile = o.replayFile;
        replay->setChunkDelayMs(o.replayChunkDelayMs);
        session->m_provider = replay;
    } else if (o.provider == QLatin1String("anthropic")) {
        if (o.apiKey.isEmpty())
            return Error{
                QStringLiteral("no_api_key"),
                QStringLiteral("No API key: set ANTHROPIC_API_KEY (or store a key in the app's settings), "
                               "or try the bundled demo with --provider replay."),
                {},
                {}};
        AnthropicConfig ac;
        ac.apiKey = o.apiKey;
        if (!o.baseUrl.isEmpty())
            ac.baseUrl = QUrl(o.baseUrl);
        session->m_provider = new AnthropicProvider(ac, nam, session.get());
    } else if (o.provider == QLatin1String("openai")) {
        if (o.baseUrl.trimmed().isEmpty())
            return usageError(
                QStringLiteral("The openai provider needs the server's address: pass --base-url URL (Ollama: "
                               "http://localhost:11434/v1, llama.cpp server: http://localhost:8080/v1)."));
        if (o.model.isEmpty())
            return usageError(QStringLiteral(
                "The openai provider needs the model's name as the server knows it: pass --model NAME."));
        // "localhost:11434" parses as a scheme; read it as an address bar would.
        const QString base = o.baseUrl.trimmed();
        const QUrl url(base);
        OpenAiConfig oc;
        oc.baseUrl = url.scheme().startsWith(QLatin1String("http")) ? url : QUrl::fromUserInput(base);
        oc.apiKey = o.apiKey;
        session->m_provider = new OpenAiProvider(oc, nam, session.get());
    } else {
        return usageError(
            QStringLiteral("Unknown provider \"%1\". Use anthropic, openai or replay.").arg(o.provider));
    }

    // The workspace is chosen here (or by the user), never by the model.
    QString workspace = o.workspace.isEmpty() ? RunConfig::defaultWorkspace(config.runId) : o.workspace;
    if (!QDir().mkpath(workspace))
        return Error{QStringLiteral("workspace_unavailable"),
                     QStringLiteral("Cannot create the workspace folder %1.").arg(workspace),
                     {},
                     {}};

    const bool network = o.network || !o.allowDomains.isEmpty() || !o.privateDomains.isEmpty();
    if (network && o.sandbox != QLatin1String("local"))
        return usageError(QStringLiteral("--network and --allow-domain need the local sandbox (--sandbox "
                                         "local): the proxy filters only what the local sandbox sends."));
    if (!o.extraReadOnly.isEmpty() && o.sandbox != QLatin1String("local"))
        return usageError(QStringLiteral("--ro-bind needs the local sandbox (--sandbox local): only it binds "
                                         "host folders."));
    if (network) {
        DomainPolicy domains;
        for (const QString &d : o.allowDomains) {
            if (Status s = domains.addRule(d, DomainRule::Kind::Allow, QStringLiteral("--allow-domain")); !s)
                return s.error();
        }
        for (const QString &d : o.privateDomains) {
            if (Status s = domains.addRule(d, DomainRule::Kind::Allow,
                                           QStringLiteral("--allow-private-domain"), true);
                !s)
                return s.error();
        }
        if (Status s = NetworkAccess::addWebFetchRules(config.policy, domains); !s)
            return s.error();
        session->m_proxy = std::make_shared<NetProxy>(std::move(domains));
    }

    if (o.sandbox == QLatin1String("local")) {
        SandboxConfig sc;
        sc.workspace = workspace;
        sc.networkProxy = session->m_proxy;
        sc.extraReadOnly = o.extraReadOnly;
        sc.cgroups = o.cgroups ? SandboxConfig::Cgroups::Auto : SandboxConfig::Cgroups::Off;
        auto sandbox = BwrapSandbox::create(sc);
        if (!sandbox)
            return sandbox.error();
        if (Status s = (*sandbox)->preflight(); !s)
            return s.error();
        session->m_sandbox = std::move(*sandbox);
    } else if (o.sandbox == QLatin1String("none")) {
        auto runner = UnsandboxedRunner::create(workspace);
        if (!runner)
            return runner.error();
        session->m_sandbox = std::move(*runner);
    } else if (o.sandbox == QLatin1String("cloudflare")) {
        auto endpoint = BridgeEndpoint::fromEnvironment(o.bridgeUrl, o.bridgeApiKey);
        if (!endpoint)
            return endpoint.error();
        CloudflareConfig cc;
        cc.endpoint = *endpoint;
        cc.localWorkspace = QFileInfo(workspace).canonicalFilePath();
        cc.sandboxId = o.bridgeSandboxId;
        cc.keepSandbox = o.keepRemoteSandbox;
        cc.uploadWorkspace = !o.workspace.isEmpty(); // a folder the user chose goes up once
        // The folder mirrors the remote /workspace only when both start from it.
        cc.writeBack = o.remoteWriteBack && o.bridgeSandboxId.isEmpty();
        auto remote = std::make_unique<CloudflareSandbox>(cc, nam);
        if (Status s = remote->preflight(); !s)
            return s.error();
        session->m_sandbox = std::move(remote);
    } else {
        return usageError(
            QStringLiteral("Unknown sandbox \"%1\". Use local, none or cloudflare.").arg(o.sandbox));
    }
    if (o.loadStoredRules) {
        if (Status s = PermissionStore::loadInto(config.policy, PermissionStore::projectFile(workspace)); !s)
            return s.error();
    }
    config.sandboxKind = session->m_sandbox->kind();
    config.workspace = session->m_sandbox->hostWorkspace();

    session->m_transcript = std::make_unique<TranscriptWriter>();
    const QString transcript =
        o.transcriptPath.isEmpty() ? RunConfig::defaultTranscriptPath(config.runId) : o.transcriptPath;
    if (Status s = session->m_transcript->open(transcript); !s)
        return s.error();

    session->m_run = new AgentRun(config, session->m_provider, session->m_sandbox.get(), gate,
                                  session->m_transcript.get(), session.get());
    if (!o.priceTablePath.isEmpty()) {
        // A price table the user chose that cannot be read is said, not replaced by the bundled one.
        QFile file(o.priceTablePath);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("The price table %1 cannot be read: %2")
                                  .arg(o.priceTablePath, file.errorString()));
        auto prices = PriceTable::fromJson(file.readAll());
        if (!prices)
            return usageError(
                QStringLiteral("%1 is not a price table: %2").arg(o.priceTablePath, prices.error().message));
        session->m_run->setPriceTable(*prices);
    }
    if (session->m_proxy) {
        auto *net = new NetworkAccess(session->m_proxy.get(), gate, session.get());
        net->setTranscript(session->m_transcript.get());
        net->setRunId(config.runId);
        if (o.loadStoredRules)
            net->setRememberFile(PermissionStore::userFile());
        ConversationModel *conversation = session->m_run->conversation();
        connect(net, &NetworkAccess::decisionMade, conversation, [conversation](const NetDecision &d) {
            conversation->append(ConversationModel::Kind::Notice,
                                 QStringLiteral("Network: %1").arg(d.summary()), 0);
        });
        session->m_network = net;
    }
    // A remote run's folder follows its sandbox call by call when changes are copied back, so
    // checkpoints of it hold what each call did there.
    const bool mirrored =
        o.sandbox == QLatin1String("cloudflare") && o.remoteWriteBack && o.bridgeSandboxId.isEmpty();
    if (o.checkpoints && (o.sandbox == QLatin1String("local") || mirrored)) {
        session->m_checkpoints = std::make_unique<CheckpointStore>(
            o.checkpointDirectory.isEmpty() ? RunConfig::dataDirectory() + QStringLiteral("/checkpoints")
                                            : o.checkpointDirectory);
        session->m_run->setCheckpointStore(session->m_checkpoints.get());
    }
    return session.release();
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#pragma once

#include "agent/runconfig.h"
#include "common/error.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace Workbench {

class AgentRun;
class ApprovalGate;
class Provider;
class Sandbox;
class TranscriptWriter;
class CheckpointStore;
class NetProxy;
class NetworkAccess;

/// What a user asks for when starting a run, from CLI flags or the GUI. Parsed into a
/// RunConfig plus the concrete provider, sandbox and transcript by RunSession::create().
struct RunOptions
{
    QString provider = QStringLiteral("anthropic"); ///< "anthropic", "replay" or "openai"
    QString replayFile;         ///< for provider "replay"; ":/…" resource paths work too
    int replayChunkDelayMs = 0; ///< pace the replayed stream (the GUI demo streams visibly)
    int replaySkip = 0;         ///< recordings already served (a restored run goes on after them)
    QString runId;              ///< empty: a new id; a resumed or rewound run keeps its own
    QString model;              ///< empty: RunConfig::defaultModel()
    QString apiKey;             ///< anthropic: required; openai: optional; never written anywhere
    /// anthropic: empty = https://api.anthropic.com. openai: required, the server's address
    /// (OpenAiProvider::chatCompletionsUrl says how the path is completed).
    QString baseUrl;
    QString workspace; ///< empty: a fresh directory (RunConfig::defaultWorkspace)
    QString sandbox =
        QStringLiteral("local"); ///< "local" (bubblewrap), "none" (explicit opt-out) or "cloudflare"
    /// For sandbox "cloudflare" (docs/cloudflare-bridge.md). The key is never written anywhere.
    QString bridgeUrl;              ///< empty: SANDBOX_BRIDGE_URL
    QString bridgeApiKey;           ///< empty: SANDBOX_API_KEY
    QString bridgeSandboxId;        ///< reuse a kept remote sandbox; empty: create one
    bool keepRemoteSandbox = false; ///< keep the remote sandbox after the run (else it is deleted)
    /// Copy what each remote call changes back into the workspace folder (not with a reused
    /// sandbox, whose files the folder does not hold). Off: the folder is left as it was.
    bool remoteWriteBack = true;
    int maxTurns = 25;
    int toolTimeoutMs = 120000;
    Limits limits;                             ///< rlimits of every tool call (sandbox/sandbox.h)
    qint64 outputKillBytes = qint64(16) << 20; ///< a call producing more output is stopped
    QString priceTablePath;                    ///< empty: PriceTable::userOrBundled()
    QString permissionMode = QStringLiteral("default");
    QStringList allowRules;
    QStringList denyRules;
    QString ruleSource = QStringLiteral("--allow/--deny");
    QStringList askRules;      ///< --ask
    QStringList settingsFiles; ///< --settings: Claude Code settings.json files whose permissions apply
    /// Load the user's and this workspace's remembered rules (PermissionStore).
    bool loadStoredRules = true;
    QString transcriptPath;   ///< empty: RunConfig::defaultTranscriptPath
    ThinkingSetting thinking; ///< --thinking off|on|budget=N; sent as the model accepts it
    /// Checkpoint the workspace before each call that may change it (local sandbox, or a remote one
    /// whose changes are copied back).
    bool checkpoints = true;
    QString checkpointDirectory; ///< empty: RunConfig::dataDirectory() + "/checkpoints"
    /// Network for the sandbox through the app's filtering proxy (off by default; local sandbox
    /// only). Hosts no rule names are asked about through the gate; `WebFetch(domain:…)` rules
    /// feed the same domain policy (docs/sandbox.md).
    bool network = false;
    QStringList allowDomains;   ///< --allow-domain HOST[:PORT]
    QStringList privateDomains; ///< --allow-private-domain HOST:PORT (may reach private addresses)
    /// --ro-bind PATH / Settings: host folders bound read-only at the same path (local sandbox
    /// only; BwrapSandbox::checkExtraReadOnly says what is refused). Never from the model.
    QStringList extraReadOnly;
    /// --no-cgroups / Settings: false keeps the local sandbox to rlimits even where a per-run
    /// cgroup could be made (SandboxConfig::Cgroups::Off).
    bool cgroups = true;
};

/// Owns everything one run needs — provider, sandbox, transcript writer and the AgentRun — and
/// builds them from RunOptions, failing with a plain message when something is missing (no key,
/// no replay file, a sandbox that cannot start: never a silent fallback to running unsandboxed).
class RunSession : public QObject
{
    Q_OBJECT
public:
    /// `nam` and `gate` are not owned and must outlive the session.
    static Result<RunSession *> create(const RunOptions &options, QNetworkAccessManager *nam,
                                       ApprovalGate *gate, QObject *parent = nullptr);
    ~RunSession() override;

    [[nodiscard]] AgentRun *run() const { return m_run; }
    [[nodiscard]] Sandbox *sandbox() const { return m_sandbox.get(); }
    [[nodiscard]] Provider *provider() const { return m_provider; }
    /// The network bridge when the run has network (its decisions, for the UI), else null.
    [[nodiscard]] NetworkAccess *network() const { return m_network; }
    [[nodiscard]] QString transcriptPath() const;
    [[nodiscard]] QString workspace() const;
    /// The run's checkpoint store; null when checkpoints are off.
    [[nodiscard]] CheckpointStore *checkpoints() const { return m_checkpoints.get(); }

private:
    explicit RunSession(QObject *parent);

    std::shared_ptr<NetProxy> m_proxy;  // null unless the run has network
    NetworkAccess *m_network = nullptr; // child
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TranscriptWriter> m_transcript;
    std::unique_ptr<CheckpointStore> m_checkpoints;
    Provider *m_provider = nullptr; // child
    AgentRun *m_run = nullptr;      // child
};

} // namespace Workbench

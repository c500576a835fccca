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

/// What a user asks for when starting a run, from CLI flags or the GUI. Parsed into a
/// RunConfig plus the concrete provider, sandbox and transcript by RunSession::create().
struct RunOptions
{
    QString provider = QStringLiteral("anthropic"); ///< "anthropic" or "replay"
    QString replayFile;                        ///< for provider "replay"; ":/…" resource paths work too
    int replayChunkDelayMs = 0;                ///< pace the replayed stream (the GUI demo streams visibly)
    QString model;                             ///< empty: RunConfig::defaultModel()
    QString apiKey;                            ///< for provider "anthropic"; never written anywhere
    QString baseUrl;                           ///< empty: https://api.anthropic.com
    QString workspace;                         ///< empty: a fresh directory (RunConfig::defaultWorkspace)
    QString sandbox = QStringLiteral("local"); ///< "local" (bubblewrap) or "none" (explicit opt-out)
    int maxTurns = 25;
    int toolTimeoutMs = 120000;
    QString permissionMode = QStringLiteral("default");
    QStringList allowRules;
    QStringList denyRules;
    QString ruleSource = QStringLiteral("--allow/--deny");
    QStringList askRules;      ///< --ask
    QStringList settingsFiles; ///< --settings: Claude Code settings.json files whose permissions apply
    /// Load the user's and this workspace's remembered rules (PermissionStore).
    bool loadStoredRules = true;
    QString transcriptPath; ///< empty: RunConfig::defaultTranscriptPath
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
    [[nodiscard]] QString transcriptPath() const;
    [[nodiscard]] QString workspace() const;

private:
    explicit RunSession(QObject *parent);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TranscriptWriter> m_transcript;
    Provider *m_provider = nullptr; // child
    AgentRun *m_run = nullptr;      // child
};

} // namespace Workbench

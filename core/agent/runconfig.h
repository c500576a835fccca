// SPDX-License-Identifier: MIT
#pragma once

#include "approval/permissionpolicy.h"
#include "llm/requestbuilder.h"
#include "sandbox/sandbox.h"

#include <QString>

namespace Workbench {

/// Everything that shapes one run, decided before it starts (by the CLI flags or the GUI).
struct RunConfig
{
    QString runId;
    QString model;
    QString providerName; ///< "anthropic" or "replay", recorded in the transcript
    QString sandboxKind;  ///< "bubblewrap" or "none", recorded in the transcript
    QString workspace;    ///< host path of the workspace
    QString replayFile;   ///< the recording a replay run serves, recorded so it can be resumed
    QString systemPrompt;
    int maxTokens = 8192;
    int maxTurns = 25;
    int toolTimeoutMs = 120000;
    Limits limits;                             ///< rlimits of every tool call (Settings → Sandbox)
    qint64 outputKillBytes = qint64(16) << 20; ///< a call producing more output is stopped
    PermissionPolicy policy;
    ThinkingSetting thinking;          ///< sent as the model accepts it (llm/requestbuilder.h)
    QStringList stopSequences;         ///< a hit ends the run with stop_reason "stop_sequence"
    std::optional<double> temperature; ///< left out where the model or thinking rules it out
    QJsonObject toolChoice;            ///< empty: auto; forced choices are left out likewise
    bool promptCaching = true;         ///< cache breakpoints on system, tools and history
    bool countTokens = true;           ///< count_tokens before each turn, for the context meter
    int maxPauseResends = 5;           ///< pause_turn resends in a row before asking the user

    static QString newRunId();
    static QString defaultModel();
    static QString defaultSystemPrompt();
    /// Where transcripts and workspaces live by default (the app's data location).
    static QString dataDirectory();
    static QString defaultTranscriptPath(const QString &runId);
    /// A fresh workspace for a run. When the app runs as root the sandbox runs as an
    /// unprivileged user who cannot enter root's private home, so workspaces go under /var/tmp.
    static QString defaultWorkspace(const QString &runId);
};

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "agent/runconfig.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace Workbench {

QString RunConfig::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QString RunConfig::defaultModel()
{
    return QStringLiteral("claude-sonnet-4-6");
}

QString RunConfig::defaultSystemPrompt()
{
    return QStringLiteral(
        "You are a careful software engineer working inside Agent Workbench. Your tools run in an "
        "isolated Linux sandbox: the workspace is /workspace (the current directory, and the only "
        "place where files persist), /tmp is scratch space, and there is no network. Each bash call "
        "starts a fresh shell, so state other than files does not carry over. Prefer run_script to "
        "run a complete program (python, bash or node) and show its output. A person watches every "
        "call and may deny it; if a call is denied, read the reason and adapt. Keep answers short "
        "and report results you actually observed.");
}

QString RunConfig::dataDirectory()
{
    // One folder whatever the organization/application names are (~/.local/share/agent-workbench).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/agent-workbench");
}

QString RunConfig::defaultTranscriptPath(const QString &runId)
{
    return dataDirectory() + QStringLiteral("/transcripts/") + runId + QStringLiteral(".jsonl");
}

QString RunConfig::defaultWorkspace(const QString &runId)
{
    const QString root = ::geteuid() == 0 ? QStringLiteral("/var/tmp/agent-workbench/workspaces")
                                          : dataDirectory() + QStringLiteral("/workspaces");
    return root + QLatin1Char('/') + runId;
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
#include "common/error.h"
#include "sandbox/sandbox.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace Workbench {

/// One tool call being carried out. Job object: start(), output() while it runs, finished();
/// then resultContent()/isError() are what goes back to the model as the tool_result.
class ToolExecution : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;
    [[nodiscard]] QString resultContent() const { return m_content; }
    [[nodiscard]] bool isError() const { return m_isError; }
    /// Set for calls that ran in the sandbox.
    [[nodiscard]] const ExecResult &execResult() const { return m_exec; }
    [[nodiscard]] bool ranInSandbox() const { return m_ranInSandbox; }
    /// The sandbox spec (argv, binds, limits) for the transcript; empty for host-side edits.
    [[nodiscard]] QJsonObject spec() const { return m_spec; }

Q_SIGNALS:
    void started();
    void output(Workbench::ExecJob::Stream stream, const QString &text);
    void finished();

protected:
    void complete(const QString &content, bool isError);
    QString m_content;
    bool m_isError = false;
    ExecResult m_exec;
    bool m_ranInSandbox = false;
    QJsonObject m_spec;
    bool m_done = false;
};

/// The tools offered to the model (DESIGN.md "Tools offered to the model"):
///  - `bash` (Anthropic-defined bash_20250124): the command runs with `bash -c` in the sandbox;
///    each call gets a fresh shell (files in the workspace persist, shell state does not).
///  - `str_replace_based_edit_tool` (text_editor_20250728): view/create/str_replace/insert,
///    done by the app itself through the sandbox's file operations (WorkspaceFs locally, so no
///    symlink can lead it out; the bridge's file API for a remote sandbox).
///  - `run_script` (custom): {language, code, args?, stdin?} run in the sandbox.
/// describe() turns a tool_use into a ToolAction the policy and the dialog reason about;
/// execute() carries out an (approved) action.
class ToolRegistry
{
public:
    /// `sandbox` is not owned and must outlive the registry and its executions.
    explicit ToolRegistry(Sandbox *sandbox);

    /// Tool declarations for the Messages request.
    [[nodiscard]] QJsonArray definitions() const;
    /// Validates the model's input. An error is returned to the model as an is_error result.
    [[nodiscard]] Result<ToolAction> describe(const QString &toolUseId, const QString &name,
                                              const QJsonObject &input) const;
    /// Rebuilds the action after the user edited the script text in the approval dialog.
    [[nodiscard]] Result<ToolAction> withEditedScript(const ToolAction &action, const QString &script) const;
    /// A new, not yet started execution (owned by `parent`).
    ToolExecution *execute(const ToolAction &action, int timeoutMs, QObject *parent) const;
    /// The resource limits and output cap every later execution gets (default: ExecSpec's).
    void setLimits(const Limits &limits, qint64 outputKillBytes);

    /// Languages run_script accepts, e.g. "python", "bash", "node".
    static QStringList scriptLanguages();
    /// Largest tool_result text sent back to the model; longer output keeps head and tail.
    static constexpr qsizetype kMaxResultChars = 30000;

private:
    Sandbox *m_sandbox; // not owned
    Limits m_limits;
    qint64 m_outputKillBytes = ExecSpec().outputKillBytes;
};

} // namespace Workbench

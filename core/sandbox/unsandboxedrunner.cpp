// SPDX-License-Identifier: MIT
#include "sandbox/unsandboxedrunner.h"

#include "sandbox/processexecjob_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace Workbench {

namespace {

const QStringList kSearchPath = {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"),
                                 QStringLiteral("/bin")};

QString quoted(const QString &s)
{
    return QStringLiteral("\u201C") + s + QStringLiteral("\u201D");
}

} // namespace

struct UnsandboxedRunner::State
{
    QString workspace;
    QTemporaryDir scratch; // scripts/, home/, tmp/
    QString userName;

    [[nodiscard]] QString scripts() const { return scratch.path() + QStringLiteral("/scripts"); }
    [[nodiscard]] QString home() const { return scratch.path() + QStringLiteral("/home"); }
    [[nodiscard]] QString tmp() const { return scratch.path() + QStringLiteral("/tmp"); }
};

namespace {

class UnsandboxedJob final : public detail::ProcessExecJob
{
public:
    UnsandboxedJob(std::shared_ptr<UnsandboxedRunner::State> state, const ExecSpec &spec, QObject *parent)
        : ProcessExecJob(spec, parent)
        , m_state(std::move(state))
    {}
    ~UnsandboxedJob() override { abandon(); }

    [[nodiscard]] QJsonObject describeSpec() const override
    {
        QJsonArray files;
        for (const ExecSpec::File &f : spec().files)
            files.append(
                QJsonObject{{QStringLiteral("path"), QString(m_state->scripts() + QLatin1Char('/') + f.name)},
                            {QStringLiteral("bytes"), qint64(f.content.size())}});
        QJsonObject env;
        const QProcessEnvironment e = environment();
        for (const QString &k : e.keys())
            env.insert(k, e.value(k));
        return QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("none")},
            {QStringLiteral("argv"), QJsonArray::fromStringList(spec().argv)},
            {QStringLiteral("cwd"), m_state->workspace},
            {QStringLiteral("workspace"),
             QJsonObject{{QStringLiteral("host"), m_state->workspace}, {QStringLiteral("writable"), true}}},
            {QStringLiteral("uid"), QJsonObject{{QStringLiteral("host"), qint64(::geteuid())}}},
            {QStringLiteral("isolation"), QStringLiteral("none")},
            {QStringLiteral("files"), files},
            {QStringLiteral("env"), env},
            {QStringLiteral("network"), true},
            {QStringLiteral("timeoutMs"), spec().timeoutMs},
            {QStringLiteral("limits"),
             QJsonObject{{QStringLiteral("outputCapBytes"), spec().outputCapBytes},
                         {QStringLiteral("outputKillBytes"), spec().outputKillBytes}}},
            {QStringLiteral("stdinBytes"), qint64(spec().stdinData.size())},
        };
    }

protected:
    Status prepare() override
    {
        for (const ExecSpec::File &f : spec().files) {
            QFile out(m_state->scripts() + QLatin1Char('/') + f.name);
            // Replace rather than rewrite: a previous copy is read-only on purpose.
            out.remove();
            if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size() || !out.flush())
                return Error{QStringLiteral("exec_script_write"),
                             QStringLiteral("Could not write the script %1 to %2.")
                                 .arg(quoted(f.name), quoted(m_state->scripts())),
                             out.errorString(),
                             {}};
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }

        QString program = spec().argv.first();
        if (!program.contains(QLatin1Char('/'))) {
            // Resolve with the command's PATH, not the app's.
            const QString found = QStandardPaths::findExecutable(program, kSearchPath);
            if (found.isEmpty())
                return Error{QStringLiteral("exec_command_not_found"),
                             QStringLiteral("The command %1 was not found in %2.")
                                 .arg(quoted(program), kSearchPath.join(QLatin1Char(':'))),
                             {},
                             {}};
            program = found;
        }
        setup().newSession = true;
        process()->setProcessEnvironment(environment());
        process()->setWorkingDirectory(m_state->workspace);
        setScanRoot(m_state->workspace); // "what changed" is reported without a sandbox too
        process()->setProgram(program);
        process()->setArguments(spec().argv.mid(1));
        return {};
    }

    void killTree() override
    {
        // The command leads its own session and process group (setsid in the child).
        if (pid() > 0)
            ::kill(-pid_t(pid()), SIGKILL);
    }

    void interpretExit(int exitCode, QProcess::ExitStatus status, ExecResult &result, Error &) override
    {
        if (status == QProcess::CrashExit) {
            result.end = ExecResult::End::Signaled;
            result.signal = exitCode; // Qt reports the signal number for a crash
        } else {
            result.end = ExecResult::End::Exited;
            result.exitCode = exitCode;
        }
    }

    [[nodiscard]] Error launchError(const QString &qtMessage) const override
    {
        return {QStringLiteral("exec_failed"),
                QStringLiteral("Could not run %1. Check that the program exists and is executable.")
                    .arg(quoted(spec().argv.first())),
                qtMessage,
                {}};
    }

    void cleanup() override
    {
        // Like the sandbox, nothing of the run outlives it: background members of its group go too.
        // The group id is reserved while a member lives, and a freed pid is reused only after the
        // kernel's cyclic pid counter wraps, so this does not reach an unrelated group.
        if (pid() > 0)
            ::kill(-pid_t(pid()), SIGKILL);
    }

private:
    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment env; // from nothing: no API key or token of the app
        env.insert(QStringLiteral("PATH"), kSearchPath.join(QLatin1Char(':')));
        env.insert(QStringLiteral("HOME"), m_state->home());
        env.insert(QStringLiteral("USER"), m_state->userName);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TMPDIR"), m_state->tmp());
        return env;
    }

    std::shared_ptr<UnsandboxedRunner::State> m_state;
};

} // namespace

Result<std::unique_ptr<UnsandboxedRunner>> UnsandboxedRunner::create(const QString &workspace)
{
    const QString canonical = QFileInfo(workspace).canonicalFilePath();
    if (workspace.isEmpty() || canonical.isEmpty() || !QFileInfo(canonical).isDir())
        return Error{QStringLiteral("workspace_unavailable"),
                     QStringLiteral("The workspace %1 does not exist or is not a folder. Create it or choose "
                                    "another one.")
                         .arg(quoted(workspace)),
                     {},
                     {}};
    auto state = std::make_shared<State>();
    state->workspace = canonical;
    const QDir scratch(state->scratch.path());
    if (!state->scratch.isValid() || !scratch.mkdir(QStringLiteral("scripts")) ||
        !scratch.mkdir(QStringLiteral("home")) || !scratch.mkdir(QStringLiteral("tmp")))
        return Error{
            QStringLiteral("exec_scratch"),
            QStringLiteral("Could not create a temporary folder for scripts. Check that %1 is writable.")
                .arg(quoted(QDir::tempPath())),
            state->scratch.errorString(),
            {}};
    const passwd *pw = ::getpwuid(::geteuid());
    state->userName = pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
    return std::unique_ptr<UnsandboxedRunner>(new UnsandboxedRunner(std::move(state)));
}

UnsandboxedRunner::UnsandboxedRunner(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

UnsandboxedRunner::~UnsandboxedRunner() = default;

QString UnsandboxedRunner::kind() const
{
    return QStringLiteral("none");
}

Status UnsandboxedRunner::preflight() const
{
    if (!QFileInfo(m_state->workspace).isDir())
        return Error{QStringLiteral("workspace_unavailable"),
                     QStringLiteral("The workspace %1 no longer exists. Choose another folder.")
                         .arg(quoted(m_state->workspace)),
                     {},
                     {}};
    return {};
}

QString UnsandboxedRunner::workspacePath() const
{
    return m_state->workspace;
}

QString UnsandboxedRunner::scriptPath(const QString &name) const
{
    return m_state->scripts() + QLatin1Char('/') + name;
}

QString UnsandboxedRunner::hostWorkspace() const
{
    return m_state->workspace;
}

ExecJob *UnsandboxedRunner::createJob(const ExecSpec &spec, QObject *parent)
{
    return new UnsandboxedJob(m_state, spec, parent);
}

} // namespace Workbench

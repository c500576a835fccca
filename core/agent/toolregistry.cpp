// SPDX-License-Identifier: MIT
#include "agent/toolregistry.h"

#include "sandbox/workspacefs.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimer>

#include <functional>
#include <optional>

namespace Workbench {

namespace {

const QString kBash = QStringLiteral("bash");
const QString kEditor = QStringLiteral("str_replace_based_edit_tool");
const QString kRunScript = QStringLiteral("run_script");

struct Interpreter
{
    QString language; // canonical name
    QStringList aliases;
    QString program;
    QString extension;
};

const QList<Interpreter> &interpreters()
{
    static const QList<Interpreter> list{
        {QStringLiteral("python"),
         {QStringLiteral("python"), QStringLiteral("python3"), QStringLiteral("py")},
         QStringLiteral("python3"),
         QStringLiteral(".py")},
        {QStringLiteral("bash"),
         {QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("shell")},
         QStringLiteral("bash"),
         QStringLiteral(".sh")},
        {QStringLiteral("node"),
         {QStringLiteral("node"), QStringLiteral("javascript"), QStringLiteral("js")},
         QStringLiteral("node"),
         QStringLiteral(".js")},
        {QStringLiteral("perl"), {QStringLiteral("perl")}, QStringLiteral("perl"), QStringLiteral(".pl")},
    };
    return list;
}

const Interpreter *findInterpreter(const QString &language)
{
    const QString l = language.trimmed().toLower();
    for (const Interpreter &i : interpreters()) {
        if (i.aliases.contains(l))
            return &i;
    }
    return nullptr;
}

QString languageForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QHash<QString, QString> map{
        {QStringLiteral("py"), QStringLiteral("python")},
        {QStringLiteral("sh"), QStringLiteral("bash")},
        {QStringLiteral("bash"), QStringLiteral("bash")},
        {QStringLiteral("js"), QStringLiteral("javascript")},
        {QStringLiteral("mjs"), QStringLiteral("javascript")},
        {QStringLiteral("ts"), QStringLiteral("typescript")},
        {QStringLiteral("json"), QStringLiteral("json")},
        {QStringLiteral("md"), QStringLiteral("markdown")},
        {QStringLiteral("pl"), QStringLiteral("perl")},
        {QStringLiteral("rb"), QStringLiteral("ruby")},
        {QStringLiteral("c"), QStringLiteral("cpp")},
        {QStringLiteral("h"), QStringLiteral("cpp")},
        {QStringLiteral("cpp"), QStringLiteral("cpp")},
        {QStringLiteral("hpp"), QStringLiteral("cpp")},
        {QStringLiteral("diff"), QStringLiteral("diff")},
        {QStringLiteral("patch"), QStringLiteral("diff")},
    };
    return map.value(suffix, QStringLiteral("text"));
}

Error inputError(const QString &message)
{
    return Error{QStringLiteral("invalid_tool_input"), message, {}, {}};
}

int lineCount(const QString &text)
{
    return text.isEmpty() ? 0
                          : int(text.count(QLatin1Char('\n'))) + (text.endsWith(QLatin1Char('\n')) ? 0 : 1);
}

/// Keeps the head and the tail of a long text, with a marker saying how much was left out.
QString headAndTail(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    const qsizetype half = maxChars / 2;
    return text.left(half) + QStringLiteral("\n… [%1 characters elided] …\n").arg(text.size() - 2 * half) +
           text.right(half);
}

/// A call carried out in the sandbox: bash commands and run_script.
class SandboxExecution final : public ToolExecution
{
public:
    SandboxExecution(Sandbox *sandbox, ExecSpec spec, QObject *parent)
        : ToolExecution(parent)
        , m_sandbox(sandbox)
        , m_execSpec(std::move(spec))
    {}

    void start() override
    {
        m_job = m_sandbox->createJob(m_execSpec, this);
        m_spec = m_job->describeSpec();
        m_ranInSandbox = true;
        connect(m_job, &ExecJob::started, this, [this] {
            // Read again: a remote sandbox knows its id only once it exists (first call of a run).
            m_spec = m_job->describeSpec();
            Q_EMIT started();
        });
        connect(m_job, &ExecJob::output, this, [this](ExecJob::Stream stream, const QByteArray &chunk) {
            QStringDecoder &dec = stream == ExecJob::Stream::Stdout ? m_outDecoder : m_errDecoder;
            const QString text = dec.decode(chunk);
            // Combined, in arrival order, bounded: what the model sees mirrors the pane.
            if (m_combined.size() < 4 * ToolRegistry::kMaxResultChars) {
                m_combined += text;
            } else {
                m_tail += text;
                if (m_tail.size() > 2 * ToolRegistry::kMaxResultChars)
                    m_tail = m_tail.right(ToolRegistry::kMaxResultChars);
                m_elided += text.size();
            }
            Q_EMIT output(stream, text);
        });
        connect(m_job, &ExecJob::finished, this, [this] { onFinished(); });
        m_job->start();
    }

    void cancel() override
    {
        if (m_job)
            m_job->cancel();
    }

private:
    void onFinished()
    {
        m_exec = m_job->result();
        if (m_exec.end == ExecResult::End::FailedToStart) {
            const Error e = m_job->error();
            complete(QStringLiteral("The sandbox could not start, so nothing ran: %1").arg(e.toString()),
                     true);
            return;
        }
        QString text = m_combined;
        if (m_elided > 0)
            text +=
                QStringLiteral("\n… [output elided] …\n") + m_tail.right(ToolRegistry::kMaxResultChars / 2);
        text = headAndTail(text, ToolRegistry::kMaxResultChars);
        const bool ok = m_exec.end == ExecResult::End::Exited && m_exec.exitCode == 0;
        if (text.isEmpty())
            text = QStringLiteral("(no output)");
        if (!ok) {
            if (!text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            text += QStringLiteral("[%1]").arg(m_exec.describe());
        }
        complete(text, !ok);
    }

    Sandbox *m_sandbox;
    ExecSpec m_execSpec;
    ExecJob *m_job = nullptr;
    QStringDecoder m_outDecoder{QStringDecoder::Utf8};
    QStringDecoder m_errDecoder{QStringDecoder::Utf8};
    QString m_combined;
    QString m_tail;
    qsizetype m_elided = 0;
};

/// A call answered without running anything (bash restart) or done by the app on the
/// workspace (the text editor). Completes asynchronously so callers see one code path.
class HostExecution final : public ToolExecution
{
public:
    HostExecution(std::function<std::pair<QString, bool>()> work, QObject *parent)
        : ToolExecution(parent)
        , m_work(std::move(work))
    {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] {
            if (m_cancelled)
                return;
            Q_EMIT started();
            const auto [content, isError] = m_work();
            complete(content, isError);
        });
    }
    void cancel() override
    {
        if (m_done || m_cancelled)
            return;
        m_cancelled = true;
        m_exec.end = ExecResult::End::Cancelled;
        complete(QStringLiteral("Cancelled by the user."), true);
    }

private:
    std::function<std::pair<QString, bool>()> m_work;
    bool m_cancelled = false;
};

QString numbered(const QString &text, int firstLine)
{
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int count = text.endsWith(QLatin1Char('\n')) ? int(lines.size()) - 1 : int(lines.size());
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("%1\t%2\n").arg(firstLine + i, 6).arg(lines.at(i));
    return out;
}

/// The view command's answer for a file's text.
std::pair<QString, bool> viewText(const QString &text, const QJsonObject &in)
{
    const QJsonArray range = in.value(QLatin1String("view_range")).toArray();
    if (range.size() == 2) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        const int start = range.at(0).toInt();
        int end = range.at(1).toInt();
        if (end == -1)
            end = int(lines.size());
        if (start < 1 || end < start || start > lines.size())
            return {QStringLiteral("Invalid view_range [%1, %2]: the file has %3 lines.")
                        .arg(start)
                        .arg(end)
                        .arg(lines.size()),
                    true};
        return {numbered(lines.mid(start - 1, end - start + 1).join(QLatin1Char('\n')), start), false};
    }
    return {headAndTail(numbered(text, 1), ToolRegistry::kMaxResultChars), false};
}

/// Applies str_replace or insert to `text`; an error message when it cannot.
std::optional<QString> editText(QString &text, const QJsonObject &in, const QString &command,
                                const QString &shown)
{
    if (command == QLatin1String("str_replace")) {
        const QString oldStr = in.value(QLatin1String("old_str")).toString();
        const QString newStr = in.value(QLatin1String("new_str")).toString();
        const qsizetype n = oldStr.isEmpty() ? 0 : text.count(oldStr);
        if (n == 0)
            return QStringLiteral("No replacement was performed: old_str did not appear verbatim in %1.")
                .arg(shown);
        if (n > 1)
            return QStringLiteral(
                       "No replacement was performed: old_str appears %1 times in %2; make it unique.")
                .arg(n)
                .arg(shown);
        text.replace(text.indexOf(oldStr), oldStr.size(), newStr);
    } else if (command == QLatin1String("insert")) {
        const int line = in.value(QLatin1String("insert_line")).toInt(-1);
        QString insertText = in.value(QLatin1String("insert_text")).toString();
        if (!in.contains(QLatin1String("insert_text")))
            insertText = in.value(QLatin1String("new_str")).toString();
        QStringList lines = text.split(QLatin1Char('\n'));
        if (line < 0 || line > lines.size())
            return QStringLiteral("Invalid insert_line %1: the file has %2 lines.")
                .arg(line)
                .arg(lines.size());
        if (insertText.endsWith(QLatin1Char('\n')))
            insertText.chop(1);
        lines.insert(line, insertText);
        text = lines.join(QLatin1Char('\n'));
    }
    return std::nullopt;
}

/// The text editor, carried out by the app through the sandbox's file operations: WorkspaceFs
/// on the host for local sandboxes (no symlink can lead it out), the file API for remote ones.
/// Reads, edits in memory, writes back.
class EditorExecution final : public ToolExecution
{
public:
    EditorExecution(Sandbox *sandbox, ToolAction action, QObject *parent)
        : ToolExecution(parent)
        , m_sandbox(sandbox)
        , m_action(std::move(action))
    {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] {
            if (m_done)
                return;
            Q_EMIT started();
            begin();
        });
    }
    void cancel() override
    {
        if (m_done)
            return;
        m_exec.end = ExecResult::End::Cancelled;
        complete(QStringLiteral("Cancelled by the user."), true);
    }

private:
    void then(FileJob *job, std::function<void(FileJob *)> next)
    {
        connect(job, &FileJob::finished, this, [this, job, next = std::move(next)] {
            job->deleteLater();
            if (!m_done)
                next(job);
        });
    }
    void list(const QString &rel, const QString &errorIfNotADir)
    {
        then(m_sandbox->listFiles(rel, 2, this), [this, errorIfNotADir](FileJob *j) {
            if (!j->error().isNull())
                complete(errorIfNotADir.isEmpty() ? j->error().message : errorIfNotADir, true);
            else
                complete(j->entries().join(QLatin1Char('\n')), false);
        });
    }
    void begin()
    {
        const QJsonObject in = m_action.input;
        const QString command = in.value(QLatin1String("command")).toString();
        const QString rel = m_action.ruleSubject;
        const QString shown = in.value(QLatin1String("path")).toString();
        if (command == QLatin1String("view")) {
            if (rel.isEmpty() || rel == QLatin1String(".")) {
                list(QStringLiteral("."), {});
                return;
            }
            then(m_sandbox->readFile(rel, this), [this, rel, in](FileJob *j) {
                if (!j->error().isNull()) {
                    list(rel, j->error().message); // maybe a directory
                    return;
                }
                const auto [content, isError] = viewText(QString::fromUtf8(j->data()), in);
                complete(content, isError);
            });
            return;
        }
        if (command == QLatin1String("create")) {
            then(m_sandbox->writeFile(rel, in.value(QLatin1String("file_text")).toString().toUtf8(), this),
                 [this, shown](FileJob *j) {
                     if (!j->error().isNull())
                         complete(j->error().message, true);
                     else
                         complete(QStringLiteral("File created successfully at: %1").arg(shown), false);
                 });
            return;
        }
        then(m_sandbox->readFile(rel, this), [this, rel, in, command, shown](FileJob *j) {
            if (!j->error().isNull()) {
                complete(j->error().message, true);
                return;
            }
            QString text = QString::fromUtf8(j->data());
            if (const auto problem = editText(text, in, command, shown)) {
                complete(*problem, true);
                return;
            }
            then(m_sandbox->writeFile(rel, text.toUtf8(), this), [this, shown](FileJob *w) {
                if (!w->error().isNull())
                    complete(w->error().message, true);
                else
                    complete(QStringLiteral("The file %1 has been edited.").arg(shown), false);
            });
        });
    }

    Sandbox *m_sandbox;
    ToolAction m_action;
};

} // namespace

void ToolExecution::complete(const QString &content, bool isError)
{
    if (m_done)
        return;
    m_done = true;
    m_content = content;
    m_isError = isError;
    Q_EMIT finished();
}

ToolRegistry::ToolRegistry(Sandbox *sandbox)
    : m_sandbox(sandbox)
{}

QStringList ToolRegistry::scriptLanguages()
{
    QStringList out;
    for (const Interpreter &i : interpreters())
        out.append(i.language);
    return out;
}

QJsonArray ToolRegistry::definitions() const
{
    const QJsonObject runScript{
        {QStringLiteral("name"), kRunScript},
        {QStringLiteral("description"),
         QStringLiteral(
             "Run a complete script in the sandbox and return its combined output and exit status. "
             "Languages: %1. The working directory is the workspace; there is no network.")
             .arg(scriptLanguages().join(QStringLiteral(", ")))},
        {QStringLiteral("input_schema"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("object")},
             {QStringLiteral("properties"),
              QJsonObject{
                  {QStringLiteral("language"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("enum"), QJsonArray::fromStringList(scriptLanguages())}}},
                  {QStringLiteral("code"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("description"), QStringLiteral("The whole script.")}}},
                  {QStringLiteral("args"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                               {QStringLiteral("items"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                  {QStringLiteral("stdin"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
              }},
             {QStringLiteral("required"), QJsonArray{QStringLiteral("language"), QStringLiteral("code")}},
         }},
    };
    return QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("bash_20250124")},
                    {QStringLiteral("name"), kBash}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text_editor_20250728")},
                    {QStringLiteral("name"), kEditor}},
        runScript,
    };
}

Result<ToolAction> ToolRegistry::describe(const QString &toolUseId, const QString &name,
                                          const QJsonObject &input) const
{
    ToolAction a;
    a.toolUseId = toolUseId;
    a.toolName = name;
    a.input = input;
    a.workingDirectory = m_sandbox->workspacePath();

    if (name == kBash) {
        a.ruleTool = QStringLiteral("Bash");
        a.language = QStringLiteral("bash");
        if (input.value(QLatin1String("restart")).toBool()) {
            a.effect = ToolAction::Effect::ReadOnly;
            a.summary = QStringLiteral("Restart the shell");
            return a;
        }
        const QJsonValue cmd = input.value(QLatin1String("command"));
        if (!cmd.isString() || cmd.toString().trimmed().isEmpty())
            return inputError(
                QStringLiteral("The bash tool needs a non-empty \"command\" string (or \"restart\": true)."));
        a.ruleSubject = cmd.toString().trimmed();
        a.script = cmd.toString();
        a.effect = ToolAction::Effect::Executes;
        const QString firstLine = a.script.section(QLatin1Char('\n'), 0, 0);
        a.summary = firstLine.size() > 80 ? firstLine.left(77) + QStringLiteral("…") : firstLine;
        return a;
    }
    if (name == kRunScript) {
        const Interpreter *interp = findInterpreter(input.value(QLatin1String("language")).toString());
        if (!interp)
            return inputError(QStringLiteral("run_script supports these languages: %1.")
                                  .arg(scriptLanguages().join(QStringLiteral(", "))));
        const QJsonValue code = input.value(QLatin1String("code"));
        if (!code.isString() || code.toString().trimmed().isEmpty())
            return inputError(QStringLiteral("run_script needs the script text in \"code\"."));
        const QJsonValue args = input.value(QLatin1String("args"));
        if (!args.isUndefined() && !args.isNull()) {
            if (!args.isArray())
                return inputError(QStringLiteral("run_script \"args\" must be an array of strings."));
            for (const QJsonValue &v : args.toArray()) {
                if (!v.isString())
                    return inputError(QStringLiteral("run_script \"args\" must be an array of strings."));
            }
        }
        a.ruleTool = QStringLiteral("RunScript");
        a.ruleSubject = interp->language;
        a.language =
            interp->language == QLatin1String("node") ? QStringLiteral("javascript") : interp->language;
        a.script = code.toString();
        a.effect = ToolAction::Effect::Executes;
        a.summary = QStringLiteral("Run %1 script (%2 lines)").arg(interp->language).arg(lineCount(a.script));
        return a;
    }
    if (name == kEditor) {
        const QString command = input.value(QLatin1String("command")).toString();
        static const QStringList commands{QStringLiteral("view"), QStringLiteral("create"),
                                          QStringLiteral("str_replace"), QStringLiteral("insert")};
        if (!commands.contains(command))
            return inputError(
                QStringLiteral("The editor supports the commands view, create, str_replace and insert."));
        const QString path = input.value(QLatin1String("path")).toString();
        if (path.isEmpty())
            return inputError(QStringLiteral("The editor needs a \"path\"."));
        auto rel = WorkspaceFs::toRelative(path, m_sandbox->workspacePath());
        if (!rel)
            return inputError(rel.error().message);
        a.ruleSubject = *rel;
        a.language = languageForPath(*rel);
        if (command == QLatin1String("view")) {
            a.ruleTool = QStringLiteral("Read");
            a.effect = ToolAction::Effect::ReadOnly;
            a.summary = QStringLiteral("View %1").arg(path);
        } else {
            a.ruleTool = QStringLiteral("Edit");
            a.effect = ToolAction::Effect::WritesWorkspace;
            if (command == QLatin1String("create")) {
                if (!input.value(QLatin1String("file_text")).isString())
                    return inputError(QStringLiteral("create needs \"file_text\"."));
                a.script = input.value(QLatin1String("file_text")).toString();
                a.summary = QStringLiteral("Create %1").arg(path);
                // For the risk classifier only (the write itself goes through WorkspaceFs).
                const QFileInfo existing(QDir(m_sandbox->hostWorkspace()).filePath(*rel));
                a.overwritesExisting = existing.exists() || existing.isSymLink();
            } else if (command == QLatin1String("str_replace")) {
                if (!input.value(QLatin1String("old_str")).isString())
                    return inputError(QStringLiteral("str_replace needs \"old_str\" (and \"new_str\")."));
                a.script = input.value(QLatin1String("new_str")).toString();
                a.summary = QStringLiteral("Edit %1").arg(path);
            } else {
                if (!input.value(QLatin1String("insert_line")).isDouble())
                    return inputError(QStringLiteral("insert needs \"insert_line\" and \"insert_text\"."));
                a.script = input.value(QLatin1String("insert_text"))
                               .toString(input.value(QLatin1String("new_str")).toString());
                a.summary = QStringLiteral("Insert into %1 at line %2")
                                .arg(path)
                                .arg(input.value(QLatin1String("insert_line")).toInt());
            }
        }
        return a;
    }
    return inputError(QStringLiteral("There is no tool named \"%1\". Available: bash, run_script, "
                                     "str_replace_based_edit_tool.")
                          .arg(name));
}

void ToolRegistry::setLimits(const Limits &limits, qint64 outputKillBytes)
{
    m_limits = limits;
    m_outputKillBytes = outputKillBytes > 0 ? outputKillBytes : ExecSpec().outputKillBytes;
}

Result<ToolAction> ToolRegistry::withEditedScript(const ToolAction &action, const QString &script) const
{
    QJsonObject input = action.input;
    if (action.toolName == kBash)
        input.insert(QStringLiteral("command"), script);
    else if (action.toolName == kRunScript)
        input.insert(QStringLiteral("code"), script);
    else if (input.value(QLatin1String("command")).toString() == QLatin1String("create"))
        input.insert(QStringLiteral("file_text"), script);
    else if (input.value(QLatin1String("command")).toString() == QLatin1String("str_replace"))
        input.insert(QStringLiteral("new_str"), script);
    else if (input.value(QLatin1String("command")).toString() == QLatin1String("insert"))
        input.insert(QStringLiteral("insert_text"), script);
    return describe(action.toolUseId, action.toolName, input);
}

ToolExecution *ToolRegistry::execute(const ToolAction &action, int timeoutMs, QObject *parent) const
{
    if (action.toolName == kBash && action.input.value(QLatin1String("restart")).toBool()) {
        return new HostExecution(
            [] { return std::pair<QString, bool>(QStringLiteral("The shell was restarted."), false); },
            parent);
    }
    if (action.toolName == kEditor) {
        return new EditorExecution(m_sandbox, action, parent);
    }
    ExecSpec spec;
    spec.timeoutMs = timeoutMs;
    spec.limits = m_limits;
    spec.outputKillBytes = m_outputKillBytes;
    if (action.toolName == kBash) {
        spec.argv = {QStringLiteral("bash"), QStringLiteral("-c"), action.script};
    } else {
        const Interpreter *interp = findInterpreter(action.ruleSubject);
        const QString file = QStringLiteral("script") + interp->extension;
        spec.files.append(ExecSpec::File{file, action.script.toUtf8()});
        const QString path = m_sandbox->scriptPath(file);
        if (interp->language == QLatin1String("python")) {
            // The workspace (the working directory) on the module path, so the script imports
            // the modules the agent wrote there, as `python3 script.py` run from it would.
            spec.argv = {QStringLiteral("env"),
                         QStringLiteral("PYTHONPATH=%1").arg(m_sandbox->workspacePath()), interp->program,
                         path};
        } else if (interp->language == QLatin1String("node")) {
            // Bare `require('x')` resolves against the workspace's node_modules too.
            spec.argv = {QStringLiteral("env"),
                         QStringLiteral("NODE_PATH=%1/node_modules").arg(m_sandbox->workspacePath()),
                         interp->program, path};
        } else {
            spec.argv = {interp->program, path};
        }
        for (const QJsonValue &v : action.input.value(QLatin1String("args")).toArray())
            spec.argv.append(v.toString());
        spec.stdinData = action.input.value(QLatin1String("stdin")).toString().toUtf8();
    }
    return new SandboxExecution(m_sandbox, std::move(spec), parent);
}

} // namespace Workbench

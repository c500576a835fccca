// SPDX-License-Identifier: MIT
#include "approval/riskclassifier.h"

#include <QRegularExpression>

namespace Workbench {

namespace {

QString baseName(const QString &word)
{
    const qsizetype slash = word.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? word : word.mid(slash + 1);
}

// A short option cluster such as "-rf" containing one of `letters`.
bool hasShortFlag(const QStringList &args, const QString &letters)
{
    for (const QString &a : args) {
        if (a.size() < 2 || !a.startsWith(QLatin1Char('-')) || a.startsWith(QLatin1String("--")))
            continue;
        for (const QChar c : QStringView(a).mid(1)) {
            if (letters.contains(c))
                return true;
        }
    }
    return false;
}

bool hasLongFlag(const QStringList &args, const QStringList &flags)
{
    for (const QString &a : args) {
        for (const QString &f : flags) {
            if (a == f || a.startsWith(f + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

// The first argument that is not an option: git's subcommand, apt's verb.
QString firstOperand(const QStringList &args)
{
    for (const QString &a : args) {
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

bool isOutsideWorkspace(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('~')) ||
           path == QLatin1String("..") || path.startsWith(QLatin1String("../")) ||
           path.contains(QLatin1String("/../"));
}

void classifyCommand(const SimpleCommand &cmd, QList<Risk> &risks)
{
    if (cmd.words.isEmpty())
        return;
    const QString name = baseName(cmd.words.constFirst());
    const QStringList args = cmd.words.mid(1);
    const QString text = cmd.text();
    auto add = [&risks](const QString &category, const QString &reason) {
        risks.append(Risk{category, reason});
    };

    if (name == QLatin1String("rm") &&
        (hasShortFlag(args, QStringLiteral("rR")) || hasLongFlag(args, {QStringLiteral("--recursive")})))
        add(QStringLiteral("recursive-delete"),
            QStringLiteral("\"%1\" deletes whole directory trees").arg(text));
    if (name == QLatin1String("find") && args.contains(QStringLiteral("-delete")))
        add(QStringLiteral("recursive-delete"),
            QStringLiteral("\"%1\" deletes every file it finds").arg(text));
    if (name == QLatin1String("dd") || name.startsWith(QLatin1String("mkfs")) ||
        name == QLatin1String("shred") || name == QLatin1String("wipefs") || name == QLatin1String("fdisk") ||
        name == QLatin1String("parted"))
        add(QStringLiteral("disk"),
            QStringLiteral("\"%1\" can overwrite disks or files beyond recovery").arg(text));
    if ((name == QLatin1String("chmod") || name == QLatin1String("chown") ||
         name == QLatin1String("chgrp")) &&
        (hasShortFlag(args, QStringLiteral("R")) || hasLongFlag(args, {QStringLiteral("--recursive")})))
        add(QStringLiteral("permissions"),
            QStringLiteral("\"%1\" changes ownership or permissions of a whole tree").arg(text));

    if (name == QLatin1String("git")) {
        const QString sub = firstOperand(args);
        const QStringList rest = args.mid(args.indexOf(sub) + 1);
        if (sub == QLatin1String("push")) {
            bool forced = hasShortFlag(rest, QStringLiteral("f")) ||
                          hasLongFlag(rest, {QStringLiteral("--force"), QStringLiteral("--force-with-lease"),
                                             QStringLiteral("--mirror"), QStringLiteral("--delete")});
            for (const QString &a : rest)
                forced = forced || a.startsWith(QLatin1Char('+'));
            if (forced)
                add(QStringLiteral("force-push"),
                    QStringLiteral("\"%1\" can overwrite or delete history on the remote").arg(text));
        }
        if (sub == QLatin1String("reset") && rest.contains(QStringLiteral("--hard")))
            add(QStringLiteral("hard-reset"),
                QStringLiteral("\"%1\" throws away uncommitted changes").arg(text));
        if (sub == QLatin1String("clean") &&
            (hasShortFlag(rest, QStringLiteral("f")) || hasLongFlag(rest, {QStringLiteral("--force")})))
            add(QStringLiteral("git-clean"), QStringLiteral("\"%1\" deletes untracked files").arg(text));
        if (sub == QLatin1String("clone") || sub == QLatin1String("fetch") || sub == QLatin1String("pull") ||
            sub == QLatin1String("push") || sub == QLatin1String("ls-remote"))
            add(QStringLiteral("network"), QStringLiteral("\"%1\" talks to a remote repository").arg(text));
    }

    static const QStringList shells{
        QStringLiteral("sh"),   QStringLiteral("bash"),   QStringLiteral("zsh"),     QStringLiteral("dash"),
        QStringLiteral("ksh"),  QStringLiteral("python"), QStringLiteral("python3"), QStringLiteral("perl"),
        QStringLiteral("ruby"), QStringLiteral("node"),   QStringLiteral("php"),     QStringLiteral("fish")};
    if (cmd.pipedInput && shells.contains(name) && firstOperand(args).isEmpty())
        add(QStringLiteral("pipe-to-shell"),
            QStringLiteral("output is piped into %1, which runs whatever it receives").arg(name));

    static const QStringList installers{
        QStringLiteral("apt"),  QStringLiteral("apt-get"), QStringLiteral("aptitude"),
        QStringLiteral("yum"),  QStringLiteral("dnf"),     QStringLiteral("brew"),
        QStringLiteral("snap"), QStringLiteral("pip"),     QStringLiteral("pip3"),
        QStringLiteral("pipx"), QStringLiteral("gem"),     QStringLiteral("cargo"),
        QStringLiteral("npm"),  QStringLiteral("pnpm"),    QStringLiteral("yarn"),
        QStringLiteral("go"),   QStringLiteral("conda"),   QStringLiteral("uv")};
    static const QStringList installVerbs{
        QStringLiteral("install"), QStringLiteral("i"),       QStringLiteral("add"),   QStringLiteral("ci"),
        QStringLiteral("get"),     QStringLiteral("upgrade"), QStringLiteral("update")};
    QString verb = firstOperand(args);
    if ((name.startsWith(QLatin1String("python")) && args.value(0) == QLatin1String("-m") &&
         args.value(1).startsWith(QLatin1String("pip"))))
        verb = args.value(2);
    else if (name == QLatin1String("uv") && verb == QLatin1String("pip"))
        verb = firstOperand(args.mid(args.indexOf(verb) + 1));
    const bool viaPython = name.startsWith(QLatin1String("python")) && args.value(0) == QLatin1String("-m");
    if ((installers.contains(name) || viaPython) && installVerbs.contains(verb) &&
        !(name == QLatin1String("go") && verb != QLatin1String("install") && verb != QLatin1String("get")) &&
        !(name == QLatin1String("yarn") && verb == QLatin1String("i")))
        add(QStringLiteral("package-install"),
            QStringLiteral("\"%1\" installs packages, which run their own code").arg(text));
    if ((name == QLatin1String("yarn") || name == QLatin1String("pnpm")) && args.isEmpty())
        add(QStringLiteral("package-install"),
            QStringLiteral("\"%1\" installs packages, which run their own code").arg(text));

    static const QStringList network{
        QStringLiteral("curl"),   QStringLiteral("wget"), QStringLiteral("nc"),     QStringLiteral("ncat"),
        QStringLiteral("netcat"), QStringLiteral("ssh"),  QStringLiteral("scp"),    QStringLiteral("sftp"),
        QStringLiteral("rsync"),  QStringLiteral("ftp"),  QStringLiteral("telnet"), QStringLiteral("http"),
        QStringLiteral("https"),  QStringLiteral("socat")};
    if (network.contains(name))
        add(QStringLiteral("network"), QStringLiteral("\"%1\" makes a network request").arg(text));

    // Arguments that name protected paths, for commands that change files.
    static const QStringList readers{QStringLiteral("ls"),   QStringLiteral("cat"),   QStringLiteral("head"),
                                     QStringLiteral("tail"), QStringLiteral("grep"),  QStringLiteral("less"),
                                     QStringLiteral("wc"),   QStringLiteral("stat"),  QStringLiteral("file"),
                                     QStringLiteral("echo"), QStringLiteral("git"),   QStringLiteral("diff"),
                                     QStringLiteral("find"), QStringLiteral("printf")};
    if (!readers.contains(name)) {
        for (const QString &a : args) {
            if (RiskClassifier::isProtectedPath(a)) {
                add(QStringLiteral("protected-path"),
                    QStringLiteral("\"%1\" touches %2, a protected path").arg(text, a));
                break;
            }
        }
    }
}

} // namespace

bool RiskClassifier::isProtectedPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(
        R"((^|/)(\.git|\.claude)(/|$)|(^|/)\.config/agent-workbench(/|$)|(^|/)agent-workbench/permissions)"
        R"(|(^|/)\.(bashrc|bash_profile|profile|zshrc|zprofile|bash_login)$)"));
    return re.match(path).hasMatch();
}

bool RiskClassifier::isHarmlessWriteTarget(const QString &path)
{
    return path == QLatin1String("/dev/null") || path == QLatin1String("/dev/stdout") ||
           path == QLatin1String("/dev/stderr");
}

QList<Risk> RiskClassifier::classifyShell(const ShellParse &parsed)
{
    QList<Risk> risks;
    for (const SimpleCommand &cmd : parsed.commands)
        classifyCommand(cmd, risks);
    for (const QString &target : parsed.writes) {
        if (isHarmlessWriteTarget(target))
            continue;
        if (isProtectedPath(target))
            risks.append(Risk{QStringLiteral("protected-path"),
                              QStringLiteral("a redirection writes to %1, a protected path").arg(target)});
        else if (isOutsideWorkspace(target))
            risks.append(
                Risk{QStringLiteral("outside-workspace"),
                     QStringLiteral("a redirection writes to %1, outside the workspace").arg(target)});
    }
    return risks;
}

QList<Risk> RiskClassifier::classify(const ToolAction &action, const ShellParse *parsed)
{
    const bool shellScript =
        action.ruleTool == QLatin1String("RunScript") &&
        (action.ruleSubject == QLatin1String("bash") || action.ruleSubject == QLatin1String("sh"));
    if (action.ruleTool == QLatin1String("Bash") || shellScript) {
        if (parsed)
            return classifyShell(*parsed);
        return classifyShell(ShellParser::parse(shellScript ? action.script : action.ruleSubject));
    }
    QList<Risk> risks;
    if (action.ruleTool == QLatin1String("Edit")) {
        if (isProtectedPath(action.ruleSubject))
            risks.append(Risk{QStringLiteral("protected-path"),
                              QStringLiteral("%1 is a protected path").arg(action.ruleSubject)});
        if (action.overwritesExisting)
            risks.append(Risk{
                QStringLiteral("overwrite"),
                QStringLiteral("create replaces the existing file %1 as a whole").arg(action.ruleSubject)});
    }
    return risks;
}

} // namespace Workbench

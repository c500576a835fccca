// SPDX-License-Identifier: MIT
#include "approval/permissionstore.h"

#include "approval/shellparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Workbench {

namespace {

Error fileError(const QString &file, const QString &what)
{
    return Error{QStringLiteral("permissions_file"), QStringLiteral("%1: %2").arg(file, what), {}, {}};
}

// Tools whose second (and third) word names what they do: "git diff", "npm run test".
int commandWordCount(const QStringList &words)
{
    static const QStringList withSub{
        QStringLiteral("git"),    QStringLiteral("npm"),     QStringLiteral("pnpm"),
        QStringLiteral("yarn"),   QStringLiteral("cargo"),   QStringLiteral("go"),
        QStringLiteral("docker"), QStringLiteral("kubectl"), QStringLiteral("pip"),
        QStringLiteral("pip3"),   QStringLiteral("uv"),      QStringLiteral("poetry"),
        QStringLiteral("make"),   QStringLiteral("cmake"),   QStringLiteral("ctest"),
        QStringLiteral("apt"),    QStringLiteral("apt-get"), QStringLiteral("gh")};
    static const QStringList runners{QStringLiteral("run"), QStringLiteral("exec"), QStringLiteral("x")};
    auto plain = [](const QString &w) {
        if (w.isEmpty() || w.startsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : w) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                  c == QLatin1Char(':')))
                return false;
        }
        return true;
    };
    if (!withSub.contains(words.value(0)) || !plain(words.value(1)))
        return 1;
    if (runners.contains(words.value(1)) && plain(words.value(2)))
        return 3;
    return 2;
}

} // namespace

QString PermissionStore::configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/agent-workbench");
}

QString PermissionStore::userFile()
{
    return configDir() + QStringLiteral("/permissions.json");
}

QString PermissionStore::projectFile(const QString &workspace)
{
    if (workspace.isEmpty())
        return {};
    const QFileInfo info(workspace);
    const QString canonical =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return configDir() + QStringLiteral("/projects/") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

Result<QList<PermissionRule>> PermissionStore::load(const QString &file)
{
    QFile f(file);
    if (!f.exists())
        return QList<PermissionRule>{};
    if (!f.open(QIODevice::ReadOnly))
        return fileError(file, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fileError(file, QStringLiteral("is not a JSON object (%1)").arg(perr.errorString()));
    const QJsonValue block = doc.object().value(QLatin1String("permissions"));
    if (block.isUndefined())
        return QList<PermissionRule>{};
    if (!block.isObject())
        return fileError(file, QStringLiteral("\"permissions\" must be an object"));
    // `/path` Read/Edit rules are relative to the project the file belongs to: the folder holding
    // `.claude/` for Claude Code's settings, the recorded workspace for our project files, none
    // (the run's workspace) for the user file.
    QString baseDir;
    const QFileInfo info(file);
    if (info.absoluteDir().dirName() == QLatin1String(".claude")) {
        QDir project = info.absoluteDir();
        project.cdUp();
        baseDir = project.absolutePath();
    } else if (file != userFile()) {
        baseDir = doc.object().value(QLatin1String("workspace")).toString();
        if (baseDir.isEmpty())
            baseDir = info.absolutePath();
    }
    QList<PermissionRule> rules;
    const std::pair<const char *, PermissionRule::Kind> kinds[] = {{"deny", PermissionRule::Kind::Deny},
                                                                   {"ask", PermissionRule::Kind::Ask},
                                                                   {"allow", PermissionRule::Kind::Allow}};
    for (const auto &[key, kind] : kinds) {
        const QJsonValue list = block.toObject().value(QLatin1String(key));
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return fileError(
                file, QStringLiteral("\"permissions.%1\" must be a list of rules").arg(QLatin1String(key)));
        for (const QJsonValue &v : list.toArray()) {
            auto rule = PermissionRule::parse(v.toString(), kind, file);
            if (!rule)
                return fileError(file, rule.error().message);
            rule->baseDir = baseDir;
            rules.append(*rule);
        }
    }
    return rules;
}

Status PermissionStore::loadInto(PermissionPolicy &policy, const QString &file)
{
    auto rules = load(file);
    if (!rules)
        return rules.error();
    for (const PermissionRule &r : std::as_const(*rules))
        policy.addRule(r);
    return {};
}

Status PermissionStore::append(const QString &file, const QString &ruleText, const QString &workspace)
{
    auto parsed = PermissionRule::parse(ruleText, PermissionRule::Kind::Allow, file);
    if (!parsed)
        return parsed.error();
    QJsonObject root;
    QFile in(file);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return fileError(file, QStringLiteral("cannot be read (%1)").arg(in.errorString()));
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return fileError(file, QStringLiteral("is not a JSON object; not changing it"));
        root = doc.object();
    }
    QJsonObject perms = root.value(QLatin1String("permissions")).toObject();
    QJsonArray allow = perms.value(QLatin1String("allow")).toArray();
    if (!allow.contains(parsed->text))
        allow.append(parsed->text);
    perms.insert(QStringLiteral("allow"), allow);
    root.insert(QStringLiteral("permissions"), perms);
    if (!workspace.isEmpty())
        root.insert(QStringLiteral("workspace"), QFileInfo(workspace).canonicalFilePath());
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fileError(file, QStringLiteral("its folder cannot be created"));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fileError(file, QStringLiteral("cannot be written (%1)").arg(out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return fileError(file, QStringLiteral("cannot be written (%1)").arg(out.errorString()));
    return {};
}

Result<QString> PermissionStore::remember(const QStringList &ruleTexts, RememberScope scope,
                                          const QString &workspace)
{
    for (const QString &t : ruleTexts) {
        auto parsed = PermissionRule::parse(t, PermissionRule::Kind::Allow, {});
        if (!parsed)
            return parsed.error();
    }
    if (scope == RememberScope::Run)
        return QStringLiteral("this run");
    const QString file = scope == RememberScope::User ? userFile() : projectFile(workspace);
    if (file.isEmpty())
        return Error{QStringLiteral("no_workspace"),
                     QStringLiteral("This run has no workspace folder to remember the rule for."),
                     {},
                     {}};
    for (const QString &t : ruleTexts) {
        if (Status s = append(file, t, scope == RememberScope::Project ? workspace : QString()); !s)
            return s.error();
    }
    return file;
}

QStringList PermissionStore::proposeRules(const ToolAction &action)
{
    if (action.ruleTool == QLatin1String("Bash")) {
        const ShellParse parsed = ShellParser::parse(action.ruleSubject);
        QStringList rules;
        for (const SimpleCommand &cmd : parsed.commands) {
            if (cmd.words.isEmpty())
                continue;
            const int n = commandWordCount(cmd.words);
            const QString rule = QStringLiteral("Bash(%1:*)").arg(cmd.words.mid(0, n).join(QLatin1Char(' ')));
            if (!rules.contains(rule))
                rules.append(rule);
        }
        return rules.mid(0, 5); // as Claude Code: at most five rules per answer
    }
    if (action.ruleTool.isEmpty())
        return {};
    if (action.ruleSubject.isEmpty())
        return {action.ruleTool};
    // A path without a slash would match that name at any depth (gitignore); anchor it.
    const bool pathRule =
        action.ruleTool == QLatin1String("Edit") || action.ruleTool == QLatin1String("Read");
    if (pathRule && !action.ruleSubject.contains(QLatin1Char('/')))
        return {QStringLiteral("%1(./%2)").arg(action.ruleTool, action.ruleSubject)};
    return {QStringLiteral("%1(%2)").arg(action.ruleTool, action.ruleSubject)};
}

QString PermissionStore::proposeNetworkRule(const QString &host, int port)
{
    const QString shown = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    if (port == 80 || port == 443 || port <= 0)
        return QStringLiteral("WebFetch(domain:%1)").arg(shown);
    return QStringLiteral("WebFetch(domain:%1:%2)").arg(shown).arg(port);
}

QStringList PermissionStore::splitRules(const QString &text)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
        if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace Workbench

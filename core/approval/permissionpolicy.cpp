// SPDX-License-Identifier: MIT
#include "approval/permissionpolicy.h"

#include "approval/riskclassifier.h"
#include "approval/shellparser.h"

#include <QDir>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace Workbench {

Result<PermissionRule> PermissionRule::parse(const QString &rawText, Kind kind, const QString &source)
{
    const QString text = rawText.trimmed();
    static const QRegularExpression re(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_]*)(?:\((.*)\))?$)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return Error{QStringLiteral("invalid_rule"),
                     QStringLiteral("\"%1\" is not a permission rule. Write Tool or Tool(specifier), "
                                    "for example Bash(npm run test:*).")
                         .arg(text),
                     {},
                     {}};
    }
    PermissionRule rule;
    rule.kind = kind;
    rule.text = text;
    rule.source = source;
    rule.tool = m.captured(1);
    rule.hasSpecifier = m.capturedLength(2) > 0 || text.endsWith(QLatin1Char(')'));
    QString pattern = m.captured(2).trimmed();
    // Legacy prefix form "cmd:*" means "cmd" followed by anything.
    if (pattern.endsWith(QStringLiteral(":*")))
        pattern = pattern.left(pattern.size() - 2) + QStringLiteral(" *");
    if (rule.hasSpecifier && pattern.isEmpty()) {
        return Error{QStringLiteral("invalid_rule"),
                     QStringLiteral("\"%1\" has an empty specifier. Drop the parentheses to match "
                                    "every call of %2.")
                         .arg(text, rule.tool),
                     {},
                     {}};
    }
    rule.pattern = pattern;
    return rule;
}

static bool globMatch(QStringView pattern, QStringView subject)
{
    // Iterative '*' matcher; no other metacharacters, so a command can't smuggle regex syntax.
    qsizetype p = 0, s = 0, starP = -1, starS = 0;
    while (s < subject.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starS = s;
        } else if (p < pattern.size() && pattern[p] == subject[s]) {
            ++p;
            ++s;
        } else if (starP >= 0) {
            p = starP + 1;
            s = ++starS;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool PermissionRule::matchesSubject(const QString &subject) const
{
    if (!hasSpecifier)
        return true;
    const QString s = subject.trimmed();
    if (globMatch(pattern, s))
        return true;
    // "git diff *" also matches a bare "git diff" (no arguments).
    if (pattern.endsWith(QStringLiteral(" *")))
        return s == pattern.left(pattern.size() - 2);
    return false;
}

namespace {

// A gitignore-style glob over an absolute path as an anchored regular expression: `*` and `?`
// stay within a segment, `**/` is any number of directories, any other `**` anything at all.
QRegularExpression pathGlob(const QString &pattern)
{
    QString re;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                ++i;
                if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('/')) {
                    ++i;
                    re += QStringLiteral("(?:.*/)?");
                } else {
                    re += QStringLiteral(".*");
                }
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QStringLiteral("\\A%1\\z").arg(re));
}

} // namespace

bool PermissionRule::matchesPath(const QString &absolutePath, const QString &workspace,
                                 const QString &home) const
{
    if (!hasSpecifier)
        return true;
    QString p = pattern;
    const bool belowOnly = p.size() > 1 && p.endsWith(QLatin1Char('/'));
    if (belowOnly)
        p.chop(1);
    QString abs;
    if (p.startsWith(QLatin1String("//")))
        abs = p.mid(1);
    else if (p == QLatin1String("~") || p.startsWith(QLatin1String("~/")))
        abs = home + p.mid(1);
    else if (p.startsWith(QLatin1Char('/')))
        abs = (baseDir.isEmpty() ? workspace : baseDir) + p;
    else if (p == QLatin1String(".") || p.startsWith(QLatin1String("./")))
        abs = workspace + p.mid(1);
    else if (!p.contains(QLatin1Char('/')))
        abs = workspace + QStringLiteral("/**/") + p; // gitignore: no inner slash, any depth
    else
        abs = workspace + QLatin1Char('/') + p;
    const QRegularExpression re = pathGlob(QDir::cleanPath(abs));
    if (!belowOnly && re.match(absolutePath).hasMatch())
        return true;
    // A pattern that matches a directory covers everything below it.
    QString dir = absolutePath;
    for (qsizetype slash = dir.lastIndexOf(QLatin1Char('/')); slash > 0;
         slash = dir.lastIndexOf(QLatin1Char('/'))) {
        dir.truncate(slash);
        if (re.match(dir).hasMatch())
            return true;
    }
    return false;
}

PermissionPolicy::PermissionPolicy(PermissionMode mode)
    : m_mode(mode)
{}

void PermissionPolicy::setPathContext(const QString &workspace, const QString &home)
{
    if (!workspace.isEmpty())
        m_workspace = QDir::cleanPath(workspace);
    m_home = home.isEmpty() ? QString() : QDir::cleanPath(home);
}

QString PermissionPolicy::absolutePathOf(const ToolAction &action) const
{
    const QString &subject = action.ruleSubject;
    if (subject.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(subject);
    return QDir::cleanPath(m_workspace + QLatin1Char('/') + subject);
}

bool PermissionPolicy::subjectMatches(const PermissionRule &rule, const ToolAction &action) const
{
    const bool pathRule = rule.tool == QLatin1String("Read") || rule.tool == QLatin1String("Edit");
    if (pathRule && (action.ruleTool == QLatin1String("Read") || action.ruleTool == QLatin1String("Edit")))
        return rule.matchesPath(absolutePathOf(action), m_workspace,
                                m_home.isEmpty() ? QDir::homePath() : m_home);
    return rule.matchesSubject(action.ruleSubject);
}

Status PermissionPolicy::addRule(const QString &text, PermissionRule::Kind kind, const QString &source)
{
    auto rule = PermissionRule::parse(text, kind, source);
    if (!rule)
        return rule.error();
    m_rules.append(*rule);
    return {};
}

namespace {

QString baseName(const QString &word)
{
    const qsizetype slash = word.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? word : word.mid(slash + 1);
}

bool isShellScript(const ToolAction &action)
{
    return action.ruleTool == QLatin1String("RunScript") &&
           (action.ruleSubject == QLatin1String("bash") || action.ruleSubject == QLatin1String("sh"));
}

// The shell text a call runs, if any: a Bash command or a bash/sh script.
QString shellText(const ToolAction &action)
{
    if (action.ruleTool == QLatin1String("Bash"))
        return action.ruleSubject;
    if (isShellScript(action))
        return action.script;
    return {};
}

// A deny or ask rule also matches "/bin/rm -rf x" as "rm -rf x": a path must not hide a name.
bool matchesCommand(const PermissionRule &rule, const SimpleCommand &cmd, bool strict)
{
    if (cmd.words.isEmpty())
        return false;
    if (rule.matchesSubject(cmd.text()))
        return true;
    if (strict || !cmd.words.constFirst().contains(QLatin1Char('/')))
        return false;
    QStringList words = cmd.words;
    words[0] = baseName(words.constFirst());
    return rule.matchesSubject(words.join(QLatin1Char(' ')));
}

struct Match
{
    const PermissionRule *rule = nullptr;
    QString command; // the subcommand it matched, for shell calls
};

// First rule of `kind` matching any part of the call (deny and ask semantics).
using SubjectMatcher = std::function<bool(const PermissionRule &)>;

Match firstMatchAny(const QList<PermissionRule> &rules, PermissionRule::Kind kind, const ToolAction &action,
                    const ShellParse *parsed, const SubjectMatcher &subjectMatches)
{
    for (const PermissionRule &rule : rules) {
        if (rule.kind != kind)
            continue;
        const bool sameTool = rule.tool == action.ruleTool;
        const bool bashOnScript = parsed && rule.tool == QLatin1String("Bash") && isShellScript(action);
        if (!sameTool && !bashOnScript)
            continue;
        if (!rule.hasSpecifier) {
            if (sameTool)
                return {&rule, {}};
            continue;
        }
        if (!parsed) {
            if (subjectMatches(rule))
                return {&rule, action.ruleSubject};
            continue;
        }
        for (const SimpleCommand &cmd : parsed->commands) {
            if (matchesCommand(rule, cmd, false))
                return {&rule, cmd.text()};
        }
        // What could not be split is still checked as a whole.
        if (!parsed->confident && sameTool && rule.matchesSubject(action.ruleSubject))
            return {&rule, action.ruleSubject};
    }
    return {};
}

const PermissionRule *firstAllow(const QList<PermissionRule> &rules, const QString &tool,
                                 const std::function<bool(const PermissionRule &)> &matches)
{
    for (const PermissionRule &rule : rules) {
        if (rule.kind == PermissionRule::Kind::Allow && rule.tool == tool &&
            (!rule.hasSpecifier || matches(rule)))
            return &rule;
    }
    return nullptr;
}

} // namespace

namespace {

// Lexically inside `wd` after resolving `.` and `..`; anything the shell would expand first
// (variables, `~`, a glob that could match `..`) is not known and so not inside.
bool staysInside(const QString &path, const QString &wd)
{
    // `{a,b}` is brace expansion: `/workspace/{..,..}/x` cleans to a path inside but expands outside.
    if (path.isEmpty() || path.contains(QLatin1Char('$')) || path.contains(QLatin1Char('`')) ||
        path.startsWith(QLatin1Char('~')) || path.contains(QLatin1Char('{')))
        return false;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.startsWith(QLatin1Char('.')) &&
            (segment.contains(QLatin1Char('*')) || segment.contains(QLatin1Char('?')) ||
             segment.contains(QLatin1Char('['))))
            return false;
    }
    const QString root = QDir::cleanPath(wd);
    const QString abs =
        QDir::cleanPath(path.startsWith(QLatin1Char('/')) ? path : root + QLatin1Char('/') + path);
    return abs == root || abs.startsWith(root + QLatin1Char('/'));
}

// One sed script of a single substitution, delete or print command: nothing that runs a command
// (`e`), or reads or writes another file (`r`, `R`, `w`, `W`).
bool isPlainSedScript(const QString &script)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:(?:\d+|\$)(?:,(?:\d+|\$))?)?\s*(?:s([^\\\n\w\s])(?:\\.|(?!\1)[^\n])*\1(?:\\.|(?!\1)[^\n])*\1[gIipM0-9]*|[dp])\s*$)"));
    return re.match(script).hasMatch();
}

bool isAcceptedSed(const QStringList &args, const QString &wd)
{
    bool haveScript = false;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-e") || a == QLatin1String("--expression")) {
            if (i + 1 >= args.size() || !isPlainSedScript(args.at(i + 1)))
                return false;
            haveScript = true;
            ++i;
        } else if (a.startsWith(QLatin1String("--expression="))) {
            if (!isPlainSedScript(a.mid(13)))
                return false;
            haveScript = true;
        } else if (a.startsWith(QLatin1String("-i")) || a.startsWith(QLatin1String("--in-place")) ||
                   a == QLatin1String("-E") || a == QLatin1String("-r") || a == QLatin1String("-n") ||
                   a == QLatin1String("-s") || a == QLatin1String("-z") || a == QLatin1String("-u") ||
                   a == QLatin1String("--regexp-extended") || a == QLatin1String("--quiet") ||
                   a == QLatin1String("--separate") || a == QLatin1String("--posix")) {
            // A backup suffix with a directory writes elsewhere, in either spelling.
            const bool suffixed = (a.startsWith(QLatin1String("-i")) && a.size() > 2) ||
                                  a.startsWith(QLatin1String("--in-place="));
            if (suffixed && a.contains(QLatin1Char('/')))
                return false;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return false; // -f FILE and anything else we do not know
        } else if (!haveScript) {
            if (!isPlainSedScript(a))
                return false;
            haveScript = true;
        } else {
            files.append(a);
        }
    }
    if (!haveScript)
        return false;
    for (const QString &f : std::as_const(files)) {
        if (!staysInside(f, wd))
            return false;
    }
    return true;
}

} // namespace

bool PermissionPolicy::isAcceptedFilesystemCommand(const QStringList &words, const QString &workingDirectory)
{
    static const QStringList commands{QStringLiteral("mkdir"), QStringLiteral("touch"), QStringLiteral("rm"),
                                      QStringLiteral("rmdir"), QStringLiteral("mv"),    QStringLiteral("cp")};
    if (words.isEmpty())
        return false;
    // Our sandbox's working directory; tests may leave it empty.
    const QString wd = workingDirectory.isEmpty() ? QStringLiteral("/workspace") : workingDirectory;
    const QString &name = words.constFirst(); // by name only: /tmp/mkdir is not mkdir
    const QStringList args = words.mid(1);
    if (name == QLatin1String("sed"))
        return isAcceptedSed(args, wd);
    if (!commands.contains(name))
        return false;
    bool operands = false, endOfOptions = false;
    for (const QString &a : args) {
        if (!endOfOptions && a == QLatin1String("--")) {
            endOfOptions = true;
            continue;
        }
        if (!endOfOptions && a.startsWith(QLatin1Char('-'))) {
            // --target-directory=DIR, --reference=FILE, …: the value is checked as a path too.
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq > 0 && !staysInside(a.mid(eq + 1), wd))
                return false;
            continue;
        }
        // Every other word counts as a path (a mode or a date stays "inside" harmlessly).
        if (!staysInside(a, wd))
            return false;
        operands = true;
    }
    return operands;
}

bool PermissionPolicy::ruleMatches(const PermissionRule &rule, const ToolAction &action)
{
    return PermissionPolicy().ruleMatchesHere(rule, action);
}

bool PermissionPolicy::ruleMatchesHere(const PermissionRule &rule, const ToolAction &action) const
{
    const QString shell = shellText(action);
    if (shell.isEmpty()) {
        return rule.tool == action.ruleTool && (!rule.hasSpecifier || subjectMatches(rule, action));
    }
    const ShellParse parsed = ShellParser::parse(shell);
    return firstMatchAny({rule}, rule.kind, action, &parsed, [this, &action](const PermissionRule &r) {
               return subjectMatches(r, action);
           }).rule != nullptr;
}

Decision PermissionPolicy::evaluate(const ToolAction &action) const
{
    if (m_mode == PermissionMode::Plan && action.effect != ToolAction::Effect::ReadOnly) {
        // Nothing runs in plan mode; the call is listed with what default mode would decide.
        PermissionPolicy outsidePlan = *this;
        outsidePlan.m_mode = PermissionMode::Default;
        Decision d = outsidePlan.evaluate(action);
        d.proposed = true;
        d.proposal = {PermissionMode::Default, d.verdict, d.reason, d.rule, d.ruleSource};
        d.verdict = Decision::Verdict::Deny;
        d.decidedBy = QStringLiteral("mode");
        d.rule.clear();
        d.ruleSource.clear();
        d.reason = QStringLiteral("plan mode: nothing is executed; the call is recorded as proposed");
        return d;
    }
    Decision d;
    d.at = QDateTime::currentDateTimeUtc();

    const QString shell = shellText(action);
    const bool isBash = action.ruleTool == QLatin1String("Bash");
    std::optional<ShellParse> parsed;
    if (!shell.isEmpty()) {
        parsed = ShellParser::parse(shell);
        if (isBash)
            d.parsedConfidently = parsed->confident;
    }
    const QList<Risk> risks = RiskClassifier::classify(action, parsed ? &*parsed : nullptr);
    for (const Risk &r : risks)
        d.risks.append(r.reason);

    auto byRule = [&d, &parsed](const Match &m, Decision::Verdict verdict, const QString &why) {
        d.verdict = verdict;
        d.rule = m.rule->text;
        d.ruleSource = m.rule->source;
        d.decidedBy = QStringLiteral("rule");
        d.reason = why;
        if (!m.command.isEmpty() && parsed)
            d.subcommands.append({m.command, verdict, m.rule->text, m.rule->source, why});
        return d;
    };
    auto byMode = [&d](Decision::Verdict verdict, const QString &why) {
        d.verdict = verdict;
        d.decidedBy = QStringLiteral("mode");
        d.reason = why;
        return d;
    };
    const ShellParse *p = parsed ? &*parsed : nullptr;
    const SubjectMatcher subjectMatch = [this, &action](const PermissionRule &r) {
        return subjectMatches(r, action);
    };

    if (const Match m = firstMatchAny(m_rules, PermissionRule::Kind::Deny, action, p, subjectMatch); m.rule) {
        const QString why = m.command.isEmpty() || m.command == action.ruleSubject
                                ? QStringLiteral("a deny rule matches this call")
                                : QStringLiteral("a deny rule matches the subcommand \"%1\"").arg(m.command);
        return byRule(m, Decision::Verdict::Deny, why);
    }
    if (m_mode == PermissionMode::BypassPermissions)
        return byMode(Decision::Verdict::Allow,
                      QStringLiteral("bypassPermissions mode runs every call (still inside the sandbox)"));

    if (const Match m = firstMatchAny(m_rules, PermissionRule::Kind::Ask, action, p, subjectMatch); m.rule) {
        if (m_mode == PermissionMode::DontAsk)
            return byRule(m, Decision::Verdict::Deny,
                          QStringLiteral("an ask rule matches, and dontAsk mode denies instead of asking"));
        return byRule(m, Decision::Verdict::Ask,
                      m.command.isEmpty() || m.command == action.ruleSubject
                          ? QStringLiteral("an ask rule matches this call")
                          : QStringLiteral("an ask rule matches the subcommand \"%1\"").arg(m.command));
    }

    // Risky calls are asked about however they would otherwise be allowed.
    auto riskyOr = [&](Decision::Verdict verdict) -> Decision {
        if (verdict != Decision::Verdict::Allow || risks.isEmpty())
            return d;
        const QString reasons = d.risks.join(QStringLiteral("; "));
        const QString allowedBy =
            d.rule.isEmpty() ? QString() : QStringLiteral(" (although %1 allows it)").arg(d.rule);
        d.decidedBy = QStringLiteral("classifier");
        if (m_mode == PermissionMode::DontAsk) {
            d.verdict = Decision::Verdict::Deny;
            d.reason =
                QStringLiteral("risky: %1%2; dontAsk mode denies instead of asking").arg(reasons, allowedBy);
        } else {
            d.verdict = Decision::Verdict::Ask;
            d.reason = QStringLiteral("risky: %1%2").arg(reasons, allowedBy);
        }
        return d;
    };

    // Allow rules.
    if (isBash && parsed) {
        bool all = parsed->confident;
        QStringList ruleTexts, sources;
        const PermissionRule *bare = firstAllow(m_rules, QStringLiteral("Bash"),
                                                [](const PermissionRule &r) { return !r.hasSpecifier; });
        int acceptedByMode = 0;
        for (const SimpleCommand &cmd : std::as_const(parsed->commands)) {
            if (cmd.words.isEmpty())
                continue;
            const PermissionRule *rule =
                bare ? bare : firstAllow(m_rules, QStringLiteral("Bash"), [&cmd](const PermissionRule &r) {
                    return matchesCommand(r, cmd, true);
                });
            bool writes = false;
            for (const QString &w : cmd.writes)
                writes = writes || !RiskClassifier::isHarmlessWriteTarget(w);
            Decision::Subcommand sub{cmd.text(), Decision::Verdict::Ask, {}, {}, {}};
            if (rule && (!writes || bare)) {
                sub.verdict = Decision::Verdict::Allow;
                sub.rule = rule->text;
                sub.ruleSource = rule->source;
                sub.reason = QStringLiteral("allowed by %1").arg(rule->text);
                if (!ruleTexts.contains(rule->text)) {
                    ruleTexts.append(rule->text);
                    sources.append(rule->source);
                }
            } else if (!rule && !writes && m_mode == PermissionMode::AcceptEdits && parsed->confident &&
                       isAcceptedFilesystemCommand(cmd.words, action.workingDirectory)) {
                sub.verdict = Decision::Verdict::Allow;
                sub.reason =
                    QStringLiteral("acceptEdits mode accepts %1 inside the workspace").arg(cmd.name());
                ++acceptedByMode;
            } else {
                all = false;
                sub.reason = rule ? QStringLiteral("%1 matches, but the command also writes to %2")
                                        .arg(rule->text, cmd.writes.join(QStringLiteral(", ")))
                                  : QStringLiteral("no allow rule matches");
            }
            d.subcommands.append(sub);
        }
        if (bare && !parsed->confident)
            all = true; // "Bash" allows every command, understood or not
        if (all && ruleTexts.isEmpty() && acceptedByMode > 0) {
            byMode(
                Decision::Verdict::Allow,
                QStringLiteral("acceptEdits mode accepts simple filesystem commands inside the workspace"));
            return riskyOr(Decision::Verdict::Allow);
        }
        if (all && !ruleTexts.isEmpty()) {
            d.verdict = Decision::Verdict::Allow;
            d.rule = ruleTexts.join(QStringLiteral(", "));
            sources.removeDuplicates();
            d.ruleSource = sources.join(QStringLiteral(", "));
            d.decidedBy = QStringLiteral("rule");
            d.reason = acceptedByMode > 0
                           ? QStringLiteral("allow rules and acceptEdits mode cover every subcommand")
                       : d.subcommands.size() > 1 ? QStringLiteral("allow rules match every subcommand")
                                                  : QStringLiteral("an allow rule matches this call");
            return riskyOr(Decision::Verdict::Allow);
        }
    } else if (const PermissionRule *r = firstAllow(m_rules, action.ruleTool, subjectMatch)) {
        byRule(Match{r, {}}, Decision::Verdict::Allow, QStringLiteral("an allow rule matches this call"));
        return riskyOr(Decision::Verdict::Allow);
    }

    // The mode decides.
    if (action.effect == ToolAction::Effect::ReadOnly) {
        byMode(Decision::Verdict::Allow, QStringLiteral("the call only reads the workspace"));
        return riskyOr(Decision::Verdict::Allow);
    }
    if (m_mode == PermissionMode::AcceptEdits && action.effect == ToolAction::Effect::WritesWorkspace) {
        byMode(Decision::Verdict::Allow,
               QStringLiteral("acceptEdits mode accepts file edits in the workspace"));
        return riskyOr(Decision::Verdict::Allow);
    }
    QString why;
    if (isBash && parsed && !parsed->confident)
        why = QStringLiteral("the command could not be fully understood (%1)").arg(parsed->why);
    else if (isBash && d.subcommands.size() > 1) {
        QStringList missing;
        for (const Decision::Subcommand &s : std::as_const(d.subcommands)) {
            if (s.verdict != Decision::Verdict::Allow)
                missing.append(QStringLiteral("\"%1\"").arg(s.command));
        }
        why = QStringLiteral("no allow rule covers %1").arg(missing.join(QStringLiteral(", ")));
    } else {
        why = QStringLiteral("no rule allows this call");
    }
    if (!risks.isEmpty())
        why += QStringLiteral("; risky: %1").arg(d.risks.join(QStringLiteral("; ")));
    if (m_mode == PermissionMode::DontAsk)
        return byMode(Decision::Verdict::Deny,
                      QStringLiteral("%1, and dontAsk mode denies instead of asking").arg(why));
    return byMode(Decision::Verdict::Ask,
                  QStringLiteral("%1, so %2 mode asks").arg(why, permissionModeName(m_mode)));
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "approval/permissionpolicy.h"

#include <QRegularExpression>

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

PermissionPolicy::PermissionPolicy(PermissionMode mode)
    : m_mode(mode)
{}

Status PermissionPolicy::addRule(const QString &text, PermissionRule::Kind kind, const QString &source)
{
    auto rule = PermissionRule::parse(text, kind, source);
    if (!rule)
        return rule.error();
    m_rules.append(*rule);
    return {};
}

bool PermissionPolicy::isSimpleCommand(const QString &command)
{
    static const QString meta = QStringLiteral(";&|<>$`(){}\n\r\\");
    for (const QChar c : command) {
        if (meta.contains(c))
            return false;
    }
    return !command.trimmed().isEmpty();
}

QStringList PermissionPolicy::commandPieces(const QString &command)
{
    static const QRegularExpression sep(QStringLiteral(R"(\|\||&&|[;|&\n\r`()]|\$\()"));
    QStringList pieces;
    for (const QString &piece : command.split(sep, Qt::SkipEmptyParts)) {
        QString p = piece.trimmed();
        // Leading env assignments and common wrappers don't change what runs.
        static const QRegularExpression prefix(
            QStringLiteral(R"(^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+|sudo\s+|exec\s+|command\s+|env\s+)+)"));
        p.remove(prefix);
        if (!p.isEmpty())
            pieces.append(p);
    }
    return pieces;
}

const PermissionRule *PermissionPolicy::firstMatch(PermissionRule::Kind kind, const ToolAction &action) const
{
    const bool isShell = action.ruleTool == QLatin1String("Bash");
    for (const PermissionRule &rule : m_rules) {
        if (rule.kind != kind || rule.tool != action.ruleTool)
            continue;
        if (!rule.hasSpecifier)
            return &rule;
        if (isShell && kind != PermissionRule::Kind::Allow) {
            // Deny/ask: any piece of a compound command is enough.
            const QStringList pieces = commandPieces(action.ruleSubject);
            for (const QString &piece : pieces) {
                if (rule.matchesSubject(piece))
                    return &rule;
            }
            if (rule.matchesSubject(action.ruleSubject))
                return &rule;
        } else if (isShell) {
            if (isSimpleCommand(action.ruleSubject) && rule.matchesSubject(action.ruleSubject))
                return &rule;
        } else if (rule.matchesSubject(action.ruleSubject)) {
            return &rule;
        }
    }
    return nullptr;
}

Decision PermissionPolicy::evaluate(const ToolAction &action) const
{
    Decision d;
    d.at = QDateTime::currentDateTimeUtc();
    auto byRule = [&d](const PermissionRule *rule, Decision::Verdict verdict, const QString &why) {
        d.verdict = verdict;
        d.rule = rule->text;
        d.ruleSource = rule->source;
        d.decidedBy = QStringLiteral("rule");
        d.reason = why;
        return d;
    };
    if (const PermissionRule *r = firstMatch(PermissionRule::Kind::Deny, action))
        return byRule(r, Decision::Verdict::Deny, QStringLiteral("a deny rule matches this call"));

    if (m_mode == PermissionMode::BypassPermissions) {
        d.verdict = Decision::Verdict::Allow;
        d.decidedBy = QStringLiteral("mode");
        d.reason = QStringLiteral("bypassPermissions mode runs every call (still inside the sandbox)");
        return d;
    }
    if (const PermissionRule *r = firstMatch(PermissionRule::Kind::Ask, action)) {
        if (m_mode == PermissionMode::DontAsk)
            return byRule(r, Decision::Verdict::Deny,
                          QStringLiteral("an ask rule matches, and dontAsk mode denies instead of asking"));
        return byRule(r, Decision::Verdict::Ask, QStringLiteral("an ask rule matches this call"));
    }
    if (m_mode == PermissionMode::Plan && action.effect != ToolAction::Effect::ReadOnly) {
        d.verdict = Decision::Verdict::Deny;
        d.decidedBy = QStringLiteral("mode");
        d.reason = QStringLiteral("plan mode: nothing is executed or changed; the call is only recorded");
        return d;
    }
    if (const PermissionRule *r = firstMatch(PermissionRule::Kind::Allow, action))
        return byRule(r, Decision::Verdict::Allow, QStringLiteral("an allow rule matches this call"));

    d.decidedBy = QStringLiteral("mode");
    if (action.effect == ToolAction::Effect::ReadOnly) {
        d.verdict = Decision::Verdict::Allow;
        d.reason = QStringLiteral("the call only reads the workspace");
        return d;
    }
    if (m_mode == PermissionMode::AcceptEdits && action.effect == ToolAction::Effect::WritesWorkspace) {
        d.verdict = Decision::Verdict::Allow;
        d.reason = QStringLiteral("acceptEdits mode accepts file edits in the workspace");
        return d;
    }
    if (m_mode == PermissionMode::DontAsk) {
        d.verdict = Decision::Verdict::Deny;
        d.reason = QStringLiteral("no rule allows this call, and dontAsk mode denies instead of asking");
        return d;
    }
    d.verdict = Decision::Verdict::Ask;
    if (action.ruleTool == QLatin1String("Bash") && !isSimpleCommand(action.ruleSubject))
        d.reason = QStringLiteral("this is a compound shell command; it is asked about as a whole");
    else
        d.reason =
            QStringLiteral("no rule allows this call, so %1 mode asks").arg(permissionModeName(m_mode));
    return d;
}

} // namespace Workbench

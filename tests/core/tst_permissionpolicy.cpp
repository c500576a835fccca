// SPDX-License-Identifier: MIT
#include "approval/permissionpolicy.h"

#include <QTest>

using namespace Workbench;

Q_DECLARE_METATYPE(Workbench::Decision::Verdict)

class tst_PermissionPolicy : public QObject
{
    Q_OBJECT

private:
    static ToolAction bash(const QString &command)
    {
        ToolAction a;
        a.toolName = QStringLiteral("bash");
        a.ruleTool = QStringLiteral("Bash");
        a.ruleSubject = command;
        a.effect = ToolAction::Effect::Executes;
        return a;
    }
    static ToolAction edit(const QString &path,
                           ToolAction::Effect effect = ToolAction::Effect::WritesWorkspace)
    {
        ToolAction a;
        a.toolName = QStringLiteral("str_replace_based_edit_tool");
        a.ruleTool = effect == ToolAction::Effect::ReadOnly ? QStringLiteral("Read") : QStringLiteral("Edit");
        a.ruleSubject = path;
        a.effect = effect;
        return a;
    }

private Q_SLOTS:
    void ruleParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("exact") << "Bash(npm run build)" << true << "Bash"
                               << "npm run build";
        QTest::newRow("legacy prefix") << "Bash(npm run test:*)" << true << "Bash"
                                       << "npm run test *";
        QTest::newRow("wildcard") << "Bash(git diff *)" << true << "Bash"
                                  << "git diff *";
        QTest::newRow("bare tool") << "Bash" << true << "Bash"
                                   << "";
        QTest::newRow("script language") << "RunScript(python)" << true << "RunScript"
                                         << "python";
        QTest::newRow("spaces trimmed") << "  Edit(src/*)  " << true << "Edit"
                                        << "src/*";
        QTest::newRow("empty specifier") << "Bash()" << false << ""
                                         << "";
        QTest::newRow("garbage") << "rm -rf /" << false << ""
                                 << "";
        QTest::newRow("unbalanced") << "Bash(ls" << false << ""
                                    << "";
    }
    void ruleParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, tool);
        QFETCH(QString, pattern);
        const auto rule = PermissionRule::parse(text, PermissionRule::Kind::Allow, QStringLiteral("test"));
        QCOMPARE(rule.ok(), valid);
        if (!valid) {
            QVERIFY(!rule.error().message.isEmpty());
            return;
        }
        QCOMPARE(rule->tool, tool);
        QCOMPARE(rule->pattern, pattern);
    }

    void bashRules_data()
    {
        QTest::addColumn<QString>("allow");
        QTest::addColumn<QString>("deny");
        QTest::addColumn<QString>("command");
        QTest::addColumn<Decision::Verdict>("verdict");
        using V = Decision::Verdict;
        QTest::newRow("exact allowed") << "Bash(npm run build)"
                                       << ""
                                       << "npm run build" << V::Allow;
        QTest::newRow("exact, extra args asks") << "Bash(npm run build)"
                                                << ""
                                                << "npm run build --watch" << V::Ask;
        QTest::newRow("prefix allows args") << "Bash(echo:*)"
                                            << ""
                                            << "echo hi" << V::Allow;
        QTest::newRow("prefix allows bare") << "Bash(echo:*)"
                                            << ""
                                            << "echo" << V::Allow;
        QTest::newRow("prefix needs word boundary") << "Bash(echo:*)"
                                                    << ""
                                                    << "echoes" << V::Ask;
        QTest::newRow("space form: git diff-index not matched") << "Bash(git diff *)"
                                                                << ""
                                                                << "git diff-index HEAD" << V::Ask;
        QTest::newRow("no-space form matches git diff-index") << "Bash(git diff*)"
                                                              << ""
                                                              << "git diff-index HEAD" << V::Allow;
        QTest::newRow("and-chain not allowed by prefix") << "Bash(echo:*)"
                                                         << ""
                                                         << "echo hi && rm -rf keep" << V::Ask;
        QTest::newRow("semicolon chain") << "Bash(git status:*)"
                                         << ""
                                         << "git status; rm -rf ~" << V::Ask;
        QTest::newRow("command substitution") << "Bash(echo:*)"
                                              << ""
                                              << "echo $(rm -rf x)" << V::Ask;
        QTest::newRow("backticks") << "Bash(echo:*)"
                                   << ""
                                   << "echo `rm -rf x`" << V::Ask;
        QTest::newRow("pipe") << "Bash(cat:*)"
                              << ""
                              << "cat x | sh" << V::Ask;
        QTest::newRow("redirect") << "Bash(echo:*)"
                                  << ""
                                  << "echo evil > .bashrc" << V::Ask;
        QTest::newRow("newline") << "Bash(echo:*)"
                                 << ""
                                 << "echo hi\nrm -rf x" << V::Ask;
        QTest::newRow("deny wins over allow") << "Bash(rm:*)"
                                              << "Bash(rm:*)"
                                              << "rm x" << V::Deny;
        QTest::newRow("deny catches piece of chain") << ""
                                                     << "Bash(rm:*)"
                                                     << "echo hi && rm -rf keep" << V::Deny;
        QTest::newRow("deny catches substitution") << ""
                                                   << "Bash(rm:*)"
                                                   << "echo $(rm -rf x)" << V::Deny;
        QTest::newRow("deny sees through env prefix") << ""
                                                      << "Bash(rm:*)"
                                                      << "FOO=1 rm -rf x" << V::Deny;
        QTest::newRow("deny sees through sudo") << ""
                                                << "Bash(rm:*)"
                                                << "sudo rm -rf x" << V::Deny;
        QTest::newRow("bare Bash deny") << ""
                                        << "Bash"
                                        << "ls" << V::Deny;
        QTest::newRow("unmatched asks") << ""
                                        << ""
                                        << "ls -la" << V::Ask;
    }
    void bashRules()
    {
        QFETCH(QString, allow);
        QFETCH(QString, deny);
        QFETCH(QString, command);
        QFETCH(Decision::Verdict, verdict);
        PermissionPolicy policy(PermissionMode::Default);
        if (!allow.isEmpty())
            QVERIFY(policy.addRule(allow, PermissionRule::Kind::Allow, QStringLiteral("--allow")).ok());
        if (!deny.isEmpty())
            QVERIFY(policy.addRule(deny, PermissionRule::Kind::Deny, QStringLiteral("--deny")).ok());
        const Decision d = policy.evaluate(bash(command));
        QCOMPARE(verdictName(d.verdict), verdictName(verdict));
        QVERIFY(!d.reason.isEmpty());
        if (verdict == Decision::Verdict::Deny) {
            QCOMPARE(d.rule, deny);
            QCOMPARE(d.ruleSource, QStringLiteral("--deny"));
            QCOMPARE(d.decidedBy, QStringLiteral("rule"));
        }
        if (verdict == Decision::Verdict::Allow) {
            QCOMPARE(d.rule, allow);
            QCOMPARE(d.decidedBy, QStringLiteral("rule"));
        }
    }

    void modes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("effect");
        QTest::addColumn<Decision::Verdict>("verdict");
        using V = Decision::Verdict;
        const int ro = int(ToolAction::Effect::ReadOnly), wr = int(ToolAction::Effect::WritesWorkspace),
                  ex = int(ToolAction::Effect::Executes);
        QTest::newRow("default read") << "default" << ro << V::Allow;
        QTest::newRow("default edit") << "default" << wr << V::Ask;
        QTest::newRow("default exec") << "default" << ex << V::Ask;
        QTest::newRow("acceptEdits edit") << "acceptEdits" << wr << V::Allow;
        QTest::newRow("acceptEdits exec") << "acceptEdits" << ex << V::Ask;
        QTest::newRow("plan read") << "plan" << ro << V::Allow;
        QTest::newRow("plan edit") << "plan" << wr << V::Deny;
        QTest::newRow("plan exec") << "plan" << ex << V::Deny;
        QTest::newRow("dontAsk exec") << "dontAsk" << ex << V::Deny;
        QTest::newRow("dontAsk read") << "dontAsk" << ro << V::Allow;
        QTest::newRow("bypass exec") << "bypassPermissions" << ex << V::Allow;
        QTest::newRow("bypass edit") << "bypassPermissions" << wr << V::Allow;
    }
    void modes()
    {
        QFETCH(QString, mode);
        QFETCH(int, effect);
        QFETCH(Decision::Verdict, verdict);
        PermissionMode m;
        QVERIFY(parsePermissionMode(mode, &m));
        QCOMPARE(permissionModeName(m), mode);
        PermissionPolicy policy(m);
        const auto e = ToolAction::Effect(effect);
        const ToolAction a = e == ToolAction::Effect::Executes ? bash(QStringLiteral("make"))
                                                               : edit(QStringLiteral("a.txt"), e);
        const Decision d = policy.evaluate(a);
        QCOMPARE(verdictName(d.verdict), verdictName(verdict));
        QCOMPARE(d.decidedBy, QStringLiteral("mode"));
    }

    void denyRule_holdsInBypassMode()
    {
        PermissionPolicy policy(PermissionMode::BypassPermissions);
        QVERIFY(
            policy
                .addRule(QStringLiteral("Bash(rm:*)"), PermissionRule::Kind::Deny, QStringLiteral("settings"))
                .ok());
        QCOMPARE(policy.evaluate(bash(QStringLiteral("rm -rf x"))).verdict, Decision::Verdict::Deny);
        QCOMPARE(policy.evaluate(bash(QStringLiteral("ls"))).verdict, Decision::Verdict::Allow);
    }

    void unknownMode_isRejected()
    {
        PermissionMode m = PermissionMode::Default;
        QVERIFY(!parsePermissionMode(QStringLiteral("yolo"), &m));
        QCOMPARE(m, PermissionMode::Default);
    }

    void editRules_matchRelativePaths()
    {
        PermissionPolicy policy(PermissionMode::Default);
        QVERIFY(
            policy.addRule(QStringLiteral("Edit(src/*)"), PermissionRule::Kind::Allow, QStringLiteral("t"))
                .ok());
        QCOMPARE(policy.evaluate(edit(QStringLiteral("src/main.py"))).verdict, Decision::Verdict::Allow);
        QCOMPARE(policy.evaluate(edit(QStringLiteral("setup.py"))).verdict, Decision::Verdict::Ask);
    }

    void decision_serialisesItsProvenance()
    {
        PermissionPolicy policy(PermissionMode::Default);
        QVERIFY(policy
                    .addRule(QStringLiteral("Bash(echo:*)"), PermissionRule::Kind::Allow,
                             QStringLiteral("--allow"))
                    .ok());
        const QJsonObject o = policy.evaluate(bash(QStringLiteral("echo hi"))).toJson();
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("allow"));
        QCOMPARE(o.value(QLatin1String("rule")).toString(), QStringLiteral("Bash(echo:*)"));
        QCOMPARE(o.value(QLatin1String("rule_source")).toString(), QStringLiteral("--allow"));
        QVERIFY(!o.value(QLatin1String("at")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PermissionPolicy)
#include "tst_permissionpolicy.moc"

// SPDX-License-Identifier: MIT
#include "agent/toolregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

namespace {
/// Only the paths matter here: editor calls never start a process.
class PathsOnlySandbox final : public Sandbox
{
public:
    explicit PathsOnlySandbox(QString root)
        : m_root(std::move(root))
    {}
    QString kind() const override { return QStringLiteral("test"); }
    Status preflight() const override { return {}; }
    QString workspacePath() const override { return QStringLiteral("/workspace"); }
    QString scriptPath(const QString &name) const override
    {
        return QStringLiteral("/run/workbench/") + name;
    }
    QString hostWorkspace() const override { return m_root; }
    ExecJob *createJob(const ExecSpec &, QObject *) override { return nullptr; }

private:
    QString m_root;
};
} // namespace

class tst_ToolRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PathsOnlySandbox> m_sandbox;

    QJsonObject obj(const char *json) { return QJsonDocument::fromJson(json).object(); }

    std::pair<QString, bool> runEdit(const ToolRegistry &tools, const QJsonObject &input)
    {
        auto action =
            tools.describe(QStringLiteral("toolu_x"), QStringLiteral("str_replace_based_edit_tool"), input);
        if (!action)
            return {action.error().message, true};
        ToolExecution *exec = tools.execute(*action, 1000, this);
        QSignalSpy done(exec, &ToolExecution::finished);
        exec->start();
        if (!done.wait(5000))
            return {QStringLiteral("timeout"), true};
        const auto result = std::pair<QString, bool>(exec->resultContent(), exec->isError());
        delete exec;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<PathsOnlySandbox>(QDir(m_dir.path()).canonicalPath());
    }

    void definitions_declareTheThreeTools()
    {
        ToolRegistry tools(m_sandbox.get());
        const QJsonArray defs = tools.definitions();
        QCOMPARE(defs.size(), 3);
        QCOMPARE(defs.at(0).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("bash_20250124"));
        QCOMPARE(defs.at(1).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("text_editor_20250728"));
        QCOMPARE(defs.at(1).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("str_replace_based_edit_tool"));
        QCOMPARE(defs.at(2).toObject().value(QLatin1String("name")).toString(), QStringLiteral("run_script"));
        QVERIFY(defs.at(2).toObject().contains(QLatin1String("input_schema")));
    }

    void describe_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("ruleTool");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("effect");
        const int ro = int(ToolAction::Effect::ReadOnly), wr = int(ToolAction::Effect::WritesWorkspace),
                  ex = int(ToolAction::Effect::Executes);
        QTest::newRow("bash command") << "bash" << QByteArray(R"j({"command":"ls -la"})j") << true << "Bash"
                                      << "ls -la" << ex;
        QTest::newRow("bash restart") << "bash" << QByteArray(R"j({"restart":true})j") << true << "Bash"
                                      << "" << ro;
        QTest::newRow("bash empty") << "bash" << QByteArray(R"j({"command":"  "})j") << false << ""
                                    << "" << 0;
        QTest::newRow("bash wrong type") << "bash" << QByteArray(R"j({"command":42})j") << false << ""
                                         << "" << 0;
        QTest::newRow("python script")
            << "run_script" << QByteArray(R"j({"language":"python3","code":"print(1)"})j") << true
            << "RunScript"
            << "python" << ex;
        QTest::newRow("node script") << "run_script"
                                     << QByteArray(R"j({"language":"javascript","code":"1"})j") << true
                                     << "RunScript"
                                     << "node" << ex;
        QTest::newRow("unknown language")
            << "run_script" << QByteArray(R"j({"language":"cobol","code":"x"})j") << false << ""
            << "" << 0;
        QTest::newRow("args not strings")
            << "run_script" << QByteArray(R"j({"language":"bash","code":"x","args":[1]})j") << false << ""
            << "" << 0;
        QTest::newRow("create") << "str_replace_based_edit_tool"
                                << QByteArray(
                                       R"j({"command":"create","path":"/workspace/a/b.py","file_text":"x"})j")
                                << true << "Edit"
                                << "a/b.py" << wr;
        QTest::newRow("view relative")
            << "str_replace_based_edit_tool" << QByteArray(R"j({"command":"view","path":"a.txt"})j") << true
            << "Read"
            << "a.txt" << ro;
        QTest::newRow("escape with dotdot")
            << "str_replace_based_edit_tool"
            << QByteArray(R"j({"command":"view","path":"/workspace/../etc/passwd"})j") << false << ""
            << "" << 0;
        QTest::newRow("absolute outside")
            << "str_replace_based_edit_tool"
            << QByteArray(R"j({"command":"create","path":"/etc/passwd","file_text":"x"})j") << false << ""
            << "" << 0;
        QTest::newRow("undo not offered")
            << "str_replace_based_edit_tool" << QByteArray(R"j({"command":"undo_edit","path":"a.txt"})j")
            << false << ""
            << "" << 0;
        QTest::newRow("unknown tool") << "computer" << QByteArray(R"j({})j") << false << ""
                                      << "" << 0;
    }
    void describe()
    {
        QFETCH(QString, tool);
        QFETCH(QByteArray, input);
        QFETCH(bool, valid);
        QFETCH(QString, ruleTool);
        QFETCH(QString, subject);
        QFETCH(int, effect);
        ToolRegistry tools(m_sandbox.get());
        const auto a =
            tools.describe(QStringLiteral("toolu_1"), tool, QJsonDocument::fromJson(input).object());
        QCOMPARE(a.ok(), valid);
        if (!valid) {
            QVERIFY(!a.error().message.isEmpty());
            return;
        }
        QCOMPARE(a->ruleTool, ruleTool);
        QCOMPARE(a->ruleSubject, subject);
        QCOMPARE(int(a->effect), effect);
        QCOMPARE(a->workingDirectory, QStringLiteral("/workspace"));
        QVERIFY(!a->summary.isEmpty());
    }

    void editor_createReplaceInsertView_roundTrip()
    {
        ToolRegistry tools(m_sandbox.get());
        auto r = runEdit(
            tools, obj(R"j({"command":"create","path":"/workspace/src/fib.py","file_text":"a\nb\nc\n"})j"));
        QVERIFY2(!r.second, qPrintable(r.first));
        QFile f(m_dir.filePath(QStringLiteral("src/fib.py")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a\nb\nc\n"));
        f.close();

        r = runEdit(
            tools, obj(R"j({"command":"str_replace","path":"src/fib.py","old_str":"b\n","new_str":"B\n"})j"));
        QVERIFY2(!r.second, qPrintable(r.first));
        r = runEdit(tools,
                    obj(R"j({"command":"insert","path":"src/fib.py","insert_line":0,"insert_text":"top"})j"));
        QVERIFY2(!r.second, qPrintable(r.first));
        r = runEdit(tools, obj(R"j({"command":"view","path":"src/fib.py"})j"));
        QVERIFY(!r.second);
        QVERIFY(r.first.contains(QStringLiteral("1\ttop")));
        QVERIFY(r.first.contains(QStringLiteral("3\tB")));
        r = runEdit(tools, obj(R"j({"command":"view","path":"src/fib.py","view_range":[2,2]})j"));
        QCOMPARE(r.first.trimmed(), QStringLiteral("2\ta"));
    }

    void editor_errorsAreForTheModel_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no match")
            << QByteArray(R"j({"command":"str_replace","path":"f.txt","old_str":"zzz","new_str":"y"})j")
            << "did not appear verbatim";
        QTest::newRow("two matches")
            << QByteArray(R"j({"command":"str_replace","path":"f.txt","old_str":"x","new_str":"y"})j")
            << "appears 2 times";
        QTest::newRow("missing file") << QByteArray(R"j({"command":"view","path":"nope.txt"})j") << "";
        QTest::newRow("bad range") << QByteArray(R"j({"command":"view","path":"f.txt","view_range":[5,1]})j")
                                   << "Invalid view_range";
    }
    void editor_errorsAreForTheModel()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFile f(m_dir.filePath(QStringLiteral("f.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\nx\n");
        f.close();
        ToolRegistry tools(m_sandbox.get());
        const auto r = runEdit(tools, QJsonDocument::fromJson(input).object());
        QVERIFY(r.second);
        QVERIFY2(r.first.contains(expected), qPrintable(r.first));
    }

    void editor_refusesPlantedSymlink()
    {
        QTemporaryDir other;
        QFile s(other.filePath(QStringLiteral("secret.txt")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("TOP SECRET");
        s.close();
        QVERIFY(QFile::link(other.filePath(QStringLiteral("secret.txt")),
                            m_dir.filePath(QStringLiteral("report.txt"))));
        ToolRegistry tools(m_sandbox.get());
        const auto r = runEdit(tools, obj(R"j({"command":"view","path":"report.txt"})j"));
        QVERIFY(r.second);
        QVERIFY(!r.first.contains(QStringLiteral("TOP SECRET")));
        const auto w =
            runEdit(tools, obj(R"j({"command":"create","path":"report.txt","file_text":"overwritten"})j"));
        QVERIFY(w.second);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QCOMPARE(s.readAll(), QByteArray("TOP SECRET"));
    }

    void editedScript_rebuildsTheAction()
    {
        ToolRegistry tools(m_sandbox.get());
        auto a = tools.describe(QStringLiteral("t"), QStringLiteral("bash"),
                                obj(R"j({"command":"rm -rf build"})j"));
        QVERIFY(a.ok());
        auto edited = tools.withEditedScript(*a, QStringLiteral("rm -rf build/tmp"));
        QVERIFY(edited.ok());
        QCOMPARE(edited->ruleSubject, QStringLiteral("rm -rf build/tmp"));
        QCOMPARE(edited->input.value(QLatin1String("command")).toString(),
                 QStringLiteral("rm -rf build/tmp"));
    }
};

QTEST_GUILESS_MAIN(tst_ToolRegistry)
#include "tst_toolregistry.moc"

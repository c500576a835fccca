// SPDX-License-Identifier: MIT
#include "models/claudecodemessagemodel.h"
#include "models/claudecodesessionmodel.h"
#include "transcript/claudecodereader.h"
#include "transcript/transcriptreader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

static QString fixtures()
{
    return QStringLiteral(WB_TEST_DATA_DIR "/claude-code/projects");
}
static QString richSession()
{
    return fixtures() + u"/-home-dev-src-calc/5b0c2f1e-0000-4000-8000-000000000001.jsonl"_s;
}
static QString webSession()
{
    return fixtures() + u"/-home-dev-src-web/5b0c2f1e-0000-4000-8000-000000000003.jsonl"_s;
}

static int entryWithUuid(const ClaudeCodeSession &s, const QString &uuid)
{
    for (int i = 0; i < s.entries.size(); ++i)
        if (s.entries.at(i).uuid == uuid)
            return i;
    return -1;
}

class tst_ClaudeCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_tellsClaudeCodeFromOurs()
    {
        QCOMPARE(TranscriptReader::detect(richSession()), TranscriptKind::ClaudeCode);
        QCOMPARE(TranscriptReader::detect(webSession()), TranscriptKind::ClaudeCode);
    }

    void streamedAssistantLines_areMergedByMessageId()
    {
        auto s = ClaudeCodeReader::read(richSession());
        QVERIFY(s.ok());
        const int a = entryWithUuid(*s, u"a-001"_s);
        QVERIFY(a >= 0);
        const ClaudeCodeEntry &e = s->entries.at(a);
        QCOMPARE(e.messageId, u"msg_A1"_s);
        QCOMPARE(e.lines, (QList<int>{3, 4, 5}));
        QCOMPARE(e.content.size(), 3);
        QCOMPARE(e.content.at(0).toObject().value("type"_L1).toString(), u"thinking"_s);
        QCOMPARE(e.content.at(2).toObject().value("type"_L1).toString(), u"tool_use"_s);
        QCOMPARE(e.stopReason, u"tool_use"_s);
        QCOMPARE(entryWithUuid(*s, u"a-002"_s), -1); // merged, not a node of its own
        // The tool result hangs under the merged message although it names the last line's uuid.
        const int result = entryWithUuid(*s, u"u-002"_s);
        QCOMPARE(s->entries.at(result).parent, a);
        QVERIFY(s->entries.at(result).toolUseResult.isObject());
    }

    void usage_isCountedOncePerMessageIdAndRequestId()
    {
        auto s = ClaudeCodeReader::read(richSession(), false);
        QVERIFY(s.ok());
        // msg_A1 (first line: 1200/40), msg_A2 1500/60, sidechain msg_S1 400/30, the <synthetic>
        // placeholder 0/0, msg_B1 (first of two lines: 900/25), msg_B2 950/30.
        QCOMPARE(s->usage.input, 1200 + 1500 + 400 + 0 + 900 + 950);
        QCOMPARE(s->usage.output, 40 + 60 + 30 + 0 + 25 + 30);
        QCOMPARE(s->usage.cacheRead, 0 + 1200 + 0 + 0 + 8000 + 8000);
        QCOMPARE(s->usage.cacheWrite, 300);
        QCOMPARE(s->entries.at(entryWithUuid(*s, u"a-006"_s)).usage.value("input_tokens"_L1).toInteger(),
                 900);
    }

    void sidechainsAndCompaction_areFlagged()
    {
        auto s = ClaudeCodeReader::read(richSession());
        QVERIFY(s.ok());
        const ClaudeCodeEntry &side = s->entries.at(entryWithUuid(*s, u"s-001"_s));
        QVERIFY(side.sidechain);
        QCOMPARE(side.agentId, u"agent-7"_s);
        QVERIFY(s->roots.contains(entryWithUuid(*s, u"s-001"_s)));
        const int boundary = entryWithUuid(*s, u"c-001"_s);
        QVERIFY(s->entries.at(boundary).compactBoundary);
        QCOMPARE(s->entries.at(boundary).logicalParentUuid, u"a-005"_s);
        QVERIFY(s->roots.contains(boundary));
        QVERIFY(s->entries.at(entryWithUuid(*s, u"u-004"_s)).compactSummary);
        QCOMPARE(s->compactions, 1);
        // The active branch runs from the last answer back across the boundary to the start.
        for (const char *u : {"a-008", "u-004", "c-001", "a-005", "u-002", "a-001", "u-001"})
            QVERIFY2(s->entries.at(entryWithUuid(*s, QString::fromLatin1(u))).activeBranch, u);
        QVERIFY(!side.activeBranch);
        QVERIFY(s->entries.at(entryWithUuid(*s, u"a-005"_s)).apiError);
    }

    void unknownTypesAndMetadataLines_areKept()
    {
        auto s = ClaudeCodeReader::read(richSession());
        QVERIFY(s.ok());
        const int x = entryWithUuid(*s, u"x-001"_s);
        QVERIFY(x >= 0);
        QCOMPARE(s->entries.at(x).kind, ClaudeCodeEntry::Kind::Unknown);
        QCOMPARE(s->entries.at(x).type, u"telemetry-marker"_s);
        QVERIFY(s->entries.at(x).fullText().contains(u"telemetry-marker"_s));
        QCOMPARE(s->entries.at(0).kind, ClaudeCodeEntry::Kind::FileSnapshot);
        QCOMPARE(s->title, u"Add divide() to calc"_s);
        QCOMPARE(s->sessionId, u"5b0c2f1e-0000-4000-8000-000000000001"_s);
    }

    void brokenAndTornLines_areReportedWithLineNumbers()
    {
        auto s = ClaudeCodeReader::read(richSession());
        QVERIFY(s.ok());
        QCOMPARE(s->warnings.size(), 1);
        QCOMPARE(s->warnings.first().line, 7);
        QVERIFY(!s->warnings.first().torn);

        auto web = ClaudeCodeReader::read(webSession());
        QVERIFY(web.ok());
        QCOMPARE(web->warnings.size(), 1);
        QCOMPARE(web->warnings.first().line, 3);
        QVERIFY(web->warnings.first().torn);
        QVERIFY(web->toText().contains(u"Skipped line 3"_s));
    }

    void subagentFiles_areReadAsSidechains()
    {
        auto s = ClaudeCodeReader::read(webSession());
        QVERIFY(s.ok());
        QCOMPARE(s->files.size(), 2);
        const int g = entryWithUuid(*s, u"g-002"_s);
        QVERIFY(g >= 0);
        QVERIFY(s->entries.at(g).sidechain);
        QCOMPARE(s->entries.at(g).file, 1);
        auto without = ClaudeCodeReader::read(webSession(), false);
        QCOMPARE(entryWithUuid(*without, u"g-002"_s), -1);
    }

    void missingFile_isAnErrorNamingIt()
    {
        auto s = ClaudeCodeReader::read(u"/nonexistent/x.jsonl"_s);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(u"/nonexistent/x.jsonl"_s));
    }

    void browser_listsProjectsAndSessions()
    {
        auto projects = ClaudeCodeBrowser::scan(fixtures());
        QVERIFY(projects.ok());
        QCOMPARE(projects->size(), 2);
        const ClaudeCodeProject &calc = projects->at(0);
        QCOMPARE(calc.dirName, u"-home-dev-src-calc"_s);
        QCOMPARE(calc.cwd, u"/home/dev/src/calc"_s);
        QCOMPARE(calc.sessions.size(), 2);
        const ClaudeCodeSessionInfo &newest = calc.sessions.at(0); // newest first
        QCOMPARE(newest.firstPrompt, u"Add a divide function to calc.py and test it"_s);
        QCOMPARE(newest.started, QDateTime::fromString(u"2026-03-01T10:00:00.000Z"_s, Qt::ISODateWithMs));
        QCOMPARE(newest.malformedLines, 1);
        QCOMPARE(newest.sizeBytes, QFileInfo(richSession()).size());
        QCOMPARE(calc.sessions.at(1).firstPrompt, u"What does calc.py do?"_s);
        QCOMPARE(calc.sessions.at(1).messageCount, 2);
        QCOMPARE(projects->at(1).sessions.at(0).subagentFiles, 1);
        QVERIFY(!ClaudeCodeBrowser::scan(u"/nonexistent/projects"_s).ok());
    }

    void sessionModel_loadsInTheBackgroundAndPassesTheTester()
    {
        ClaudeCodeSessionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ClaudeCodeSessionModel::loaded);
        model.reload(fixtures());
        QVERIFY(model.isLoading());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(model.error().isNull());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex calc = model.index(0, 0);
        QVERIFY(calc.data(ClaudeCodeSessionModel::IsProjectRole).toBool());
        QCOMPARE(calc.data().toString(), u"/home/dev/src/calc"_s);
        QCOMPARE(model.rowCount(calc), 2);
        const QModelIndex first = model.index(0, 0, calc);
        QCOMPARE(first.data().toString(), u"Add divide() to calc"_s); // the title wins
        QCOMPARE(first.data(ClaudeCodeSessionModel::PathRole).toString(), richSession());
        QCOMPARE(model.parent(first), calc);
        QVERIFY(!model.index(0, ClaudeCodeSessionModel::StartedColumn, calc).data().toString().isEmpty());

        QSignalSpy again(&model, &ClaudeCodeSessionModel::loaded);
        model.reload(u"/nonexistent/projects"_s);
        QTRY_COMPARE(again.size(), 1);
        QVERIFY(!model.error().isNull());
        QCOMPARE(model.rowCount(), 0);
    }

    void messageModel_showsThreadsSidechainsAndPassesTheTester()
    {
        auto s = ClaudeCodeReader::read(richSession());
        QVERIFY(s.ok());
        ClaudeCodeMessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(*s);
        // Every node is shown exactly once.
        int shown = 0;
        QList<QModelIndex> todo{QModelIndex()};
        while (!todo.isEmpty()) {
            const QModelIndex p = todo.takeFirst();
            for (int r = 0; r < model.rowCount(p); ++r) {
                ++shown;
                todo.append(model.index(r, 0, p));
            }
        }
        QCOMPARE(shown, s->entries.size());
        // The sub-agent's chain is nested under the Task call that started it.
        const QModelIndex side = model.indexForEntry(entryWithUuid(*s, u"s-001"_s));
        QVERIFY(side.isValid());
        QVERIFY(side.data(ClaudeCodeMessageModel::SidechainRole).toBool());
        QCOMPARE(model.parent(side).data(ClaudeCodeMessageModel::UuidRole).toString(), u"a-004"_s);
        // The linear chain is siblings; the compaction boundary starts its own top-level chain.
        const QModelIndex user = model.indexForEntry(entryWithUuid(*s, u"u-001"_s));
        const QModelIndex boundary = model.indexForEntry(entryWithUuid(*s, u"c-001"_s));
        QVERIFY(!user.parent().isValid());
        QVERIFY(!boundary.parent().isValid());
        QVERIFY(boundary.row() > user.row());
        QVERIFY(boundary.data(ClaudeCodeMessageModel::CompactBoundaryRole).toBool());
        QVERIFY(boundary.data().toString().contains(u"155000"_s));
        const QModelIndex unknown = model.indexForEntry(entryWithUuid(*s, u"x-001"_s));
        QVERIFY(unknown.data(ClaudeCodeMessageModel::UnknownTypeRole).toBool());
        QVERIFY(unknown.data(ClaudeCodeMessageModel::RawJsonRole).toString().contains(u"\"phase\""_s));
        const QModelIndex merged =
            model.indexForEntry(entryWithUuid(*s, u"a-001"_s), ClaudeCodeMessageModel::LineColumn);
        QCOMPARE(merged.data().toString(), u"3–5"_s);
    }

    void messageModel_nestsForksUnderTheMessageTheyBranchFrom()
    {
        ClaudeCodeSession s;
        auto add = [&s](const QString &uuid, int parent) {
            ClaudeCodeEntry e;
            e.kind = ClaudeCodeEntry::Kind::User;
            e.type = u"user"_s;
            e.uuid = uuid;
            e.parent = parent;
            e.line = int(s.entries.size()) + 1;
            s.entries.append(e);
            const int i = int(s.entries.size()) - 1;
            if (parent >= 0)
                s.entries[parent].children.append(i);
            else
                s.roots.append(i);
        };
        add(u"r"_s, -1); // 0
        add(u"a"_s, 0);  // 1
        add(u"b1"_s, 1); // 2: an abandoned branch
        add(u"b2"_s, 1); // 3: the later one continues the thread
        add(u"c"_s, 3);  // 4
        ClaudeCodeMessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(s);
        QCOMPARE(model.rowCount(), 4); // r, a, b2, c
        QCOMPARE(model.indexForEntry(2).parent(), model.indexForEntry(1));
        QCOMPARE(model.indexForEntry(4).row(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ClaudeCode)
#include "tst_claudecode.moc"

// SPDX-License-Identifier: MIT
#include "checkpointcommand.h"

#include "checkpoint/checkpointdiff.h"
#include "checkpoint/checkpointstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace Workbench {

namespace {

constexpr int kAsync = -1;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("Workbench", text); // the context lupdate gives free functions here
}

void print(FILE *f, const QString &text)
{
    const QByteArray b = text.toUtf8();
    ::fwrite(b.constData(), 1, size_t(b.size()), f);
    ::fflush(f);
}

void err(const QString &line)
{
    print(stderr, tr("agent-workbench: %1\n").arg(line));
}

int usage()
{
    err(tr("usage: agent-workbench checkpoints list --workspace DIR [--json] | diff ID1 ID2 [--stat] | "
           "rewind ID --workspace DIR [--no-safety-checkpoint]   (all: [--store DIR])"));
    return kUsage;
}

QString size(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < (qint64(1) << 20))
        return tr("%1 KiB").arg(QString::number(double(bytes) / 1024, 'f', 1));
    return tr("%1 MiB").arg(QString::number(double(bytes) / double(1 << 20), 'f', 1));
}

// The files handed to the sandbox user when the app runs as root belong to that user; restored
// files go to the same owner (what Sandbox::hostFileOwner() would say for this workspace).
std::pair<int, int> restoreOwner(const QString &workspace)
{
    struct stat st
    {};
    if (::geteuid() != 0 || ::stat(QFile::encodeName(workspace).constData(), &st) != 0 || st.st_uid == 0)
        return {-1, -1};
    return {int(st.st_uid), int(st.st_gid)};
}

int list(const CheckpointStore &store, const QString &workspace, bool json)
{
    auto all = store.list(workspace);
    if (!all) {
        err(all.error().toString());
        return kFailed;
    }
    if (json) {
        QJsonArray a;
        for (const Checkpoint &c : std::as_const(*all)) {
            QJsonObject o = c.toJson(false);
            o.insert(QStringLiteral("files"), c.fileCount());
            o.insert(QStringLiteral("bytes"), c.capturedBytes());
            o.insert(QStringLiteral("not_captured"), int(c.notCaptured().size()));
            a.append(o);
        }
        print(stdout, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (all->isEmpty()) {
        print(stdout, tr("No checkpoints of %1 in %2.\n").arg(workspace, store.root()));
        return 0;
    }
    for (const Checkpoint &c : std::as_const(*all)) {
        const QString before = c.toolUseId.isEmpty() ? (c.label.isEmpty() ? tr("(taken by hand)") : c.label)
                                                     : tr("before %1").arg(c.toolUseId);
        QString line = tr("%1  %2  %3  %4 files, %5")
                           .arg(c.id, c.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), before)
                           .arg(c.fileCount())
                           .arg(size(c.capturedBytes()));
        if (const qsizetype missing = c.notCaptured().size())
            line += tr(", %1 not captured").arg(missing);
        print(stdout, line + QLatin1Char('\n'));
    }
    return 0;
}

int diff(const CheckpointStore &store, const QString &id1, const QString &id2, bool statOnly)
{
    auto from = store.load(id1);
    if (!from) {
        err(from.error().toString());
        return kFailed;
    }
    auto to = store.load(id2);
    if (!to) {
        err(to.error().toString());
        return kFailed;
    }
    CheckpointDiffOptions options;
    options.withText = !statOnly;
    auto changes = diffCheckpoints(store, *from, *to, options);
    if (!changes) {
        err(changes.error().toString());
        return kFailed;
    }
    if (changes->isEmpty()) {
        print(stdout, tr("No differences.\n"));
        return 0;
    }
    for (const CheckpointChange &c : std::as_const(*changes))
        print(stdout, c.summary() + QLatin1Char('\n'));
    if (statOnly)
        return 0;
    for (const CheckpointChange &c : std::as_const(*changes)) {
        if (!c.unifiedDiff.isEmpty())
            print(stdout, QLatin1Char('\n') + c.unifiedDiff);
    }
    return 0;
}

int rewind(const CheckpointStore &store, const QString &id, const QString &workspace, bool safety,
           QObject *context)
{
    auto cp = store.load(id);
    if (!cp) {
        err(cp.error().toString());
        return kFailed;
    }
    // A rewind deletes what the checkpoint did not have: never into a folder it was not taken of.
    const QString canonical = QFileInfo(workspace).canonicalFilePath();
    if (canonical != cp->workspace) {
        err(tr("Checkpoint %1 was taken of %2, not of %3; nothing was changed.")
                .arg(id, cp->workspace, workspace));
        return kFailed;
    }
    RewindJob *job = store.createRewind(id, canonical, restoreOwner(canonical), safety, context);
    QObject::connect(job, &RewindJob::finished, context, [job, canonical] {
        const Result<RewindReport> &r = job->result();
        if (!r) {
            err(r.error().toString());
            QCoreApplication::exit(kFailed);
            return;
        }
        print(stdout, tr("Rewound %1 to checkpoint %2: %3 written, %4 removed, %5 folders created, %6 modes "
                         "restored, %7 unchanged.\n")
                          .arg(canonical, r->checkpointId)
                          .arg(r->written)
                          .arg(r->removed)
                          .arg(r->dirsCreated)
                          .arg(r->modesRestored)
                          .arg(r->unchanged));
        for (const QString &n : r->notRestored)
            print(stdout, tr("Not restored (it was not captured): %1\n").arg(n));
        if (!r->toolUseId.isEmpty())
            print(stdout, tr("Conversation cut point: tool call %1 (run %2). The checkpoint was taken before "
                             "it ran; continue the conversation from just before that tool_use.\n")
                              .arg(r->toolUseId, r->runId.isEmpty() ? tr("unknown") : r->runId));
        else
            print(stdout,
                  tr("Conversation cut point: none (this checkpoint was not taken before a tool call).\n"));
        if (!r->safetyCheckpointId.isEmpty())
            print(stdout, tr("To undo this rewind: agent-workbench checkpoints rewind %1 --workspace %2\n")
                              .arg(r->safetyCheckpointId, canonical));
        QCoreApplication::exit(0);
    });
    job->start();
    return kAsync;
}

} // namespace

int runCheckpointCommand(const QStringList &args, QObject *context)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List, compare and restore workspace checkpoints."));
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("The checkpoint store (default: the app's data "
                                      "location)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("The workspace folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    const QCommandLineOption stat(QStringLiteral("stat"), tr("diff: only the list of changed paths."));
    const QCommandLineOption noSafety(QStringLiteral("no-safety-checkpoint"),
                                      tr("rewind: do not checkpoint the current state first."));
    p.addOptions({store, workspace, json, stat, noSafety});
    if (!p.parse(args)) {
        err(p.errorText());
        return kUsage;
    }
    // parse() takes the first argument for the program's name: here, "checkpoints".
    QStringList pos = p.positionalArguments();
    if (pos.value(0) == QLatin1String("checkpoints"))
        pos.removeFirst();
    pos.prepend(QStringLiteral("checkpoints"));
    const QString sub = pos.value(1);
    const CheckpointStore s(p.value(store));
    if (sub == QLatin1String("list") && pos.size() == 2 && p.isSet(workspace))
        return list(s, p.value(workspace), p.isSet(json));
    if (sub == QLatin1String("diff") && pos.size() == 4)
        return diff(s, pos.at(2), pos.at(3), p.isSet(stat));
    if (sub == QLatin1String("rewind") && pos.size() == 3 && p.isSet(workspace))
        return rewind(s, pos.at(2), p.value(workspace), !p.isSet(noSafety), context);
    return usage();
}

} // namespace Workbench

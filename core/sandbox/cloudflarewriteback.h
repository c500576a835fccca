// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "sandbox/bridgeclient.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace Workbench {

/// Brings what one remote command changed into the local folder that mirrors the remote
/// /workspace (docs/cloudflare-bridge.md, "Write-back"): created and modified files are fetched
/// through the file API one at a time, directories are made, deleted entries are removed.
///
/// Nothing is trusted from the bridge: every path is checked before anything is touched, and one
/// that is absolute or has an empty, "." or ".." segment refuses the whole write-back. Local
/// paths are resolved beneath the folder without following any link (openat2), so a link in the
/// folder never leads a write or a delete out of it. Links and special files made remotely are
/// not copied back (said in the outcome). The files to fetch must total at most `maxBytes` (the
/// workspace growth limit) and each be at most `maxFileBytes`, else nothing is copied back.
///
/// Job object: start(), then finished() once (never from inside start()); changes() then holds
/// the input with writtenBack / writeBackError set. cancel() stops between two files. The
/// QNetworkAccessManager is not owned and must outlive the job.
class CloudflareWriteBack : public QObject
{
    Q_OBJECT
public:
    CloudflareWriteBack(QNetworkAccessManager *nam, BridgeEndpoint endpoint, QString sandboxId,
                        QString localRoot, WorkspaceChanges changes, qint64 maxBytes, qint64 maxFileBytes,
                        QObject *parent = nullptr);
    ~CloudflareWriteBack() override;

    void start();
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const WorkspaceChanges &changes() const { return m_changes; }

    /// Whether a path as the remote listing gives it can name an entry inside the workspace:
    /// relative, non-empty, no empty, "." or ".." segment, no NUL.
    [[nodiscard]] static bool isSafeRelativePath(const QString &path);
    /// Writes `data` to relPath beneath `root` (creating missing directories), never through a
    /// link; a link, FIFO, device or empty directory already at relPath is replaced.
    static Status writeLocalFile(const QString &root, const QString &relPath, const QByteArray &data);

Q_SIGNALS:
    void finished();

private:
    void run();
    void fetchNext();
    void fail(const QString &why);
    void done();

    QNetworkAccessManager *m_nam;
    BridgeEndpoint m_endpoint;
    QString m_sandboxId;
    QString m_root;
    WorkspaceChanges m_changes;
    qint64 m_maxBytes;
    qint64 m_maxFileBytes;
    qint64 m_fetchedBytes = 0;
    int m_rootFd = -1;
    QStringList m_toFetch;
    QString m_refusal;      // why nothing was copied back
    QStringList m_problems; // "path (why)" for each entry that could not be
    QStringList m_skipped;
    QPointer<BridgeCall> m_call;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Workbench

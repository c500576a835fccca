// SPDX-License-Identifier: MIT
#include "sandbox/cloudflaresandbox.h"

#include "sandbox/cloudflarewriteback.h"
#include "sandbox/outputcapture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace Workbench {

namespace {

const QString kTmp = QStringLiteral("/tmp/workbench");

// Runs in the container: $1 token, $2 number of files, then (name, base64) pairs, then stdin as
// base64, then the command. The inner sh leads its own process group (setsid) and records it, so
// stopCommand() can kill the command and everything it started.
const char kWrapper[] =
    "t=$1; n=$2; shift 2; d=/tmp/workbench; mkdir -p \"$d\" || exit 125\n"
    "while [ \"$n\" -gt 0 ]; do printf '%s' \"$2\" | base64 -d > \"$d/$1\" || exit 125; shift 2; n=$((n-1)); "
    "done\n"
    "printf '%s' \"$1\" | base64 -d > \"$d/$t.in\" || exit 125; shift\n"
    "run='echo $$ > \"/tmp/workbench/$0.pid\"; \"$@\" < \"/tmp/workbench/$0.in\"; s=$?; "
    "rm -f \"/tmp/workbench/$0.pid\" \"/tmp/workbench/$0.in\"; exit $s'\n"
    "if command -v setsid >/dev/null 2>&1; then exec setsid -w sh -c \"$run\" \"$t\" \"$@\"; fi\n"
    "exec sh -c \"$run\" \"$t\" \"$@\"\n";

const char kStopper[] = "f=/tmp/workbench/$1.pid; p=$(cat \"$f\" 2>/dev/null) || exit 0\n"
                        "kill -s KILL -- \"-$p\" 2>/dev/null || kill -s KILL \"$p\" 2>/dev/null\n"
                        "rm -f \"$f\" \"/tmp/workbench/$1.in\"; exit 0\n";

// type size mtime inode path, NUL-terminated; capped so a huge tree cannot flood the app.
// Runs with cwd /workspace.
const char kScanner[] =
    "find . -xdev -mindepth 1 -printf '%y %s %T@ %i %P\\0' 2>/dev/null | head -z -n 20001\n";
constexpr int kScanCap = 20000;
constexpr qsizetype kMaxUploadBytes = qsizetype(32) << 20; // the bridge's hydrate limit

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z2-7]{1,128}$"));
    return re;
}

QString filePath(const QString &sandboxId, const QString &relPath)
{
    QStringList parts;
    for (const QString &seg :
         QStringList{QStringLiteral("workspace")} + relPath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (seg == QLatin1String("."))
            continue;
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(seg)));
    }
    return QStringLiteral("/v1/sandbox/%1/file/%2").arg(sandboxId, parts.join(QLatin1Char('/')));
}

struct ScanEntry
{
    char type = 'o';
    qint64 size = 0;
    QByteArray mtime;
    QByteArray inode;
};

struct Scan
{
    QHash<QString, ScanEntry> entries;
    bool truncated = false;
};

Scan parseScan(const QByteArray &raw)
{
    Scan s;
    const QList<QByteArray> records = raw.split('\0');
    for (const QByteArray &r : records) {
        if (r.isEmpty())
            continue;
        if (s.entries.size() >= kScanCap) {
            s.truncated = true;
            break;
        }
        const QList<QByteArray> f = r.split(' ');
        if (f.size() < 5)
            continue;
        ScanEntry e;
        e.type = f.at(0).isEmpty() ? 'o' : f.at(0).at(0);
        if (e.type != 'f' && e.type != 'd' && e.type != 'l')
            e.type = 'o';
        e.size = f.at(1).toLongLong();
        e.mtime = f.at(2);
        e.inode = f.at(3);
        // The path is the rest: it may contain spaces.
        const qsizetype at = f.at(0).size() + f.at(1).size() + f.at(2).size() + f.at(3).size() + 4;
        s.entries.insert(QString::fromUtf8(r.mid(at)), e);
    }
    return s;
}

QString typeName(char t)
{
    switch (t) {
    case 'f':
        return QStringLiteral("file");
    case 'd':
        return QStringLiteral("dir");
    case 'l':
        return QStringLiteral("symlink");
    default:
        return QStringLiteral("other");
    }
}

/// Collects a whole exec (for scans and listings) without showing its output.
class QuietExec : public QObject
{
public:
    QuietExec(QNetworkAccessManager *nam, const BridgeEndpoint &ep, const QString &id, QObject *parent)
        : QObject(parent)
        , stream(new BridgeExecStream(nam, ep, id, this))
    {
        connect(stream, &BridgeExecStream::output, this, [this](bool isStderr, const QByteArray &chunk) {
            (isStderr ? err : out).append(chunk.left(qMax<qsizetype>(0, (64 << 20) - out.size())));
        });
    }
    BridgeExecStream *stream;
    QByteArray out;
    QByteArray err;
};

/// One command in the remote sandbox: ensure the sandbox, scan, run (streaming), scan, finish.
class CloudflareExecJob final : public ExecJob
{
    Q_DECLARE_TR_FUNCTIONS(Workbench::CloudflareExecJob)

public:
    CloudflareExecJob(CloudflareSandbox *sandbox, QNetworkAccessManager *nam, ExecSpec spec, QObject *parent)
        : ExecJob(parent)
        , m_sandbox(sandbox)
        , m_nam(nam)
        , m_spec(std::move(spec))
        , m_token(CloudflareSandbox::newToken())
        , m_stdout(m_spec.outputCapBytes)
        , m_stderr(m_spec.outputCapBytes)
    {
        m_result.timeoutMs = m_spec.timeoutMs;
        m_result.outputKillBytes = m_spec.outputKillBytes;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { stop(ExecResult::End::TimedOut, QStringLiteral("wallTime")); });
    }

    void start() override
    {
        m_clock.start();
        m_timer.start(qMax(1, m_spec.timeoutMs));
        m_sandbox->ensureCreated(this, [this](const Error &e) {
            if (m_done)
                return;
            if (!e.isNull()) {
                m_error = e;
                finishNow(ExecResult::End::FailedToStart);
                return;
            }
            m_id = m_sandbox->sandboxId();
            scan([this](std::optional<QByteArray> before) {
                m_before = std::move(before);
                runCommand();
            });
        });
    }

    void cancel() override { stop(ExecResult::End::Cancelled, {}); }

    [[nodiscard]] ExecResult result() const override { return m_result; }
    [[nodiscard]] Error error() const override { return m_error; }
    [[nodiscard]] QJsonObject describeSpec() const override
    {
        QJsonObject o = m_sandbox->describe();
        o.insert(QStringLiteral("argv"), QJsonArray::fromStringList(m_spec.argv));
        o.insert(QStringLiteral("timeout_ms"), m_spec.timeoutMs);
        o.insert(QStringLiteral("output_cap_bytes"), m_spec.outputCapBytes);
        o.insert(QStringLiteral("output_kill_bytes"), m_spec.outputKillBytes);
        QJsonArray files;
        for (const auto &f : m_spec.files)
            files.append(m_sandbox->scriptPath(f.name));
        o.insert(QStringLiteral("files"), files);
        if (!m_id.isEmpty())
            o.insert(QStringLiteral("sandbox_id"), m_id);
        return o;
    }

private:
    void scan(std::function<void(std::optional<QByteArray>)> then)
    {
        auto *q = new QuietExec(m_nam, m_sandbox->endpoint(), m_id, this);
        m_scan = q;
        connect(q->stream, &BridgeExecStream::finished, this, [this, q, then = std::move(then)] {
            q->deleteLater();
            if (m_done || m_aborting)
                return;
            // A failed scan only costs the "what changed" list, never the command's outcome.
            then(q->stream->error().isNull() ? std::optional<QByteArray>(q->out) : std::nullopt);
        });
        q->stream->start(CloudflareSandbox::scanCommand(), m_sandbox->workspacePath(), 30000,
                         tr("Listing the remote workspace"));
    }

    void runCommand()
    {
        m_main = new BridgeExecStream(m_nam, m_sandbox->endpoint(), m_id, this);
        connect(m_main, &BridgeExecStream::output, this, [this](bool isStderr, const QByteArray &chunk) {
            if (m_done || m_stopping)
                return;
            (isStderr ? m_stderr : m_stdout).append(chunk);
            Q_EMIT output(isStderr ? Stream::Stderr : Stream::Stdout, chunk);
            if (m_stdout.totalBytes() + m_stderr.totalBytes() > m_spec.outputKillBytes)
                stop(ExecResult::End::OutputLimit, QStringLiteral("output"));
        });
        connect(m_main, &BridgeExecStream::finished, this, [this] {
            if (m_done || m_stopping || m_aborting)
                return;
            m_timer.stop();
            if (!m_main->exited()) {
                m_error = m_main->error();
                finishNow(ExecResult::End::FailedToStart);
                return;
            }
            m_result.exitCode = m_main->exitCode();
            afterRun(ExecResult::End::Exited);
        });
        // The container's own limit is a backstop a little past ours, so ours decides.
        m_main->start(CloudflareSandbox::wrapCommand(m_spec, m_token), m_sandbox->workspacePath(),
                      m_spec.timeoutMs + 5000, tr("Running the command"));
        Q_EMIT started();
    }

    void stop(ExecResult::End end, const QString &limit)
    {
        if (m_done || m_stopping)
            return;
        if (m_writeBack) {
            // The command has ended already; only copying its changes back is left to stop.
            m_writeBack->cancel();
            return;
        }
        m_timer.stop();
        m_result.limit = limit;
        if (end == ExecResult::End::TimedOut)
            m_result.limitDetail = tr("wall-clock limit of %1 s reached").arg(m_spec.timeoutMs / 1000.0);
        else if (end == ExecResult::End::OutputLimit)
            m_result.limitDetail = tr("output limit of %1 MiB reached").arg(m_spec.outputKillBytes >> 20);
        if (!m_main || m_main->isFinished() || m_sandbox->isReleased()) {
            // Nothing is running remotely (still creating or scanning, or already done), or the
            // sandbox was deleted, which stopped everything in it: a stop command would only
            // bring the container back.
            // The streams report their end at once: their handlers must not carry on meanwhile
            // (a before-scan ending would start the command).
            m_aborting = true;
            if (m_main)
                m_main->abort();
            if (m_scan)
                m_scan->stream->abort();
            m_aborting = false;
            finishNow(end);
            return;
        }
        // Dropping the stream would leave the command running: kill its process group.
        m_stopping = true;
        m_main->abort();
        auto *q = new QuietExec(m_nam, m_sandbox->endpoint(), m_id, this);
        connect(q->stream, &BridgeExecStream::finished, this, [this, q, end] {
            if (!q->stream->error().isNull())
                m_result.limitDetail =
                    (m_result.limitDetail.isEmpty() ? QString()
                                                    : m_result.limitDetail + QStringLiteral("; ")) +
                    tr("the remote command may still be running: stopping it failed (%1)")
                        .arg(q->stream->error().message);
            q->deleteLater();
            afterRun(end);
        });
        q->stream->start(CloudflareSandbox::stopCommand(m_token), {}, 30000, tr("Stopping the command"));
    }

    void afterRun(ExecResult::End end)
    {
        m_end = end;
        if (m_sandbox->isReleased()) {
            finishNow(m_end);
            return;
        }
        scan([this](std::optional<QByteArray> after) {
            if (m_before && after) {
                m_result.changes = CloudflareSandbox::diffScans(*m_before, *after);
                if (m_sandbox->writesBack() && (!m_result.changes.isEmpty() || m_result.changes.truncated)) {
                    writeBack();
                    return;
                }
            } else if (m_sandbox->writesBack()) {
                // The local folder may now differ from the remote one: say so rather than nothing.
                m_result.changes.scanned = true;
                m_result.changes.writeBackError =
                    tr("Nothing was copied back to the local folder: the remote workspace could not be "
                       "listed, so what changed is not known.");
            }
            finishNow(m_end);
        });
    }

    // Per call, before the result goes back: a checkpoint taken before the next call then holds
    // what this one did, as with the local sandbox.
    void writeBack()
    {
        const Limits limits = m_spec.limits.normalized();
        m_writeBack = new CloudflareWriteBack(m_nam, m_sandbox->endpoint(), m_id, m_sandbox->hostWorkspace(),
                                              m_result.changes, limits.workspaceGrowthBytes,
                                              limits.fileSizeBytes, this);
        connect(m_writeBack, &CloudflareWriteBack::finished, this, [this] {
            m_result.changes = m_writeBack->changes();
            m_writeBack->deleteLater();
            m_writeBack = nullptr;
            finishNow(m_end);
        });
        m_writeBack->start();
    }

    void finishNow(ExecResult::End end)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        m_result.end = end;
        m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        m_result.stdoutText = m_stdout.text();
        m_result.stderrText = m_stderr.text();
        m_result.stdoutBytes = m_stdout.totalBytes();
        m_result.stderrBytes = m_stderr.totalBytes();
        Q_EMIT finished();
    }

    CloudflareSandbox *m_sandbox;
    QNetworkAccessManager *m_nam;
    ExecSpec m_spec;
    QString m_token;
    QString m_id;
    OutputCapture m_stdout;
    OutputCapture m_stderr;
    ExecResult m_result;
    ExecResult::End m_end = ExecResult::End::Exited;
    Error m_error;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::optional<QByteArray> m_before;
    QPointer<QuietExec> m_scan;
    BridgeExecStream *m_main = nullptr;
    CloudflareWriteBack *m_writeBack = nullptr;
    bool m_stopping = false;
    bool m_aborting = false;
    bool m_done = false;
};

} // namespace

CloudflareSandbox::CloudflareSandbox(CloudflareConfig config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_id(m_config.sandboxId)
{
    RemoteSandboxReaper::instance()->add(this);
}

CloudflareSandbox::~CloudflareSandbox()
{
    // Fire and forget: the call belongs to the network manager, which outlives the run.
    if (!m_nam)
        return;
    if (BridgeCall *call = release(m_nam))
        connect(call, &BridgeCall::finished, call, &QObject::deleteLater);
}

Status CloudflareSandbox::preflight() const
{
    if (!m_config.endpoint.url.isValid() || m_config.endpoint.url.host().isEmpty())
        return Error{
            QStringLiteral("bridge_bad_url"), tr("The sandbox bridge URL is not set or not valid."), {}, {}};
    if (!m_config.sandboxId.isEmpty() && !idPattern().match(m_config.sandboxId).hasMatch())
        return Error{
            QStringLiteral("bridge_bad_id"),
            tr("\"%1\" is not a sandbox id: the bridge's ids are lower-case letters a–z and digits 2–7.")
                .arg(m_config.sandboxId),
            {},
            {}};
    return {};
}

QString CloudflareSandbox::scriptPath(const QString &name) const
{
    return kTmp + QLatin1Char('/') + name;
}

QJsonObject CloudflareSandbox::describe() const
{
    return QJsonObject{
        {QStringLiteral("backend"), kind()},
        {QStringLiteral("bridge_url"), m_config.endpoint.displayUrl()},
        {QStringLiteral("sandbox_id"), m_id},
        {QStringLiteral("workspace"), workspacePath()},
        {QStringLiteral("keep_sandbox"), m_config.keepSandbox},
        {QStringLiteral("isolation"),
         QStringLiteral("Cloudflare Sandbox container (remote); not verified by this app")},
        {QStringLiteral("egress"), QStringLiteral("as enforced by the remote side (the Worker's container "
                                                  "settings); not verified by this app")},
        {QStringLiteral("limits"), QStringLiteral("the container's instance type (CPU, memory, disk); wall "
                                                  "clock and output limits as set per call by this app")},
    };
}

QString CloudflareSandbox::limitsText()
{
    return tr("CPU, memory and disk of the container's instance type; the wall clock and output limits "
              "of each call as set by this app");
}

QString CloudflareSandbox::egressText()
{
    return tr("network egress is whatever the remote side enforces (the Worker's container settings); "
              "this app cannot verify it");
}

void CloudflareSandbox::ensureCreated(QObject *context, std::function<void(const Error &)> then)
{
    if (m_released) {
        const Error gone{QStringLiteral("bridge_sandbox_deleted"),
                         tr("The remote sandbox %1 has been deleted; nothing more can run in it.").arg(m_id),
                         {},
                         {}};
        QTimer::singleShot(0, context, [then = std::move(then), gone] { then(gone); });
        return;
    }
    if (!m_id.isEmpty()) {
        QTimer::singleShot(0, context, [then = std::move(then)] { then({}); });
        return;
    }
    m_waiters.append(Waiter{context, std::move(then)});
    if (m_creatingNow)
        return;
    m_creatingNow = true;
    auto *call = BridgeCall::send(m_nam, m_config.endpoint, "POST", QStringLiteral("/v1/sandbox"), {}, {},
                                  tr("Creating the remote sandbox"), this);
    connect(call, &BridgeCall::finished, this, [this, call] {
        call->deleteLater();
        Error e = call->error();
        QString id;
        if (e.isNull()) {
            id = QJsonDocument::fromJson(call->body()).object().value(QLatin1String("id")).toString();
            if (!idPattern().match(id).hasMatch())
                e = Error{
                    QStringLiteral("bridge_protocol"),
                    tr("Creating the remote sandbox failed: the bridge at %1 did not return a sandbox id.")
                        .arg(m_config.endpoint.displayUrl()),
                    {},
                    {}};
        }
        if (!e.isNull() || !m_config.uploadWorkspace) {
            finishCreation(id, e);
            return;
        }
        uploadWorkspace(id);
    });
}

void CloudflareSandbox::uploadWorkspace(const QString &id)
{
    // The user's folder goes up once, before the first command, so the agent sees it as a local
    // run would. tar runs asynchronously; past the bridge's 32 MiB the upload is refused.
    const QString folder = m_config.localWorkspace;
    if (folder.isEmpty() ||
        QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        finishCreation(id, {});
        return;
    }
    auto *tar = new QProcess(this);
    tar->setProgram(QStringLiteral("tar"));
    tar->setArguments(
        {QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("-C"), folder, QStringLiteral(".")});
    tar->setStandardInputFile(QProcess::nullDevice());
    auto archive = std::make_shared<QByteArray>();
    connect(tar, &QProcess::readyReadStandardOutput, this, [tar, archive] {
        archive->append(tar->readAllStandardOutput());
        if (archive->size() > kMaxUploadBytes)
            tar->kill();
    });
    connect(
        tar, &QProcess::finished, this, [this, tar, archive, id, folder](int code, QProcess::ExitStatus st) {
            tar->deleteLater();
            archive->append(tar->readAllStandardOutput());
            if (archive->size() > kMaxUploadBytes) {
                finishCreation(id,
                               Error{QStringLiteral("bridge_upload_too_large"),
                                     tr("The workspace %1 is too large to upload to the remote sandbox (the "
                                        "bridge takes at most 32 MiB as a tar). Choose a smaller folder.")
                                         .arg(folder),
                                     {},
                                     {}});
                return;
            }
            if (st != QProcess::NormalExit || code != 0) {
                finishCreation(id,
                               Error{QStringLiteral("bridge_upload_failed"),
                                     tr("The workspace %1 could not be packed for the remote sandbox (tar "
                                        "failed).")
                                         .arg(folder),
                                     QString::fromLocal8Bit(tar->readAllStandardError().left(300)),
                                     {}});
                return;
            }
            auto *call = BridgeCall::send(
                m_nam, m_config.endpoint, "POST", QStringLiteral("/v1/sandbox/%1/hydrate").arg(id), *archive,
                QByteArrayLiteral("application/octet-stream"), tr("Uploading the workspace"), this, 120000);
            connect(call, &BridgeCall::finished, this, [this, call, id] {
                call->deleteLater();
                finishCreation(id, call->error());
            });
        });
    connect(tar, &QProcess::errorOccurred, this, [this, tar, id](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        tar->deleteLater();
        finishCreation(id, Error{QStringLiteral("bridge_upload_failed"),
                                 tr("The workspace could not be packed for the remote sandbox: tar is "
                                    "missing."),
                                 {},
                                 {}});
    });
    tar->start();
}

void CloudflareSandbox::finishCreation(const QString &id, const Error &e)
{
    m_creatingNow = false;
    if (e.isNull()) {
        m_id = id;
        Q_EMIT created(m_id);
    } else if (!id.isEmpty()) {
        // Created but not usable (the upload failed): do not leave it behind.
        auto *gone =
            BridgeCall::send(m_nam, m_config.endpoint, "DELETE", QStringLiteral("/v1/sandbox/%1").arg(id), {},
                             {}, tr("Deleting the remote sandbox"), this, 30000);
        connect(gone, &BridgeCall::finished, gone, &QObject::deleteLater);
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.then(e);
    }
}

ExecJob *CloudflareSandbox::createJob(const ExecSpec &spec, QObject *parent)
{
    return new CloudflareExecJob(this, m_nam, spec, parent);
}

FileJob *CloudflareSandbox::readFile(const QString &relPath, QObject *parent)
{
    auto *job = new FileJob(parent);
    ensureCreated(job, [this, job, relPath](const Error &e) {
        if (!e.isNull()) {
            job->finish(e);
            return;
        }
        auto *call = BridgeCall::send(m_nam, m_config.endpoint, "GET", filePath(m_id, relPath), {}, {},
                                      tr("Reading %1").arg(relPath), job);
        connect(call, &BridgeCall::finished, job, [job, call] {
            job->finish(call->error(), call->error().isNull() ? call->body() : QByteArray());
        });
    });
    return job;
}

FileJob *CloudflareSandbox::writeFile(const QString &relPath, const QByteArray &data, QObject *parent)
{
    auto *job = new FileJob(parent);
    ensureCreated(job, [this, job, relPath, data](const Error &e) {
        if (!e.isNull()) {
            job->finish(e);
            return;
        }
        auto *call = BridgeCall::send(m_nam, m_config.endpoint, "PUT", filePath(m_id, relPath), data,
                                      QByteArrayLiteral("application/octet-stream"),
                                      tr("Writing %1").arg(relPath), job);
        connect(call, &BridgeCall::finished, job, [this, job, call, relPath, data] {
            if (!call->error().isNull() || !writesBack()) {
                job->finish(call->error());
                return;
            }
            // The editor's writes come back at once too, like a command's changes.
            Status local = CloudflareWriteBack::writeLocalFile(m_config.localWorkspace, relPath, data);
            if (!local)
                job->finish(Error{QStringLiteral("write_back_failed"),
                                  tr("%1 was written in the remote sandbox, but not copied back to the local "
                                     "folder.")
                                      .arg(relPath),
                                  local.error().detail,
                                  {}});
            else
                job->finish({});
        });
    });
    return job;
}

FileJob *CloudflareSandbox::listFiles(const QString &relDir, int depth, QObject *parent)
{
    auto *job = new FileJob(parent);
    ensureCreated(job, [this, job, relDir, depth](const Error &e) {
        if (!e.isNull()) {
            job->finish(e);
            return;
        }
        const QString dir = relDir.isEmpty() ? QStringLiteral(".") : relDir;
        auto *q = new QuietExec(m_nam, m_config.endpoint, m_id, job);
        connect(q->stream, &BridgeExecStream::finished, job, [job, q, dir] {
            if (!q->stream->error().isNull()) {
                job->finish(q->stream->error());
                return;
            }
            if (q->stream->exitCode() != 0) {
                job->finish(Error{QStringLiteral("not_a_directory"),
                                  tr("%1 is not a directory in the workspace.").arg(dir),
                                  QString::fromUtf8(q->err.left(300)),
                                  {}});
                return;
            }
            QStringList entries;
            const QString prefix = dir == QLatin1String(".") ? QString() : dir + QLatin1Char('/');
            for (const QByteArray &r : q->out.split('\0')) {
                if (r.size() < 3)
                    continue;
                entries.append(prefix + QString::fromUtf8(r.mid(2)) +
                               (r.at(0) == 'd' ? QStringLiteral("/") : QString()));
            }
            entries.sort();
            job->finish({}, {}, entries);
        });
        // `test -d` first: find on a missing path would print nothing and succeed on some systems.
        q->stream->start({QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("test -d \"$1\" || exit 2; find \"$1\" -mindepth 1 -maxdepth \"$2\" "
                                         "-printf '%y %P\\0' | head -z -n 10000"),
                          QStringLiteral("sh"), dir, QString::number(qMax(1, depth))},
                         workspacePath(), 30000, tr("Listing %1").arg(dir));
    });
    return job;
}

BridgeCall *CloudflareSandbox::persist(QObject *parent)
{
    return BridgeCall::send(m_nam, m_config.endpoint, "POST",
                            QStringLiteral("/v1/sandbox/%1/persist").arg(m_id), {}, {},
                            tr("Saving the remote workspace"), parent, 120000);
}

BridgeCall *CloudflareSandbox::hydrate(const QByteArray &tar, QObject *parent)
{
    return BridgeCall::send(
        m_nam, m_config.endpoint, "POST", QStringLiteral("/v1/sandbox/%1/hydrate").arg(m_id), tar,
        QByteArrayLiteral("application/octet-stream"), tr("Restoring the remote workspace"), parent, 120000);
}

BridgeCall *CloudflareSandbox::release(QObject *parent)
{
    if (m_id.isEmpty() || m_config.keepSandbox || m_released)
        return nullptr;
    m_released = true;
    return BridgeCall::send(m_nam, m_config.endpoint, "DELETE", QStringLiteral("/v1/sandbox/%1").arg(m_id),
                            {}, {}, tr("Deleting the remote sandbox"), parent, 30000);
}

RemoteSandboxReaper *RemoteSandboxReaper::instance()
{
    // Owned by the application object, so it goes with it; recreated if a test makes another.
    static QPointer<RemoteSandboxReaper> reaper;
    if (!reaper)
        reaper = new RemoteSandboxReaper(QCoreApplication::instance());
    return reaper;
}

void RemoteSandboxReaper::add(CloudflareSandbox *sandbox)
{
    m_sandboxes.removeAll(nullptr);
    m_sandboxes.append(sandbox);
}

int RemoteSandboxReaper::pendingCount() const
{
    return int(std::count_if(m_sandboxes.cbegin(), m_sandboxes.cend(),
                             [](const QPointer<CloudflareSandbox> &s) { return s && s->needsRelease(); }));
}

void RemoteSandboxReaper::deleteAll(int timeoutMs)
{
    if (m_open > 0)
        return; // the round under way answers
    m_failures.clear();
    const quint64 round = ++m_round;
    for (const QPointer<CloudflareSandbox> &s : std::as_const(m_sandboxes)) {
        if (!s)
            continue;
        BridgeCall *call = s->release(this);
        if (!call)
            continue;
        ++m_open;
        const QString id = s->sandboxId();
        const QString url = s->endpoint().displayUrl();
        m_calls.append(PendingDelete{call, id, url});
        connect(call, &BridgeCall::finished, this, [this, call, id, url, round] {
            call->deleteLater();
            if (round != m_round || m_open == 0)
                return;
            if (!call->error().isNull())
                m_failures.append(
                    tr("The remote sandbox %1 at %2 could not be deleted: %3 It stays until the "
                       "bridge's idle timeout ends it.")
                        .arg(id, url, call->error().message));
            if (--m_open == 0)
                finish();
        });
    }
    m_sandboxes.removeAll(nullptr);
    if (m_open == 0) {
        QTimer::singleShot(0, this, [this, round] {
            if (round == m_round && m_open == 0)
                Q_EMIT finished();
        });
        return;
    }
    QTimer::singleShot(qMax(1, timeoutMs), this, [this, round, timeoutMs] {
        if (round != m_round || m_open == 0)
            return;
        for (const PendingDelete &p : std::as_const(m_calls)) {
            if (p.call && !p.call->isFinished())
                m_failures.append(tr("The remote sandbox %1 at %2 did not answer the delete within %3 s. It "
                                     "stays until the bridge's idle timeout ends it.")
                                      .arg(p.id, p.url)
                                      .arg(timeoutMs / 1000.0));
        }
        finish();
    });
}

void RemoteSandboxReaper::finish()
{
    m_open = 0;
    const QList<PendingDelete> calls = std::exchange(m_calls, {});
    for (const PendingDelete &p : calls) {
        if (p.call && !p.call->isFinished()) {
            p.call->disconnect(this);
            p.call->abort();
            p.call->deleteLater();
        }
    }
    Q_EMIT finished();
}

QString CloudflareSandbox::newToken()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    return QString::number(a, 36);
}

QStringList CloudflareSandbox::wrapCommand(const ExecSpec &spec, const QString &token)
{
    QStringList argv{QStringLiteral("sh"),
                     QStringLiteral("-c"),
                     QString::fromLatin1(kWrapper),
                     QStringLiteral("wb"),
                     token,
                     QString::number(spec.files.size())};
    for (const auto &f : spec.files) {
        argv.append(f.name);
        argv.append(QString::fromLatin1(f.content.toBase64()));
    }
    argv.append(QString::fromLatin1(spec.stdinData.toBase64()));
    argv.append(spec.argv);
    return argv;
}

QStringList CloudflareSandbox::stopCommand(const QString &token)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kStopper), QStringLiteral("wb"),
            token};
}

QStringList CloudflareSandbox::scanCommand()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kScanner)};
}

WorkspaceChanges CloudflareSandbox::diffScans(const QByteArray &before, const QByteArray &after)
{
    const Scan b = parseScan(before);
    const Scan a = parseScan(after);
    WorkspaceChanges c;
    c.scanned = true;
    c.truncated = b.truncated || a.truncated;
    qint64 sizeBefore = 0;
    qint64 sizeAfter = 0;
    for (auto it = a.entries.cbegin(); it != a.entries.cend(); ++it) {
        if (it->type == 'f')
            sizeAfter += it->size;
        const auto old = b.entries.constFind(it.key());
        if (old == b.entries.cend()) {
            c.created.append(ChangedFile{it.key(), typeName(it->type), it->size});
        } else if (old->type != it->type ||
                   (it->type != 'd' &&
                    (old->size != it->size || old->mtime != it->mtime || old->inode != it->inode))) {
            c.modified.append(ChangedFile{it.key(), typeName(it->type), it->size});
        }
    }
    for (auto it = b.entries.cbegin(); it != b.entries.cend(); ++it) {
        if (it->type == 'f')
            sizeBefore += it->size;
        if (!a.entries.contains(it.key()))
            c.deleted.append(ChangedFile{it.key(), typeName(it->type), it->size});
    }
    const auto byPath = [](const ChangedFile &x, const ChangedFile &y) { return x.path < y.path; };
    std::sort(c.created.begin(), c.created.end(), byPath);
    std::sort(c.modified.begin(), c.modified.end(), byPath);
    std::sort(c.deleted.begin(), c.deleted.end(), byPath);
    c.growthBytes = sizeAfter - sizeBefore;
    return c;
}

} // namespace Workbench

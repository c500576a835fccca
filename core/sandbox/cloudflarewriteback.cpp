// SPDX-License-Identifier: MIT
#include "sandbox/cloudflarewriteback.h"

#include "common/uniquefd.h"

#include <QFile>
#include <QLocale>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Workbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Workbench::CloudflareWriteBack", text);
}

using Fd = UniqueFd;

// One path segment opened relative to dirFd: never above it, never through a link.
int openBeneath(int dirFd, const QByteArray &name, int flags, mode_t mode = 0)
{
    open_how how{};
    how.flags = quint64(flags | O_CLOEXEC);
    how.mode = mode;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    long r;
    do {
        r = ::syscall(SYS_openat2, dirFd, name.constData(), &how, sizeof how);
    } while (r < 0 && (errno == EINTR || errno == EAGAIN));
    return int(r);
}

QString errnoText(int err)
{
    if (err == ELOOP)
        return tr("a link is in the way, and links are never followed");
    return QString::fromLocal8Bit(std::strerror(err));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The directory `relDir` beneath rootFd ("" is the root itself), walked one segment at a time
// so no segment can be a link; with `create`, missing directories are made on the way.
int openDir(int rootFd, const QString &relDir, bool create)
{
    int current = ::fcntl(rootFd, F_DUPFD_CLOEXEC, 0);
    if (current < 0)
        return -1;
    for (const QString &seg : relDir.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QByteArray name = QFile::encodeName(seg);
        if (create && ::mkdirat(current, name.constData(), 0755) < 0 && errno != EEXIST) {
            const int e = errno;
            ::close(current);
            errno = e;
            return -1;
        }
        const int next = openBeneath(current, name, O_RDONLY | O_DIRECTORY);
        const int e = errno;
        ::close(current);
        if (next < 0) {
            errno = e;
            return -1;
        }
        current = next;
    }
    return current;
}

QString parentOf(const QString &rel)
{
    const qsizetype slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

QString nameOf(const QString &rel)
{
    return rel.mid(rel.lastIndexOf(QLatin1Char('/')) + 1);
}

// Removes whatever is at `name` in dirFd (an empty directory too); a missing entry is fine.
int removeEntry(int dirFd, const QByteArray &name)
{
    struct stat st
    {};
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) < 0)
        return errno == ENOENT ? 0 : -1;
    if (::unlinkat(dirFd, name.constData(), S_ISDIR(st.st_mode) ? AT_REMOVEDIR : 0) < 0)
        return errno == ENOENT ? 0 : -1;
    return 0;
}

} // namespace

CloudflareWriteBack::CloudflareWriteBack(QNetworkAccessManager *nam, BridgeEndpoint endpoint,
                                         QString sandboxId, QString localRoot, WorkspaceChanges changes,
                                         qint64 maxBytes, qint64 maxFileBytes, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_sandboxId(std::move(sandboxId))
    , m_root(std::move(localRoot))
    , m_changes(std::move(changes))
    , m_maxBytes(maxBytes)
    , m_maxFileBytes(maxFileBytes)
{}

CloudflareWriteBack::~CloudflareWriteBack()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool CloudflareWriteBack::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QChar(0)))
        return false;
    const QStringList segments = path.split(QLatin1Char('/'));
    return std::none_of(segments.cbegin(), segments.cend(), [](const QString &s) {
        return s.isEmpty() || s == QLatin1String(".") || s == QLatin1String("..");
    });
}

Status CloudflareWriteBack::writeLocalFile(const QString &root, const QString &relPath,
                                           const QByteArray &data)
{
    const auto failed = [&](int err) {
        return Error{QStringLiteral("write_back_failed"),
                     tr("%1 could not be written to the local folder.").arg(relPath),
                     errnoText(err),
                     {}};
    };
    if (!isSafeRelativePath(relPath))
        return Error{QStringLiteral("write_back_refused"),
                     tr("“%1” is not a path inside the workspace.").arg(relPath),
                     {},
                     {}};
    const Fd rootFd(::open(QFile::encodeName(root).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!rootFd.valid())
        return failed(errno);
    const Fd dir(openDir(rootFd.get(), parentOf(relPath), true));
    if (!dir.valid())
        return failed(errno);
    const QByteArray name = QFile::encodeName(nameOf(relPath));
    struct stat st
    {};
    // Whatever the remote side replaced with a file goes: a link, FIFO or device, or a directory
    // once empty (its deleted children were removed before).
    if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode) &&
        ::unlinkat(dir.get(), name.constData(), S_ISDIR(st.st_mode) ? AT_REMOVEDIR : 0) < 0)
        return failed(errno);
    // O_NONBLOCK: should a FIFO appear in between, opening it must not hang the app.
    const Fd file(openBeneath(dir.get(), name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, 0644));
    if (!file.valid())
        return failed(errno);
    if (::fstat(file.get(), &st) < 0 || !S_ISREG(st.st_mode))
        return failed(EINVAL);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(file.get(), data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failed(n < 0 ? errno : EIO);
        written += n;
    }
    return {};
}

void CloudflareWriteBack::start()
{
    QTimer::singleShot(0, this, &CloudflareWriteBack::run);
}

void CloudflareWriteBack::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->abort(); // its finished() ends the job
}

void CloudflareWriteBack::fail(const QString &why)
{
    m_refusal = why;
    m_toFetch.clear();
    done();
}

void CloudflareWriteBack::done()
{
    if (m_finished)
        return;
    m_finished = true;
    QStringList parts;
    if (!m_refusal.isEmpty())
        parts.append(tr("Nothing was copied back to the local folder: %1.").arg(m_refusal));
    if (!m_problems.isEmpty())
        parts.append(
            tr("Not copied back to the local folder: %1.").arg(m_problems.join(QStringLiteral(", "))));
    if (m_cancelled)
        parts.append(tr("Copying back to the local folder was stopped before it was complete."));
    if (!m_skipped.isEmpty())
        parts.append(
            tr("Links and special files are not copied back: %1.").arg(m_skipped.join(QStringLiteral(", "))));
    m_changes.writeBackError = parts.join(QLatin1Char(' '));
    m_changes.writtenBack = m_refusal.isEmpty() && m_problems.isEmpty() && !m_cancelled;
    Q_EMIT finished();
}

void CloudflareWriteBack::run()
{
    if (m_cancelled) {
        done();
        return;
    }
    const QList<ChangedFile> *lists[] = {&m_changes.created, &m_changes.modified, &m_changes.deleted};
    for (const auto *list : lists) {
        for (const ChangedFile &f : *list) {
            if (!isSafeRelativePath(f.path)) {
                fail(tr("the remote sandbox reported the path “%1”, which is not inside the workspace")
                         .arg(f.path));
                return;
            }
        }
    }
    if (m_changes.truncated) {
        // Past the listing's cap, present entries would look deleted: deleting on that basis is
        // not safe.
        fail(tr("the remote workspace has too many entries to list in full, so what changed is not known "
                "exactly"));
        return;
    }
    qint64 total = 0;
    for (const auto *list : {&m_changes.created, &m_changes.modified}) {
        for (const ChangedFile &f : *list) {
            if (f.type != QLatin1String("file"))
                continue;
            if (f.size > m_maxFileBytes) {
                fail(tr("%1 is %2, more than the file size limit of %3")
                         .arg(f.path, sizeText(f.size), sizeText(m_maxFileBytes)));
                return;
            }
            total += f.size;
        }
    }
    if (total > m_maxBytes) {
        fail(tr("the changed files total %1, more than the workspace growth limit of %2")
                 .arg(sizeText(total), sizeText(m_maxBytes)));
        return;
    }
    m_rootFd = ::open(QFile::encodeName(m_root).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0) {
        fail(tr("the local folder %1 cannot be opened: %2").arg(m_root, errnoText(errno)));
        return;
    }

    // Deleted entries first, deepest first, so a directory is empty when its turn comes.
    QList<ChangedFile> deleted = m_changes.deleted;
    std::sort(deleted.begin(), deleted.end(), [](const ChangedFile &a, const ChangedFile &b) {
        const auto da = a.path.count(QLatin1Char('/'));
        const auto db = b.path.count(QLatin1Char('/'));
        return da != db ? da > db : a.path > b.path;
    });
    for (const ChangedFile &f : std::as_const(deleted)) {
        const Fd dir(openDir(m_rootFd, parentOf(f.path), false));
        if (!dir.valid()) {
            if (errno != ENOENT)
                m_problems.append(tr("%1 (%2)").arg(f.path, errnoText(errno)));
            continue;
        }
        if (removeEntry(dir.get(), QFile::encodeName(nameOf(f.path))) < 0)
            m_problems.append(tr("%1 (%2)").arg(f.path, errnoText(errno)));
    }

    // Then directories, parents before children (sorted paths), and what replaces another kind
    // of entry; files are fetched last.
    QList<ChangedFile> made = m_changes.created + m_changes.modified;
    std::sort(made.begin(), made.end(),
              [](const ChangedFile &a, const ChangedFile &b) { return a.path < b.path; });
    for (const ChangedFile &f : std::as_const(made)) {
        if (f.type == QLatin1String("dir")) {
            const Fd parent(openDir(m_rootFd, parentOf(f.path), true));
            const QByteArray name = QFile::encodeName(nameOf(f.path));
            struct stat st
            {};
            if (parent.valid() && ::fstatat(parent.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                !S_ISDIR(st.st_mode))
                removeEntry(parent.get(), name);
            if (!parent.valid() || (::mkdirat(parent.get(), name.constData(), 0755) < 0 && errno != EEXIST))
                m_problems.append(tr("%1 (%2)").arg(f.path, errnoText(errno)));
        } else if (f.type == QLatin1String("file")) {
            m_toFetch.append(f.path);
        } else {
            m_skipped.append(f.path);
        }
    }
    fetchNext();
}

void CloudflareWriteBack::fetchNext()
{
    if (m_cancelled || m_toFetch.isEmpty()) {
        done();
        return;
    }
    const QString rel = m_toFetch.takeFirst();
    QStringList parts{QStringLiteral("workspace")};
    for (const QString &seg : rel.split(QLatin1Char('/')))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(seg)));
    const QString path =
        QStringLiteral("/v1/sandbox/%1/file/%2").arg(m_sandboxId, parts.join(QLatin1Char('/')));
    m_call = BridgeCall::send(m_nam, m_endpoint, "GET", path, {}, {},
                              tr("Copying %1 back from the remote sandbox").arg(rel), this, 120000);
    connect(m_call, &BridgeCall::finished, this, [this, call = m_call.data(), rel] {
        call->deleteLater();
        if (m_cancelled) {
            done();
            return;
        }
        if (!call->error().isNull()) {
            m_problems.append(tr("%1 (%2)").arg(rel, call->error().message));
        } else if (m_fetchedBytes + call->body().size() > m_maxBytes) {
            // The file grew after the listing: the limit still holds.
            m_problems.append(
                tr("%1 (past the workspace growth limit of %2)").arg(rel, sizeText(m_maxBytes)));
            m_toFetch.clear();
        } else {
            m_fetchedBytes += call->body().size();
            if (Status s = writeLocalFile(m_root, rel, call->body()); !s)
                m_problems.append(tr("%1 (%2)").arg(rel, s.error().detail));
        }
        fetchNext();
    });
}

} // namespace Workbench

// SPDX-License-Identifier: MIT
#include "sandbox/workspacefs.h"

#include "common/uniquefd.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Workbench {

namespace {

using Fd = UniqueFd;

constexpr quint64 kResolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;

// openat2 relative to dirFd, never leaving it and never following any link. Returns -1 + errno.
int openBeneath(int dirFd, const QByteArray &path, quint64 flags, quint64 mode = 0)
{
    open_how how{};
    how.flags = flags | O_CLOEXEC;
    how.mode = mode;
    how.resolve = kResolve;
    long r;
    do {
        r = ::syscall(SYS_openat2, dirFd, path.constData(), &how, sizeof how);
    } while (r < 0 && (errno == EINTR || errno == EAGAIN)); // EAGAIN: rename race inside the tree
    return int(r);
}

QString quoted(const QString &path)
{
    return QStringLiteral("\u201C") + path + QStringLiteral("\u201D");
}

Error errnoError(int err, const QString &what, const QString &relPath)
{
    const QString p = quoted(relPath);
    const QString detail = QString::fromLocal8Bit(std::strerror(err));
    switch (err) {
    case ELOOP:
        return {
            QStringLiteral("workspace_symlink"),
            QStringLiteral("%1 is, or passes through, a symbolic link. The workbench never follows links "
                           "inside the workspace, because a command could plant one pointing at a private "
                           "host file; use the path of the real file instead.")
                .arg(p),
            detail,
            {}};
    case EXDEV:
        return {QStringLiteral("workspace_outside"),
                QStringLiteral("%1 leads outside the workspace. Only files inside the workspace can be used.")
                    .arg(p),
                detail,
                {}};
    case ENOENT:
        return {QStringLiteral("workspace_not_found"),
                QStringLiteral("%1 does not exist in the workspace.").arg(p),
                detail,
                {}};
    case ENOTDIR:
        return {QStringLiteral("workspace_not_dir"),
                QStringLiteral("A part of %1 is not a directory.").arg(p),
                detail,
                {}};
    case EISDIR:
        return {QStringLiteral("workspace_is_dir"),
                QStringLiteral("%1 is a directory, not a file.").arg(p),
                detail,
                {}};
    case EEXIST:
        return {QStringLiteral("workspace_exists"),
                QStringLiteral("%1 already exists; choose another name or edit the existing file.").arg(p),
                detail,
                {}};
    case EACCES:
    case EPERM:
        return {
            QStringLiteral("workspace_permission"),
            QStringLiteral("Permission denied to %1 %2. Check the owner and mode of the file.").arg(what, p),
            detail,
            {}};
    case ENOSPC:
    case EDQUOT:
        return {QStringLiteral("workspace_full"),
                QStringLiteral("No space left to %1 %2. Free some disk space.").arg(what, p),
                detail,
                {}};
    case ENOSYS:
        return {
            QStringLiteral("workspace_unsupported"),
            QStringLiteral("This kernel lacks openat2(2) (Linux 5.6 or newer is needed), so workspace files "
                           "cannot be opened safely. Upgrade the kernel."),
            detail,
            {}};
    default:
        return {QStringLiteral("workspace_io"), QStringLiteral("Could not %1 %2.").arg(what, p), detail, {}};
    }
}

Error notRegular(const QString &relPath)
{
    return {
        QStringLiteral("workspace_not_file"),
        QStringLiteral("%1 is not a regular file (it is a directory, pipe or device), so the workbench will "
                       "not open it.")
            .arg(quoted(relPath)),
        {},
        {}};
}

// Lexical normalisation shared by toRelative() and every method: drops "" and "." components,
// resolves ".." against what came before, refuses a ".." that would leave the root.
Result<QStringList> components(const QString &rel, const QString &shownAs)
{
    if (rel.contains(QChar(0)))
        return Error{QStringLiteral("workspace_bad_path"),
                     QStringLiteral("The path %1 contains a NUL character.").arg(quoted(shownAs)),
                     {},
                     {}};
    QStringList out;
    for (const QString &c : rel.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (c == QLatin1String("."))
            continue;
        if (c == QLatin1String("..")) {
            if (out.isEmpty())
                return Error{
                    QStringLiteral("workspace_outside"),
                    QStringLiteral("The path %1 leaves the workspace through \"..\". Give a path inside "
                                   "the workspace.")
                        .arg(quoted(shownAs)),
                    {},
                    {}};
            out.removeLast();
            continue;
        }
        out.append(c);
    }
    return out;
}

Result<QStringList> relComponents(const QString &relPath)
{
    if (relPath.startsWith(QLatin1Char('/')))
        return Error{QStringLiteral("workspace_bad_path"),
                     QStringLiteral("%1 is an absolute path; give a path relative to the workspace.")
                         .arg(quoted(relPath)),
                     {},
                     {}};
    return components(relPath, relPath);
}

QByteArray encodePath(const QStringList &parts)
{
    return parts.isEmpty() ? QByteArrayLiteral(".") : QFile::encodeName(parts.join(QLatin1Char('/')));
}

bool setBlocking(int fd)
{
    const int fl = ::fcntl(fd, F_GETFL);
    return fl >= 0 && ::fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == 0;
}

} // namespace

WorkspaceFs::WorkspaceFs(QString canonicalRoot)
    : m_root(std::move(canonicalRoot))
{
    const QByteArray path = QFile::encodeName(m_root);
    if (!m_root.startsWith(QLatin1Char('/'))) {
        m_openError = {QStringLiteral("workspace_bad_root"),
                       QStringLiteral("The workspace %1 is not an absolute path.").arg(quoted(m_root)),
                       {},
                       {}};
        return;
    }
    // The root path itself is chosen and canonicalised by the app, so a plain open is right here.
    m_rootFd = ::open(path.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0)
        m_openError = {QStringLiteral("workspace_unavailable"),
                       QStringLiteral("The workspace %1 cannot be opened. Check that the directory exists.")
                           .arg(quoted(m_root)),
                       QString::fromLocal8Bit(std::strerror(errno)),
                       {}};
}

WorkspaceFs::~WorkspaceFs()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

WorkspaceFs::WorkspaceFs(WorkspaceFs &&other) noexcept
    : m_root(std::move(other.m_root))
    , m_rootFd(std::exchange(other.m_rootFd, -1))
    , m_openError(std::move(other.m_openError))
    , m_hasOwner(other.m_hasOwner)
    , m_uid(other.m_uid)
    , m_gid(other.m_gid)
{}

WorkspaceFs &WorkspaceFs::operator=(WorkspaceFs &&other) noexcept
{
    std::swap(m_root, other.m_root);
    std::swap(m_rootFd, other.m_rootFd);
    std::swap(m_openError, other.m_openError);
    m_hasOwner = other.m_hasOwner;
    m_uid = other.m_uid;
    m_gid = other.m_gid;
    return *this;
}

Status WorkspaceFs::status() const
{
    if (m_rootFd < 0)
        return m_openError;
    return {};
}

void WorkspaceFs::setOwner(uid_t uid, gid_t gid)
{
    m_hasOwner = true;
    m_uid = uid;
    m_gid = gid;
}

Result<QByteArray> WorkspaceFs::readFile(const QString &relPath) const
{
    if (m_rootFd < 0)
        return m_openError;
    const auto parts = relComponents(relPath);
    if (!parts)
        return parts.error();
    if (parts->isEmpty())
        return errnoError(EISDIR, QStringLiteral("read"), relPath);

    // O_NONBLOCK: opening a FIFO planted by the command must not hang the app.
    Fd fd(openBeneath(m_rootFd, encodePath(*parts), O_RDONLY | O_NONBLOCK | O_NOCTTY));
    if (!fd.valid())
        return errnoError(errno, QStringLiteral("read"), relPath);
    struct stat st
    {};
    if (::fstat(fd.get(), &st) != 0)
        return errnoError(errno, QStringLiteral("read"), relPath);
    if (S_ISDIR(st.st_mode))
        return errnoError(EISDIR, QStringLiteral("read"), relPath);
    if (!S_ISREG(st.st_mode))
        return notRegular(relPath);
    const auto tooLarge = [&relPath] {
        return Error{QStringLiteral("workspace_too_large"),
                     QStringLiteral("%1 is larger than %2 MiB, too large to load. Read a part of it with a "
                                    "command instead.")
                         .arg(quoted(relPath))
                         .arg(maxReadBytes >> 20),
                     {},
                     {}};
    };
    if (st.st_size > maxReadBytes)
        return tooLarge();
    if (!setBlocking(fd.get()))
        return errnoError(errno, QStringLiteral("read"), relPath);

    QByteArray data;
    data.reserve(qsizetype(st.st_size));
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoError(errno, QStringLiteral("read"), relPath);
        }
        if (n == 0)
            break;
        data.append(buf, n);
        if (data.size() > maxReadBytes) // the file grew while we read it
            return tooLarge();
    }
    return data;
}

Status WorkspaceFs::writeFile(const QString &relPath, const QByteArray &data, bool mustNotExist)
{
    if (m_rootFd < 0)
        return m_openError;
    const auto parts = relComponents(relPath);
    if (!parts)
        return parts.error();
    if (parts->isEmpty())
        return errnoError(EISDIR, QStringLiteral("write"), relPath);

    // Walk and create the parents one component at a time, each step under the same rules, so a
    // symlink swapped in for a directory is refused rather than followed.
    Fd owned;
    int dirFd = m_rootFd;
    for (qsizetype i = 0; i + 1 < parts->size(); ++i) {
        const QByteArray name = QFile::encodeName(parts->at(i));
        Fd next(openBeneath(dirFd, name, O_PATH | O_DIRECTORY));
        if (!next.valid() && errno == ENOENT) {
            if (::mkdirat(dirFd, name.constData(), 0755) != 0 && errno != EEXIST)
                return errnoError(errno, QStringLiteral("create the folder for"), relPath);
            next = Fd(openBeneath(dirFd, name, O_PATH | O_DIRECTORY));
            // Chown through the fd we hold: whatever is swapped in at that name later is not touched.
            if (next.valid() && m_hasOwner &&
                ::fchownat(next.get(), "", m_uid, m_gid, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0)
                return errnoError(errno, QStringLiteral("hand over the folder of"), relPath);
        }
        if (!next.valid())
            return errnoError(errno, QStringLiteral("write"), relPath);
        owned = std::move(next);
        dirFd = owned.get();
    }

    const QByteArray leaf = QFile::encodeName(parts->last());
    // O_NONBLOCK: opening a FIFO for writing with no reader fails (ENXIO) instead of hanging.
    const quint64 baseFlags = O_WRONLY | O_NONBLOCK | O_NOCTTY;
    bool created = true;
    Fd fd(openBeneath(dirFd, leaf, baseFlags | O_CREAT | O_EXCL, 0644));
    if (!fd.valid() && errno == EEXIST && !mustNotExist) {
        created = false;
        fd = Fd(openBeneath(dirFd, leaf, baseFlags));
    }
    if (!fd.valid())
        return errno == ENXIO ? notRegular(relPath) : errnoError(errno, QStringLiteral("write"), relPath);

    struct stat st
    {};
    if (::fstat(fd.get(), &st) != 0)
        return errnoError(errno, QStringLiteral("write"), relPath);
    if (!S_ISREG(st.st_mode))
        return notRegular(relPath);
    if (created && m_hasOwner && ::fchown(fd.get(), m_uid, m_gid) != 0)
        return errnoError(errno, QStringLiteral("hand over"), relPath);
    if (!setBlocking(fd.get()) || (!created && ::ftruncate(fd.get(), 0) != 0))
        return errnoError(errno, QStringLiteral("write"), relPath);

    const char *p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd.get(), p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoError(errno, QStringLiteral("write"), relPath);
        }
        p += n;
        left -= n;
    }
    if (::close(fd.release()) != 0)
        return errnoError(errno, QStringLiteral("write"), relPath);
    return {};
}

bool WorkspaceFs::exists(const QString &relPath) const
{
    if (m_rootFd < 0)
        return false;
    auto parts = relComponents(relPath);
    if (!parts)
        return false;
    if (parts->isEmpty())
        return true;
    const QByteArray leaf = QFile::encodeName(parts->takeLast());
    Fd parent(openBeneath(m_rootFd, encodePath(*parts), O_PATH | O_DIRECTORY));
    if (!parent.valid())
        return false;
    struct stat st
    {};
    return ::fstatat(parent.get(), leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

namespace {

struct Lister
{
    int maxDepth;
    QStringList out;
    bool overflow = false;

    // Takes ownership of dirFd.
    void walk(int dirFd, const QString &prefix, int level)
    {
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            return;
        }
        while (const dirent *e = ::readdir(dir)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            if (out.size() >= WorkspaceFs::maxListEntries) {
                overflow = true;
                break;
            }
            const QString name = prefix + QFile::decodeName(e->d_name);
            bool isDir = e->d_type == DT_DIR;
            if (e->d_type == DT_UNKNOWN) {
                struct stat st
                {};
                isDir =
                    ::fstatat(::dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
            }
            if (!isDir) {
                out.append(name);
                continue;
            }
            out.append(name + QLatin1Char('/'));
            if (level < maxDepth) {
                const int child = openBeneath(::dirfd(dir), QByteArray(e->d_name), O_RDONLY | O_DIRECTORY);
                if (child >= 0)
                    walk(child, name + QLatin1Char('/'), level + 1);
            }
            if (overflow)
                break;
        }
        ::closedir(dir);
    }
};

} // namespace

Result<QStringList> WorkspaceFs::list(const QString &relDir, int depth) const
{
    if (m_rootFd < 0)
        return m_openError;
    const auto parts = relComponents(relDir);
    if (!parts)
        return parts.error();
    const int fd = openBeneath(m_rootFd, encodePath(*parts), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return errnoError(errno, QStringLiteral("list"), relDir.isEmpty() ? QStringLiteral(".") : relDir);

    Lister lister{std::max(depth, 1), {}};
    const QString prefix = parts->isEmpty() ? QString() : parts->join(QLatin1Char('/')) + QLatin1Char('/');
    lister.walk(fd, prefix, 1);
    if (lister.overflow)
        return Error{QStringLiteral("workspace_too_many"),
                     QStringLiteral("%1 holds more than %2 entries at that depth. List a subfolder or use a "
                                    "smaller depth.")
                         .arg(quoted(relDir.isEmpty() ? QStringLiteral(".") : relDir))
                         .arg(maxListEntries),
                     {},
                     {}};
    lister.out.sort();
    return lister.out;
}

Result<QString> WorkspaceFs::toRelative(const QString &pathAsModelGaveIt, const QString &sandboxWorkspacePath)
{
    const QString &path = pathAsModelGaveIt;
    if (path.trimmed().isEmpty())
        return Error{QStringLiteral("workspace_bad_path"),
                     QStringLiteral("No path was given. Give a path inside the workspace, e.g. %1/notes.txt.")
                         .arg(sandboxWorkspacePath),
                     {},
                     {}};

    QString ws = sandboxWorkspacePath;
    while (ws.size() > 1 && ws.endsWith(QLatin1Char('/')))
        ws.chop(1);

    QString rest = path;
    if (path.startsWith(QLatin1Char('/'))) {
        // Compare component-wise so "/workspace/../etc" is judged after "..", and "/workspacefoo"
        // is not taken for the workspace.
        const auto abs = components(path.mid(1), path);
        if (!abs)
            return abs.error();
        const auto wsParts = components(ws.mid(1), ws);
        if (!wsParts)
            return wsParts.error();
        const QString joined = QLatin1Char('/') + abs->join(QLatin1Char('/'));
        const QString wsJoined = QLatin1Char('/') + wsParts->join(QLatin1Char('/'));
        if (joined == wsJoined)
            return QStringLiteral(".");
        if (!joined.startsWith(wsJoined == QLatin1String("/") ? wsJoined : wsJoined + QLatin1Char('/')))
            return Error{
                QStringLiteral("workspace_outside"),
                QStringLiteral("%1 is outside the workspace. Only files under %2 can be used; give a "
                               "path such as %2/notes.txt or notes.txt.")
                    .arg(quoted(path), ws),
                {},
                {}};
        rest = joined.mid(wsJoined.size());
    }
    const auto parts = components(rest, path);
    if (!parts)
        return parts.error();
    return parts->isEmpty() ? QStringLiteral(".") : parts->join(QLatin1Char('/'));
}

} // namespace Workbench

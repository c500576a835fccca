// SPDX-License-Identifier: MIT
#include "checkpoint/checkpointfs_p.h"

#include <QList>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Workbench::CheckpointFs {

int openBeneath(int dirFd, const QByteArray &path, int flags, unsigned mode)
{
    open_how how{};
    how.flags = quint64(flags | O_CLOEXEC);
    how.mode = mode;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    long r;
    do {
        r = ::syscall(SYS_openat2, dirFd, path.constData(), &how, sizeof how);
    } while (r < 0 && (errno == EINTR || errno == EAGAIN));
    return int(r);
}

int removeTree(int dirFd, const QByteArray &name)
{
    struct stat st
    {};
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? 0 : -1;
    if (!S_ISDIR(st.st_mode))
        return ::unlinkat(dirFd, name.constData(), 0) == 0 || errno == ENOENT ? 0 : -1;

    const int child = openBeneath(dirFd, name, O_RDONLY | O_DIRECTORY);
    if (child < 0)
        return -1;
    DIR *dir = ::fdopendir(child);
    if (!dir) {
        ::close(child);
        return -1;
    }
    // A directory without write or search permission (a read-only tree a command left) cannot
    // be emptied; open it up first — it is about to go anyway.
    if ((st.st_mode & 0300) != 0300)
        ::fchmod(child, (st.st_mode & 07777) | 0700);
    QList<QByteArray> names;
    while (const dirent *e = ::readdir(dir)) {
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
            names.append(QByteArray(e->d_name));
    }
    int rc = 0;
    for (const QByteArray &n : std::as_const(names)) {
        if (removeTree(::dirfd(dir), n) != 0)
            rc = -1;
    }
    const int savedErrno = errno;
    ::closedir(dir);
    if (rc != 0) {
        errno = savedErrno;
        return -1;
    }
    return ::unlinkat(dirFd, name.constData(), AT_REMOVEDIR) == 0 || errno == ENOENT ? 0 : -1;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace Workbench::CheckpointFs

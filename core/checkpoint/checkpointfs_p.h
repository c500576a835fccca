// SPDX-License-Identifier: MIT
// Private to wb_checkpoint: descriptor-relative file access that never follows a link.
#pragma once

#include <QByteArray>

#include <utility>

namespace Workbench::CheckpointFs {

/// Owns one file descriptor.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {}
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd(Fd &&o) noexcept
        : m_fd(std::exchange(o.m_fd, -1))
    {}
    Fd &operator=(Fd &&o) noexcept
    {
        std::swap(m_fd, o.m_fd);
        return *this;
    }
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    void reset(int fd = -1);

private:
    int m_fd;
};

/// openat2(2) of one name (or a relative path) beneath dirFd with RESOLVE_BENEATH |
/// RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS: a link anywhere, an absolute path or a ".." that
/// leaves dirFd fails (ELOOP / EXDEV). Returns -1 and sets errno on failure.
int openBeneath(int dirFd, const QByteArray &path, int flags, unsigned mode = 0);

/// Removes `name` in dirFd whatever it is; a directory is emptied first, depth first, each level
/// opened beneath its parent without following links. Returns 0, or -1 with errno.
int removeTree(int dirFd, const QByteArray &name);

/// Writes all of `data` to fd, retrying on EINTR. Returns false with errno on failure.
bool writeAll(int fd, const char *data, qint64 size);

} // namespace Workbench::CheckpointFs

// SPDX-License-Identifier: MIT
#pragma once

#include <unistd.h>
#include <utility>

namespace Workbench {

/// Owns one file descriptor and closes it when destroyed; movable, not copyable. Used by the code
/// that walks workspaces descriptor-relative so that no early return leaks a descriptor.
class UniqueFd
{
public:
    explicit UniqueFd(int fd = -1)
        : m_fd(fd)
    {}
    ~UniqueFd() { reset(); }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    UniqueFd(UniqueFd &&o) noexcept
        : m_fd(std::exchange(o.m_fd, -1))
    {}
    UniqueFd &operator=(UniqueFd &&o) noexcept
    {
        std::swap(m_fd, o.m_fd);
        return *this;
    }
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    /// Gives up ownership: the caller closes the descriptor.
    int release() { return std::exchange(m_fd, -1); }
    /// Closes the current descriptor (if any) and owns `fd` instead.
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

} // namespace Workbench

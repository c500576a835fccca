// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QStringList>

namespace Workbench {

/// The sandbox's seccomp policy (reference/sandbox-policy.md §3), compiled with libseccomp to
/// classic BPF for bwrap's `--seccomp FD`. Default: allow. Denied with EPERM: debugging and
/// cross-process memory access, io_uring, bpf, perf, userfaultfd, the kernel keyring, every mount
/// call, namespace entry/creation, handle-based opens, modules, kexec, reboot, swap, syslog, clock
/// setters and personality; ioctl TIOCSTI/TIOCLINUX (request compared on its low 32 bits, so high
/// garbage bits do not slip past); socket() in any family but AF_UNIX/AF_INET/AF_INET6 fails with
/// EAFNOSUPPORT; clone3 fails with ENOSYS so libc falls back to clone, whose flags can be checked.
/// A syscall from a foreign architecture (32-bit int 0x80, x32) kills the process.
class SeccompFilter
{
public:
    /// The compiled program (struct sock_filter[]), or an error when libseccomp could not build
    /// it; callers must then refuse to run anything.
    static Result<QByteArray> build();
    /// The names of the syscalls answered with EPERM (for describeSpec()).
    static QStringList deniedSyscalls();
};

} // namespace Workbench

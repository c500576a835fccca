// SPDX-License-Identifier: MIT
#include "sandbox/seccompfilter.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Workbench {

namespace {

// §3 of the sandbox policy. Every name must be known to libseccomp; an unknown one fails the build
// of the filter (closed), rather than silently allowing the call.
constexpr const char *kDenied[] = {
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kcmp",
    "pidfd_getfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "keyctl",
    "add_key",
    "request_key",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "move_mount",
    "open_tree",
    "mount_setattr",
    "setns",
    "unshare",
    "open_by_handle_at",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "syslog",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "personality",
};

Error failed(const char *what, int rc)
{
    return {QStringLiteral("sandbox_unavailable"),
            QStringLiteral("The sandbox cannot start: its system-call filter could not be built (%1). "
                           "Check that libseccomp 2.5 or newer is installed (apt install libseccomp2).")
                .arg(QLatin1String(what)),
            QString::fromLocal8Bit(std::strerror(rc < 0 ? -rc : rc)),
            {}};
}

struct CtxDeleter
{
    void operator()(scmp_filter_ctx ctx) const { seccomp_release(ctx); }
};

} // namespace

QStringList SeccompFilter::deniedSyscalls()
{
    QStringList out;
    for (const char *name : kDenied)
        out.append(QLatin1String(name));
    out.append(QStringLiteral("clone(CLONE_NEWUSER)"));
    return out;
}

Result<QByteArray> SeccompFilter::build()
{
    std::unique_ptr<void, CtxDeleter> holder(seccomp_init(SCMP_ACT_ALLOW));
    scmp_filter_ctx ctx = holder.get();
    if (!ctx)
        return failed("seccomp_init", ENOMEM);
    int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    if (rc != 0)
        return failed("foreign architectures", rc);
    // bwrap sets no_new_privs itself; the filter must not depend on being loaded by us.
    if ((rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0)) != 0)
        return failed("no_new_privs attribute", rc);

    const uint32_t eperm = SCMP_ACT_ERRNO(EPERM);
    for (const char *name : kDenied) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr == __NR_SCMP_ERROR)
            return failed(name, ENOSYS);
        if ((rc = seccomp_rule_add(ctx, eperm, nr, 0)) != 0)
            return failed(name, rc);
    }
    if ((rc = seccomp_rule_add(ctx, eperm, SCMP_SYS(clone), 1,
                               SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER))) != 0)
        return failed("clone", rc);
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0)) != 0)
        return failed("clone3", rc);
    // The kernel reads the request as an unsigned int: compare the low 32 bits only
    // (CVE-2019-10063 passed TIOCSTI with high bits set).
    for (const unsigned long request : {TIOCSTI, TIOCLINUX}) {
        if ((rc = seccomp_rule_add(ctx, eperm, SCMP_SYS(ioctl), 1,
                                   SCMP_A1(SCMP_CMP_MASKED_EQ, 0xFFFFFFFFu, request))) != 0)
            return failed("ioctl", rc);
    }
    // socket(): only AF_UNIX (1), AF_INET (2) and AF_INET6 (10) pass.
    const uint32_t noFamily = SCMP_ACT_ERRNO(EAFNOSUPPORT);
    for (scmp_datum_t family = 0; family <= AF_INET6; ++family) {
        if (family == AF_UNIX || family == AF_INET || family == AF_INET6)
            continue;
        if ((rc = seccomp_rule_add(ctx, noFamily, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_EQ, family))) != 0)
            return failed("socket", rc);
    }
    if ((rc = seccomp_rule_add(ctx, noFamily, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_GT, AF_INET6))) != 0)
        return failed("socket", rc);

    const int fd = ::memfd_create("workbench-seccomp", MFD_CLOEXEC);
    if (fd < 0)
        return failed("memfd_create", errno);
    if ((rc = seccomp_export_bpf(ctx, fd)) != 0) {
        ::close(fd);
        return failed("export", rc);
    }
    QByteArray program;
    char buf[4096];
    for (off_t off = 0;;) {
        const ssize_t n = ::pread(fd, buf, sizeof buf, off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return failed("read back", e);
        }
        if (n == 0)
            break;
        program.append(buf, n);
        off += n;
    }
    ::close(fd);
    // A classic BPF program is a whole number of 8-byte instructions.
    if (program.isEmpty() || program.size() % 8 != 0)
        return failed("empty program", EINVAL);
    return program;
}

} // namespace Workbench

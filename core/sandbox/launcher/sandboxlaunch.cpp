// SPDX-License-Identifier: MIT
// workbench-sandbox-launch: the command's parent inside the sandbox. Plain C++ with no Qt and no
// allocation, so it starts in well under a millisecond. bwrap has already set up namespaces, the
// file system and seccomp; this adds what only a process inside can set:
//   --nproc N         RLIMIT_NPROC, counted inside the sandbox's own user namespace (set before
//                     bwrap it would count every host process of the same uid);
//   --landlock-abi N  apply Landlock at that ABI (0: none). Read/execute everywhere, write only
//                     under /workspace, /tmp, /home/agent and a few devices; ABI >= 4 no TCP bind or
//                     connect; ABI >= 6 no signals or abstract sockets beyond the sandbox.
// then execvp(argv after "--"). Any failure exits 126 before the command runs (fail closed);
// a command that cannot be found exits 127. Messages start with "workbench-sandbox-launch:".
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <initializer_list>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

// Landlock UAPI, spelled out so the launcher builds against older kernel headers (Debian 12 ships
// 6.1 headers, which stop at ABI 3) and still uses what the running kernel offers.
struct RulesetAttr
{
    std::uint64_t handledAccessFs;
    std::uint64_t handledAccessNet; // ABI >= 4
    std::uint64_t scoped;           // ABI >= 6
};
struct PathBeneathAttr
{
    std::uint64_t allowedAccess;
    std::int32_t parentFd;
} __attribute__((packed));

constexpr unsigned kCreateRulesetVersion = 1U << 0;
constexpr int kRulePathBeneath = 1;

constexpr std::uint64_t kExecute = 1ULL << 0, kWriteFile = 1ULL << 1, kReadFile = 1ULL << 2,
                        kReadDir = 1ULL << 3, kRemoveDir = 1ULL << 4, kRemoveFile = 1ULL << 5,
                        kMakeChar = 1ULL << 6, kMakeDir = 1ULL << 7, kMakeReg = 1ULL << 8,
                        kMakeSock = 1ULL << 9, kMakeFifo = 1ULL << 10, kMakeBlock = 1ULL << 11,
                        kMakeSym = 1ULL << 12, kRefer = 1ULL << 13, kTruncate = 1ULL << 14,
                        kIoctlDev = 1ULL << 15;
constexpr std::uint64_t kNetBindTcp = 1ULL << 0, kNetConnectTcp = 1ULL << 1;
constexpr std::uint64_t kScopeAbstractUnix = 1ULL << 0, kScopeSignal = 1ULL << 1;

void say(const char *a, const char *b = nullptr, const char *c = nullptr, const char *d = nullptr)
{
    for (const char *s : {"workbench-sandbox-launch: ", a, b, c, d, "\n"}) {
        if (s) [[maybe_unused]]
            const ssize_t n = ::write(STDERR_FILENO, s, std::strlen(s));
    }
}

[[noreturn]] void fail(const char *what)
{
    say(what, ": ", std::strerror(errno));
    ::_exit(126);
}

std::uint64_t fsRights(int abi)
{
    std::uint64_t r = kExecute | kWriteFile | kReadFile | kReadDir | kRemoveDir | kRemoveFile | kMakeChar |
                      kMakeDir | kMakeReg | kMakeSock | kMakeFifo | kMakeBlock | kMakeSym;
    if (abi >= 2)
        r |= kRefer;
    if (abi >= 3)
        r |= kTruncate;
    if (abi >= 5)
        r |= kIoctlDev;
    return r;
}

// Adds a rule when the path exists; a missing optional path is skipped.
void allow(int ruleset, const char *path, std::uint64_t rights, bool required)
{
    const int fd = ::open(path, O_PATH | O_CLOEXEC);
    if (fd < 0) {
        if (!required && errno == ENOENT)
            return;
        fail(path);
    }
    const PathBeneathAttr rule{rights, fd};
    if (::syscall(SYS_landlock_add_rule, ruleset, kRulePathBeneath, &rule, 0) != 0)
        fail("landlock_add_rule");
    ::close(fd);
}

void applyLandlock(int abi)
{
    const long available = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, kCreateRulesetVersion);
    if (available < abi) {
        errno = available < 0 ? errno : EOPNOTSUPP;
        fail("Landlock is not available at the ABI the app detected");
    }
    const std::uint64_t all = fsRights(abi);
    RulesetAttr attr{all, 0, 0};
    size_t size = sizeof(std::uint64_t);
    if (abi >= 4) {
        attr.handledAccessNet = kNetBindTcp | kNetConnectTcp; // handled, no rule: all denied
        size = 2 * sizeof(std::uint64_t);
    }
    if (abi >= 6) {
        attr.scoped = kScopeAbstractUnix | kScopeSignal;
        size = sizeof(RulesetAttr);
    }
    const int ruleset = int(::syscall(SYS_landlock_create_ruleset, &attr, size, 0));
    if (ruleset < 0)
        fail("landlock_create_ruleset");

    allow(ruleset, "/", kExecute | kReadFile | kReadDir, true);
    for (const char *dir : {"/workspace", "/tmp", "/home/agent"})
        allow(ruleset, dir, all, true);
    std::uint64_t device = kWriteFile | kReadFile;
    if (abi >= 3)
        device |= kTruncate;
    if (abi >= 5)
        device |= kIoctlDev;
    for (const char *dev : {"/dev/null", "/dev/zero", "/dev/full", "/dev/tty", "/dev/ptmx"})
        allow(ruleset, dev, device, false);
    allow(ruleset, "/dev/pts", device, false);
    allow(ruleset, "/dev/shm", all & ~(kMakeChar | kMakeBlock), false);

    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail("prctl(PR_SET_NO_NEW_PRIVS)");
    if (::syscall(SYS_landlock_restrict_self, ruleset, 0) != 0)
        fail("landlock_restrict_self");
    ::close(ruleset);
}

long number(const char *s)
{
    char *end = nullptr;
    errno = 0;
    const long v = std::strtol(s, &end, 10);
    if (errno != 0 || !end || *end != '\0' || v < 0) {
        errno = EINVAL;
        fail("bad number argument");
    }
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    long nproc = -1, abi = 0;
    int i = 1;
    for (; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        }
        if (i + 1 >= argc) {
            errno = EINVAL;
            fail("option without a value");
        }
        if (std::strcmp(argv[i], "--nproc") == 0)
            nproc = number(argv[++i]);
        else if (std::strcmp(argv[i], "--landlock-abi") == 0)
            abi = number(argv[++i]);
        else {
            errno = EINVAL;
            fail("unknown option");
        }
    }
    if (i >= argc) {
        errno = EINVAL;
        fail("no command after --");
    }
    if (nproc > 0) {
        const rlimit rl{rlim_t(nproc), rlim_t(nproc)};
        if (::setrlimit(RLIMIT_NPROC, &rl) != 0)
            fail("setrlimit(RLIMIT_NPROC)");
    }
    if (abi > 0)
        applyLandlock(int(abi));
    ::execvp(argv[i], argv + i);
    const int e = errno;
    say("cannot run \"", argv[i], "\": ", std::strerror(e));
    ::_exit(e == ENOENT ? 127 : 126);
}

// SPDX-License-Identifier: MIT
// workbench-sandbox-launch: the command's parent inside the sandbox. Plain C++ with no Qt and no
// allocation, so it starts in well under a millisecond. bwrap has already set up namespaces, the
// file system and seccomp; this adds what only a process inside can set:
//   --nproc N         RLIMIT_NPROC, counted inside the sandbox's own user namespace (set before
//                     bwrap it would count every host process of the same uid);
//   --landlock-abi N  apply Landlock at that ABI (0: none). Read/execute everywhere, write only
//                     under /workspace, /tmp, /home/agent and a few devices; ABI >= 4 no TCP bind or
//                     connect; ABI >= 6 no signals or abstract sockets beyond the sandbox.
//   --proxy-socket P  network through the app's proxy: listen on 127.0.0.1:<free port> (before
//                     Landlock, which then allows TCP connect to that port only), start a relay
//                     that forwards each connection to the Unix socket P (the app's proxy, bound
//                     in by bwrap), and point HTTP_PROXY/HTTPS_PROXY/ALL_PROXY (both cases) at it.
//                     The relay is not the command's child (double fork; its parent becomes the
//                     sandbox's PID 1) and has its own session, so a command that reaps every
//                     child or signals its process group neither hangs on it nor stops it; it
//                     ends with the sandbox (the PID namespace goes when the command exits).
// then execvp(argv after "--"). Any failure exits 126 before the command runs (fail closed);
// a command that cannot be found exits 127. Messages start with "workbench-sandbox-launch:".
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <initializer_list>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
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
constexpr int kRuleNetPort = 2;
struct NetPortAttr
{
    std::uint64_t allowedAccess;
    std::uint64_t port;
} __attribute__((packed));

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

void applyLandlock(int abi, int relayPort)
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
    if (abi >= 4 && relayPort > 0) {
        // The relay is the one TCP destination: the netns has only lo, and the port is ours.
        const NetPortAttr rule{kNetConnectTcp, std::uint64_t(relayPort)};
        if (::syscall(SYS_landlock_add_rule, ruleset, kRuleNetPort, &rule, 0) != 0)
            fail("landlock_add_rule (relay port)");
    }

    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail("prctl(PR_SET_NO_NEW_PRIVS)");
    if (::syscall(SYS_landlock_restrict_self, ruleset, 0) != 0)
        fail("landlock_restrict_self");
    ::close(ruleset);
}

// Copies both ways between two sockets until both directions ended. Blocking writes are fine:
// each connection has its own process.
void pumpConnection(int a, int b)
{
    char buf[16384];
    bool openA = true, openB = true;
    while (openA || openB) {
        // A closed direction leaves the set (poll ignores -1): its fd would report POLLHUP forever.
        pollfd fds[2] = {{openA ? a : -1, POLLIN, 0}, {openB ? b : -1, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        for (int i = 0; i < 2; ++i) {
            bool &open = i == 0 ? openA : openB;
            if (!open || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int from = i == 0 ? a : b, to = i == 0 ? b : a;
            const ssize_t n = ::read(from, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                open = false;
                ::shutdown(to, SHUT_WR);
                continue;
            }
            for (ssize_t off = 0; off < n;) {
                const ssize_t w = ::send(to, buf + off, size_t(n - off), MSG_NOSIGNAL);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    return;
                off += w;
            }
        }
    }
}

[[noreturn]] void relayLoop(int listenFd, const char *socketPath)
{
    ::signal(SIGCHLD, SIG_IGN); // connection processes reap themselves
    ::signal(SIGPIPE, SIG_IGN); // a peer gone mid-write is an error return, not a death
    // Hold none of the command's pipes open: its reader must see EOF when the command ends.
    if (const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC); null >= 0) {
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
    }
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, socketPath, sizeof addr.sun_path - 1);
    for (;;) {
        const int client = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE)
                continue;
            ::_exit(1);
        }
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::close(listenFd);
            const int up = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (up < 0 || ::connect(up, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
                ::_exit(1); // the client sees the connection close
            pumpConnection(client, up);
            ::_exit(0);
        }
        ::close(client);
    }
}

// Listens on 127.0.0.1:<free port>; returns the port.
int listenForRelay(int *fdOut)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        fail("relay socket");
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(fd, 64) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
        fail("relay listen on 127.0.0.1");
    *fdOut = fd;
    return ntohs(a.sin_port);
}

void setProxyEnvironment(int port)
{
    char url[64];
    std::snprintf(url, sizeof url, "http://127.0.0.1:%d", port);
    for (const char *name :
         {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"})
        ::setenv(name, url, 1);
    for (const char *name : {"NO_PROXY", "no_proxy"})
        ::setenv(name, "localhost,127.0.0.1,::1", 1);
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
    const char *proxySocket = nullptr;
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
        else if (std::strcmp(argv[i], "--proxy-socket") == 0)
            proxySocket = argv[++i];
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
    int relayFd = -1, relayPort = 0;
    if (proxySocket) {
        if (std::strlen(proxySocket) >= sizeof(sockaddr_un::sun_path)) {
            errno = ENAMETOOLONG;
            fail("proxy socket path");
        }
        relayPort = listenForRelay(&relayFd);
        setProxyEnvironment(relayPort);
    }
    if (abi > 0)
        applyLandlock(int(abi), relayPort);
    if (proxySocket) {
        // Under every layer the command has, but outside its process tree: the middle process
        // exits at once, so the relay's parent is the sandbox's PID 1, which takes everything in
        // the PID namespace down with it when the command (its first child) ends.
        const pid_t middle = ::fork();
        if (middle < 0)
            fail("fork of the network relay");
        if (middle == 0) {
            ::setsid(); // its own session and process group: `kill 0` in the command misses it
            const pid_t relay = ::fork();
            if (relay == 0)
                relayLoop(relayFd, proxySocket);
            ::_exit(relay < 0 ? 1 : 0);
        }
        int status = 0;
        while (::waitpid(middle, &status, 0) < 0) {
            if (errno != EINTR)
                fail("waiting for the network relay to start");
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            errno = EAGAIN;
            fail("fork of the network relay");
        }
        ::close(relayFd);
    }
    ::execvp(argv[i], argv + i);
    const int e = errno;
    say("cannot run \"", argv[i], "\": ", std::strerror(e));
    ::_exit(e == ENOENT ? 127 : 126);
}

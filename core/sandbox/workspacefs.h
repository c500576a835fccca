// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace Workbench {

/// Host-side access to files in the workspace that the sandboxed command cannot redirect.
///
/// The command can plant symlinks (`report.txt -> ~/.ssh/id_rsa`) that dangle inside the sandbox
/// but resolve on the host. Every path here is resolved with openat2(2) relative to a directory fd
/// of the workspace root with RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS: a
/// symlink anywhere in the path, an absolute path or a ".." that leaves the root is refused, and
/// FIFOs or devices are never opened for reading or writing (they could block or have effects).
///
/// Paths given to the methods are relative to the root ("a/b.py"); use toRelative() to turn a path
/// as the model wrote it into one. The object owns one O_PATH descriptor for the root; it is
/// movable, not copyable, and not thread-safe for setOwner() (reads are).
class WorkspaceFs
{
public:
    /// Largest file readFile() loads into memory.
    static constexpr qint64 maxReadBytes = qint64(64) << 20;
    /// Most entries list() returns before it refuses.
    static constexpr int maxListEntries = 10000;

    /// `canonicalRoot` is the real path of the workspace, chosen by the app (never by the model).
    /// If it cannot be opened, every method fails with that error (see status()).
    explicit WorkspaceFs(QString canonicalRoot);
    ~WorkspaceFs();
    WorkspaceFs(WorkspaceFs &&other) noexcept;
    WorkspaceFs &operator=(WorkspaceFs &&other) noexcept;
    WorkspaceFs(const WorkspaceFs &) = delete;
    WorkspaceFs &operator=(const WorkspaceFs &) = delete;

    /// Whether the root could be opened; the error otherwise.
    [[nodiscard]] Status status() const;
    [[nodiscard]] QString root() const { return m_root; }

    /// The whole content of a regular file (at most maxReadBytes).
    [[nodiscard]] Result<QByteArray> readFile(const QString &relPath) const;
    /// Creates or replaces the content of a regular file, creating missing parent directories one
    /// by one under the same rules. With `mustNotExist`, fails if anything exists at that path.
    Status writeFile(const QString &relPath, const QByteArray &data, bool mustNotExist = false);
    /// Whether an entry of any kind (a symlink included) exists at relPath, reached without
    /// following links.
    [[nodiscard]] bool exists(const QString &relPath) const;
    /// Entries under relDir ("" or "." for the root) down to `depth` levels (1 = direct children),
    /// as sorted root-relative paths; directories end with '/'. Symlinks are listed, not followed.
    [[nodiscard]] Result<QStringList> list(const QString &relDir, int depth) const;

    /// Maps a path as the model gave it to a root-relative one: "/workspace/a/b.py", "a/b.py" and
    /// "./a/b.py" all become "a/b.py"; the workspace itself becomes ".". Refuses absolute paths
    /// outside `sandboxWorkspacePath` and any ".." that leaves the workspace. Purely lexical.
    [[nodiscard]] static Result<QString> toRelative(const QString &pathAsModelGaveIt,
                                                    const QString &sandboxWorkspacePath);

    /// Files and directories created from now on are chowned to uid:gid. Used when the app runs
    /// as root, so the unprivileged sandbox user can edit what the app wrote.
    void setOwner(uid_t uid, gid_t gid);

private:
    QString m_root;
    int m_rootFd = -1;
    Error m_openError;
    bool m_hasOwner = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace Workbench

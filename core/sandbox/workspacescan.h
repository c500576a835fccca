// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandbox.h"

#include <QHash>

namespace Workbench {

/// A cheap picture of a workspace tree for "what changed": per entry its type, size, mtime (ns)
/// and inode, from fstatat without following links. Never leaves the workspace's file system,
/// never follows a symlink; stops at `maxEntries` and says so. Runs on the calling thread (a
/// few ms for a few thousand files), so the cap also bounds the time.
class WorkspaceSnapshot
{
public:
    static constexpr int kDefaultMaxEntries = 20000;

    struct Entry
    {
        char type = 'o'; ///< 'f' file, 'd' dir, 'l' symlink, 'o' other
        qint64 size = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
        bool operator==(const Entry &) const = default;
    };

    /// Scans `root` (a host directory). An unreadable root gives an empty, !valid() snapshot.
    static WorkspaceSnapshot take(const QString &root, int maxEntries = kDefaultMaxEntries);
    /// created / modified / deleted between `before` and `after`, with sizes and growth.
    static WorkspaceChanges diff(const WorkspaceSnapshot &before, const WorkspaceSnapshot &after);

    /// The total size of the regular files it saw (what growth limits compare).
    [[nodiscard]] qint64 fileBytes() const;
    [[nodiscard]] bool valid() const { return m_valid; }
    [[nodiscard]] bool truncated() const { return m_truncated; }
    [[nodiscard]] const QHash<QString, Entry> &entries() const { return m_entries; }

private:
    QHash<QString, Entry> m_entries;
    bool m_valid = false;
    bool m_truncated = false;
};

} // namespace Workbench

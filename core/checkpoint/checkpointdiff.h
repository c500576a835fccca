// SPDX-License-Identifier: MIT
#pragma once

#include "checkpoint/checkpointstore.h"

namespace Workbench {

/// One path that differs between two checkpoints.
struct CheckpointChange
{
    enum class Kind
    {
        Added,
        Removed,
        Modified,    ///< content (or link target) changed; the mode may have too
        ModeChanged, ///< only the permission bits changed
        TypeChanged  ///< e.g. a file became a folder or a link
    };

    QString path;
    Kind kind = Kind::Modified;
    CheckpointEntry::Type oldType = CheckpointEntry::Type::File;
    CheckpointEntry::Type newType = CheckpointEntry::Type::File;
    quint32 oldMode = 0;
    quint32 newMode = 0;
    qint64 oldSize = 0;
    qint64 newSize = 0;
    bool binary = false;      ///< content is not text: no line diff
    bool tooLarge = false;    ///< text, but over DiffOptions::maxTextBytes: no line diff
    bool notCaptured = false; ///< one side's content was not kept: "changed" cannot be told
    QString unifiedDiff;      ///< for text files (and link targets): a unified diff

    /// One line: "M  src/a.py (mode 644 → 755)", "A  data/", "D  old.txt", "B  img.png (binary)".
    [[nodiscard]] QString summary() const;
};

struct CheckpointDiffOptions
{
    qint64 maxTextBytes = qint64(1) << 20; ///< larger files are listed without a line diff
    int context = 3;                       ///< unchanged lines around each hunk
    bool withText = true;                  ///< false: only the list of changes (no blob reads)
};

/// What changed from `from` to `to` (both of the same store), sorted by path. Reads the blobs of
/// modified text files; cheap otherwise. Blocking: for a UI, call it from a worker.
[[nodiscard]] Result<QList<CheckpointChange>> diffCheckpoints(const CheckpointStore &store,
                                                              const Checkpoint &from, const Checkpoint &to,
                                                              const CheckpointDiffOptions &options = {});

/// A unified diff of two texts ("--- a/NAME", "+++ b/NAME", "@@ … @@" hunks), empty when they
/// are equal. Line-based (Myers); past a few thousand changed lines it says so instead.
[[nodiscard]] QString unifiedTextDiff(const QString &oldName, const QString &newName,
                                      const QByteArray &oldText, const QByteArray &newText, int context = 3);

/// Whether bytes look like text: valid UTF-8 and no NUL in the first 8 KiB.
[[nodiscard]] bool looksLikeText(const QByteArray &data);

} // namespace Workbench

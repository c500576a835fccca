// SPDX-License-Identifier: MIT
// Private to wb_checkpoint: descriptor-relative file access that never follows a link.
#pragma once

#include "common/uniquefd.h"

#include <QByteArray>

#include <utility>

namespace Workbench::CheckpointFs {

using Fd = UniqueFd;

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

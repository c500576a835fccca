// SPDX-License-Identifier: MIT
#include "checkpoint/checkpointstore.h"

#include "checkpoint/checkpointfs_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QPromise>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace Workbench {

using CheckpointFs::Fd;
using CheckpointFs::openBeneath;

namespace {

constexpr qint64 kChunk = qint64(1) << 20;

QString quoted(const QString &s)
{
    return QStringLiteral("\u201C%1\u201D").arg(s);
}

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Error cancelledError()
{
    return Error{
        QStringLiteral("checkpoint_cancelled"), QStringLiteral("The checkpoint was cancelled."), {}, {}};
}

char typeChar(CheckpointEntry::Type t)
{
    return char(t);
}

CheckpointEntry::Type typeFromChar(QChar c)
{
    switch (c.toLatin1()) {
    case 'd':
        return CheckpointEntry::Type::Dir;
    case 'l':
        return CheckpointEntry::Type::Symlink;
    case 'o':
        return CheckpointEntry::Type::Other;
    default:
        return CheckpointEntry::Type::File;
    }
}

qint64 nsOf(const struct timespec &ts)
{
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct timespec tsOf(qint64 ns)
{
    struct timespec ts
    {};
    ts.tv_sec = time_t(ns / 1000000000);
    ts.tv_nsec = long(ns % 1000000000);
    return ts;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

// '/' sorts before every other character, so a directory's entries follow it directly: the
// order of a depth-first walk, which keeps DirStack's reopening to a minimum.
bool lessByComponents(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ca = a.at(i);
        const QChar cb = b.at(i);
        if (ca == cb)
            continue;
        if (ca == QLatin1Char('/'))
            return true;
        if (cb == QLatin1Char('/'))
            return false;
        return ca < cb;
    }
    return a.size() < b.size();
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

bool isUnder(const QString &path, const QString &ancestor)
{
    return path.size() > ancestor.size() && path.startsWith(ancestor) && path.at(ancestor.size()) == u'/';
}

// Files that say which git objects are current. Rewritten after everything else and before
// anything is removed, so at every moment they only name objects that exist.
bool isGitPointer(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) != QLatin1String(".git"))
            continue;
        static const QStringList pointers{QStringLiteral("HEAD"),        QStringLiteral("ORIG_HEAD"),
                                          QStringLiteral("FETCH_HEAD"),  QStringLiteral("index"),
                                          QStringLiteral("packed-refs"), QStringLiteral("refs")};
        return pointers.contains(parts.at(i + 1));
    }
    return false;
}

QString newId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) +
           QString::number(QRandomGenerator::global()->bounded(0x1000000), 16)
               .rightJustified(6, QLatin1Char('0'));
}

bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
    });
}

bool validHash(const QString &h)
{
    return h.size() == 64 && std::all_of(h.cbegin(), h.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

// Walks a tree from rootFd without following links or leaving its file system. Entries carry
// type, mode, size, mtime, inode and link target; content is not read.
struct Scan
{
    QList<CheckpointEntry> entries;
    Error error;
};

Scan scanTree(int rootFd, int maxEntries, qint64 maxFileBytes, const std::atomic_bool *cancelled)
{
    Scan out;
    struct stat rootSt
    {};
    if (::fstat(rootFd, &rootSt) != 0) {
        out.error = {QStringLiteral("checkpoint_io"),
                     QStringLiteral("The workspace cannot be read."),
                     sysError(errno),
                     {}};
        return out;
    }
    struct Pending
    {
        int fd;
        QString prefix;
    };
    QList<Pending> stack;
    const int first = ::dup(rootFd);
    if (first < 0) {
        out.error = {QStringLiteral("checkpoint_io"),
                     QStringLiteral("The workspace cannot be read."),
                     sysError(errno),
                     {}};
        return out;
    }
    ::lseek(first, 0, SEEK_SET);
    stack.append({first, QString()});
    while (!stack.isEmpty() && out.error.isNull()) {
        const Pending cur = stack.takeLast();
        DIR *dir = ::fdopendir(cur.fd);
        if (!dir) {
            ::close(cur.fd);
            continue;
        }
        while (const dirent *d = ::readdir(dir)) {
            if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
                continue;
            if (cancelled && cancelled->load()) {
                out.error = cancelledError();
                break;
            }
            if (out.entries.size() >= maxEntries) {
                out.error = {QStringLiteral("checkpoint_too_many"),
                             QStringLiteral("The workspace holds more than %1 files and folders, too many to "
                                            "checkpoint. Remove generated files or raise the limit.")
                                 .arg(maxEntries),
                             {},
                             {}};
                break;
            }
            struct stat st
            {};
            if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // vanished meanwhile
            const QByteArray raw(d->d_name);
            const QString name = QFile::decodeName(raw);
            CheckpointEntry e;
            e.path = cur.prefix + name;
            e.mode = quint32(st.st_mode & 07777);
            e.mtimeNs = nsOf(st.st_mtim);
            e.ctimeNs = nsOf(st.st_ctim);
            e.inode = quint64(st.st_ino);
            const bool nameOk = QFile::encodeName(name) == raw && !name.contains(u'/');
            if (S_ISDIR(st.st_mode)) {
                e.type = CheckpointEntry::Type::Dir;
                if (!nameOk)
                    e.notCaptured = QStringLiteral("its name is not valid UTF-8");
                else if (st.st_dev != rootSt.st_dev)
                    e.notCaptured =
                        QStringLiteral("another file system is mounted there; it was not entered");
                if (e.captured()) {
                    const int child = openBeneath(::dirfd(dir), raw, O_RDONLY | O_DIRECTORY);
                    if (child >= 0)
                        stack.append({child, e.path + QLatin1Char('/')});
                    else
                        e.notCaptured =
                            QStringLiteral("the folder could not be opened (%1)").arg(sysError(errno));
                }
            } else if (S_ISLNK(st.st_mode)) {
                e.type = CheckpointEntry::Type::Symlink;
                e.size = qint64(st.st_size);
                QByteArray target(qsizetype(st.st_size) + 1, Qt::Uninitialized);
                const ssize_t n = ::readlinkat(::dirfd(dir), d->d_name, target.data(), size_t(target.size()));
                if (n >= 0) {
                    target.truncate(n);
                    e.linkTarget = target;
                } else {
                    e.notCaptured = QStringLiteral("the link could not be read (%1)").arg(sysError(errno));
                }
            } else if (S_ISREG(st.st_mode)) {
                e.type = CheckpointEntry::Type::File;
                e.size = qint64(st.st_size);
                if (e.size > maxFileBytes)
                    e.notCaptured = QStringLiteral("larger than the %1 MiB limit (%2 MiB)")
                                        .arg(maxFileBytes >> 20)
                                        .arg(mib(e.size));
            } else {
                e.type = CheckpointEntry::Type::Other;
                e.notCaptured = S_ISFIFO(st.st_mode)   ? QStringLiteral("a named pipe")
                                : S_ISSOCK(st.st_mode) ? QStringLiteral("a socket")
                                                       : QStringLiteral("a device file");
            }
            if (!nameOk && e.captured())
                e.notCaptured = QStringLiteral("its name is not valid UTF-8");
            out.entries.append(std::move(e));
        }
        ::closedir(dir);
    }
    for (const Pending &p : std::as_const(stack))
        ::close(p.fd);
    std::sort(out.entries.begin(), out.entries.end(), [](const CheckpointEntry &a, const CheckpointEntry &b) {
        return lessByComponents(a.path, b.path);
    });
    return out;
}

// Open directories along one path, reopened only where the next path differs: descriptors are
// bounded by the tree's depth, and every step is resolved beneath its parent without links.
class DirStack
{
public:
    DirStack(int rootFd, std::pair<int, int> owner)
        : m_rootFd(rootFd)
        , m_owner(owner)
    {}

    // The descriptor of `dir` ("" = root). With `create`, missing folders are made and anything
    // else in their place (a file, a planted link) is removed first. -1 with errno otherwise.
    int open(const QString &dir, bool create)
    {
        const QStringList parts = dir.isEmpty() ? QStringList() : dir.split(QLatin1Char('/'));
        qsizetype keep = 0;
        while (keep < m_names.size() && keep < parts.size() && m_names.at(keep) == parts.at(keep))
            ++keep;
        while (m_names.size() > keep) {
            m_names.removeLast();
            m_fds.pop_back();
        }
        for (qsizetype i = keep; i < parts.size(); ++i) {
            const int parent = m_fds.empty() ? m_rootFd : m_fds.back().get();
            const QByteArray name = QFile::encodeName(parts.at(i));
            int fd = openBeneath(parent, name, O_RDONLY | O_DIRECTORY);
            if (fd < 0 && create && errno != EACCES) {
                if (errno != ENOENT && CheckpointFs::removeTree(parent, name) != 0)
                    return -1;
                if (::mkdirat(parent, name.constData(), 0700) != 0 && errno != EEXIST)
                    return -1;
                fd = openBeneath(parent, name, O_RDONLY | O_DIRECTORY);
                if (fd >= 0 && m_owner.first >= 0)
                    ::fchown(fd, uid_t(m_owner.first), gid_t(m_owner.second));
            }
            if (fd < 0)
                return -1;
            // Writing below a read-only folder needs u+wx for now; final modes are set at the end.
            struct stat st
            {};
            if (create && ::fstat(fd, &st) == 0 && (st.st_mode & 0300) != 0300)
                ::fchmod(fd, (st.st_mode & 07777) | 0700);
            m_names.append(parts.at(i));
            m_fds.emplace_back(fd);
        }
        return m_fds.empty() ? m_rootFd : m_fds.back().get();
    }

private:
    int m_rootFd;
    std::pair<int, int> m_owner;
    QStringList m_names;
    std::vector<Fd> m_fds;
};

QString tempName()
{
    return QStringLiteral(".wb-rewind-%1")
        .arg(qulonglong(QRandomGenerator::global()->generate64()), 16, 16, QLatin1Char('0'));
}

} // namespace

// ---- entries and manifests ----------------------------------------------------------------

QJsonObject CheckpointEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("type"), QString(QLatin1Char(typeChar(type)))},
                  {QStringLiteral("mode"), qint64(mode)},
                  {QStringLiteral("mtime_ns"), mtimeNs},
                  {QStringLiteral("inode"), qint64(inode)}};
    if (ctimeNs != 0)
        o.insert(QStringLiteral("ctime_ns"), ctimeNs);
    if (type == Type::File || type == Type::Symlink)
        o.insert(QStringLiteral("size"), size);
    if (!sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), sha256);
    if (type == Type::Symlink) {
        const QString asText = QString::fromUtf8(linkTarget);
        if (asText.toUtf8() == linkTarget)
            o.insert(QStringLiteral("target"), asText);
        else
            o.insert(QStringLiteral("target_base64"), QString::fromLatin1(linkTarget.toBase64()));
    }
    if (!notCaptured.isEmpty())
        o.insert(QStringLiteral("not_captured"), notCaptured);
    return o;
}

CheckpointEntry CheckpointEntry::fromJson(const QJsonObject &o)
{
    CheckpointEntry e;
    e.path = o.value(QLatin1String("path")).toString();
    const QString type = o.value(QLatin1String("type")).toString();
    e.type = typeFromChar(type.isEmpty() ? QLatin1Char('f') : type.at(0));
    e.mode = quint32(o.value(QLatin1String("mode")).toInteger());
    e.size = o.value(QLatin1String("size")).toInteger();
    e.mtimeNs = o.value(QLatin1String("mtime_ns")).toInteger();
    e.inode = quint64(o.value(QLatin1String("inode")).toInteger());
    e.ctimeNs = o.value(QLatin1String("ctime_ns")).toInteger();
    e.sha256 = o.value(QLatin1String("sha256")).toString();
    if (o.contains(QLatin1String("target_base64")))
        e.linkTarget = QByteArray::fromBase64(o.value(QLatin1String("target_base64")).toString().toLatin1());
    else
        e.linkTarget = o.value(QLatin1String("target")).toString().toUtf8();
    e.notCaptured = o.value(QLatin1String("not_captured")).toString();
    return e;
}

int Checkpoint::fileCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const CheckpointEntry &e) { return e.type == CheckpointEntry::Type::File; }));
}

qint64 Checkpoint::capturedBytes() const
{
    qint64 total = 0;
    for (const CheckpointEntry &e : entries)
        if (e.type == CheckpointEntry::Type::File && e.captured())
            total += e.size;
    return total;
}

QList<CheckpointEntry> Checkpoint::notCaptured() const
{
    QList<CheckpointEntry> out;
    for (const CheckpointEntry &e : entries)
        if (!e.captured())
            out.append(e);
    return out;
}

bool Checkpoint::pathLess(const QString &a, const QString &b)
{
    return lessByComponents(a, b);
}

const CheckpointEntry *Checkpoint::find(const QString &path) const
{
    const auto it = std::lower_bound(
        entries.cbegin(), entries.cend(), path,
        [](const CheckpointEntry &e, const QString &p) { return lessByComponents(e.path, p); });
    return it != entries.cend() && it->path == path ? &*it : nullptr;
}

QJsonObject Checkpoint::toJson(bool withEntries) const
{
    QJsonObject o{{QStringLiteral("format"), 1},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("workspace"), workspace},
                  {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("run_id"), runId},
                  {QStringLiteral("tool_use_id"), toolUseId},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("hashed_files"), hashedFiles},
                  {QStringLiteral("reused_files"), reusedFiles}};
    if (withEntries) {
        QJsonArray a;
        for (const CheckpointEntry &e : entries)
            a.append(e.toJson());
        o.insert(QStringLiteral("entries"), a);
    }
    return o;
}

Result<Checkpoint> Checkpoint::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toInt() != 1 || !o.value(QLatin1String("entries")).isArray())
        return Error{QStringLiteral("checkpoint_corrupt"),
                     QStringLiteral("The checkpoint manifest is not in a format this version understands."),
                     {},
                     {}};
    Checkpoint c;
    c.id = o.value(QLatin1String("id")).toString();
    c.workspace = o.value(QLatin1String("workspace")).toString();
    c.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    c.runId = o.value(QLatin1String("run_id")).toString();
    c.toolUseId = o.value(QLatin1String("tool_use_id")).toString();
    c.label = o.value(QLatin1String("label")).toString();
    c.hashedFiles = o.value(QLatin1String("hashed_files")).toInt();
    c.reusedFiles = o.value(QLatin1String("reused_files")).toInt();
    const QJsonArray a = o.value(QLatin1String("entries")).toArray();
    c.entries.reserve(a.size());
    for (const QJsonValue &v : a)
        c.entries.append(CheckpointEntry::fromJson(v.toObject()));
    std::sort(c.entries.begin(), c.entries.end(), [](const CheckpointEntry &x, const CheckpointEntry &y) {
        return lessByComponents(x.path, y.path);
    });
    return c;
}

// ---- the store --------------------------------------------------------------------------

struct CheckpointStore::Impl
{
    QString root;
    std::atomic<qint64> maxFileBytes{kDefaultMaxFileBytes};
    std::atomic_int maxEntries{kDefaultMaxEntries};
    std::atomic<quint64> hashed{0};
    std::atomic<quint64> blobs{0};
    QMutex mutex;
    QHash<QString, std::shared_ptr<const Checkpoint>> latest; // workspace → newest checkpoint

    QString blobPath(const QString &hash) const
    {
        return root + QStringLiteral("/blobs/") + hash.left(2) + QLatin1Char('/') + hash;
    }
    QString workspaceDir(const QString &workspace) const
    {
        const QByteArray key =
            QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha256).toHex();
        return root + QStringLiteral("/workspaces/") + QString::fromLatin1(key.left(16));
    }

    Status ensureDirs() const
    {
        for (const QString &sub :
             {QStringLiteral("/blobs"), QStringLiteral("/workspaces"), QStringLiteral("/tmp")}) {
            const QString p = root + sub;
            if (!QDir().mkpath(p))
                return Error{QStringLiteral("checkpoint_store_unavailable"),
                             QStringLiteral("Cannot create the checkpoint store at %1. Check that the folder "
                                            "is writable.")
                                 .arg(quoted(root)),
                             {},
                             {}};
            // Blobs are copies of the user's files: private to the user.
            QFile::setPermissions(root,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        return {};
    }

    static Result<QString> canonicalWorkspace(const QString &workspace)
    {
        const QString canonical = QFileInfo(workspace).canonicalFilePath();
        if (canonical.isEmpty() || !QFileInfo(canonical).isDir())
            return Error{
                QStringLiteral("workspace_unavailable"),
                QStringLiteral("The workspace %1 does not exist or is not a folder.").arg(quoted(workspace)),
                {},
                {}};
        return canonical;
    }

    Status checkNotInside(const QString &workspace) const
    {
        const QString store = QFileInfo(root).canonicalFilePath();
        if (!store.isEmpty() && (store == workspace || isUnder(store, workspace)))
            return Error{QStringLiteral("checkpoint_store_inside"),
                         QStringLiteral("The checkpoint store %1 lies inside the workspace %2; a checkpoint "
                                        "would copy itself. Keep the store outside the workspace.")
                             .arg(quoted(store), quoted(workspace)),
                         {},
                         {}};
        return {};
    }

    Result<Checkpoint> loadFile(const QString &path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("checkpoint_not_found"),
                         QStringLiteral("The checkpoint manifest %1 cannot be read.").arg(quoted(path)),
                         f.errorString(),
                         {}};
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return Error{QStringLiteral("checkpoint_corrupt"),
                         QStringLiteral("The checkpoint manifest %1 is damaged.").arg(quoted(path)),
                         pe.errorString(),
                         {}};
        return Checkpoint::fromJson(doc.object());
    }

    QStringList manifestFiles(const QString &workspace) const
    {
        QDir dir(workspaceDir(workspace));
        QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (QString &n : names)
            n = dir.filePath(n);
        return names;
    }

    std::shared_ptr<const Checkpoint> previous(const QString &workspace)
    {
        {
            QMutexLocker lock(&mutex);
            if (auto it = latest.constFind(workspace); it != latest.cend())
                return *it;
        }
        const QStringList files = manifestFiles(workspace);
        if (files.isEmpty())
            return {};
        auto loaded = loadFile(files.last());
        if (!loaded)
            return {};
        auto p = std::make_shared<const Checkpoint>(std::move(*loaded));
        QMutexLocker lock(&mutex);
        latest.insert(workspace, p);
        return p;
    }

    // Reads the file at `rel` beneath rootFd, hashing it and writing it to a temporary blob;
    // the blob is renamed to its hash unless the store already has those bytes.
    Result<QString> storeFile(int rootFd, CheckpointEntry &e, const std::atomic_bool *cancelled)
    {
        Fd src(openBeneath(rootFd, QFile::encodeName(e.path), O_RDONLY | O_NONBLOCK | O_NOCTTY));
        if (!src.valid())
            return Error{QStringLiteral("checkpoint_unreadable"), sysError(errno), {}, {}};
        struct stat st
        {};
        if (::fstat(src.get(), &st) != 0 || !S_ISREG(st.st_mode))
            return Error{QStringLiteral("checkpoint_unreadable"),
                         QStringLiteral("it is no longer a regular file"),
                         {},
                         {}};
        e.size = qint64(st.st_size);
        e.mtimeNs = nsOf(st.st_mtim);
        e.ctimeNs = nsOf(st.st_ctim);
        e.inode = quint64(st.st_ino);
        e.mode = quint32(st.st_mode & 07777);
        if (e.size > maxFileBytes.load())
            return Error{QStringLiteral("checkpoint_too_large"),
                         QStringLiteral("larger than the %1 MiB limit (%2 MiB)")
                             .arg(maxFileBytes.load() >> 20)
                             .arg(mib(e.size)),
                         {},
                         {}};
        const int fl = ::fcntl(src.get(), F_GETFL);
        ::fcntl(src.get(), F_SETFL, fl & ~O_NONBLOCK);

        const QString tmpPath =
            root + QStringLiteral("/tmp/") + QString::number(QRandomGenerator::global()->generate64(), 16);
        const QByteArray tmpName = QFile::encodeName(tmpPath);
        Fd tmp(::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (!tmp.valid())
            return Error{QStringLiteral("checkpoint_store_io"),
                         QStringLiteral("Cannot write to the checkpoint store %1.").arg(quoted(root)),
                         sysError(errno),
                         {}};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buf(kChunk, Qt::Uninitialized);
        qint64 total = 0;
        const auto fail = [&](const Error &err) -> Result<QString> {
            ::unlink(tmpName.constData());
            return err;
        };
        for (;;) {
            if (cancelled && cancelled->load())
                return fail(cancelledError());
            const ssize_t n = ::read(src.get(), buf.data(), size_t(buf.size()));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return fail(Error{QStringLiteral("checkpoint_unreadable"), sysError(errno), {}, {}});
            }
            if (n == 0)
                break;
            total += n;
            if (total > maxFileBytes.load()) // grew while read
                return fail(
                    Error{QStringLiteral("checkpoint_too_large"),
                          QStringLiteral("larger than the %1 MiB limit").arg(maxFileBytes.load() >> 20),
                          {},
                          {}});
            hash.addData(QByteArrayView(buf.constData(), n));
            if (!CheckpointFs::writeAll(tmp.get(), buf.constData(), n))
                return fail(
                    Error{QStringLiteral("checkpoint_store_io"),
                          QStringLiteral("Cannot write to the checkpoint store %1.").arg(quoted(root)),
                          sysError(errno),
                          {}});
        }
        tmp.reset();
        e.size = total;
        hashed.fetch_add(1);
        const QString hex = QString::fromLatin1(hash.result().toHex());
        const QString dest = blobPath(hex);
        if (QFileInfo::exists(dest)) {
            ::unlink(tmpName.constData());
            return hex;
        }
        QDir().mkpath(root + QStringLiteral("/blobs/") + hex.left(2));
        if (::rename(tmpName.constData(), QFile::encodeName(dest).constData()) != 0)
            return fail(Error{QStringLiteral("checkpoint_store_io"),
                              QStringLiteral("Cannot write to the checkpoint store %1.").arg(quoted(root)),
                              sysError(errno),
                              {}});
        blobs.fetch_add(1);
        return hex;
    }

    Result<Checkpoint> capture(const Request &req, const std::atomic_bool *cancelled,
                               const std::function<void(int, int)> &progress)
    {
        if (req.prerequisite) {
            req.prerequisite(cancelled);
            if (cancelled && cancelled->load())
                return cancelledError();
        }
        const auto ws = canonicalWorkspace(req.workspace);
        if (!ws)
            return ws.error();
        if (Status s = checkNotInside(*ws); !s)
            return s.error();
        if (Status s = ensureDirs(); !s)
            return s.error();
        Fd rootFd(::open(QFile::encodeName(*ws).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!rootFd.valid())
            return Error{QStringLiteral("workspace_unavailable"),
                         QStringLiteral("The workspace %1 cannot be opened.").arg(quoted(*ws)),
                         sysError(errno),
                         {}};

        Scan scan = scanTree(rootFd.get(), maxEntries.load(), maxFileBytes.load(), cancelled);
        if (!scan.error.isNull())
            return scan.error;

        Checkpoint cp;
        cp.id = newId();
        cp.workspace = *ws;
        cp.created = QDateTime::currentDateTimeUtc();
        cp.runId = req.runId;
        cp.toolUseId = req.toolUseId;
        cp.label = req.label;
        cp.entries = std::move(scan.entries);

        // Unchanged since the previous checkpoint (same size, mtime, ctime and inode, blob
        // present): keep the hash without reading the file. ctime matters because a command can
        // rewrite a file and put its mtime back; no one can set ctime.
        const auto prev = previous(*ws);
        QList<qsizetype> toHash;
        for (qsizetype i = 0; i < cp.entries.size(); ++i) {
            CheckpointEntry &e = cp.entries[i];
            if (e.type != CheckpointEntry::Type::File || !e.captured())
                continue;
            const CheckpointEntry *old = prev ? prev->find(e.path) : nullptr;
            if (old && old->type == e.type && old->captured() && old->size == e.size &&
                old->mtimeNs == e.mtimeNs && old->ctimeNs != 0 && old->ctimeNs == e.ctimeNs &&
                old->inode == e.inode && validHash(old->sha256) && QFileInfo::exists(blobPath(old->sha256))) {
                e.sha256 = old->sha256;
                ++cp.reusedFiles;
            } else {
                toHash.append(i);
            }
        }
        for (qsizetype k = 0; k < toHash.size(); ++k) {
            if (progress)
                progress(int(k), int(toHash.size()));
            if (cancelled && cancelled->load())
                return cancelledError();
            CheckpointEntry &e = cp.entries[toHash.at(k)];
            auto stored = storeFile(rootFd.get(), e, cancelled);
            if (!stored) {
                if (stored.error().code == QLatin1String("checkpoint_cancelled"))
                    return stored.error();
                if (stored.error().code == QLatin1String("checkpoint_store_io"))
                    return stored.error();
                e.notCaptured = stored.error().code == QLatin1String("checkpoint_too_large")
                                    ? stored.error().message
                                    : QStringLiteral("it could not be read (%1)").arg(stored.error().message);
                continue;
            }
            e.sha256 = *stored;
            ++cp.hashedFiles;
        }
        if (progress)
            progress(int(toHash.size()), int(toHash.size()));
        if (cancelled && cancelled->load())
            return cancelledError();

        // Every blob the manifest names is on disk before the manifest exists.
        {
            Fd storeFd(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
            if (storeFd.valid())
                ::syncfs(storeFd.get());
        }
        const QString dir = workspaceDir(*ws);
        if (!QDir().mkpath(dir))
            return Error{QStringLiteral("checkpoint_store_io"),
                         QStringLiteral("Cannot write to the checkpoint store %1.").arg(quoted(root)),
                         {},
                         {}};
        QSaveFile out(dir + QLatin1Char('/') + cp.id + QStringLiteral(".json"));
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(cp.toJson()).toJson(QJsonDocument::Compact)) < 0 || !out.commit())
            return Error{QStringLiteral("checkpoint_store_io"),
                         QStringLiteral("Cannot write the checkpoint manifest in %1.").arg(quoted(root)),
                         out.errorString(),
                         {}};
        auto shared = std::make_shared<const Checkpoint>(cp);
        QMutexLocker lock(&mutex);
        latest.insert(*ws, shared);
        return cp;
    }

    Result<Checkpoint> load(const QString &id) const
    {
        if (!validId(id))
            return Error{QStringLiteral("checkpoint_not_found"),
                         QStringLiteral("%1 is not a checkpoint id.").arg(quoted(id)),
                         {},
                         {}};
        QDir dir(root + QStringLiteral("/workspaces"));
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = dir.filePath(sub + QLatin1Char('/') + id + QStringLiteral(".json"));
            if (QFileInfo::exists(path))
                return loadFile(path);
        }
        return Error{QStringLiteral("checkpoint_not_found"),
                     QStringLiteral("No checkpoint %1 in the store %2. List them with: agent-workbench "
                                    "checkpoints list --workspace DIR")
                         .arg(quoted(id), quoted(root)),
                     {},
                     {}};
    }

    Result<RewindReport> rewind(const QString &id, const QString &workspace, std::pair<int, int> owner,
                                const std::atomic_bool *cancelled);
};

// ---- rewind ---------------------------------------------------------------------------------

Result<RewindReport> CheckpointStore::Impl::rewind(const QString &id, const QString &workspace,
                                                   std::pair<int, int> owner,
                                                   const std::atomic_bool *cancelled)
{
    const auto cp = load(id);
    if (!cp)
        return cp.error();
    const auto ws = canonicalWorkspace(workspace);
    if (!ws)
        return ws.error();
    if (Status s = checkNotInside(*ws); !s)
        return s.error();
    Fd rootFd(::open(QFile::encodeName(*ws).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!rootFd.valid())
        return Error{QStringLiteral("workspace_unavailable"),
                     QStringLiteral("The workspace %1 cannot be opened.").arg(quoted(*ws)),
                     sysError(errno),
                     {}};

    RewindReport report;
    report.checkpointId = cp->id;
    report.toolUseId = cp->toolUseId;
    report.runId = cp->runId;

    const Scan current = scanTree(rootFd.get(), std::numeric_limits<int>::max(),
                                  std::numeric_limits<qint64>::max(), cancelled);
    if (!current.error.isNull())
        return current.error;
    QHash<QString, const CheckpointEntry *> now;
    for (const CheckpointEntry &e : current.entries)
        now.insert(e.path, &e);

    const auto stopped = [&](const QString &path, int err, const QString &what) {
        return Error{
            QStringLiteral("rewind_failed"),
            QStringLiteral("The rewind stopped at %1: could not %2. The workspace is partly restored.")
                .arg(quoted(path), what),
            sysError(err),
            {}};
    };
    const auto giveAway = [&](int fd) {
        if (owner.first >= 0)
            ::fchown(fd, uid_t(owner.first), gid_t(owner.second));
    };

    // Writes: everything but git's pointers first, then the pointers (see isGitPointer()).
    QList<const CheckpointEntry *> order;
    QList<const CheckpointEntry *> pointers;
    QStringList keep; // not-captured paths: left exactly as they are
    for (const CheckpointEntry &e : cp->entries) {
        if (!e.captured()) {
            keep.append(e.path);
            report.notRestored.append(QStringLiteral("%1: %2").arg(e.path, e.notCaptured));
            continue;
        }
        (isGitPointer(e.path) ? pointers : order).append(&e);
    }
    order.append(pointers);
    const auto kept = [&keep](const QString &path) {
        return std::any_of(keep.cbegin(), keep.cend(),
                           [&path](const QString &k) { return path == k || isUnder(path, k); });
    };

    DirStack dirs(rootFd.get(), owner);
    for (const CheckpointEntry *e : std::as_const(order)) {
        if (cancelled && cancelled->load())
            return cancelledError();
        if (kept(e->path))
            continue;
        const int parent = dirs.open(parentOf(e->path), true);
        if (parent < 0)
            return stopped(e->path, errno, QStringLiteral("open its folder"));
        const QByteArray name = QFile::encodeName(nameOf(e->path));
        struct stat st
        {};
        const bool exists = ::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;

        if (e->type == CheckpointEntry::Type::Dir) {
            if (exists && S_ISDIR(st.st_mode))
                continue; // mode and time are set in the last pass
            if (exists && CheckpointFs::removeTree(parent, name) != 0)
                return stopped(e->path, errno, QStringLiteral("remove what is in the folder's place"));
            if (::mkdirat(parent, name.constData(), 0700) != 0)
                return stopped(e->path, errno, QStringLiteral("create the folder"));
            Fd fd(openBeneath(parent, name, O_RDONLY | O_DIRECTORY));
            if (fd.valid())
                giveAway(fd.get());
            ++report.dirsCreated;
            continue;
        }

        if (e->type == CheckpointEntry::Type::Symlink) {
            if (exists && S_ISLNK(st.st_mode)) {
                QByteArray target(qsizetype(st.st_size) + 1, Qt::Uninitialized);
                const ssize_t n =
                    ::readlinkat(parent, name.constData(), target.data(), size_t(target.size()));
                if (n >= 0 && target.left(n) == e->linkTarget) {
                    ++report.unchanged;
                    continue;
                }
            }
            const QByteArray tmp = QFile::encodeName(tempName());
            if (::symlinkat(e->linkTarget.constData(), parent, tmp.constData()) != 0)
                return stopped(e->path, errno, QStringLiteral("create the link"));
            if (owner.first >= 0)
                ::fchownat(parent, tmp.constData(), uid_t(owner.first), gid_t(owner.second),
                           AT_SYMLINK_NOFOLLOW);
            const struct timespec times[2] = {tsOf(e->mtimeNs), tsOf(e->mtimeNs)};
            ::utimensat(parent, tmp.constData(), times, AT_SYMLINK_NOFOLLOW);
            if (exists && S_ISDIR(st.st_mode) && CheckpointFs::removeTree(parent, name) != 0) {
                ::unlinkat(parent, tmp.constData(), 0);
                return stopped(e->path, errno, QStringLiteral("remove the folder in the link's place"));
            }
            if (::renameat(parent, tmp.constData(), parent, name.constData()) != 0) {
                const int err = errno;
                ::unlinkat(parent, tmp.constData(), 0);
                return stopped(e->path, err, QStringLiteral("put the link in place"));
            }
            ++report.written;
            continue;
        }

        // A regular file.
        if (exists && S_ISREG(st.st_mode) && qint64(st.st_size) == e->size) {
            // ctime too: the file may have been rewritten with its mtime put back.
            bool same = nsOf(st.st_mtim) == e->mtimeNs && e->ctimeNs != 0 && nsOf(st.st_ctim) == e->ctimeNs &&
                        quint64(st.st_ino) == e->inode;
            Fd cur(openBeneath(parent, name, O_RDONLY | O_NONBLOCK | O_NOCTTY));
            if (!same && cur.valid()) {
                QCryptographicHash h(QCryptographicHash::Sha256);
                QByteArray buf(kChunk, Qt::Uninitialized);
                ssize_t n;
                while ((n = ::read(cur.get(), buf.data(), size_t(buf.size()))) > 0)
                    h.addData(QByteArrayView(buf.constData(), n));
                same = n == 0 && QString::fromLatin1(h.result().toHex()) == e->sha256;
            }
            if (same && cur.valid()) {
                if ((st.st_mode & 07777) != e->mode) {
                    ::fchmod(cur.get(), e->mode);
                    ++report.modesRestored;
                }
                ++report.unchanged;
                continue;
            }
        }
        Fd blob(::open(QFile::encodeName(blobPath(e->sha256)).constData(), O_RDONLY | O_CLOEXEC));
        if (!validHash(e->sha256) || !blob.valid())
            return Error{QStringLiteral("checkpoint_blob_missing"),
                         QStringLiteral("The stored content of %1 is missing from the checkpoint store; the "
                                        "rewind stopped and the workspace is partly restored.")
                             .arg(quoted(e->path)),
                         {},
                         {}};
        const QByteArray tmp = QFile::encodeName(tempName());
        // O_EXCL with O_CREAT never follows a link, and the name is fresh in a folder we hold.
        Fd out(::openat(parent, tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!out.valid())
            return stopped(e->path, errno, QStringLiteral("write the file"));
        QCryptographicHash h(QCryptographicHash::Sha256);
        QByteArray buf(kChunk, Qt::Uninitialized);
        ssize_t n;
        bool ok = true;
        while ((n = ::read(blob.get(), buf.data(), size_t(buf.size()))) > 0) {
            h.addData(QByteArrayView(buf.constData(), n));
            if (!CheckpointFs::writeAll(out.get(), buf.constData(), n)) {
                ok = false;
                break;
            }
        }
        const int err = errno;
        if (!ok || n < 0) {
            ::unlinkat(parent, tmp.constData(), 0);
            return stopped(e->path, err, QStringLiteral("write the file"));
        }
        if (QString::fromLatin1(h.result().toHex()) != e->sha256) {
            ::unlinkat(parent, tmp.constData(), 0);
            return Error{QStringLiteral("checkpoint_blob_corrupt"),
                         QStringLiteral("The stored content of %1 is damaged (its hash does not match); the "
                                        "rewind stopped and the workspace is partly restored.")
                             .arg(quoted(e->path)),
                         {},
                         {}};
        }
        ::fchmod(out.get(), e->mode);
        giveAway(out.get());
        const struct timespec times[2] = {tsOf(e->mtimeNs), tsOf(e->mtimeNs)};
        ::futimens(out.get(), times);
        out.reset();
        if (exists && S_ISDIR(st.st_mode) && CheckpointFs::removeTree(parent, name) != 0) {
            ::unlinkat(parent, tmp.constData(), 0);
            return stopped(e->path, errno, QStringLiteral("remove the folder in the file's place"));
        }
        if (::renameat(parent, tmp.constData(), parent, name.constData()) != 0) {
            const int e2 = errno;
            ::unlinkat(parent, tmp.constData(), 0);
            return stopped(e->path, e2, QStringLiteral("put the file in place"));
        }
        ++report.written;
    }

    // Remove what the checkpoint did not have, parents before children (a removed folder takes
    // its contents along).
    QStringList removedDirs;
    for (const CheckpointEntry &e : current.entries) {
        if (cancelled && cancelled->load())
            return cancelledError();
        if (cp->find(e.path) || kept(e.path))
            continue;
        const QString parentPath = parentOf(e.path);
        bool gone = false;
        for (QString p = parentPath; !p.isEmpty(); p = parentOf(p)) {
            const CheckpointEntry *t = cp->find(p);
            if (!t || t->type != CheckpointEntry::Type::Dir) {
                gone = true; // removed with an ancestor, or replaced by a file or link
                break;
            }
        }
        if (gone)
            continue;
        const int parent = dirs.open(parentPath, false);
        if (parent < 0)
            continue;
        if (CheckpointFs::removeTree(parent, QFile::encodeName(nameOf(e.path))) != 0)
            return stopped(e.path, errno, QStringLiteral("remove it"));
        ++report.removed;
    }

    // Folder modes and times last, deepest first: writing inside a folder changes its mtime.
    for (auto it = cp->entries.crbegin(); it != cp->entries.crend(); ++it) {
        if (it->type != CheckpointEntry::Type::Dir || !it->captured() || kept(it->path))
            continue;
        Fd fd(openBeneath(rootFd.get(), QFile::encodeName(it->path), O_RDONLY | O_DIRECTORY));
        if (!fd.valid())
            continue;
        struct stat st
        {};
        if (::fstat(fd.get(), &st) == 0 && (st.st_mode & 07777) != it->mode) {
            ::fchmod(fd.get(), it->mode);
            const CheckpointEntry *was = now.value(it->path);
            if (was && was->mode != it->mode)
                ++report.modesRestored;
        }
        const struct timespec times[2] = {tsOf(it->mtimeNs), tsOf(it->mtimeNs)};
        ::futimens(fd.get(), times);
    }
    ::syncfs(rootFd.get());
    return report;
}

// ---- public API ------------------------------------------------------------------------------

CheckpointStore::CheckpointStore(const QString &root)
    : d(std::make_shared<Impl>())
{
    d->root = root.isEmpty() ? defaultRoot() : root;
}

CheckpointStore::~CheckpointStore() = default;

QString CheckpointStore::defaultRoot()
{
    // Same folder as RunConfig::dataDirectory(); wb_checkpoint does not link the agent library.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/agent-workbench/checkpoints");
}

QString CheckpointStore::root() const
{
    return d->root;
}

void CheckpointStore::setMaxFileBytes(qint64 bytes)
{
    d->maxFileBytes = bytes;
}

qint64 CheckpointStore::maxFileBytes() const
{
    return d->maxFileBytes.load();
}

void CheckpointStore::setMaxEntries(int entries)
{
    d->maxEntries = entries;
}

quint64 CheckpointStore::filesHashed() const
{
    return d->hashed.load();
}

quint64 CheckpointStore::blobsWritten() const
{
    return d->blobs.load();
}

Result<Checkpoint> CheckpointStore::capture(const Request &request, const std::atomic_bool *cancelled,
                                            const std::function<void(int, int)> &progress) const
{
    return d->capture(request, cancelled, progress);
}

Result<RewindReport> CheckpointStore::rewind(const QString &id, const QString &workspace,
                                             std::pair<int, int> owner,
                                             const std::atomic_bool *cancelled) const
{
    return d->rewind(id, workspace, owner, cancelled);
}

Result<Checkpoint> CheckpointStore::load(const QString &id) const
{
    return d->load(id);
}

Result<QList<Checkpoint>> CheckpointStore::list(const QString &workspace) const
{
    const auto ws = Impl::canonicalWorkspace(workspace);
    if (!ws)
        return ws.error();
    QList<Checkpoint> out;
    for (const QString &file : d->manifestFiles(*ws)) {
        auto c = d->loadFile(file);
        if (!c)
            return c.error();
        out.append(std::move(*c));
    }
    return out;
}

Result<QByteArray> CheckpointStore::blob(const QString &sha256) const
{
    QFile f(d->blobPath(sha256));
    if (!validHash(sha256) || !f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("checkpoint_blob_missing"),
                     QStringLiteral("The stored content %1 is missing from the checkpoint store.")
                         .arg(sha256.left(12)),
                     f.errorString(),
                     {}};
    return f.readAll();
}

CheckpointJob *CheckpointStore::createCheckpoint(const Request &request, QObject *parent) const
{
    return new CheckpointJob(d, request, parent);
}

RewindJob *CheckpointStore::createRewind(const QString &id, const QString &workspace,
                                         std::pair<int, int> owner, bool safetyCheckpoint,
                                         QObject *parent) const
{
    return new RewindJob(d, id, workspace, owner, safetyCheckpoint, parent);
}

// ---- jobs -----------------------------------------------------------------------------------

namespace {
Error notFinished()
{
    return Error{QStringLiteral("not_finished"), QStringLiteral("The job has not finished."), {}, {}};
}
} // namespace

CheckpointJob::CheckpointJob(std::shared_ptr<CheckpointStore::Impl> store, CheckpointStore::Request request,
                             QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_request(std::move(request))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_result(std::make_shared<Result<Checkpoint>>(notFinished()))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
}

CheckpointJob::~CheckpointJob()
{
    m_cancel->store(true); // the worker keeps its own references and ends soon
}

void CheckpointJob::start()
{
    auto promise = std::make_shared<QPromise<void>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, store = m_store, request = m_request, cancel = m_cancel, result = m_result] {
            promise->start();
            *result = store->capture(request, cancel.get(), [&promise](int done, int total) {
                promise->setProgressRange(0, total);
                promise->setProgressValue(done);
            });
            promise->finish();
        });
}

void CheckpointJob::cancel()
{
    m_cancel->store(true);
}

RewindJob::RewindJob(std::shared_ptr<CheckpointStore::Impl> store, QString id, QString workspace,
                     std::pair<int, int> owner, bool safety, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_id(std::move(id))
    , m_workspace(std::move(workspace))
    , m_owner(owner)
    , m_safety(safety)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_result(std::make_shared<Result<RewindReport>>(notFinished()))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
}

RewindJob::~RewindJob()
{
    m_cancel->store(true);
}

void RewindJob::start()
{
    auto promise = std::make_shared<QPromise<void>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, store = m_store, id = m_id, ws = m_workspace,
                                          owner = m_owner, safety = m_safety, cancel = m_cancel,
                                          result = m_result] {
        promise->start();
        QString safetyId;
        if (safety) {
            // The state being replaced, so the rewind itself can be undone.
            CheckpointStore::Request req;
            req.workspace = ws;
            req.label = QStringLiteral("before rewind to %1").arg(id);
            auto before = store->capture(req, cancel.get(), {});
            if (!before) {
                *result = before.error();
                promise->finish();
                return;
            }
            safetyId = before->id;
        }
        auto report = store->rewind(id, ws, owner, cancel.get());
        if (report)
            report->safetyCheckpointId = safetyId;
        *result = std::move(report);
        promise->finish();
    });
}

void RewindJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Workbench

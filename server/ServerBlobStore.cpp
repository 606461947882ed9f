#include "ServerBlobStore.h"

#include "JsonLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace akta::server {

ServerBlobStore::ServerBlobStore(const QString& dir) : m_dir(dir)
{
    QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("partial")));
}

bool ServerBlobStore::isHash(const QString& text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    return pattern.match(text).hasMatch();
}

QString ServerBlobStore::path(const QString& sha256) const
{
    return QDir(m_dir).filePath(sha256.left(2) + QLatin1Char('/') + sha256.mid(2, 2) + QLatin1Char('/') +
                                sha256);
}

QString ServerBlobStore::partialPath(const QString& sha256) const
{
    return QDir(m_dir).filePath(QStringLiteral("partial/") + sha256 + QStringLiteral(".part"));
}

bool ServerBlobStore::contains(const QString& sha256) const
{
    return QFileInfo::exists(path(sha256));
}

qint64 ServerBlobStore::size(const QString& sha256) const
{
    return QFileInfo(path(sha256)).size();
}

qint64 ServerBlobStore::partialSize(const QString& sha256) const
{
    const QFileInfo info(partialPath(sha256));
    return info.exists() ? info.size() : 0;
}

bool ServerBlobStore::beginUpload(const QString& sha256)
{
    QMutexLocker locker(&m_mutex);
    if (m_uploading.contains(sha256)) {
        return false;
    }
    m_uploading.insert(sha256);
    return true;
}

void ServerBlobStore::endUpload(const QString& sha256)
{
    QMutexLocker locker(&m_mutex);
    m_uploading.remove(sha256);
}

std::unique_ptr<QFile> ServerBlobStore::openPartial(const QString& sha256)
{
    auto file = std::make_unique<QFile>(partialPath(sha256));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcServer) << "cannot open" << file->fileName() << file->errorString();
        return nullptr;
    }
    return file;
}

ServerBlobStore::Finish ServerBlobStore::finish(const QString& sha256, qint64 total)
{
    const QString partial = partialPath(sha256);
    QFile file(partial);
    if (!file.open(QIODevice::ReadOnly) || file.size() < total) {
        return Finish::Incomplete;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.close();
    if (file.size() != total || QString::fromLatin1(hash.result().toHex()) != sha256) {
        QFile::remove(partial);
        return Finish::HashMismatch;
    }
    const QString target = path(sha256);
    QDir().mkpath(QFileInfo(target).path());
    if (QFileInfo::exists(target)) {
        QFile::remove(partial);
        return Finish::Stored;
    }
    // Same file system: the rename is atomic, so a blob under its name is always whole.
    if (!QFile::rename(partial, target)) {
        qCWarning(lcServer) << "cannot move" << partial << "to" << target;
        return Finish::Incomplete;
    }
    return Finish::Stored;
}

void ServerBlobStore::discardPartial(const QString& sha256)
{
    QFile::remove(partialPath(sha256));
}

} // namespace akta::server

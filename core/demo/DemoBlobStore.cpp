#include "demo/DemoBlobStore.h"

#include <QDir>

#include <stdexcept>

namespace akta::demo {

DemoBlobStore::DemoBlobStore(const QString& directory, const blobs::BlobCipher::Key& key)
    : m_directory(directory), m_blobs(directory, key)
{
    QDir root;
    for (int i = 0; i < 256; ++i) {
        const QString sub = QDir(m_directory).filePath(QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0')));
        if (!root.mkpath(sub)) {
            throw std::runtime_error("cannot create the blob folder " + sub.toStdString());
        }
    }
}

QString DemoBlobStore::pathFor(const QString& sha256) const
{
    return m_blobs.pathOf(sha256);
}

DemoBlobStore::Stored DemoBlobStore::store(const QByteArray& content) const
{
    const blobs::BlobStore::Stored stored = m_blobs.putData(content);
    return {stored.sha256, stored.added ? stored.size : 0};
}

} // namespace akta::demo

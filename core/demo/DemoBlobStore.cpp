#include "demo/DemoBlobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <stdexcept>

namespace akta::demo {

DemoBlobStore::DemoBlobStore(const QString& directory) : m_directory(directory)
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
    return m_directory + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

DemoBlobStore::Stored DemoBlobStore::store(const QByteArray& content) const
{
    Stored result;
    result.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString path = pathFor(result.sha256);
    if (QFileInfo::exists(path)) {
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        throw std::runtime_error("cannot write the blob " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    }
    result.written = content.size();
    return result;
}

} // namespace akta::demo

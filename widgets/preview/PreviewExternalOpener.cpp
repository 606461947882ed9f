#include "PreviewExternalOpener.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace akta::widgets {

PreviewExternalOpener::PreviewExternalOpener(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Copy>::finished, this, [this] {
        const Copy copy = m_watcher.result();
        if (!copy.error.isEmpty()) {
            emit failed(copy.error);
        } else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy.path))) {
            emit failed(tr("No program on this computer opens %1.").arg(QFileInfo(copy.path).fileName()));
        } else {
            emit opened(m_sha256, copy.path);
        }
    });
}

void PreviewExternalOpener::open(const blobs::BlobStore& blobs, const QString& sha256,
                                 const QString& fileName)
{
    m_sha256 = sha256;
    m_watcher.setFuture(QtConcurrent::run([blobs, sha256, fileName] {
        return PreviewExternalOpener::copyToTemporary(blobs, sha256, fileName);
    }));
}

QString PreviewExternalOpener::safeFileName(const QString& fileName)
{
    QString name = QFileInfo(fileName).fileName();
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    for (QChar& c : name) {
        if (c.unicode() < 0x20 || forbidden.contains(c)) {
            c = QLatin1Char('_');
        }
    }
    while (name.startsWith(QLatin1Char('.'))) {
        name.remove(0, 1);
    }
    return name.trimmed().isEmpty() ? QStringLiteral("dokument") : name.trimmed();
}

PreviewExternalOpener::Copy PreviewExternalOpener::copyToTemporary(const blobs::BlobStore& blobs,
                                                                   const QString& sha256,
                                                                   const QString& fileName)
{
    QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("akta-preview-XXXXXX")));
    if (!folder.isValid()) {
        return {{}, tr("A temporary folder cannot be made: %1").arg(folder.errorString())};
    }
    const QString target = folder.filePath(safeFileName(fileName));
    try {
        blobs.copyTo(sha256, target); // decrypted, all or nothing
    } catch (const blobs::BlobError&) {
        return {{}, tr("The document cannot be copied for opening.")}; // the empty folder goes again
    }
    folder.setAutoRemove(false); // the other program reads the copy after we return
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    return {target, {}};
}

int PreviewExternalOpener::removeOldCopies(const QString& tempFolder, qint64 maxAgeSeconds)
{
    int removed = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList folders =
        QDir(tempFolder).entryInfoList({QStringLiteral("akta-preview-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& folder : folders) {
        if (folder.lastModified().toUTC().secsTo(now) < maxAgeSeconds) {
            continue;
        }
        // The copy was made read-only; the folder is ours, so it may go.
        QDir dir(folder.absoluteFilePath());
        for (const QFileInfo& file : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
            QFile::setPermissions(file.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        if (dir.removeRecursively()) {
            ++removed;
        }
    }
    return removed;
}

} // namespace akta::widgets

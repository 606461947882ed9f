#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

class QFile;

namespace akta::server {

// Content-addressed blobs on disk: <dir>/<2 hex>/<2 hex>/<sha256>. Uploads go to
// <dir>/partial/<sha256>.part, appended in order (so an interrupted upload resumes where it broke
// off), and are renamed into place only once the whole content hashes to its name.
class ServerBlobStore final
{
public:
    enum class Finish
    {
        Incomplete,
        Stored,
        HashMismatch
    };

    explicit ServerBlobStore(const QString& dir);
    Q_DISABLE_COPY_MOVE(ServerBlobStore)

    static bool isHash(const QString& text);

    bool contains(const QString& sha256) const;
    qint64 size(const QString& sha256) const;
    QString path(const QString& sha256) const;
    qint64 partialSize(const QString& sha256) const;

    // One upload of a blob at a time: false when another is running.
    bool beginUpload(const QString& sha256);
    void endUpload(const QString& sha256);
    // The partial file opened for appending. Null when it cannot be opened.
    std::unique_ptr<QFile> openPartial(const QString& sha256);
    // Once `total` bytes have arrived: verify and move into place (or discard on a mismatch).
    Finish finish(const QString& sha256, qint64 total);
    void discardPartial(const QString& sha256);

private:
    QString partialPath(const QString& sha256) const;

    QString m_dir;
    QMutex m_mutex;
    QSet<QString> m_uploading;
};

} // namespace akta::server

#include "BlobRoutes.h"

#include "AccessPolicy.h"
#include "ApiError.h"
#include "AuditLog.h"
#include "JsonBody.h"
#include "JsonLog.h"
#include "ServerBlobStore.h"
#include "ServerDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <httplib.h>

#include <memory>

namespace akta::server {

namespace {

const char* const kOffsetHeader = "Akta-Upload-Offset";
const char* const kLengthHeader = "Akta-Upload-Length";

QString hashFrom(const httplib::Request& req)
{
    const QString sha = QString::fromStdString(req.matches[1]);
    if (!ServerBlobStore::isHash(sha)) {
        throw ApiError::badRequest(QStringLiteral("a blob is named by its SHA-256: 64 lowercase hex digits"));
    }
    return sha;
}

qint64 headerNumber(const httplib::Request& req, const char* name, qint64 fallback)
{
    if (!req.has_header(name)) {
        if (fallback < 0) {
            throw ApiError::badRequest(QStringLiteral("the header %1 is required").arg(QLatin1String(name)));
        }
        return fallback;
    }
    bool ok = false;
    const qint64 value = QString::fromStdString(req.get_header_value(name)).toLongLong(&ok);
    if (!ok || value < 0) {
        throw ApiError::badRequest(
            QStringLiteral("the header %1 must be a non-negative integer").arg(QLatin1String(name)));
    }
    return value;
}

void sendStatus(httplib::Response& res, int status, const QString& sha, qint64 size, bool complete)
{
    res.status = status;
    const QJsonObject body{{QStringLiteral("sha256"), sha},
                           {QStringLiteral("size"), size},
                           {QStringLiteral("complete"), complete}};
    res.set_content(JsonBody::serialize(body).toStdString(), "application/json");
}

// Releases the one-upload-per-blob lock however the request ends.
class UploadGuard final
{
public:
    UploadGuard(ServerBlobStore& blobs, const QString& sha) : m_blobs(blobs), m_sha(sha) {}
    ~UploadGuard() { m_blobs.endUpload(m_sha); }
    Q_DISABLE_COPY_MOVE(UploadGuard)

private:
    ServerBlobStore& m_blobs;
    QString m_sha;
};

// Reads the whole body and says whether it is the content named by `sha` (a proof of holding it).
bool holdsContent(const QString& sha, qint64 total, qint64 offset, const httplib::ContentReader& reader)
{
    if (offset != 0) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    const bool read = reader([&](const char* data, size_t length) {
        received += static_cast<qint64>(length);
        if (received > total) {
            return false;
        }
        hash.addData(QByteArrayView(data, static_cast<qsizetype>(length)));
        return true;
    });
    return read && received == total && QString::fromLatin1(hash.result().toHex()) == sha;
}

} // namespace

void BlobRoutes::head(AccessPolicy& policy, const httplib::Request& req, httplib::Response& res)
{
    const QString sha = hashFrom(req);
    if (m_blobs.contains(sha) && policy.canReadBlob(sha)) {
        res.status = 200;
        res.set_header("Content-Length", std::to_string(m_blobs.size(sha)));
        return;
    }
    res.status = 404;
    res.set_header(kOffsetHeader, std::to_string(m_blobs.contains(sha) ? 0 : m_blobs.partialSize(sha)));
}

void BlobRoutes::get(AccessPolicy& policy, const httplib::Request& req, httplib::Response& res)
{
    const QString sha = hashFrom(req);
    if (!m_blobs.contains(sha) || !policy.canReadBlob(sha)) {
        if (m_blobs.contains(sha)) {
            // Someone asked for content they may not read (a hash from a tampered store, say): the
            // attempt is recorded under the case that holds it, so its leaders see it.
            QSqlQuery holder = m_db.exec(
                QStringLiteral("SELECT case_id FROM blob_refs WHERE sha256 = ? ORDER BY case_id LIMIT 1"),
                {sha});
            AuditLog(m_db).append({policy.user().id, QStringLiteral("read_blob_denied"),
                                   holder.next() ? holder.value(0).toString() : QString(),
                                   QStringLiteral("blob"), sha, QJsonObject{}});
        }
        throw ApiError::notFound(QStringLiteral("no such blob, or no access to it"));
    }
    // Reading document content leaves a trace before a byte is sent.
    AuditLog(m_db).append({policy.user().id, QStringLiteral("read_blob"), policy.blobCase(sha),
                           QStringLiteral("blob"), sha,
                           QJsonObject{{QStringLiteral("range"), !req.ranges.empty()}}});
    auto file = std::make_shared<QFile>(m_blobs.path(sha));
    if (!file->open(QIODevice::ReadOnly)) {
        throw ApiError(500, QStringLiteral("internal"), QStringLiteral("the blob cannot be read"));
    }
    const qint64 size = file->size();
    if (req.ranges.size() > 1) {
        throw ApiError(416, QStringLiteral("range_not_satisfiable"),
                       QStringLiteral("only one range per request"));
    }
    if (req.ranges.size() == 1) {
        const auto [first, last] = req.ranges.front();
        if (first >= size || (first >= 0 && last >= 0 && last < first)) {
            // httplib would cut the error body to the range too: drop it. The Request object that
            // httplib hands out as const is its own non-const local, so this is well defined.
            const_cast<httplib::Request&>(req).ranges.clear();
            res.set_header("Content-Range", "bytes */" + std::to_string(size));
            throw ApiError(416, QStringLiteral("range_not_satisfiable"),
                           QStringLiteral("the range is outside the %1 bytes of the blob").arg(size));
        }
    }
    res.set_header("Accept-Ranges", "bytes");
    res.set_content_provider(static_cast<size_t>(size), "application/octet-stream",
                             [file](size_t offset, size_t length, httplib::DataSink& sink) {
                                 constexpr qint64 chunk = 256 * 1024;
                                 if (!file->seek(static_cast<qint64>(offset))) {
                                     return false;
                                 }
                                 const QByteArray data =
                                     file->read(std::min<qint64>(chunk, static_cast<qint64>(length)));
                                 if (data.isEmpty()) {
                                     return false;
                                 }
                                 return sink.write(data.constData(), static_cast<size_t>(data.size()));
                             });
}

void BlobRoutes::put(AccessPolicy& policy, const httplib::Request& req, httplib::Response& res,
                     const httplib::ContentReader& reader)
{
    const QString sha = hashFrom(req);
    const qint64 total = headerNumber(req, kLengthHeader, -1);
    const qint64 offset = headerNumber(req, kOffsetHeader, 0);
    if (total > m_maxBlobBytes) {
        throw ApiError::tooLarge(QStringLiteral("a blob may have at most %1 bytes").arg(m_maxBlobBytes));
    }
    const auto remember = [&] {
        m_db.exec(
            QStringLiteral("INSERT INTO blob_uploads(sha256, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {sha, policy.user().id});
    };
    if (m_blobs.contains(sha)) {
        res.set_header("Connection", "close");
        if (!policy.canReadBlob(sha) && !holdsContent(sha, total, offset, reader)) {
            // Knowing a hash is not holding the content: only the whole content, hashed here, counts.
            throw ApiError(
                422, QStringLiteral("hash_mismatch"),
                QStringLiteral("send the whole content from offset 0; it must hash to %1").arg(sha));
        }
        remember();
        sendStatus(res, 200, sha, m_blobs.size(sha), true);
        return;
    }
    if (!m_blobs.beginUpload(sha)) {
        res.set_header("Connection", "close");
        throw ApiError(409, QStringLiteral("conflict"),
                       QStringLiteral("another upload of this blob is running"));
    }
    UploadGuard guard(m_blobs, sha);
    const qint64 kept = m_blobs.partialSize(sha);
    if (offset != kept || offset > total) {
        res.set_header("Connection", "close");
        res.set_header(kOffsetHeader, std::to_string(kept));
        throw ApiError(409, QStringLiteral("conflict"),
                       QStringLiteral("the upload continues at offset %1, not %2").arg(kept).arg(offset));
    }
    std::unique_ptr<QFile> file = m_blobs.openPartial(sha);
    if (!file) {
        throw ApiError(500, QStringLiteral("internal"), QStringLiteral("the blob store cannot be written"));
    }
    qint64 received = offset;
    bool tooLong = false;
    bool writeFailed = false;
    const bool read = reader([&](const char* data, size_t length) {
        if (received + static_cast<qint64>(length) > total) {
            tooLong = true;
            return false;
        }
        if (file->write(data, static_cast<qint64>(length)) != static_cast<qint64>(length)) {
            writeFailed = true;
            return false;
        }
        received += static_cast<qint64>(length);
        return true;
    });
    file->close();
    if (tooLong) {
        m_blobs.discardPartial(sha);
        res.set_header("Connection", "close");
        throw ApiError::badRequest(QStringLiteral("the body is longer than %1 says (%2 bytes)")
                                       .arg(QLatin1String(kLengthHeader))
                                       .arg(total));
    }
    if (writeFailed) {
        throw ApiError(507, QStringLiteral("internal"), QStringLiteral("the blob store cannot be written"));
    }
    if (!read || received < total) {
        // Broken off: what arrived is kept; HEAD tells where to resume.
        sendStatus(res, 202, sha, received, false);
        return;
    }
    switch (m_blobs.finish(sha, total)) {
    case ServerBlobStore::Finish::Stored:
        remember();
        JsonLog::event(QStringLiteral("blob_stored"),
                       {{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), total}});
        sendStatus(res, 201, sha, total, true);
        return;
    case ServerBlobStore::Finish::HashMismatch:
        throw ApiError(422, QStringLiteral("hash_mismatch"),
                       QStringLiteral("the content does not hash to %1; nothing was stored").arg(sha));
    case ServerBlobStore::Finish::Incomplete:
        break;
    }
    sendStatus(res, 202, sha, m_blobs.partialSize(sha), false);
}

} // namespace akta::server

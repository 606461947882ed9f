#include "sync/ServerApi.h"

#include "sync/SyncError.h"
#include "sync/SyncLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QThread>
#include <QUrlQuery>

namespace akta::sync {

namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

} // namespace

ServerApi::ServerApi(const QUrl& server, RetryPolicy retry, int idleTimeoutMs)
    : m_base(server), m_retry(retry), m_timeout(idleTimeoutMs)
{
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (!path.endsWith(QLatin1String("/api/v1"))) {
        path += QLatin1String("/api/v1");
    }
    m_base.setPath(path);
}

QNetworkRequest ServerApi::request(const QString& path) const
{
    QUrl url = m_base;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    if (!m_token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8());
    }
    return request;
}

void ServerApi::checkCancelled() const
{
    if (m_cancelled && m_cancelled->load()) {
        throw SyncError(SyncError::Kind::Cancelled, "the sync was cancelled");
    }
}

QString ServerApi::errorMessage(const NetworkJob::Result& result)
{
    if (result.status == 0) {
        return result.errorText;
    }
    const QJsonObject error = QJsonDocument::fromJson(result.body).object();
    const QString message = error.value(QStringLiteral("message")).toString();
    return QStringLiteral("HTTP %1%2")
        .arg(result.status)
        .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
}

template <typename Send> NetworkJob::Result ServerApi::withRetry(const QString& what, Send send)
{
    for (int attempt = 1;; ++attempt) {
        checkCancelled();
        NetworkJob job(m_manager, m_timeout);
        NetworkJob::Result result = send(job);
        if (!result.isTransient()) {
            if (result.status == 401) {
                throw SyncError(SyncError::Kind::Auth,
                                text(what + QStringLiteral(": ") + errorMessage(result)));
            }
            if (result.status == 403 &&
                QJsonDocument::fromJson(result.body).object().value(QStringLiteral("error")).toString() ==
                    QLatin1String("device_revoked")) {
                throw SyncError(SyncError::Kind::DeviceRevoked,
                                text(what + QStringLiteral(": ") + errorMessage(result)));
            }
            return result;
        }
        if (attempt >= m_retry.attempts) {
            throw SyncError(SyncError::Kind::Transient,
                            text(what + QStringLiteral(": ") + errorMessage(result)));
        }
        const int delay = m_retry.delayBefore(attempt);
        qCInfo(lcSync) << what << "failed:" << errorMessage(result) << "- retrying in" << delay << "ms";
        for (int waited = 0; waited < delay; waited += 50) {
            checkCancelled();
            QThread::msleep(50);
        }
    }
}

QJsonObject ServerApi::expectJson(const QString& what, const NetworkJob::Result& result, int okStatus)
{
    if (result.status != okStatus) {
        throw SyncError(SyncError::Kind::Protocol, text(what + QStringLiteral(": ") + errorMessage(result)));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw SyncError(SyncError::Kind::Protocol,
                        text(what + QStringLiteral(": the answer is not a JSON object")));
    }
    return document.object();
}

QJsonObject ServerApi::login(const QString& username, const QString& password, const QString& device)
{
    QJsonObject fields{{QStringLiteral("username"), username},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("device"), device}};
    if (!m_deviceId.isEmpty()) {
        fields.insert(QStringLiteral("deviceId"), m_deviceId);
    }
    const QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    m_token.clear();
    const auto result = withRetry(QStringLiteral("login"), [&](NetworkJob& job) {
        return job.post(request(QStringLiteral("/login")), body);
    });
    QJsonObject session = expectJson(QStringLiteral("login"), result);
    m_token = session.value(QStringLiteral("token")).toString();
    if (m_token.isEmpty()) {
        throw SyncError(SyncError::Kind::Protocol, "login: the answer has no token");
    }
    return session;
}

QJsonObject ServerApi::me()
{
    return expectJson(QStringLiteral("me"), withRetry(QStringLiteral("me"), [&](NetworkJob& job) {
                          return job.get(request(QStringLiteral("/me")));
                      }));
}

QJsonArray ServerApi::units()
{
    return expectJson(QStringLiteral("units"),
                      withRetry(QStringLiteral("units"),
                                [&](NetworkJob& job) { return job.get(request(QStringLiteral("/units"))); }))
        .value(QStringLiteral("units"))
        .toArray();
}

QJsonArray ServerApi::users()
{
    return expectJson(QStringLiteral("users"),
                      withRetry(QStringLiteral("users"),
                                [&](NetworkJob& job) { return job.get(request(QStringLiteral("/users"))); }))
        .value(QStringLiteral("users"))
        .toArray();
}

QJsonObject ServerApi::changes(qint64 since, int limit)
{
    const QString path = QStringLiteral("/changes?since=%1&limit=%2").arg(since).arg(limit);
    return expectJson(QStringLiteral("changes"), withRetry(QStringLiteral("changes"), [&](NetworkJob& job) {
                          return job.get(request(path));
                      }));
}

QJsonArray ServerApi::push(const QJsonArray& operations)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("operations"), operations}}).toJson(QJsonDocument::Compact);
    const QJsonObject answer =
        expectJson(QStringLiteral("push"), withRetry(QStringLiteral("push"), [&](NetworkJob& job) {
                       return job.post(request(QStringLiteral("/push")), body);
                   }));
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    if (results.size() != operations.size()) {
        throw SyncError(SyncError::Kind::Protocol, "push: the answer does not have one result per operation");
    }
    return results;
}

QJsonArray ServerApi::reportAuditEvents(const QJsonArray& events)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
    const QJsonArray results =
        expectJson(QStringLiteral("audit events"),
                   withRetry(QStringLiteral("audit events"),
                             [&](NetworkJob& job) {
                                 return job.post(request(QStringLiteral("/audit/events")), body);
                             }))
            .value(QStringLiteral("results"))
            .toArray();
    if (results.size() != events.size()) {
        throw SyncError(SyncError::Kind::Protocol,
                        "audit events: the answer does not have one result per event");
    }
    return results;
}

QJsonArray ServerApi::auditEntries(const QUrlQuery& query)
{
    // A '+' in a time zone would reach the server as a space.
    const QString path = QStringLiteral("/audit?") +
                         query.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B"));
    const QJsonObject answer = expectJson(
        QStringLiteral("audit"),
        withRetry(QStringLiteral("audit"), [&](NetworkJob& job) { return job.get(request(path)); }));
    if (!answer.value(QStringLiteral("entries")).isArray()) {
        throw SyncError(SyncError::Kind::Protocol, "audit: the answer has no entries");
    }
    return answer.value(QStringLiteral("entries")).toArray();
}

qint64 ServerApi::blobUploadOffset(const QString& sha256)
{
    const auto result = withRetry(QStringLiteral("blob"), [&](NetworkJob& job) {
        return job.head(request(QStringLiteral("/blobs/") + sha256));
    });
    if (result.status == 200) {
        return -1;
    }
    if (result.status == 404) {
        return result.uploadOffset.toLongLong();
    }
    throw SyncError(SyncError::Kind::Protocol,
                    text(QStringLiteral("blob ") + sha256 + QStringLiteral(": ") + errorMessage(result)));
}

void ServerApi::uploadBlob(const QString& sha256, const blobs::BlobStore& blobs)
{
    const QString what = QStringLiteral("blob ") + sha256;
    for (int attempt = 1;; ++attempt) {
        const qint64 offset = blobUploadOffset(sha256);
        if (offset < 0) {
            return;
        }
        // The file on disk is encrypted: the server gets the content, decrypted as it streams (a resumed
        // upload decrypts and skips what the server has already).
        const qint64 size = blobs.sizeOf(sha256);
        std::unique_ptr<QIODevice> file;
        try {
            file = blobs.open(sha256);
        } catch (const blobs::BlobError& error) {
            throw SyncError(SyncError::Kind::Protocol,
                            text(what + QStringLiteral(": ") + QString::fromUtf8(error.what())));
        }
        if (size < 0) {
            throw SyncError(SyncError::Kind::Protocol,
                            text(what + QStringLiteral(": damaged in the local store")));
        }
        if (offset > size || (offset > 0 && file->skip(offset) != offset)) {
            throw SyncError(SyncError::Kind::Protocol, text(what + QStringLiteral(": bad upload offset")));
        }
        QNetworkRequest put = request(QStringLiteral("/blobs/") + sha256);
        put.setRawHeader(QByteArrayLiteral("Akta-Upload-Offset"), QByteArray::number(offset));
        put.setRawHeader(QByteArrayLiteral("Akta-Upload-Length"), QByteArray::number(size));
        put.setHeader(QNetworkRequest::ContentLengthHeader, size - offset);
        put.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true); // streamed, not in memory
        checkCancelled();
        NetworkJob job(m_manager, m_timeout);
        const NetworkJob::Result result = job.put(put, file.get());
        if (result.status == 200 || result.status == 201) {
            return;
        }
        if (result.status == 401) {
            throw SyncError(SyncError::Kind::Auth, text(what + QStringLiteral(": ") + errorMessage(result)));
        }
        // A broken transfer, a 202 (part stored) or a 409 (another offset kept): ask where to go on.
        const bool again = result.isTransient() || result.status == 202 || result.status == 409;
        if (!again || attempt >= m_retry.attempts) {
            throw SyncError(result.isTransient() ? SyncError::Kind::Transient : SyncError::Kind::Protocol,
                            text(what + QStringLiteral(": ") + errorMessage(result)));
        }
        if (result.isTransient()) {
            QThread::msleep(m_retry.delayBefore(attempt));
        }
    }
}

QByteArray ServerApi::downloadBlob(const QString& sha256)
{
    const auto result = withRetry(QStringLiteral("blob"), [&](NetworkJob& job) {
        return job.get(request(QStringLiteral("/blobs/") + sha256));
    });
    if (result.status != 200) {
        throw SyncError(SyncError::Kind::Protocol,
                        text(QStringLiteral("blob ") + sha256 + QStringLiteral(": ") + errorMessage(result)));
    }
    return result.body;
}

} // namespace akta::sync

namespace akta::sync {

qint64 ServerApi::fetchBlob(const QString& sha256, qint64 offset,
                            const std::function<void(qint64, const QByteArray&)>& sink)
{
    const QString what = QStringLiteral("blob ") + sha256;
    checkCancelled();
    QNetworkRequest get = request(QStringLiteral("/blobs/") + sha256);
    if (offset > 0) {
        get.setRawHeader(QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(offset) + '-');
    }
    qint64 position = -1;
    qint64 total = -1;
    std::string failure;
    NetworkJob job(m_manager, m_timeout);
    const NetworkJob::Result result =
        job.getStreamed(get, [&](QNetworkReply& reply, const QByteArray& bytes) {
            if (m_cancelled && m_cancelled->load()) {
                return false;
            }
            if (position < 0) {
                const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 206) {
                    // Content-Range: bytes FIRST-LAST/TOTAL
                    const QByteArray range = reply.rawHeader(QByteArrayLiteral("Content-Range"));
                    const qsizetype dash = range.indexOf('-');
                    const qsizetype slash = range.indexOf('/');
                    position = dash > 6 ? range.mid(6, dash - 6).trimmed().toLongLong() : -1;
                    total = slash > 0 ? range.mid(slash + 1).toLongLong() : -1;
                    if (position != offset || total <= 0) {
                        failure = "the server answered another range than asked for: " + range.toStdString();
                        return false;
                    }
                } else {
                    position = 0;
                    total = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong();
                }
            }
            sink(position, bytes);
            position += bytes.size();
            return true;
        });
    if (!failure.empty()) {
        throw SyncError(SyncError::Kind::Protocol, text(what) + ": " + failure);
    }
    checkCancelled();
    if (result.status == 401) {
        throw SyncError(SyncError::Kind::Auth, text(what + QStringLiteral(": ") + errorMessage(result)));
    }
    if (result.status == 200 && position < 0) {
        position = 0; // an empty blob: no bytes arrived, so the sink was never called
        total = 0;
    }
    if (result.isTransient() || ((result.status == 200 || result.status == 206) &&
                                 (result.error != QNetworkReply::NoError || position != total))) {
        throw SyncError(SyncError::Kind::Transient,
                        text(what + QStringLiteral(": the transfer broke off: ") + errorMessage(result)));
    }
    if (result.status != 200 && result.status != 206) {
        throw SyncError(SyncError::Kind::Protocol, text(what + QStringLiteral(": ") + errorMessage(result)));
    }
    return total;
}

} // namespace akta::sync

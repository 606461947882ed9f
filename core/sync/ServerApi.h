#pragma once

#include "blobs/BlobStore.h"
#include "sync/NetworkJob.h"
#include "sync/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>

namespace akta::sync {

// The client side of the akta-server API v1 (docs/api/openapi.yaml). Every call blocks its
// (worker) thread until the answer, retries transient failures with exponential backoff and throws
// SyncError when it cannot succeed. Lives on the thread that uses it.
class ServerApi final
{
public:
    // `server` is the server's address, e.g. https://akta.kommune.dk (with or without /api/v1).
    explicit ServerApi(const QUrl& server, RetryPolicy retry = {}, int idleTimeoutMs = 30000);

    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }
    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }
    // This store's device id, sent at login (the server can revoke the device).
    void setDeviceId(const QString& deviceId) { m_deviceId = deviceId; }

    // POST /login: stores and returns the session (token, expiresAt, user).
    QJsonObject login(const QString& username, const QString& password, const QString& device);
    QJsonObject me();
    QJsonArray units();
    QJsonArray users();
    QJsonObject changes(qint64 since, int limit);
    QJsonArray push(const QJsonArray& operations);

    // HEAD /blobs/<sha256>: -1 when the server has the blob, otherwise the offset to resume from.
    qint64 blobUploadOffset(const QString& sha256);
    // Uploads the file from the offset the server reports on; resumes after a broken transfer.
    void uploadBlob(const QString& sha256, const blobs::BlobStore& blobs);
    // GET /blobs/<sha256> into `target` (whole content).
    QByteArray downloadBlob(const QString& sha256);
    // One GET /blobs/<sha256> from byte `offset` on (a Range request when offset > 0), handing the content
    // to `sink(position, bytes)` as it arrives: never whole in memory. `position` starts at `offset`, or at
    // 0 when the server sends the whole content instead. Returns the content's full size. Not retried
    // here: a broken transfer throws a Transient SyncError and the caller resumes from what it has.
    qint64 fetchBlob(const QString& sha256, qint64 offset,
                     const std::function<void(qint64 position, const QByteArray& bytes)>& sink);

    // POST /audit/events: one result per event ({eventId, status, reason?}), in order.
    QJsonArray reportAuditEvents(const QJsonArray& events);
    // GET /audit with the query parameters given (case, user, from, to, limit): the entries, newest
    // first. A refusal (403: not a leader or the DPO) throws SyncError with the server's message.
    QJsonArray auditEntries(const QUrlQuery& query);

    static QString errorMessage(const NetworkJob::Result& result);

private:
    QNetworkRequest request(const QString& path) const;
    // Runs `send` until it gives an answer that is not transient; throws when tries run out.
    template <typename Send> NetworkJob::Result withRetry(const QString& what, Send send);
    QJsonObject expectJson(const QString& what, const NetworkJob::Result& result, int okStatus = 200);
    void checkCancelled() const;

    QUrl m_base;
    RetryPolicy m_retry;
    int m_timeout;
    QString m_token;
    QString m_deviceId;
    QNetworkAccessManager m_manager;
    const std::atomic<bool>* m_cancelled = nullptr;
};

} // namespace akta::sync

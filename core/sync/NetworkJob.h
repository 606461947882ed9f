#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkRequest;

namespace akta::sync {

// One HTTP request and its answer. The request is asynchronous inside QNetworkAccessManager; run()
// waits for it in a local event loop, so a job is only started on a sync worker thread (or in the
// headless command), never on the GUI thread. A request that transfers nothing for `idleTimeoutMs`
// is aborted and reported as a network error.
class NetworkJob final
{
public:
    struct Result
    {
        int status = 0; // the HTTP status, 0 when no answer arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorText;
        QByteArray body;
        QByteArray uploadOffset; // the Akta-Upload-Offset header, if any

        // No answer, or an answer that a later try may improve (5xx, 408, 429).
        bool isTransient() const;
    };

    NetworkJob(QNetworkAccessManager& manager, int idleTimeoutMs)
        : m_manager(manager), m_timeout(idleTimeoutMs)
    {}

    Result get(QNetworkRequest request);
    Result head(QNetworkRequest request);
    Result post(QNetworkRequest request, const QByteArray& body);
    // Streams `body` from its current position; it must stay open until the call returns.
    Result put(QNetworkRequest request, QIODevice* body);
    // A GET whose successful (2xx) body is handed to `sink` as it arrives instead of being collected, at
    // most `bufferBytes` held at a time; `sink` returns false to abort (the result is then
    // OperationCanceledError). Error bodies are collected as usual.
    Result getStreamed(QNetworkRequest request,
                       const std::function<bool(QNetworkReply&, const QByteArray&)>& sink,
                       qint64 bufferBytes = 256 * 1024);

private:
    Result wait(QNetworkReply* reply);
    void prepare(QNetworkRequest& request) const;

    QNetworkAccessManager& m_manager;
    int m_timeout;
};

} // namespace akta::sync

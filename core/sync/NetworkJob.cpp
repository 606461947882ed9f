#include "sync/NetworkJob.h"

#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

namespace akta::sync {

bool NetworkJob::Result::isTransient() const
{
    return status == 0 || status >= 500 || status == 408 || status == 429;
}

void NetworkJob::prepare(QNetworkRequest& request) const
{
    request.setTransferTimeout(m_timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
}

NetworkJob::Result NetworkJob::get(QNetworkRequest request)
{
    prepare(request);
    return wait(m_manager.get(request));
}

NetworkJob::Result NetworkJob::head(QNetworkRequest request)
{
    prepare(request);
    return wait(m_manager.head(request));
}

NetworkJob::Result NetworkJob::post(QNetworkRequest request, const QByteArray& body)
{
    prepare(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return wait(m_manager.post(request, body));
}

NetworkJob::Result NetworkJob::put(QNetworkRequest request, QIODevice* body)
{
    prepare(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    return wait(m_manager.put(request, body));
}

NetworkJob::Result NetworkJob::getStreamed(QNetworkRequest request,
                                           const std::function<bool(QNetworkReply&, const QByteArray&)>& sink,
                                           qint64 bufferBytes)
{
    prepare(request);
    std::unique_ptr<QNetworkReply> reply(m_manager.get(request));
    reply->setReadBufferSize(bufferBytes);
    QByteArray errorBody;
    bool aborted = false;
    const auto drain = [&] {
        if (aborted) {
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        while (reply->bytesAvailable() > 0) {
            const QByteArray data = reply->read(bufferBytes);
            if (status < 200 || status >= 300) {
                if (errorBody.size() < 65536) {
                    errorBody += data;
                }
            } else if (!sink(*reply, data)) {
                aborted = true;
                reply->abort();
                return;
            }
        }
    };
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, drain);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    drain();
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = aborted ? QNetworkReply::OperationCanceledError : reply->error();
    result.errorText = reply->errorString();
    result.body = errorBody;
    return result;
}

NetworkJob::Result NetworkJob::wait(QNetworkReply* rawReply)
{
    std::unique_ptr<QNetworkReply> reply(rawReply);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorText = reply->errorString();
    result.body = reply->readAll();
    result.uploadOffset = reply->rawHeader(QByteArrayLiteral("Akta-Upload-Offset"));
    return result;
}

} // namespace akta::sync

#include "ApiClient.h"

#include <QJsonDocument>

#include <httplib.h>

namespace {

ApiClient::Reply toReply(const httplib::Result& result)
{
    ApiClient::Reply reply;
    if (!result) {
        return reply;
    }
    reply.status = result->status;
    reply.body = QByteArray::fromStdString(result->body);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    for (const auto& [name, value] : result->headers) {
        reply.headers.insert(QString::fromStdString(name).toLower(), QString::fromStdString(value));
    }
    return reply;
}

} // namespace

bool ApiClient::Reply::isJsonError() const
{
    return json.value(QStringLiteral("error")).isString() &&
           json.value(QStringLiteral("message")).isString() && json.size() == 2;
}

ApiClient::ApiClient(int port, bool tls)
{
    const std::string url = (tls ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port);
    m_client = std::make_unique<httplib::Client>(url);
    m_client->enable_server_certificate_verification(false);
    m_client->set_read_timeout(120, 0);
}

ApiClient::~ApiClient() = default;

bool ApiClient::login(const QString& user, const QString& password)
{
    const Reply reply = postJson(QStringLiteral("/api/v1/login"), {{QStringLiteral("username"), user},
                                                                   {QStringLiteral("password"), password}});
    m_token = reply.json.value(QStringLiteral("token")).toString();
    return reply.status == 200 && !m_token.isEmpty();
}

namespace {

httplib::Headers headersFor(const QString& token, const QMap<QString, QString>& extra)
{
    httplib::Headers headers;
    if (!token.isEmpty()) {
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        headers.emplace(it.key().toStdString(), it.value().toStdString());
    }
    return headers;
}

} // namespace

ApiClient::Reply ApiClient::get(const QString& path, const QMap<QString, QString>& headers)
{
    return toReply(m_client->Get(path.toStdString(), headersFor(m_token, headers)));
}

ApiClient::Reply ApiClient::head(const QString& path)
{
    return toReply(m_client->Head(path.toStdString(), headersFor(m_token, {})));
}

ApiClient::Reply ApiClient::post(const QString& path, const QByteArray& body)
{
    return toReply(
        m_client->Post(path.toStdString(), headersFor(m_token, {}), body.toStdString(), "application/json"));
}

ApiClient::Reply ApiClient::postJson(const QString& path, const QJsonObject& body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiClient::Reply ApiClient::put(const QString& path, const QByteArray& body,
                                const QMap<QString, QString>& headers)
{
    return toReply(m_client->Put(path.toStdString(), headersFor(m_token, headers), body.toStdString(),
                                 "application/octet-stream"));
}

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

namespace httplib {
class Client;
}

// An HTTP client for the integration tests (cpp-httplib, the same library the server uses), with
// the session token once logged in.
class ApiClient final
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer
        QByteArray body;
        QJsonObject json;
        QMap<QString, QString> headers;
        QString header(const char* name) const { return headers.value(QString::fromLatin1(name).toLower()); }
        // The JSON error body has both members.
        bool isJsonError() const;
    };

    explicit ApiClient(int port, bool tls = false);
    ~ApiClient();
    Q_DISABLE_COPY_MOVE(ApiClient)

    // Logs in; false when the server did not answer 200.
    bool login(const QString& user, const QString& password);
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }

    Reply get(const QString& path, const QMap<QString, QString>& headers = {});
    Reply head(const QString& path);
    Reply post(const QString& path, const QByteArray& body);
    Reply postJson(const QString& path, const QJsonObject& body);
    Reply put(const QString& path, const QByteArray& body, const QMap<QString, QString>& headers);

private:
    std::unique_ptr<httplib::Client> m_client;
    QString m_token;
};

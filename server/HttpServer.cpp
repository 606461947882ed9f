#include "HttpServer.h"

#include "AcceptEncoding.h"
#include "AccessPolicy.h"
#include "ApiError.h"
#include "AuditEventIntake.h"
#include "AuditLog.h"
#include "AuthService.h"
#include "BlobRoutes.h"
#include "JsonBody.h"
#include "JsonLog.h"
#include "KlePlanStore.h"
#include "ListenBacklog.h"
#include "RegisterStore.h"
#include "SearchIndex.h"
#include "ServerBlobStore.h"
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUuid>

#include <httplib.h>

#include <stdexcept>

namespace akta::server {

namespace {

thread_local QElapsedTimer t_requestTimer;

using Request = httplib::Request;
using Response = httplib::Response;

void sendJson(Response& res, const QJsonObject& body, int status = 200)
{
    res.status = status;
    res.set_content(JsonBody::serialize(body).toStdString(), "application/json");
}

void sendError(Response& res, int status, const QString& code, const QString& message)
{
    sendJson(res, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

QString codeForStatus(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 413:
        return QStringLiteral("payload_too_large");
    case 416:
        return QStringLiteral("range_not_satisfiable");
    default:
        return status >= 500 ? QStringLiteral("internal") : QStringLiteral("bad_request");
    }
}

// A query parameter as an integer in [min, max], or `fallback` when absent.
qint64 intParam(const Request& req, const char* name, qint64 fallback, qint64 min, qint64 max)
{
    if (!req.has_param(name)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = QString::fromStdString(req.get_param_value(name)).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        throw ApiError::badRequest(QStringLiteral("'%1' must be an integer from %2 to %3")
                                       .arg(QLatin1String(name))
                                       .arg(min)
                                       .arg(max));
    }
    return value;
}

void allowParams(const Request& req, const QStringList& allowed)
{
    for (const auto& [key, value] : req.params) {
        if (!allowed.contains(QString::fromStdString(key))) {
            throw ApiError::badRequest(
                QStringLiteral("unknown query parameter '%1'").arg(QString::fromStdString(key)));
        }
    }
}

// A JSON body up to this size past the limit is read and dropped, so the client gets its 413; past it
// the connection is closed.
constexpr qint64 kDiscardLimit = 64 * 1024 * 1024;

template <typename Handler> auto guarded(Handler handler)
{
    return [handler](const Request& req, Response& res) {
        try {
            handler(req, res);
        } catch (const ApiError& error) {
            sendError(res, error.status(), error.code(), error.message());
        } catch (const std::exception& error) {
            qCCritical(lcHttp) << req.method.c_str() << req.path.c_str() << error.what();
            sendError(res, 500, QStringLiteral("internal"), QStringLiteral("the server failed; see its log"));
        }
    };
}

// POST with a JSON body: read (up to maxJson) before anything else, so an early refusal never leaves
// an unread body on a kept-alive connection.
template <typename Handler>
void addJsonPost(httplib::Server& server, const char* path, qint64 maxJson, Handler handler)
{
    server.Post(path,
                [maxJson, handler](const Request& req, Response& res, const httplib::ContentReader& reader) {
                    std::string body;
                    qint64 seen = 0;
                    const bool read = reader([&](const char* data, size_t length) {
                        seen += static_cast<qint64>(length);
                        if (seen > kDiscardLimit) {
                            return false;
                        }
                        if (seen <= maxJson) {
                            body.append(data, length);
                        }
                        return true;
                    });
                    guarded([&](const Request& request, Response& response) {
                        if (!read || seen > maxJson) {
                            response.set_header("Connection", "close");
                            throw ApiError::tooLarge(
                                QStringLiteral("a JSON body may have at most %1 bytes").arg(maxJson));
                        }
                        handler(request, response, JsonBody::parseObject(body));
                    })(req, res);
                });
}

} // namespace

HttpServer::HttpServer(const ServerConfig& config, ServerDatabase& db, ServerBlobStore& blobs)
    : m_config(config), m_db(db), m_blobs(blobs)
{
    if (!config.tlsCert.isEmpty()) {
        auto tls = std::make_unique<httplib::SSLServer>(config.tlsCert.toLocal8Bit().constData(),
                                                        config.tlsKey.toLocal8Bit().constData());
        if (!tls->is_valid()) {
            throw std::runtime_error("cannot load the TLS certificate or key");
        }
        m_server = std::move(tls);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    m_server->set_socket_options([this](socket_t socket) {
        httplib::default_socket_options(socket);
        m_listenSocket = static_cast<long long>(socket);
    });
    // Desktops keep their connection for a sync's requests; each one holds a pool thread meanwhile.
    m_server->set_keep_alive_max_count(100);
    m_server->set_keep_alive_timeout(2);
    const int threads = config.threads;
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    m_server->set_payload_max_length(static_cast<size_t>(std::max(config.maxBlobBytes, config.maxJsonBytes)));
    const qint64 maxJson = config.maxJsonBytes;
    m_server->set_pre_routing_handler([maxJson](const Request& req, Response& res) {
        t_requestTimer.start();
        AcceptEncoding::dropBrotli(req);
        const bool blob = req.path.rfind("/api/v1/blobs/", 0) == 0;
        if (!blob && req.has_header("Content-Length") &&
            QString::fromStdString(req.get_header_value("Content-Length")).toLongLong() > kDiscardLimit) {
            res.set_header("Connection", "close");
            sendError(res, 413, QStringLiteral("payload_too_large"),
                      QStringLiteral("a JSON body may have at most %1 bytes").arg(maxJson));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_server->set_error_handler(httplib::Server::HandlerWithResponse([](const Request& req, Response& res) {
        if (res.body.empty() && !res.content_provider_ && req.method != "HEAD") {
            sendError(res, res.status, codeForStatus(res.status),
                      res.status == 404
                          ? QStringLiteral("no such endpoint: %1 %2")
                                .arg(QString::fromStdString(req.method), QString::fromStdString(req.path))
                          : QStringLiteral("the request was refused (HTTP %1)").arg(res.status));
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    m_server->set_logger([](const Request& req, const Response& res) {
        JsonLog::event(QStringLiteral("request"),
                       {{QStringLiteral("method"), QString::fromStdString(req.method)},
                        {QStringLiteral("path"), QString::fromStdString(req.path)},
                        {QStringLiteral("status"), res.status},
                        {QStringLiteral("ms"), t_requestTimer.isValid() ? t_requestTimer.elapsed() : -1},
                        {QStringLiteral("remote"), QString::fromStdString(req.remote_addr)}});
    });
    addRoutes();
}

HttpServer::~HttpServer() = default;

int HttpServer::bind()
{
    const std::string host = m_config.host.toStdString();
    if (m_config.port == 0) {
        const int port = m_server->bind_to_any_port(host);
        if (port <= 0) {
            throw std::runtime_error("cannot listen on " + host);
        }
        ListenBacklog::widen(m_listenSocket);
        return port;
    }
    if (!m_server->bind_to_port(host, m_config.port)) {
        throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(m_config.port));
    }
    ListenBacklog::widen(m_listenSocket);
    return m_config.port;
}

void HttpServer::run()
{
    m_server->listen_after_bind();
}

void HttpServer::stop()
{
    m_server->stop();
}

void HttpServer::addRoutes()
{
    httplib::Server& server = *m_server;
    ServerDatabase& db = m_db;
    const int sessionDays = m_config.sessionDays;
    const qint64 maxJson = m_config.maxJsonBytes;
    const auto policyFor = [&db, sessionDays](const Request& req) {
        const ServerUser user =
            AuthService(db, sessionDays)
                .authenticate(QString::fromStdString(req.get_header_value("Authorization")));
        return AccessPolicy(db, user);
    };
    server.Get("/api/v1/health", guarded([&db](const Request&, Response& res) {
                   int version = 0;
                   try {
                       version = db.schemaVersion();
                   } catch (const StorageError& error) {
                       throw ApiError(503, QStringLiteral("unavailable"), QString::fromUtf8(error.what()));
                   }
                   if (version <= 0) {
                       throw ApiError(503, QStringLiteral("unavailable"),
                                      QStringLiteral("the database does not answer"));
                   }
                   sendJson(res, {{QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                  {QStringLiteral("backend"), db.dialect().name()},
                                  {QStringLiteral("schemaVersion"), version}});
               }));
    const int offlineDays = m_config.offlineDays;
    addJsonPost(
        server, "/api/v1/login", maxJson,
        [&db, sessionDays, offlineDays](const Request&, Response& res, const QJsonObject& request) {
            const QString where = QStringLiteral("login");
            JsonBody::allowOnly(request,
                                {QStringLiteral("username"), QStringLiteral("password"),
                                 QStringLiteral("device"), QStringLiteral("deviceId")},
                                where);
            const QString username = JsonBody::requiredString(request, QStringLiteral("username"), where);
            const QString password = JsonBody::requiredString(request, QStringLiteral("password"), where);
            const QString device = JsonBody::optionalString(request, QStringLiteral("device"), where);
            const QString deviceId = JsonBody::optionalString(request, QStringLiteral("deviceId"), where);
            if (username.isEmpty() || password.isEmpty()) {
                throw ApiError::badRequest(QStringLiteral("login: username and password must not be empty"));
            }
            if (!deviceId.isEmpty() && QUuid::fromString(deviceId).isNull()) {
                throw ApiError::badRequest(QStringLiteral("login: deviceId must be a UUID"));
            }
            QJsonObject session =
                AuthService(db, sessionDays).login(username, password.toUtf8(), device, deviceId);
            session.insert(QStringLiteral("offlineDays"), offlineDays);
            sendJson(res, session);
        });
    server.Post("/api/v1/logout",
                [&db, sessionDays](const Request& req, Response& res, const httplib::ContentReader& reader) {
                    reader([](const char*, size_t) { return true; }); // any body is ignored
                    guarded([&](const Request& request, Response& response) {
                        AuthService(db, sessionDays)
                            .logout(QString::fromStdString(request.get_header_value("Authorization")));
                        response.status = 204;
                    })(req, res);
                });
    server.Get("/api/v1/me", guarded([policyFor, offlineDays](const Request& req, Response& res) {
                   const AccessPolicy policy = policyFor(req);
                   sendJson(res, {{QStringLiteral("user"), policy.user().toJson()},
                                  {QStringLiteral("visibleUnits"),
                                   QJsonArray::fromStringList(policy.visibleUnits())},
                                  {QStringLiteral("offlineDays"), offlineDays}});
               }));
    server.Get("/api/v1/changes", guarded([this, policyFor](const Request& req, Response& res) {
                   AccessPolicy policy = policyFor(req);
                   allowParams(req, {QStringLiteral("since"), QStringLiteral("limit")});
                   const qint64 since = intParam(req, "since", 0, 0, std::numeric_limits<qint64>::max());
                   const int limit = static_cast<int>(intParam(req, "limit", 500, 1, 5000));
                   sendJson(res, SyncService(m_db, policy, m_blobs).pull(since, limit));
               }));
    addJsonPost(server, "/api/v1/push", maxJson,
                [this, policyFor](const Request& req, Response& res, const QJsonObject& request) {
                    AccessPolicy policy = policyFor(req);
                    sendJson(res, SyncService(m_db, policy, m_blobs).push(request));
                });
    server.Get("/api/v1/persons/(.*)", guarded([&db, policyFor](const Request& req, Response& res) {
                   const AccessPolicy policy = policyFor(req);
                   const QString identifier = QString::fromStdString(req.matches[1]);
                   const auto person = RegisterStore(db).find(identifier, policy);
                   if (!person) {
                       throw ApiError::notFound(
                           QStringLiteral("the register does not know %1").arg(identifier));
                   }
                   sendJson(res, *person);
               }));
    server.Get("/api/v1/kle", guarded([&db, policyFor](const Request& req, Response& res) {
                   policyFor(req);
                   sendJson(res, KlePlanStore(db).plan());
               }));
    server.Get("/api/v1/search", guarded([&db, policyFor](const Request& req, Response& res) {
                   const AccessPolicy policy = policyFor(req);
                   allowParams(req, {QStringLiteral("q"), QStringLiteral("limit")});
                   const int limit = static_cast<int>(intParam(req, "limit", 50, 1, 200));
                   const QString query = QString::fromStdString(req.get_param_value("q"));
                   const QJsonArray hits = SearchIndex(db).search(policy, query, limit);
                   AuditLog(db).append(
                       {policy.user().id,
                        QStringLiteral("search"),
                        {},
                        {},
                        {},
                        QJsonObject{{QStringLiteral("q"), query}, {QStringLiteral("hits"), hits.size()}}});
                   sendJson(res, {{QStringLiteral("hits"), hits}});
               }));
    server.Get("/api/v1/users", guarded([&db, policyFor](const Request& req, Response& res) {
                   // HR makes personnel cases for employees, whose person is found by CPR number.
                   const QHash<QString, QString> cprs = policyFor(req).hasRole("hr")
                                                            ? UserDirectory(db).cprNumbers()
                                                            : QHash<QString, QString>();
                   QJsonArray users;
                   for (const ServerUser& user : UserDirectory(db).users()) {
                       QJsonObject json = user.toJson();
                       if (cprs.contains(user.id)) {
                           json.insert(QStringLiteral("cpr"), cprs.value(user.id));
                       }
                       users.append(json);
                   }
                   sendJson(res, {{QStringLiteral("users"), users}});
               }));
    server.Get("/api/v1/units", guarded([&db, policyFor](const Request& req, Response& res) {
                   policyFor(req);
                   QJsonArray units;
                   for (const ServerUnit& unit : UserDirectory(db).units()) {
                       units.append(QJsonObject{
                           {QStringLiteral("id"), unit.id},
                           {QStringLiteral("parentId"), unit.parentId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(unit.parentId)},
                           {QStringLiteral("name"), unit.name},
                           {QStringLiteral("path"), unit.path}});
                   }
                   sendJson(res, {{QStringLiteral("units"), units}});
               }));

    server.Get("/api/v1/audit", guarded([&db, policyFor](const Request& req, Response& res) {
                   const AccessPolicy policy = policyFor(req);
                   allowParams(req, {QStringLiteral("case"), QStringLiteral("user"), QStringLiteral("from"),
                                     QStringLiteral("to"), QStringLiteral("limit")});
                   AuditLog::Filter filter;
                   filter.caseId = QString::fromStdString(req.get_param_value("case"));
                   filter.userId = QString::fromStdString(req.get_param_value("user"));
                   filter.from = QString::fromStdString(req.get_param_value("from"));
                   filter.to = QString::fromStdString(req.get_param_value("to"));
                   filter.limit = static_cast<int>(intParam(req, "limit", 500, 1, 5000));
                   const QJsonArray entries = AuditLog(db).listFor(policy, filter);
                   sendJson(res, {{QStringLiteral("entries"), entries}});
               }));
    addJsonPost(server, "/api/v1/audit/events", maxJson,
                [&db, policyFor](const Request& req, Response& res, const QJsonObject& request) {
                    AccessPolicy policy = policyFor(req);
                    sendJson(res, AuditEventIntake(db, policy).record(request));
                });

    auto blobs = std::make_shared<BlobRoutes>(m_db, m_blobs, m_config.maxBlobBytes);
    server.Get("/api/v1/blobs/(.*)", guarded([blobs, policyFor](const Request& req, Response& res) {
                   AccessPolicy policy = policyFor(req);
                   if (req.method == "HEAD") {
                       blobs->head(policy, req, res);
                   } else {
                       blobs->get(policy, req, res);
                   }
               }));
    server.Put("/api/v1/blobs/(.*)",
               [blobs, policyFor](const Request& req, Response& res, const httplib::ContentReader& reader) {
                   guarded([&](const Request& request, Response& response) {
                       AccessPolicy policy = policyFor(request);
                       blobs->put(policy, request, response, reader);
                   })(req, res);
                   if (res.status >= 400) {
                       res.set_header("Connection", "close"); // the body may be unread
                   }
               });
}

} // namespace akta::server

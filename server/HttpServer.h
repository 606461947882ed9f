#pragma once

#include "ServerConfig.h"

#include <QtGlobal>

#include <memory>

namespace httplib {
class Server;
}

namespace akta::server {

class ServerBlobStore;
class ServerDatabase;

// The HTTP(S) front of the server: cpp-httplib (SSLServer when a certificate is configured) with a
// thread pool, the /api/v1 routes, JSON errors for every refusal, a JSON access log line per request.
class HttpServer final
{
public:
    HttpServer(const ServerConfig& config, ServerDatabase& db, ServerBlobStore& blobs);
    ~HttpServer();
    Q_DISABLE_COPY_MOVE(HttpServer)

    // Binds the listening socket; returns the port (useful with port 0). Throws std::runtime_error.
    int bind();
    // Serves until stop(); requests in progress finish first.
    void run();
    void stop();

private:
    void addRoutes();

    ServerConfig m_config;
    ServerDatabase& m_db;
    ServerBlobStore& m_blobs;
    std::unique_ptr<httplib::Server> m_server;
    long long m_listenSocket = -1;
};

} // namespace akta::server

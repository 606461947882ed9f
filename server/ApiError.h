#pragma once

#include <QString>

#include <stdexcept>

namespace akta::server {

// A request the server refuses: the HTTP status, a stable machine code and an English message.
// Thrown by handlers and turned into {"error": code, "message": message} by HttpServer.
class ApiError final : public std::runtime_error
{
public:
    ApiError(int status, const QString& code, const QString& message)
        : std::runtime_error(message.toStdString()), m_status(status), m_code(code), m_message(message)
    {}

    static ApiError badRequest(const QString& message)
    {
        return {400, QStringLiteral("bad_request"), message};
    }
    static ApiError unauthorized()
    {
        return {401, QStringLiteral("unauthorized"), QStringLiteral("log in first: no valid session token")};
    }
    static ApiError notFound(const QString& message) { return {404, QStringLiteral("not_found"), message}; }
    static ApiError tooLarge(const QString& message)
    {
        return {413, QStringLiteral("payload_too_large"), message};
    }

    int status() const { return m_status; }
    const QString& code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    int m_status;
    QString m_code;
    QString m_message;
};

} // namespace akta::server

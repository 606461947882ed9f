#pragma once

#include <string>

namespace httplib {
struct Request;
}

namespace akta::server {

// cpp-httplib compresses a response with Brotli whenever the client accepts it (Qt's network access
// does), at Brotli's highest quality: measured on a page of 5000 changes, 7 s of server CPU instead
// of 0.25 s, so a first sync spent almost all its time compressing. Gzip costs little and every
// client that accepts br accepts gzip too, so the server takes br out of what the request accepts.
class AcceptEncoding final
{
public:
    // `value` without its br entries, e.g. "gzip, deflate, br" -> "gzip, deflate".
    static std::string withoutBrotli(const std::string& value);
    // Rewrites the request's Accept-Encoding header in place (before routing; the request object is
    // the server's own, handed to the handler as const).
    static void dropBrotli(const httplib::Request& request);
};

} // namespace akta::server

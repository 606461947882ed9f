#pragma once

#include <QtGlobal>

namespace httplib {
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace akta::server {

class AccessPolicy;
class ServerBlobStore;
class ServerDatabase;

// /api/v1/blobs/{sha256}: HEAD (stored? or the offset of an interrupted upload), GET (streamed,
// ranges), PUT (streamed to a partial file, resumable, hash verified, moved into place atomically).
class BlobRoutes final
{
public:
    BlobRoutes(ServerDatabase& db, ServerBlobStore& blobs, qint64 maxBlobBytes)
        : m_db(db), m_blobs(blobs), m_maxBlobBytes(maxBlobBytes)
    {}

    void head(AccessPolicy& policy, const httplib::Request& req, httplib::Response& res);
    void get(AccessPolicy& policy, const httplib::Request& req, httplib::Response& res);
    void put(AccessPolicy& policy, const httplib::Request& req, httplib::Response& res,
             const httplib::ContentReader& reader);

private:
    ServerDatabase& m_db;
    ServerBlobStore& m_blobs;
    qint64 m_maxBlobBytes;
};

} // namespace akta::server

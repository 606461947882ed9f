#pragma once

#include <QString>

namespace akta::server {

class ServerDatabase;

// Official case numbers: <emne>-<facet>-<running number per emne and year>-<yy>, e.g.
// 27.24.00-G01-123-26. Call inside the write transaction that stores the case.
class CaseNumberIssuer final
{
public:
    explicit CaseNumberIssuer(ServerDatabase& db) : m_db(db) {}

    QString next(const QString& kleSubject, const QString& kleFacet, int year);

private:
    ServerDatabase& m_db;
};

} // namespace akta::server

#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::server {

class ServerDatabase;

// The KLE plan the server serves: imported from the official KLE-online emneplan XML or the
// handlingsfacetter XML (recognised by content, read by core's readers), replaced whole.
class KlePlanStore final
{
public:
    struct Report
    {
        QString kind; // "emneplan" or "facets"
        int count = 0;
    };

    explicit KlePlanStore(ServerDatabase& db) : m_db(db) {}

    // Throws std::runtime_error (or kle::KleImportError) and stores nothing when the file is bad.
    Report importFile(const QString& path);
    // The KlePlan JSON.
    QJsonObject plan();

private:
    ServerDatabase& m_db;
};

} // namespace akta::server

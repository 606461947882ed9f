#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace akta::server {

class AccessPolicy;
class ServerDatabase;

// The server's person and company register, imported from the JSON-lines register format that
// akta-cli reads (core's RegisterImporter::parseLine), answering CPR/CVR look-ups.
class RegisterStore final
{
public:
    struct Report
    {
        int persons = 0;
        int companies = 0;
        QList<std::pair<qint64, QString>> rejected; // line, reason
    };

    explicit RegisterStore(ServerDatabase& db) : m_db(db) {}

    // All good lines in one transaction; bad lines are reported and skipped. Throws
    // std::runtime_error when the file cannot be read.
    Report importFile(const QString& path);
    // The Person JSON with the cases the user may see; nullopt when the register does not know it.
    // Throws ApiError 400 for a number that is neither a CPR nor a CVR number.
    std::optional<QJsonObject> find(const QString& identifier, const AccessPolicy& policy);

private:
    QJsonArray elsewhere(const QString& digits, const AccessPolicy& policy);

    ServerDatabase& m_db;
};

} // namespace akta::server

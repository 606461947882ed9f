#include "ThreeUserServer.h"

bool ThreeUserServer::start(const QString& backend, QString* error)
{
    server = std::make_unique<ServerProcess>(backend);
    if (!server->prepare(error) ||
        !server->addUser(QStringLiteral("lea"), QStringLiteral("Børn og Unge/PPR"), QStringLiteral("leader"),
                         error) ||
        !server->addUser(QStringLiteral("bo"), QStringLiteral("Børn og Unge/PPR/Syd"),
                         QStringLiteral("caseworker"), error) ||
        !server->addUser(QStringLiteral("cai"), QStringLiteral("Social/Handicap"),
                         QStringLiteral("caseworker"), error) ||
        !server->start({}, error)) {
        return false;
    }
    leader = std::make_unique<ApiClient>(server->port());
    caseworker = std::make_unique<ApiClient>(server->port());
    outsider = std::make_unique<ApiClient>(server->port());
    for (const auto& [client, name] : {std::pair{leader.get(), "lea"}, std::pair{caseworker.get(), "bo"},
                                       std::pair{outsider.get(), "cai"}}) {
        if (!client->login(QString::fromLatin1(name), ServerProcess::kPassword)) {
            *error = QStringLiteral("%1 could not log in").arg(QString::fromLatin1(name));
            return false;
        }
    }
    return true;
}

void ThreeUserServer::stop()
{
    leader.reset();
    caseworker.reset();
    outsider.reset();
    if (server) {
        server->stop();
    }
    server.reset();
}

#pragma once

#include <QString>
#include <QStringList>

namespace akta::server {

// How the server runs: from an optional JSON config file (--config FILE), then the flags, which win.
//   {"data": DIR, "db": URL, "listen": "HOST:PORT", "tlsCert": FILE, "tlsKey": FILE, "threads": N,
//    "maxJsonBytes": N, "maxBlobBytes": N, "sessionDays": N, "offlineDays": N}
// offlineDays: a desktop store that has not reached the server for that many days wipes itself (a lost
// laptop); sent to the clients at login and in /me.
struct ServerConfig
{
    QString dataDir;
    QString databaseUrl; // empty: SQLite in dataDir
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString tlsCert;
    QString tlsKey;
    int threads = 64;
    qint64 maxJsonBytes = 8 * 1024 * 1024;
    qint64 maxBlobBytes = qint64(4) * 1024 * 1024 * 1024;
    int sessionDays = 30;
    int offlineDays = 30;

    // Reads the flags (and the file --config names). Throws std::invalid_argument with a message
    // for the user on a bad flag or file. `rest` receives what is not a flag (positional arguments).
    static ServerConfig parse(const QStringList& args, QStringList* rest = nullptr);

    bool isLoopback() const;
    // Why this configuration cannot serve, or empty when it can.
    QString servingProblem() const;
};

} // namespace akta::server

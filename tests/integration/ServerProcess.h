#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real akta-server for an integration test: a temporary data directory and, for the PostgreSQL
// backend, a fresh database in the cluster that AKTA_TEST_PG_URL names (dropped afterwards). start()
// listens on a free loopback port that the server picks and reports in its "listening" log line.
class ServerProcess final
{
public:
    // "sqlite" or "postgresql".
    explicit ServerProcess(const QString& backend);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // The backends to run on: sqlite, and postgresql when AKTA_TEST_PG_URL is set. With CI=true and
    // no AKTA_TEST_PG_URL, `error` says so (the test must fail, not skip).
    static QStringList backends(QString* error);

    // Creates the data directory (and the PostgreSQL database). False with `error` on failure.
    bool prepare(QString* error);
    QStringList storageArgs() const;
    QString dataDir() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs `akta-server <args>` to the end.
    static Result run(const QStringList& args);
    // Runs an admin command with the storage arguments added, e.g. {"user", "add", ...}.
    Result admin(const QStringList& command, const QStringList& options) const;
    // Adds a user with the password "correct horse 1".
    bool addUser(const QString& name, const QString& unitPath, const QString& role, QString* error) const;

    // Runs one SQL statement on the server's own database, past the server (to tamper in tests).
    bool sql(const QString& statement, QString* error) const;

    bool start(const QStringList& extra = {}, QString* error = nullptr);
    int port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // SIGTERM (Ctrl+Break on Windows), then waits: the exit code, or -1 when it did not end.
    int stop();
    // What the server logged since the last start().
    QByteArray log() const;

    static const QString kPassword;

private:
    QString m_backend;
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    QString m_databaseName;
    std::unique_ptr<QProcess> m_process;
    QString m_logPath;
    int m_starts = 0;
    int m_port = 0;
};

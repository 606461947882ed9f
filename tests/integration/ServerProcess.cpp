#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

const QString ServerProcess::kPassword = QStringLiteral("correct horse 1");

namespace {

const QString kAdminConnection = QStringLiteral("akta-test-pg-admin");

// Runs one statement on the cluster's maintenance database.
bool adminSql(const QString& statement, QString* error)
{
    const QUrl url(qEnvironmentVariable("AKTA_TEST_PG_URL"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1).isEmpty() ? QStringLiteral("postgres") : url.path().mid(1));
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to AKTA_TEST_PG_URL: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok) {
                *error = query.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
    return ok;
}

} // namespace

ServerProcess::ServerProcess(const QString& backend) : m_backend(backend) {}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    if (!m_databaseName.isEmpty()) {
        QString error;
        adminSql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName), &error);
    }
}

QStringList ServerProcess::backends(QString* error)
{
    QStringList list{QStringLiteral("sqlite")};
    if (!qEnvironmentVariableIsEmpty("AKTA_TEST_PG_URL")) {
        list << QStringLiteral("postgresql");
    } else if (qEnvironmentVariable("CI") == QLatin1String("true")) {
        *error = QStringLiteral(
            "CI=true but AKTA_TEST_PG_URL is not set: the PostgreSQL backend would go untested "
            "(scripts/test.sh starts a throwaway cluster)");
    }
    return list;
}

bool ServerProcess::prepare(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    if (m_backend == QLatin1String("postgresql")) {
        m_databaseName = QStringLiteral("akta_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminSql(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName), error)) {
            m_databaseName.clear();
            return false;
        }
        QUrl url(qEnvironmentVariable("AKTA_TEST_PG_URL"));
        url.setPath(QLatin1Char('/') + m_databaseName);
        m_databaseUrl = url.toString();
    }
    QFile password(m_dir.filePath(QStringLiteral("password")));
    if (!password.open(QIODevice::WriteOnly) || password.write(kPassword.toUtf8() + '\n') < 0) {
        *error = QStringLiteral("cannot write the password file");
        return false;
    }
    return true;
}

QStringList ServerProcess::storageArgs() const
{
    QStringList args{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data"))};
    if (!m_databaseUrl.isEmpty()) {
        args << QStringLiteral("--db") << m_databaseUrl;
    }
    return args;
}

ServerProcess::Result ServerProcess::run(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_SERVER_PATH), args);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ServerProcess::Result ServerProcess::admin(const QStringList& command, const QStringList& options) const
{
    return run(command + storageArgs() + options);
}

bool ServerProcess::addUser(const QString& name, const QString& unitPath, const QString& role,
                            QString* error) const
{
    const Result result = admin({QStringLiteral("user"), QStringLiteral("add")},
                                {QStringLiteral("--user"), name, QStringLiteral("--password-file"),
                                 m_dir.filePath(QStringLiteral("password")), QStringLiteral("--unit"),
                                 unitPath, QStringLiteral("--role"), role});
    if (result.exitCode != 0) {
        *error = QString::fromUtf8(result.err);
        return false;
    }
    return true;
}

bool ServerProcess::sql(const QString& statement, QString* error) const
{
    const QString name = QStringLiteral("akta-test-server-db");
    bool ok = false;
    {
        QSqlDatabase db;
        if (m_databaseUrl.isEmpty()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(QStringLiteral("data/akta-server.sqlite")));
        } else {
            const QUrl url(m_databaseUrl);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok) {
                *error = query.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ServerProcess::start(const QStringList& extra, QString* error)
{
    m_process = std::make_unique<QProcess>();
    QStringList args = storageArgs();
    if (!extra.contains(QStringLiteral("--listen"))) {
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    }
    args << extra;
    // The log goes to a file: a pipe nobody reads would fill up and stall the server.
    const QString logPath = m_dir.filePath(QStringLiteral("server-%1.log").arg(++m_starts));
    m_process->setStandardErrorFile(logPath);
    m_process->start(QStringLiteral(AKTA_SERVER_PATH), args);
    if (!m_process->waitForStarted(30000)) {
        if (error) {
            *error = m_process->errorString();
        }
        return false;
    }
    m_logPath = logPath;
    m_port = 0;
    QElapsedTimer waited;
    waited.start();
    while (m_port == 0 && waited.elapsed() < 60000) {
        for (const QByteArray& line : log().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                m_port = event.value(QStringLiteral("port")).toInt();
            }
        }
        if (m_port == 0 && m_process->waitForFinished(20)) {
            break;
        }
    }
    if (m_port == 0 && error) {
        *error = QStringLiteral("the server did not start: ") + QString::fromUtf8(log());
    }
    return m_port != 0;
}

QByteArray ServerProcess::log() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int ServerProcess::stop()
{
    if (!m_process) {
        return -1;
    }
#ifdef Q_OS_WIN
    m_process->kill(); // a console program gets no SIGTERM on Windows
#else
    m_process->terminate();
#endif
    if (!m_process->waitForFinished(60000)) {
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

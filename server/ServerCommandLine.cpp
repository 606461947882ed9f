#include "ServerCommandLine.h"

#include "AuditLog.h"
#include "DeviceRegistry.h"
#include "GrantStore.h"
#include "HttpServer.h"
#include "JsonBody.h"
#include "JsonLog.h"
#include "KlePlanStore.h"
#include "RegisterStore.h"
#include "ServerBlobStore.h"
#include "ServerConfig.h"
#include "ServerDatabase.h"
#include "ShutdownSignals.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <stdexcept>

namespace akta::server {

namespace {

const char* const kUsage =
    "Usage:\n"
    "  akta-server --data DIR [--db URL] --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--config "
    "FILE]\n"
    "  akta-server user add --data DIR [--db URL] --user NAME --password-file FILE --unit PATH\n"
    "                       [--role caseworker|leader|hr|dpo|admin] [--cpr CPR]\n"
    "  akta-server register import --data DIR [--db URL] FILE\n"
    "  akta-server kle import --data DIR [--db URL] FILE\n"
    "  akta-server grant add --data DIR [--db URL] --case NUMBER --to USER_OR_UNIT --access read|write\n"
    "                        [--until YYYY-MM-DD]\n"
    "  akta-server audit verify --data DIR [--db URL] [--json]\n"
    "  akta-server device list --data DIR [--db URL] [--json]\n"
    "  akta-server device revoke --data DIR [--db URL] --device ID\n"
    "  akta-server --version\n";

class UsageError final : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

void printJson(const QJsonObject& object)
{
    QTextStream(stdout) << QString::fromUtf8(JsonBody::serialize(object)) << Qt::endl;
}

// The flags of an admin command after the data and database flags: name -> value.
QHash<QString, QString> options(const QStringList& rest, const QStringList& allowed, QStringList* positional)
{
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& arg = rest.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            if (!positional) {
                throw UsageError("unexpected argument " + arg.toStdString());
            }
            positional->append(arg);
            continue;
        }
        if (!allowed.contains(arg) || i + 1 >= rest.size()) {
            throw UsageError("unknown option or missing value: " + arg.toStdString());
        }
        values.insert(arg, rest.at(++i));
    }
    return values;
}

ServerConfig adminConfig(const QStringList& args, QStringList& rest)
{
    try {
        return ServerConfig::parse(args, &rest);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
}

QString singleFile(const QStringList& positional)
{
    if (positional.size() != 1) {
        throw UsageError("give exactly one FILE");
    }
    return positional.front();
}

} // namespace

int ServerCommandLine::run(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args == QStringList{QStringLiteral("--version")}) {
        out << "akta-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (args.isEmpty() || args == QStringList{QStringLiteral("--help")}) {
        out << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    try {
        const auto is = [&args](const char* first, const char* second) {
            return args.size() >= 2 && args.at(0) == QLatin1String(first) &&
                   args.at(1) == QLatin1String(second);
        };
        if (is("user", "add")) {
            return addUser(args.mid(2));
        }
        if (is("register", "import")) {
            return importRegister(args.mid(2));
        }
        if (is("kle", "import")) {
            return importKle(args.mid(2));
        }
        if (is("grant", "add")) {
            return addGrant(args.mid(2));
        }
        if (is("audit", "verify")) {
            return verifyAudit(args.mid(2));
        }
        if (is("device", "list")) {
            return listDevices(args.mid(2));
        }
        if (is("device", "revoke")) {
            return revokeDevice(args.mid(2));
        }
        return serve(args);
    } catch (const UsageError& error) {
        err << "akta-server: " << error.what() << "\n" << kUsage;
        return 2;
    } catch (const std::exception& error) {
        err << "akta-server: " << error.what() << Qt::endl;
        return 1;
    }
}

int ServerCommandLine::serve(const QStringList& args)
{
    ServerConfig config;
    try {
        config = ServerConfig::parse(args);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
    if (const QString problem = config.servingProblem(); !problem.isEmpty()) {
        throw UsageError(problem.toStdString());
    }
    JsonLog::install();
    if (!QDir().mkpath(config.dataDir)) {
        throw std::runtime_error("cannot create the data directory " + config.dataDir.toStdString());
    }
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    if (db.dialect().name() == QLatin1String("postgresql")) {
        // One connection per server thread (QtSql connections stay in their thread).
        QSqlQuery limit = db.exec(QStringLiteral("SHOW max_connections"));
        if (limit.next() && limit.value(0).toInt() <= config.threads) {
            qCWarning(lcServer).noquote()
                << QStringLiteral(
                       "PostgreSQL allows %1 connections but the server may open %2 (one per thread): "
                       "raise max_connections or lower --threads")
                       .arg(limit.value(0).toInt())
                       .arg(config.threads);
        }
    }
    ServerBlobStore blobs(QDir(config.dataDir).filePath(QStringLiteral("blobs")));
    HttpServer http(config, db, blobs);
    const int port = http.bind();
    ShutdownSignals::install([&http] {
        JsonLog::event(QStringLiteral("stopping"), {});
        http.stop();
    });
    JsonLog::event(QStringLiteral("listening"), {{QStringLiteral("host"), config.host},
                                                 {QStringLiteral("port"), port},
                                                 {QStringLiteral("tls"), !config.tlsCert.isEmpty()},
                                                 {QStringLiteral("backend"), db.dialect().name()},
                                                 {QStringLiteral("threads"), config.threads}});
    http.run();
    JsonLog::event(QStringLiteral("stopped"), {});
    return 0;
}

int ServerCommandLine::addUser(const QStringList& args)
{
    QStringList rest;
    const ServerConfig config = adminConfig(args, rest);
    const auto values = options(rest,
                                {QStringLiteral("--user"), QStringLiteral("--password-file"),
                                 QStringLiteral("--unit"), QStringLiteral("--role"), QStringLiteral("--cpr")},
                                nullptr);
    for (const char* required : {"--user", "--password-file", "--unit"}) {
        if (!values.contains(QLatin1String(required))) {
            throw UsageError(std::string(required) + " is required");
        }
    }
    QFile passwordFile(values.value(QStringLiteral("--password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read the password file: " +
                                 passwordFile.errorString().toStdString());
    }
    QByteArray password = passwordFile.readLine();
    while (password.endsWith('\n') || password.endsWith('\r')) {
        password.chop(1);
    }
    QDir().mkpath(config.dataDir);
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    try {
        const ServerUser user = UserDirectory(db).addUser(
            values.value(QStringLiteral("--user")), password, values.value(QStringLiteral("--unit")),
            values.value(QStringLiteral("--role"), QStringLiteral("caseworker")),
            values.value(QStringLiteral("--cpr")));
        printJson({{QStringLiteral("user"), user.toJson()}});
    } catch (const std::invalid_argument& error) {
        throw std::runtime_error(error.what());
    }
    return 0;
}

int ServerCommandLine::importRegister(const QStringList& args)
{
    QStringList rest;
    const ServerConfig config = adminConfig(args, rest);
    QStringList positional;
    options(rest, {}, &positional);
    const QString file = singleFile(positional);
    QDir().mkpath(config.dataDir);
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    const RegisterStore::Report report = RegisterStore(db).importFile(file);
    QJsonArray rejected;
    for (const auto& [line, reason] : report.rejected) {
        rejected.append(QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    }
    printJson({{QStringLiteral("persons"), report.persons},
               {QStringLiteral("companies"), report.companies},
               {QStringLiteral("rejected"), rejected}});
    return 0;
}

int ServerCommandLine::importKle(const QStringList& args)
{
    QStringList rest;
    const ServerConfig config = adminConfig(args, rest);
    QStringList positional;
    options(rest, {}, &positional);
    const QString file = singleFile(positional);
    QDir().mkpath(config.dataDir);
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    const KlePlanStore::Report report = KlePlanStore(db).importFile(file);
    printJson({{QStringLiteral("kind"), report.kind}, {QStringLiteral("count"), report.count}});
    return 0;
}

int ServerCommandLine::addGrant(const QStringList& args)
{
    QStringList rest;
    const ServerConfig config = adminConfig(args, rest);
    const auto values = options(rest,
                                {QStringLiteral("--case"), QStringLiteral("--to"), QStringLiteral("--access"),
                                 QStringLiteral("--until")},
                                nullptr);
    for (const char* required : {"--case", "--to", "--access"}) {
        if (!values.contains(QLatin1String(required))) {
            throw UsageError(std::string(required) + " is required");
        }
    }
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    GrantStore::Request request;
    request.caseNumber = values.value(QStringLiteral("--case"));
    request.to = values.value(QStringLiteral("--to"));
    request.access = values.value(QStringLiteral("--access"));
    request.until = values.value(QStringLiteral("--until"));
    request.grantedBy = QStringLiteral("akta-server grant add");
    try {
        printJson({{QStringLiteral("grant"), GrantStore(db).add(request)}});
    } catch (const std::invalid_argument& error) {
        throw std::runtime_error(error.what());
    }
    return 0;
}

int ServerCommandLine::verifyAudit(const QStringList& args)
{
    // --json is a flag without a value: taken out before the options that have one.
    QStringList withValues = args;
    const bool json = withValues.removeAll(QStringLiteral("--json")) > 0;
    QStringList rest;
    const ServerConfig config = adminConfig(withValues, rest);
    options(rest, {}, nullptr);
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    const AuditLog::Verdict verdict = AuditLog(db).verify();
    if (json) {
        printJson(verdict.toJson());
    } else if (verdict.intact) {
        QTextStream(stdout) << "the audit log holds: " << verdict.entries << " entries" << Qt::endl;
    } else {
        QTextStream(stdout) << "the audit log is broken at entry " << verdict.brokenAt << ": "
                            << verdict.reason << Qt::endl;
    }
    return verdict.intact ? 0 : 1;
}

int ServerCommandLine::listDevices(const QStringList& args)
{
    QStringList withValues = args;
    const bool json = withValues.removeAll(QStringLiteral("--json")) > 0;
    QStringList rest;
    const ServerConfig config = adminConfig(withValues, rest);
    options(rest, {}, nullptr);
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    const QJsonArray devices = DeviceRegistry(db).list();
    if (json) {
        printJson({{QStringLiteral("devices"), devices}});
        return 0;
    }
    QTextStream out(stdout);
    for (const QJsonValue& value : devices) {
        const QJsonObject device = value.toObject();
        out << device.value(QStringLiteral("id")).toString() << "  "
            << device.value(QStringLiteral("user")).toString() << "  "
            << device.value(QStringLiteral("name")).toString() << "  last seen "
            << device.value(QStringLiteral("lastSeen")).toString();
        if (!device.value(QStringLiteral("revokedAt")).isNull()) {
            out << "  REVOKED " << device.value(QStringLiteral("revokedAt")).toString();
        }
        out << Qt::endl;
    }
    return 0;
}

int ServerCommandLine::revokeDevice(const QStringList& args)
{
    QStringList rest;
    const ServerConfig config = adminConfig(args, rest);
    const auto values = options(rest, {QStringLiteral("--device")}, nullptr);
    if (!values.contains(QStringLiteral("--device"))) {
        throw UsageError("--device is required");
    }
    ServerDatabase db(config.dataDir, config.databaseUrl);
    db.migrate();
    const QString id = values.value(QStringLiteral("--device"));
    if (!DeviceRegistry(db).revoke(id)) {
        throw std::runtime_error("no device with the id " + id.toStdString() +
                                 " (see akta-server device list)");
    }
    printJson({{QStringLiteral("revoked"), id}});
    return 0;
}

} // namespace akta::server

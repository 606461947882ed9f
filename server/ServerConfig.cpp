#include "ServerConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace akta::server {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

void setListen(ServerConfig& config, const QString& value)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        fail(QStringLiteral(
                 "--listen needs HOST:PORT, e.g. 127.0.0.1:8443 (port 0 picks a free one), not '%1'")
                 .arg(value));
    }
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    config.host = host;
    config.port = port;
}

qint64 positive(const QJsonValue& value, const QString& key)
{
    if (!value.isDouble() || value.toDouble() < 1) {
        fail(QStringLiteral("config: '%1' must be a positive number").arg(key));
    }
    return static_cast<qint64>(value.toDouble());
}

void applyFile(ServerConfig& config, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read the config file %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        fail(QStringLiteral("the config file %1 is not a JSON object: %2").arg(path, error.errorString()));
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        const auto text = [&] {
            if (!value.isString()) {
                fail(QStringLiteral("config: '%1' must be a string").arg(key));
            }
            return value.toString();
        };
        if (key == QLatin1String("data")) {
            config.dataDir = text();
        } else if (key == QLatin1String("db")) {
            config.databaseUrl = text();
        } else if (key == QLatin1String("listen")) {
            setListen(config, text());
        } else if (key == QLatin1String("tlsCert")) {
            config.tlsCert = text();
        } else if (key == QLatin1String("tlsKey")) {
            config.tlsKey = text();
        } else if (key == QLatin1String("threads")) {
            config.threads = static_cast<int>(positive(value, key));
        } else if (key == QLatin1String("maxJsonBytes")) {
            config.maxJsonBytes = positive(value, key);
        } else if (key == QLatin1String("maxBlobBytes")) {
            config.maxBlobBytes = positive(value, key);
        } else if (key == QLatin1String("sessionDays")) {
            config.sessionDays = static_cast<int>(positive(value, key));
        } else if (key == QLatin1String("offlineDays")) {
            config.offlineDays = static_cast<int>(positive(value, key));
        } else {
            fail(QStringLiteral("config: unknown setting '%1'").arg(key));
        }
    }
}

} // namespace

ServerConfig ServerConfig::parse(const QStringList& args, QStringList* rest)
{
    ServerConfig config;
    const qsizetype configAt = args.indexOf(QStringLiteral("--config"));
    if (configAt >= 0) {
        if (configAt + 1 >= args.size()) {
            fail(QStringLiteral("--config needs a file"));
        }
        applyFile(config, args.at(configAt + 1));
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            if (rest) {
                rest->append(arg);
                continue;
            }
            fail(QStringLiteral("unexpected argument '%1'").arg(arg));
        }
        if (i + 1 >= args.size()) {
            fail(QStringLiteral("%1 needs a value").arg(arg));
        }
        const QString value = args.at(++i);
        if (arg == QLatin1String("--config")) {
            continue;
        } else if (arg == QLatin1String("--data")) {
            config.dataDir = value;
        } else if (arg == QLatin1String("--db")) {
            config.databaseUrl = value;
        } else if (arg == QLatin1String("--listen")) {
            setListen(config, value);
        } else if (arg == QLatin1String("--tls-cert")) {
            config.tlsCert = value;
        } else if (arg == QLatin1String("--tls-key")) {
            config.tlsKey = value;
        } else if (arg == QLatin1String("--threads")) {
            bool ok = false;
            config.threads = value.toInt(&ok);
            if (!ok || config.threads < 1) {
                fail(QStringLiteral("--threads needs a positive number"));
            }
        } else if (arg == QLatin1String("--offline-days")) {
            bool ok = false;
            config.offlineDays = value.toInt(&ok);
            if (!ok || config.offlineDays < 1) {
                fail(QStringLiteral("--offline-days needs a positive number"));
            }
        } else if (rest) {
            rest->append(arg);
            rest->append(value);
        } else {
            fail(QStringLiteral("unknown option %1").arg(arg));
        }
    }
    if (config.dataDir.isEmpty()) {
        fail(QStringLiteral("--data DIR is required"));
    }
    return config;
}

bool ServerConfig::isLoopback() const
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

QString ServerConfig::servingProblem() const
{
    if (tlsCert.isEmpty() != tlsKey.isEmpty()) {
        return QStringLiteral("--tls-cert and --tls-key go together");
    }
    if (tlsCert.isEmpty() && !isLoopback()) {
        return QStringLiteral(
                   "plain HTTP is only allowed on a loopback address; give --tls-cert and --tls-key "
                   "to listen on %1")
            .arg(host);
    }
    return {};
}

} // namespace akta::server

#include "SyncAccount.h"

#include "Options.h"

#include <QFile>

namespace akta::cli {

QStringList SyncAccount::optionNames()
{
    return {QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("password-file")};
}

QString SyncAccount::synopsis()
{
    return QStringLiteral("--server URL --user NAME --password-file FILE");
}

bool SyncAccount::absent(const Options& options)
{
    for (const QString& name : optionNames()) {
        if (options.has(name)) {
            return false;
        }
    }
    return true;
}

bool SyncAccount::read(const Options& options, sync::SyncOptions& into, QString& error)
{
    for (const QString& name : optionNames()) {
        if (!options.has(name)) {
            error = QStringLiteral("--%1 is missing (the server account needs %2)").arg(name, synopsis());
            return false;
        }
    }
    const QUrl server = QUrl::fromUserInput(options.value(QStringLiteral("server")));
    if (!server.isValid() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        error = QStringLiteral("--server must be an http:// or https:// address");
        return false;
    }
    QFile passwordFile(options.value(QStringLiteral("password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read the password file: %1").arg(passwordFile.errorString());
        return false;
    }
    QString password = QString::fromUtf8(passwordFile.readLine());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
        password.chop(1);
    }
    if (password.isEmpty()) {
        error = QStringLiteral("the password file is empty");
        return false;
    }
    into.server = server;
    into.username = options.value(QStringLiteral("user"));
    into.password = password;
    into.device = QStringLiteral("akta-cli");
    return true;
}

} // namespace akta::cli

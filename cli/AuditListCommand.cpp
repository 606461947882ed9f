#include "AuditListCommand.h"

#include "Options.h"
#include "sync/AuditQuery.h"

#include <QFile>
#include <QJsonArray>

#include <exception>

namespace akta::cli {

namespace {

// Empty with `ok` true when the option is absent.
QDate dateOption(const Options& options, const QString& name, bool& ok)
{
    ok = true;
    if (!options.has(name)) {
        return {};
    }
    const QDate date = QDate::fromString(options.value(name), Qt::ISODate);
    ok = date.isValid() && options.value(name).size() == 10;
    return date;
}

} // namespace

int AuditListCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args,
                          {QStringLiteral("store"), QStringLiteral("server"), QStringLiteral("login"),
                           QStringLiteral("password-file"), QStringLiteral("case"), QStringLiteral("user"),
                           QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.has(QStringLiteral("password-file"))) {
        return fail(io, QStringLiteral("usage: akta-cli audit list ") + synopsis(), Usage);
    }
    sync::AuditFilter filter;
    filter.caseNumber = options.value(QStringLiteral("case"));
    filter.user = options.value(QStringLiteral("user"));
    bool fromOk = false;
    bool toOk = false;
    filter.from = dateOption(options, QStringLiteral("from"), fromOk);
    filter.to = dateOption(options, QStringLiteral("to"), toOk);
    if (!fromOk || !toOk) {
        return fail(io, QStringLiteral("--from and --to are dates: YYYY-MM-DD"), Usage);
    }
    if (options.has(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 5000) {
            return fail(io, QStringLiteral("--limit must be a whole number from 1 to 5000"), Usage);
        }
    }
    QFile passwordFile(options.value(QStringLiteral("password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        return fail(io, QStringLiteral("cannot read the password file: %1").arg(passwordFile.errorString()));
    }
    QString password = QString::fromUtf8(passwordFile.readLine());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
        password.chop(1);
    }
    if (password.isEmpty()) {
        return fail(io, QStringLiteral("the password file is empty"), Usage);
    }
    try {
        const QString store = options.value(QStringLiteral("store"));
        const auto [knownServer, knownUser] = sync::AuditQuery::storeAccount(store);
        sync::SyncOptions account;
        account.server = options.has(QStringLiteral("server"))
                             ? QUrl::fromUserInput(options.value(QStringLiteral("server")))
                             : knownServer;
        account.username = options.value(QStringLiteral("login"), knownUser);
        account.password = password;
        account.device = QStringLiteral("akta-cli");
        if (!account.server.isValid() || (account.server.scheme() != QLatin1String("http") &&
                                          account.server.scheme() != QLatin1String("https"))) {
            return fail(
                io,
                QStringLiteral("the store has not synced with a server: give --server (http:// or https://)"),
                Usage);
        }
        if (account.username.isEmpty()) {
            return fail(io, QStringLiteral("the store has no signed-in user: give --login NAME"), Usage);
        }
        const sync::AuditEntries entries = sync::AuditQuery(store).fetch(account, filter);
        if (options.has(QStringLiteral("json"))) {
            QJsonArray list;
            for (const sync::AuditEntry& entry : entries) {
                list.append(entry.toJson());
            }
            printJsonLine(io.out, list);
        } else {
            for (const sync::AuditEntry& entry : entries) {
                io.out << entry.time << '\t' << entry.user << '\t' << entry.action << '\t' << entry.caseNumber
                       << '\t' << (entry.document.isEmpty() ? entry.entityId : entry.document) << '\n';
            }
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QStringLiteral("audit list failed: %1").arg(QString::fromUtf8(error.what())));
    }
}

} // namespace akta::cli

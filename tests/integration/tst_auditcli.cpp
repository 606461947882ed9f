// `akta-cli audit list` and exports reported from a desktop store, against a real akta-server on
// SQLite: an export queued while the server cannot be reached stays queued and is reported at the
// next sync; a leader lists the log by case, user, period and limit (documents named from the
// store); a caseworker gets a clear refusal; bad options are usage errors.

#include "ServerProcess.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "sync/AuditOutbox.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAuditCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void exportMadeOfflineIsReportedAtTheNextSync();
    void leaderListsByCaseUserPeriodAndLimit();
    void caseworkerIsRefused();
    void badOptionsAreUsageErrors();

private:
    QString store(const QString& name) const { return m_stores.filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    QString passwordFile() const { return m_server->filePath(QStringLiteral("password")); }
    Result cli(const QStringList& args);
    Result sync(const QString& storeName, const QString& user, const QString& server);
    Result list(const QString& storeName, const QStringList& extra);

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_stores;
    QString m_caseId;
    QString m_caseNumber;
    QString m_documentId;
};

void TestAuditCli::initTestCase()
{
#ifndef Q_OS_WIN
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_stores.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("lea"), QStringLiteral("Kommune/PPR"), QStringLiteral("leader"),
                               &error),
             qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("bo"), QStringLiteral("Kommune/PPR/Syd"),
                               QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->start({}, &error), qPrintable(error));

    const Result created =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
             store(QStringLiteral("bo")), QStringLiteral("--json"), QStringLiteral("--no-party"),
             QStringLiteral("--title"), QStringLiteral("Skolegang"), QStringLiteral("--kle"),
             QStringLiteral("00.01.00")});
    m_caseId = QJsonDocument::fromJson(created.out).object().value(QStringLiteral("id")).toString();
    QVERIFY2(!m_caseId.isEmpty(), created.err.constData());
    const QString file = m_stores.filePath(QStringLiteral("Udtalelse.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Udtalelse fra skolen");
    }
    const Result added = cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
                              store(QStringLiteral("bo")), QStringLiteral("--case"), m_caseId,
                              QStringLiteral("--json"), file});
    m_documentId =
        QJsonDocument::fromJson(added.out).array().at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(!m_documentId.isEmpty(), added.err.constData());
    QCOMPARE(sync(QStringLiteral("bo"), QStringLiteral("bo"), url()).exitCode, 0);
    akta::store::LocalStore local(store(QStringLiteral("bo")));
    auto number = local.database().prepare(QStringLiteral("SELECT case_number FROM cases WHERE id = ?1"));
    number.bind(1, m_caseId);
    QVERIFY(number.step());
    m_caseNumber = number.columnText(0);
}

void TestAuditCli::cleanupTestCase()
{
    if (m_server) {
        m_server->stop();
    }
}

Result TestAuditCli::cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

Result TestAuditCli::sync(const QString& storeName, const QString& user, const QString& server)
{
    return cli({QStringLiteral("sync"), QStringLiteral("--store"), store(storeName),
                QStringLiteral("--server"), server, QStringLiteral("--user"), user,
                QStringLiteral("--password-file"), passwordFile(), QStringLiteral("--json")});
}

Result TestAuditCli::list(const QString& storeName, const QStringList& extra)
{
    return cli(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"),
                           store(storeName), QStringLiteral("--password-file"), passwordFile(),
                           QStringLiteral("--json")} +
               extra);
}

void TestAuditCli::exportMadeOfflineIsReportedAtTheNextSync()
{
    {
        // What the desktop does when a document is saved elsewhere: queue the event in the store.
        akta::store::LocalStore local(store(QStringLiteral("bo")));
        akta::sync::ExportEvent event;
        event.kind = akta::sync::ExportEvent::Kind::SaveCopy;
        event.caseId = m_caseId;
        event.documentId = m_documentId;
        event.fileName = QStringLiteral("C:/Users/bo/Skrivebord/Udtalelse.txt");
        akta::sync::AuditOutbox(local.database()).append(event, QStringLiteral("laptop-7"));
    }
    // No server at this address: the sync fails and the event stays queued.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    QVERIFY(sync(QStringLiteral("bo"), QStringLiteral("bo"), nowhere).exitCode != 0);
    {
        akta::store::LocalStore local(store(QStringLiteral("bo")));
        QCOMPARE(akta::sync::AuditOutbox(local.database()).pendingCount(), 1);
    }
    const Result delivered = sync(QStringLiteral("bo"), QStringLiteral("bo"), url());
    QCOMPARE(delivered.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(delivered.out).object().value(QStringLiteral("reported")).toInt(), 1);
    {
        akta::store::LocalStore local(store(QStringLiteral("bo")));
        QCOMPARE(akta::sync::AuditOutbox(local.database()).pendingCount(), 0);
    }
    QCOMPARE(sync(QStringLiteral("lea"), QStringLiteral("lea"), url()).exitCode, 0);
    const Result listed = list(QStringLiteral("lea"), {QStringLiteral("--case"), m_caseNumber});
    QCOMPARE(listed.exitCode, 0);
    QJsonArray exports;
    for (const QJsonValue& entry : QJsonDocument::fromJson(listed.out).array()) {
        if (entry.toObject().value(QStringLiteral("action")) == QLatin1String("export_save")) {
            exports.append(entry);
        }
    }
    QCOMPARE(exports.size(), 1);
    const QJsonObject entry = exports.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("bo"));
    QCOMPARE(entry.value(QStringLiteral("caseNumber")).toString(), m_caseNumber);
    QCOMPARE(entry.value(QStringLiteral("document")).toString(), QStringLiteral("Udtalelse"));
    QCOMPARE(entry.value(QStringLiteral("detail")).toObject().value(QStringLiteral("device")).toString(),
             QStringLiteral("laptop-7"));
}

void TestAuditCli::leaderListsByCaseUserPeriodAndLimit()
{
    QCOMPARE(sync(QStringLiteral("lea"), QStringLiteral("lea"), url()).exitCode, 0);
    const Result all = list(QStringLiteral("lea"), {QStringLiteral("--case"), m_caseNumber});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(all.out).array();
    QVERIFY(entries.size() >= 3); // bo's writes at least
    QStringList users;
    for (const QJsonValue& entry : entries) {
        users << entry.toObject().value(QStringLiteral("user")).toString();
        QCOMPARE(entry.toObject().value(QStringLiteral("caseNumber")).toString(), m_caseNumber);
    }
    QVERIFY(users.contains(QStringLiteral("bo")));
    QVERIFY(users.contains(QStringLiteral("lea"))); // her own look at the log is in it

    const Result byUser = list(QStringLiteral("lea"), {QStringLiteral("--case"), m_caseNumber,
                                                       QStringLiteral("--user"), QStringLiteral("bo")});
    const QJsonArray boOnly = QJsonDocument::fromJson(byUser.out).array();
    QVERIFY(!boOnly.isEmpty());
    QVERIFY(boOnly.size() < entries.size()); // lea's own looks are left out
    for (const QJsonValue& entry : boOnly) {
        QCOMPARE(entry.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("bo"));
    }
    const Result longAgo =
        list(QStringLiteral("lea"), {QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                     QStringLiteral("--to"), QStringLiteral("2001-12-31")});
    QCOMPARE(longAgo.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(longAgo.out).array().size(), 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Result todayOnly =
        list(QStringLiteral("lea"), {QStringLiteral("--from"), today, QStringLiteral("--to"), today,
                                     QStringLiteral("--user"), QStringLiteral("bo")});
    QCOMPARE(QJsonDocument::fromJson(todayOnly.out).array().size(), boOnly.size());
    const Result one = list(QStringLiteral("lea"), {QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(QJsonDocument::fromJson(one.out).array().size(), 1);
}

void TestAuditCli::caseworkerIsRefused()
{
    const Result refused = list(QStringLiteral("bo"), {});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("only leaders and the data protection officer"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

void TestAuditCli::badOptionsAreUsageErrors()
{
    QCOMPARE(list(QStringLiteral("lea"), {QStringLiteral("--from"), QStringLiteral("28-11-2026")}).exitCode,
             2);
    QCOMPARE(list(QStringLiteral("lea"), {QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(list(QStringLiteral("lea"), {QStringLiteral("--bogus")}).exitCode, 2);
    const Result unknownCase =
        list(QStringLiteral("lea"), {QStringLiteral("--case"), QStringLiteral("99.99.99-G01-1-26")});
    QCOMPARE(unknownCase.exitCode, 1);
    QVERIFY2(unknownCase.err.contains("no case numbered"), unknownCase.err.constData());
    const Result backwards =
        list(QStringLiteral("lea"), {QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                                     QStringLiteral("--to"), QStringLiteral("2026-11-01")});
    QCOMPARE(backwards.exitCode, 1);
    QVERIFY2(backwards.err.contains("ends before it begins"), backwards.err.constData());
    // A store that never synced has no server to ask.
    const Result never = list(QStringLiteral("new"), {});
    QCOMPARE(never.exitCode, 2);
    QVERIFY2(never.err.contains("--server"), never.err.constData());
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"

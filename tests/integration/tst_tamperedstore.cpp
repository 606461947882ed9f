// A caseworker's desktop store edited directly (opened with the store's key through our sqlite
// layer, foreign keys off), so that its rows point at another unit's ids: a document moved into the
// other unit's case, the case's responsible unit changed, made-up outbox operations that write to the
// foreign case, and a version that names the foreign case's blob. Then it syncs with a real
// akta-server (SQLite, and PostgreSQL when AKTA_TEST_PG_URL is set) through a real akta-cli: nothing of
// the other unit arrives, the writes are refused, the blob is not served, and the other unit's
// leader finds every attempt in the audit log (read with `akta-cli audit list`).

#include "ServerProcess.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "sync/Outbox.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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

// What one store made: a case with one document.
struct Made
{
    QString caseId;
    QString caseNumber;
    QString documentId;
    QString versionId;
    QString sha;
};

} // namespace

class TestTamperedStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void tamperedStoreGetsNothingExtra();

private:
    QString store(const QString& name) const { return m_stores.filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    Result cli(const QStringList& args);
    bool sync(const QString& storeName, const QString& user);
    bool make(const QString& storeName, const QString& user, const QByteArray& content, Made& made);
    QJsonArray auditList(const QString& storeName, const QString& user, const QStringList& filter,
                         Result* raw = nullptr);

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_stores;
};

void TestTamperedStore::initTestCase_data()
{
#ifndef Q_OS_WIN
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QStandardPaths::setTestModeEnabled(true);
    QTest::addColumn<QString>("backend");
    QString error;
    const QStringList backends = ServerProcess::backends(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& backend : backends) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

void TestTamperedStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    QVERIFY(m_stores.isValid());
    m_server = std::make_unique<ServerProcess>(backend);
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("bo"), QStringLiteral("Kommune/PPR/Syd"),
                               QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("cai"), QStringLiteral("Kommune/Social"),
                               QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("lis"), QStringLiteral("Kommune/Social"),
                               QStringLiteral("leader"), &error),
             qPrintable(error));
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
}

void TestTamperedStore::cleanup()
{
    if (m_server) {
        m_server->stop();
    }
    m_server.reset();
}

Result TestTamperedStore::cli(const QStringList& args)
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

bool TestTamperedStore::sync(const QString& storeName, const QString& user)
{
    const Result result =
        cli({QStringLiteral("sync"), QStringLiteral("--store"), store(storeName), QStringLiteral("--server"),
             url(), QStringLiteral("--user"), user, QStringLiteral("--password-file"),
             m_server->filePath(QStringLiteral("password")), QStringLiteral("--json")});
    if (result.exitCode != 0) {
        qWarning() << "sync of" << storeName << "failed:" << result.err;
    }
    return result.exitCode == 0;
}

bool TestTamperedStore::make(const QString& storeName, const QString& user, const QByteArray& content,
                             Made& made)
{
    const Result created =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"), store(storeName),
             QStringLiteral("--json"), QStringLiteral("--no-party"), QStringLiteral("--title"),
             QStringLiteral("Sag for ") + user, QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    made.caseId = QJsonDocument::fromJson(created.out).object().value(QStringLiteral("id")).toString();
    const QString file = m_stores.filePath(user + QStringLiteral(".txt"));
    QFile out(file);
    if (made.caseId.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
        qWarning() << "case create in" << storeName << "failed:" << created.err;
        return false;
    }
    out.close();
    const Result added =
        cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"), store(storeName),
             QStringLiteral("--case"), made.caseId, QStringLiteral("--json"), file});
    made.documentId =
        QJsonDocument::fromJson(added.out).array().at(0).toObject().value(QStringLiteral("id")).toString();
    if (made.documentId.isEmpty()) {
        qWarning() << "doc add in" << storeName << "failed:" << added.err;
        return false;
    }
    if (!sync(storeName, user)) {
        return false;
    }
    akta::store::LocalStore local(store(storeName));
    auto row = local.database().prepare(QStringLiteral(
        "SELECT c.case_number, v.id, v.sha256 FROM cases c JOIN documents d ON d.case_id = c.id "
        "JOIN document_versions v ON v.document_id = d.id WHERE d.id = ?1"));
    row.bind(1, made.documentId);
    if (!row.step()) {
        return false;
    }
    made.caseNumber = row.columnText(0);
    made.versionId = row.columnText(1);
    made.sha = row.columnText(2);
    return true;
}

QJsonArray TestTamperedStore::auditList(const QString& storeName, const QString& user,
                                        const QStringList& filter, Result* raw)
{
    const Result result =
        cli(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"),
                        store(storeName), QStringLiteral("--login"), user, QStringLiteral("--password-file"),
                        m_server->filePath(QStringLiteral("password")), QStringLiteral("--json")} +
            filter);
    if (raw) {
        *raw = result;
    }
    return QJsonDocument::fromJson(result.out).array();
}

void TestTamperedStore::tamperedStoreGetsNothingExtra()
{
    QFETCH_GLOBAL(QString, backend);
    const QString bo = QStringLiteral("bo-") + backend;
    const QString cai = QStringLiteral("cai-") + backend;
    const QString lis = QStringLiteral("lis-") + backend;
    Made foreign;
    QVERIFY(make(cai, QStringLiteral("cai"), "Handicapsag: lægeerklæring", foreign));
    Made own;
    QVERIFY(make(bo, QStringLiteral("bo"), "Skoleudtalelse", own));
    QVERIFY(sync(lis, QStringLiteral("lis")));

    QString socialUnit;
    {
        akta::store::LocalStore local(store(cai));
        auto unit =
            local.database().prepare(QStringLiteral("SELECT responsible_unit FROM cases WHERE id = ?1"));
        unit.bind(1, foreign.caseId);
        QVERIFY(unit.step());
        socialUnit = unit.columnText(0);
    }
    QVERIFY(!socialUnit.isEmpty());

    {
        // bo's store, edited past the program: rows that point at Social's ids.
        akta::store::LocalStore local(store(bo));
        akta::sqlite::Database& db = local.database();
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        auto moveDocument = db.prepare(QStringLiteral("UPDATE documents SET case_id = ?1 WHERE id = ?2"));
        moveDocument.bind(1, foreign.caseId).bind(2, own.documentId).exec();
        auto moveCase = db.prepare(QStringLiteral("UPDATE cases SET responsible_unit = ?1 WHERE id = ?2"));
        moveCase.bind(1, socialUnit).bind(2, own.caseId).exec();
        auto foreignBlob =
            db.prepare(QStringLiteral("UPDATE document_versions SET sha256 = ?1 WHERE id = ?2"));
        foreignBlob.bind(1, foreign.sha).bind(2, own.versionId).exec();
        akta::sync::Outbox outbox(db);
        outbox.append(QStringLiteral("case"), foreign.caseId, 1,
                      {{QStringLiteral("title"), QStringLiteral("Overtaget af bo")}});
        outbox.append(QStringLiteral("document"), QStringLiteral("0b7e3c1a-1111-4aaa-8bbb-000000000001"), 0,
                      {{QStringLiteral("caseId"), foreign.caseId},
                       {QStringLiteral("title"), QStringLiteral("Plantet")}});
        outbox.append(QStringLiteral("case"), own.caseId, 1,
                      {{QStringLiteral("responsibleUnit"), socialUnit}});
    }
    QVERIFY(sync(bo, QStringLiteral("bo")));

    // Nothing of Social's arrived in bo's store.
    {
        akta::store::LocalStore local(store(bo));
        akta::sqlite::Database& db = local.database();
        for (const auto& [sql, id] :
             {std::pair{"SELECT count(*) FROM cases WHERE id = ?1", foreign.caseId},
              std::pair{"SELECT count(*) FROM documents WHERE id = ?1", foreign.documentId},
              std::pair{"SELECT count(*) FROM document_versions WHERE id = ?1", foreign.versionId},
              std::pair{"SELECT count(*) FROM cases WHERE title = ?1", QStringLiteral("Sag for cai")}}) {
            auto count = db.prepare(QString::fromLatin1(sql));
            count.bind(1, id);
            QVERIFY(count.step());
            QVERIFY2(count.columnInt64(0) == 0, sql);
        }
        QVERIFY(!local.blobStore().contains(foreign.sha));
    }
    // The foreign blob is not served to bo, whatever his store says.
    akta::sync::ServerApi api{QUrl(url())};
    api.login(QStringLiteral("bo"), ServerProcess::kPassword, QStringLiteral("test"));
    QVERIFY_THROWS_EXCEPTION(akta::sync::SyncError, api.downloadBlob(foreign.sha));

    // Social's case is as cai made it: no new title, no planted document, still in Social.
    QVERIFY(sync(cai, QStringLiteral("cai")));
    {
        akta::store::LocalStore local(store(cai));
        auto title = local.database().prepare(QStringLiteral("SELECT title FROM cases WHERE id = ?1"));
        title.bind(1, foreign.caseId);
        QVERIFY(title.step());
        QCOMPARE(title.columnText(0), QStringLiteral("Sag for cai"));
        auto documents =
            local.database().prepare(QStringLiteral("SELECT count(*) FROM documents WHERE case_id = ?1"));
        documents.bind(1, foreign.caseId);
        QVERIFY(documents.step());
        QCOMPARE(documents.columnInt64(0), 1);
        auto moved = local.database().prepare(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?1"));
        moved.bind(1, own.caseId);
        QVERIFY(moved.step());
        QCOMPARE(moved.columnInt64(0), 0); // bo's case did not move into Social
    }

    // Social's leader sees bo's attempts on Social's case.
    QVERIFY(sync(lis, QStringLiteral("lis")));
    const QJsonArray entries = auditList(
        lis, QStringLiteral("lis"),
        {QStringLiteral("--case"), foreign.caseNumber, QStringLiteral("--user"), QStringLiteral("bo")});
    QStringList attempts;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("bo"));
        QCOMPARE(entry.value(QStringLiteral("caseNumber")).toString(), foreign.caseNumber);
        const QString status =
            entry.value(QStringLiteral("detail")).toObject().value(QStringLiteral("status")).toString();
        attempts << entry.value(QStringLiteral("action")).toString() + QLatin1Char('/') +
                        entry.value(QStringLiteral("entity")).toString() +
                        (status.isEmpty() ? QString() : QLatin1Char('/') + status);
    }
    attempts.sort();
    QCOMPARE(attempts,
             (QStringList{QStringLiteral("read_blob_denied/blob"), QStringLiteral("write/case/rejected"),
                          QStringLiteral("write/document/rejected")}));
}

QTEST_GUILESS_MAIN(TestTamperedStore)
#include "tst_tamperedstore.moc"

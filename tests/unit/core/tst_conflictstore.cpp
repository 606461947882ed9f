// Tests of akta::sync::ConflictStore on a real local store: a conflict keeps both versions, and
// resolving it writes the chosen values and queues ours on the server's rev in one transaction.

#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "sync/ConflictStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::sync::ConflictStore;
using akta::sync::SyncConflict;

class TestConflictStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void keepsBothVersions();
    void resolveKeepingOursQueuesIt();
    void resolveTakingTheirsWritesThem();
    void dismissForgetsARejection();
    void unknownIdChangesNothing();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    QString scalar(const QString& sql);
    SyncConflict titleConflict();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QString m_caseId;
};

void TestConflictStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    const QString actor = akta::directory::LocalAccount::ensure(db());
    akta::cases::NewCase request;
    request.title = QStringLiteral("Lokal titel");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = akta::cases::CaseRepository(db()).create(request, actor).id;
    db().exec(QStringLiteral("DELETE FROM outbox; UPDATE cases SET rev = 3"));
}

void TestConflictStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestConflictStore::scalar(const QString& sql)
{
    auto query = db().prepare(sql);
    return query.step() ? query.columnText(0) : QStringLiteral("<none>");
}

SyncConflict TestConflictStore::titleConflict()
{
    SyncConflict conflict;
    conflict.opId = QStringLiteral("op-1");
    conflict.entity = QStringLiteral("case");
    conflict.entityId = m_caseId;
    conflict.baseRev = 2;
    conflict.localFields = {{QStringLiteral("title"), QStringLiteral("Lokal titel")},
                            {QStringLiteral("status"), QStringLiteral("decided")}};
    conflict.serverRev = 3;
    conflict.serverFields = {{QStringLiteral("title"), QStringLiteral("Serverens titel")},
                             {QStringLiteral("status"), QStringLiteral("opened")}};
    conflict.conflictingFields = {QStringLiteral("title")};
    return conflict;
}

void TestConflictStore::keepsBothVersions()
{
    ConflictStore store(db());
    store.add(titleConflict());
    store.add(titleConflict()); // the same operation twice (a repeated push) is kept once
    QCOMPARE(store.count(), qint64(1));
    const SyncConflict kept = store.list().constFirst();
    QCOMPARE(kept.localFields.value(QStringLiteral("title")).toString(), QStringLiteral("Lokal titel"));
    QCOMPARE(kept.serverFields.value(QStringLiteral("title")).toString(), QStringLiteral("Serverens titel"));
    QCOMPARE(kept.conflictingFields, QStringList{QStringLiteral("title")});
    QCOMPARE(kept.serverRev, qint64(3));
    // What it is about, for the dialog: the case's number and title.
    QCOMPARE(kept.subject,
             scalar(QStringLiteral("SELECT case_number FROM cases")) + QStringLiteral(" Lokal titel"));
    QCOMPARE(store.find(kept.id)->subject, kept.subject);
    const QJsonObject json = ConflictStore::toJson(kept);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
    QCOMPARE(json.value(QStringLiteral("fields")).toArray().size(), 1);
}

void TestConflictStore::resolveKeepingOursQueuesIt()
{
    ConflictStore store(db());
    store.add(titleConflict());
    store.resolve(store.list().constFirst().id, {QStringLiteral("title")});
    QCOMPARE(store.count(), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT title || '|' || status FROM cases")),
             QStringLiteral("Lokal titel|decided"));
    QCOMPARE(scalar(QStringLiteral("SELECT base_rev FROM outbox")), QStringLiteral("3"));
    const QJsonObject queued =
        QJsonDocument::fromJson(scalar(QStringLiteral("SELECT fields FROM outbox")).toUtf8()).object();
    QCOMPARE(queued.value(QStringLiteral("title")).toString(), QStringLiteral("Lokal titel"));
    QCOMPARE(queued.value(QStringLiteral("status")).toString(),
             QStringLiteral("decided")); // never reached the server
}

void TestConflictStore::resolveTakingTheirsWritesThem()
{
    ConflictStore store(db());
    store.add(titleConflict());
    store.resolve(store.list().constFirst().id, {});
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM cases")), QStringLiteral("Serverens titel"));
    const QJsonObject queued =
        QJsonDocument::fromJson(scalar(QStringLiteral("SELECT fields FROM outbox")).toUtf8()).object();
    QCOMPARE(queued.keys(), QStringList{QStringLiteral("status")});
}

void TestConflictStore::dismissForgetsARejection()
{
    ConflictStore store(db());
    SyncConflict rejection = titleConflict();
    rejection.rejected = true;
    rejection.reason = QStringLiteral("no access");
    store.add(rejection);
    QCOMPARE(ConflictStore::toJson(store.list().constFirst()).value(QStringLiteral("reason")).toString(),
             QStringLiteral("no access"));
    store.dismiss(store.list().constFirst().id);
    QCOMPARE(store.count(), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
}

void TestConflictStore::unknownIdChangesNothing()
{
    ConflictStore store(db());
    store.add(titleConflict());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store.resolve(999, {}));
    QCOMPARE(store.count(), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestConflictStore)
#include "tst_conflictstore.moc"

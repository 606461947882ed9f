#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "offline/OfflineInventory.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "util/Ids.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::offline::OfflineInventory;

class TestOfflineInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void countsDocumentsVersionsAndMissingContent();
    void sharedContentIsFetchedOnce();
    void freshnessComesFromTheSyncState();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    QString createCase(const QString& title);
    // A document with one version per content; the content is stored locally when `local`.
    void addDocument(const QString& caseId, int number, const QList<QByteArray>& contents, bool local);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QString m_actor;
};

void TestOfflineInventory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    m_actor = akta::directory::LocalAccount::ensure(db());
}

void TestOfflineInventory::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestOfflineInventory::createCase(const QString& title)
{
    akta::cases::NewCase request;
    request.title = title;
    request.kleSubject = QStringLiteral("00.01.00");
    return akta::cases::CaseRepository(db()).create(request, m_actor).id;
}

void TestOfflineInventory::addDocument(const QString& caseId, int number, const QList<QByteArray>& contents,
                                       bool local)
{
    const QString documentId = akta::util::newId();
    const QString now = akta::util::nowIso();
    db().prepare(QStringLiteral("INSERT INTO documents(id, case_id, number, title, kind, direction, status, "
                                "created_at, modified_at) VALUES (?1, ?2, ?3, ?4, 'file', 'incoming', "
                                "'journaled', ?5, ?5)"))
        .bind(1, documentId)
        .bind(2, caseId)
        .bind(3, number)
        .bind(4, QStringLiteral("Bilag %1").arg(number))
        .bind(5, now)
        .exec();
    int version = 0;
    for (const QByteArray& content : contents) {
        const QString sha =
            local
                ? m_store->blobStore().putData(content).sha256
                : QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        db().prepare(
                QStringLiteral("INSERT INTO document_versions(id, document_id, version, sha256, file_name, "
                               "mime_type, size, created_at) VALUES (?1, ?2, ?3, ?4, 'bilag.pdf', "
                               "'application/pdf', ?5, ?6)"))
            .bind(1, akta::util::newId())
            .bind(2, documentId)
            .bind(3, ++version)
            .bind(4, sha)
            .bind(5, qint64(content.size()))
            .bind(6, now)
            .exec();
    }
}

void TestOfflineInventory::countsDocumentsVersionsAndMissingContent()
{
    const QString caseId = createCase(QStringLiteral("Skoleudtalelse"));
    const QString other = createCase(QStringLiteral("Ikke offline"));
    addDocument(caseId, 1, {QByteArrayLiteral("version one"), QByteArrayLiteral("version two!")}, true);
    addDocument(caseId, 2, {QByteArrayLiteral("not here yet")}, false);
    addDocument(other, 1, {QByteArrayLiteral("other case, not here")}, false);
    OfflineInventory inventory(db(), m_store->blobStore());
    const auto status = inventory.status({caseId});
    QCOMPARE(status.cases.size(), 1);
    QCOMPARE(status.documents, 2);
    QCOMPARE(status.versions, 3);
    QCOMPARE(status.missing, 1);
    QCOMPARE(status.bytes, qint64(11 + 12 + 12));
    QCOMPARE(status.missingBytes, qint64(12));
    QVERIFY(!status.isReady());
    QCOMPARE(status.missingItems.size(), 1);
    QVERIFY(status.missingItems.constFirst().label.contains(QStringLiteral("akt 2 v1")));
    QCOMPARE(status.cases.constFirst().title, QStringLiteral("Skoleudtalelse"));

    m_store->blobStore().putData(QByteArrayLiteral("not here yet"));
    QVERIFY(inventory.status({caseId}).isReady());
}

void TestOfflineInventory::sharedContentIsFetchedOnce()
{
    const QString first = createCase(QStringLiteral("Første"));
    const QString second = createCase(QStringLiteral("Anden"));
    addDocument(first, 1, {QByteArrayLiteral("the same letter")}, false);
    addDocument(second, 1, {QByteArrayLiteral("the same letter")}, false);
    const auto status = OfflineInventory(db(), m_store->blobStore()).status({first, second});
    QCOMPARE(status.missing, 2);
    QCOMPARE(status.missingItems.size(), 1);
}

void TestOfflineInventory::freshnessComesFromTheSyncState()
{
    OfflineInventory inventory(db(), m_store->blobStore());
    QVERIFY(inventory.status({}).lastSync.isEmpty());
    QVERIFY(inventory.status({}).lastCheck.isEmpty());
    db().exec(QStringLiteral(
        "INSERT INTO sync_state(key, value) VALUES ('last_sync', '2026-11-28T08:00:00.000Z')"));
    inventory.markChecked();
    const auto status = inventory.status({});
    QCOMPARE(status.lastSync, QStringLiteral("2026-11-28T08:00:00.000Z"));
    QVERIFY(!status.lastCheck.isEmpty());
}

QTEST_GUILESS_MAIN(TestOfflineInventory)
#include "tst_offlineinventory.moc"

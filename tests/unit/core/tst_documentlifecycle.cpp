// Tests of akta::documents::DocumentLifecycle on a real store: metadata of a journaled document changes
// on the record (history with who and when, an outbox operation in the same transaction), a kladde
// changes in place until it is journaled, bad input writes nothing.

#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "documents/DocumentLifecycle.h"
#include "documents/DocumentRepository.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;
using documents::DocumentLifecycle;
using documents::DocumentMetadata;
using documents::InvalidDocument;

class TestDocumentLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void metadataOfANewDocument();
    void journaledChangeIsKeptAsHistory();
    void unchangedMetadataWritesNothing();
    void draftChangesInPlaceUntilJournaled();
    void partiesMustBePartiesOfTheCase();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void unknownDocumentIsRefused();

private:
    QString addDocument(const QString& status = QStringLiteral("journaled"));
    qint64 count(const QString& table);
    QJsonObject lastOperation(qint64* baseRev = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_caseId;
    QString m_otherCaseId;
};

void TestDocumentLifecycle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    cases::NewCase request;
    request.title = QStringLiteral("Ansøgning om hjælpemiddel");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = cases::CaseRepository(m_store->database()).create(request, QStringLiteral("me")).id;
    m_otherCaseId = cases::CaseRepository(m_store->database()).create(request, QStringLiteral("me")).id;
    m_store->database().exec(
        QStringLiteral("INSERT INTO parties(id, kind, identifier, name) VALUES "
                       "('p1', 'person', '0101700000', 'Anna Borger'), "
                       "('p2', 'person', '0202700000', 'Bent Borger'), "
                       "('p3', 'person', '0303700000', 'Carl Andensag'); "
                       "INSERT INTO case_parties(case_id, party_id, role) VALUES "
                       "('%1', 'p1', 'primary'), ('%1', 'p2', 'secondary'), ('%2', 'p3', 'primary');")
            .arg(m_caseId, m_otherCaseId));
}

void TestDocumentLifecycle::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestDocumentLifecycle::addDocument(const QString& status)
{
    const auto stored = m_store->blobStore().putData("Ansøgningen i sin helhed.");
    documents::NewDocument document;
    document.caseId = m_caseId;
    document.title = QStringLiteral("ansoegning_endelig_v2");
    document.documentDate = QDate(2026, 11, 2);
    document.sender = QStringLiteral("Anna Borger");
    document.status = status;
    document.content = {stored.sha256, QStringLiteral("ansoegning_endelig_v2.txt"),
                        QStringLiteral("text/plain"), stored.size};
    return documents::DocumentRepository(m_store->database()).add(document, QStringLiteral("me")).record.id;
}

qint64 TestDocumentLifecycle::count(const QString& table)
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    query.step();
    return query.columnInt64(0);
}

QJsonObject TestDocumentLifecycle::lastOperation(qint64* baseRev)
{
    auto query = m_store->database().prepare(
        QStringLiteral("SELECT entity, fields, base_rev FROM outbox ORDER BY seq DESC LIMIT 1"));
    if (!query.step() || query.columnText(0) != QLatin1String("document")) {
        return {};
    }
    if (baseRev) {
        *baseRev = query.columnInt64(2);
    }
    return QJsonDocument::fromJson(query.columnText(1).toUtf8()).object();
}

void TestDocumentLifecycle::metadataOfANewDocument()
{
    const QString id = addDocument();
    const DocumentMetadata metadata = DocumentLifecycle(m_store->database()).metadata(id);
    QCOMPARE(metadata.title, QStringLiteral("ansoegning_endelig_v2"));
    QCOMPARE(metadata.documentDate, QDate(2026, 11, 2));
    QCOMPARE(metadata.direction, QStringLiteral("incoming"));
    QCOMPARE(metadata.sender, QStringLiteral("Anna Borger"));
    QCOMPARE(metadata.accessClass, QStringLiteral("normal"));
    QVERIFY(metadata.partyIds.isEmpty());
    QVERIFY(DocumentLifecycle(m_store->database()).history(id).isEmpty());
}

void TestDocumentLifecycle::journaledChangeIsKeptAsHistory()
{
    const QString id = addDocument();
    const auto before = documents::DocumentRepository(m_store->database()).find(id);
    DocumentLifecycle lifecycle(m_store->database());
    DocumentMetadata metadata = lifecycle.metadata(id);
    metadata.title = QStringLiteral("  Ansøgning om  el-scooter ");
    metadata.direction = QStringLiteral("outgoing");
    metadata.partyIds = {QStringLiteral("p2"), QStringLiteral("p1"), QStringLiteral("p1")};
    const qint64 operations = count(QStringLiteral("outbox"));

    const QStringList changed = lifecycle.updateMetadata(id, metadata, QStringLiteral("ida"));
    QCOMPARE(changed,
             (QStringList{QStringLiteral("title"), QStringLiteral("direction"), QStringLiteral("parties")}));

    const DocumentMetadata after = lifecycle.metadata(id);
    QCOMPARE(after.title, QStringLiteral("Ansøgning om el-scooter"));
    QCOMPARE(after.direction, QStringLiteral("outgoing"));
    QCOMPARE(after.partyIds, (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
    QCOMPARE(after.sender, QStringLiteral("Anna Borger"));

    const QList<documents::DocumentChange> history = lifecycle.history(id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).field, QStringLiteral("title"));
    QCOMPARE(history.at(0).oldValue, QStringLiteral("ansoegning_endelig_v2"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("Ansøgning om el-scooter"));
    QCOMPARE(history.at(0).actor, QStringLiteral("ida"));
    QVERIFY(history.at(0).at.isValid());
    QVERIFY(qAbs(history.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QCOMPARE(history.at(1).oldValue, QStringLiteral("incoming"));
    QCOMPARE(history.at(2).field, QStringLiteral("parties"));
    QCOMPARE(history.at(2).newValue, QStringLiteral("p1, p2"));

    // One outbox operation with just the changed fields, based on the document's revision.
    QCOMPARE(count(QStringLiteral("outbox")), operations + 1);
    qint64 baseRev = -1;
    const QJsonObject operation = lastOperation(&baseRev);
    QCOMPARE(baseRev, before->record.rev);
    QCOMPARE(operation.value(QStringLiteral("title")).toString(), QStringLiteral("Ansøgning om el-scooter"));
    QCOMPARE(operation.value(QStringLiteral("direction")).toString(), QStringLiteral("outgoing"));
    QCOMPARE(operation.value(QStringLiteral("parties")).toArray().size(), 2);
    QVERIFY(!operation.contains(QStringLiteral("sender")));

    // The content is untouched: the same single version.
    const auto document = documents::DocumentRepository(m_store->database()).find(id);
    QCOMPARE(document->record.versions, 1);
    QCOMPARE(document->latest.sha256, before->latest.sha256);
    QCOMPARE(document->record.status, QStringLiteral("journaled"));
}

void TestDocumentLifecycle::unchangedMetadataWritesNothing()
{
    const QString id = addDocument();
    DocumentLifecycle lifecycle(m_store->database());
    const qint64 operations = count(QStringLiteral("outbox"));
    QVERIFY(lifecycle.updateMetadata(id, lifecycle.metadata(id), QStringLiteral("ida")).isEmpty());
    QCOMPARE(count(QStringLiteral("outbox")), operations);
    QCOMPARE(count(QStringLiteral("document_history")), 0);
}

void TestDocumentLifecycle::draftChangesInPlaceUntilJournaled()
{
    const QString id = addDocument(QStringLiteral("draft"));
    DocumentLifecycle lifecycle(m_store->database());
    QCOMPARE(documents::DocumentRepository(m_store->database()).find(id)->record.status,
             QStringLiteral("draft"));
    DocumentMetadata metadata = lifecycle.metadata(id);
    metadata.title = QStringLiteral("Udkast til afgørelse");
    metadata.accessClass = QStringLiteral("confidential");
    const qint64 operations = count(QStringLiteral("outbox"));
    QCOMPARE(lifecycle.updateMetadata(id, metadata, QStringLiteral("ida")).size(), 2);
    QCOMPARE(lifecycle.metadata(id).title, QStringLiteral("Udkast til afgørelse"));
    QVERIFY(lifecycle.history(id).isEmpty()); // a kladde changes in place
    QCOMPARE(count(QStringLiteral("outbox")), operations + 1);

    lifecycle.journalize(id, QStringLiteral("ida"));
    QCOMPARE(documents::DocumentRepository(m_store->database()).find(id)->record.status,
             QStringLiteral("journaled"));
    const QList<documents::DocumentChange> history = lifecycle.history(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).field, QStringLiteral("status"));
    QCOMPARE(history.at(0).oldValue, QStringLiteral("draft"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("journaled"));
    QCOMPARE(history.at(0).actor, QStringLiteral("ida"));
    QCOMPARE(lastOperation().value(QStringLiteral("status")).toString(), QStringLiteral("journaled"));
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, lifecycle.journalize(id, QStringLiteral("ida")));

    // From now on a change is on the record.
    metadata.title = QStringLiteral("Afgørelse");
    lifecycle.updateMetadata(id, metadata, QStringLiteral("bo"));
    QCOMPARE(lifecycle.history(id).size(), 2);
    QCOMPARE(lifecycle.history(id).at(1).actor, QStringLiteral("bo"));
}

void TestDocumentLifecycle::partiesMustBePartiesOfTheCase()
{
    const QString id = addDocument();
    DocumentLifecycle lifecycle(m_store->database());
    DocumentMetadata metadata = lifecycle.metadata(id);
    metadata.partyIds = {QStringLiteral("p1"), QStringLiteral("p3")}; // p3 is in another case
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, lifecycle.updateMetadata(id, metadata, QStringLiteral("ida")));
    QVERIFY(lifecycle.metadata(id).partyIds.isEmpty());
    metadata.partyIds = {QStringLiteral("p1")};
    lifecycle.updateMetadata(id, metadata, QStringLiteral("ida"));
    metadata.partyIds.clear();
    QCOMPARE(lifecycle.updateMetadata(id, metadata, QStringLiteral("ida")),
             QStringList{QStringLiteral("parties")});
    QVERIFY(lifecycle.metadata(id).partyIds.isEmpty());
}

void TestDocumentLifecycle::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("blank title") << "title"
                                 << "   ";
    QTest::newRow("unknown direction") << "direction"
                                       << "sideways";
    QTest::newRow("unknown access class") << "accessClass"
                                          << "secret";
}

void TestDocumentLifecycle::badInputWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString id = addDocument();
    DocumentLifecycle lifecycle(m_store->database());
    DocumentMetadata metadata = lifecycle.metadata(id);
    metadata.sender = QStringLiteral("Changed too");
    if (field == QLatin1String("title")) {
        metadata.title = value;
    } else if (field == QLatin1String("direction")) {
        metadata.direction = value;
    } else {
        metadata.accessClass = value;
    }
    const qint64 operations = count(QStringLiteral("outbox"));
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, lifecycle.updateMetadata(id, metadata, QStringLiteral("ida")));
    QCOMPARE(lifecycle.metadata(id).sender, QStringLiteral("Anna Borger"));
    QCOMPARE(count(QStringLiteral("outbox")), operations);
    QCOMPARE(count(QStringLiteral("document_history")), 0);
}

void TestDocumentLifecycle::unknownDocumentIsRefused()
{
    DocumentLifecycle lifecycle(m_store->database());
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, lifecycle.metadata(QStringLiteral("nope")));
    DocumentMetadata metadata{QStringLiteral("T"),     {}, QStringLiteral("incoming"), {}, {}, {},
                              QStringLiteral("normal")};
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, lifecycle.updateMetadata(QStringLiteral("nope"), metadata, {}));
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, lifecycle.journalize(QStringLiteral("nope"), {}));
}

QTEST_GUILESS_MAIN(TestDocumentLifecycle)
#include "tst_documentlifecycle.moc"

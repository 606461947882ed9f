// Tests of akta::documents::DocumentRepository on a migrated store: akt-numbers, versions, text,
// Message-ID lookup and the outbox.

#include "documents/DocumentRepository.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"
#include "sync/Outbox.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::documents::DocumentRepository;
using akta::documents::InvalidDocument;
using akta::documents::NewDocument;
using akta::documents::NewVersion;
using akta::sqlite::Database;

class TestDocumentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addWritesVersionOneAndOutbox();
    void numbersPerCase();
    void newVersionKeepsTheOld();
    void setTextAndError();
    void messageIdUniquePerCase();
    void attachmentsAreChildren();
    void refusesBadInput();

private:
    void insertCase(const QString& id);
    static NewDocument document(const QString& caseId, const QString& title, char fill = 'a');

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDocumentRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("documents.db")));
    akta::store::Migrations::migrate(*m_db);
    insertCase(QStringLiteral("case-1"));
    insertCase(QStringLiteral("case-2"));
}

void TestDocumentRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDocumentRepository::insertCase(const QString& id)
{
    m_db->exec(
        QStringLiteral("INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, "
                       "created_at, modified_at) VALUES ('%1', 'n-%1', 'Sag', '27.24.00', 'subject', "
                       "'opened', 'normal', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
            .arg(id));
}

NewDocument TestDocumentRepository::document(const QString& caseId, const QString& title, char fill)
{
    NewDocument request;
    request.caseId = caseId;
    request.title = title;
    request.documentDate = QDate(2026, 11, 24);
    request.sender = QStringLiteral("Anna <anna@example.dk>");
    request.recipients = QStringLiteral("sag@koege.dk");
    request.content = {QString(64, QLatin1Char(fill)), title + QStringLiteral(".pdf"),
                       QStringLiteral("application/pdf"), 1234};
    return request;
}

void TestDocumentRepository::addWritesVersionOneAndOutbox()
{
    DocumentRepository repository(*m_db);
    const auto added = repository.add(document(QStringLiteral("case-1"), QStringLiteral("Ansøgning")),
                                      QStringLiteral("user-1"));
    QCOMPARE(added.record.number, 1);
    QCOMPARE(added.record.status, QStringLiteral("journaled"));
    QCOMPARE(added.record.versions, 1);
    QCOMPARE(added.record.documentDate, QDate(2026, 11, 24));
    QCOMPARE(added.latest.version, 1);
    QCOMPARE(added.latest.textStatus, QStringLiteral("pending"));
    QCOMPARE(added.latest.author, QStringLiteral("user-1"));
    QCOMPARE(added.record.sha256, QString(64, QLatin1Char('a')));
    QCOMPARE(akta::sync::Outbox(*m_db).pendingCount(), qint64(2)); // the document and its version
    const auto found = repository.find(added.record.id);
    QVERIFY(found);
    QCOMPARE(found->record.title, QStringLiteral("Ansøgning"));
    QCOMPARE(found->record.fileName, QStringLiteral("Ansøgning.pdf"));
    QVERIFY(!repository.find(QStringLiteral("nope")));
}

void TestDocumentRepository::numbersPerCase()
{
    DocumentRepository repository(*m_db);
    QCOMPARE(repository.add(document(QStringLiteral("case-1"), QStringLiteral("A"))).record.number, 1);
    QCOMPARE(repository.add(document(QStringLiteral("case-1"), QStringLiteral("B"))).record.number, 2);
    QCOMPARE(repository.add(document(QStringLiteral("case-2"), QStringLiteral("C"))).record.number, 1);
    QCOMPARE(repository.add(document(QStringLiteral("case-1"), QStringLiteral("D"))).record.number, 3);
}

void TestDocumentRepository::newVersionKeepsTheOld()
{
    DocumentRepository repository(*m_db);
    const auto added = repository.add(document(QStringLiteral("case-1"), QStringLiteral("Notat")));
    const auto second = repository.addVersion(
        added.record.id, NewVersion{QString(64, QLatin1Char('b')), QStringLiteral("Notat v2.pdf"),
                                    QStringLiteral("application/pdf"), 99});
    QCOMPARE(second.version, 2);
    const auto versions = repository.versions(added.record.id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).sha256, QString(64, QLatin1Char('a')));
    QCOMPARE(versions.at(0).fileName, QStringLiteral("Notat.pdf"));
    QCOMPARE(versions.at(1).sha256, QString(64, QLatin1Char('b')));
    const auto found = repository.find(added.record.id);
    QCOMPARE(found->record.versions, 2);
    QCOMPARE(found->latest.version, 2);
    QCOMPARE(found->record.size, qint64(99));
    QCOMPARE(found->record.number, added.record.number);
    const NewVersion other{QString(64, QLatin1Char('c')), QStringLiteral("x.pdf"),
                           QStringLiteral("application/pdf"), 1};
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.addVersion(QStringLiteral("nope"), other));
}

void TestDocumentRepository::setTextAndError()
{
    DocumentRepository repository(*m_db);
    const auto added = repository.add(document(QStringLiteral("case-1"), QStringLiteral("Brev")));
    repository.setText(added.latest.id, QStringLiteral("ok"), QStringLiteral("Kære borger"));
    QCOMPARE(repository.find(added.record.id)->latest.text, QStringLiteral("Kære borger"));
    repository.setText(added.latest.id, QStringLiteral("failed"), {},
                       QStringLiteral("the PDF is "
                                      "encrypted"));
    const auto found = repository.find(added.record.id);
    QCOMPARE(found->latest.textStatus, QStringLiteral("failed"));
    QCOMPARE(found->latest.textError, QStringLiteral("the PDF is "
                                                     "encrypted"));
    QVERIFY(found->latest.text.isEmpty());
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.setText(added.latest.id, QStringLiteral("bad"), {}));
    QVERIFY_THROWS_EXCEPTION(InvalidDocument,
                             repository.setText(QStringLiteral("nope"), QStringLiteral("ok"), {}));
}

void TestDocumentRepository::messageIdUniquePerCase()
{
    DocumentRepository repository(*m_db);
    NewDocument mail = document(QStringLiteral("case-1"), QStringLiteral("Mail"));
    mail.kind = QStringLiteral("email");
    mail.messageId = QStringLiteral("abc@example.dk");
    const auto added = repository.add(mail);
    QCOMPARE(repository
                 .findByMessageId(QStringLiteral("case-1"), QStringLiteral("abc@"
                                                                           "example."
                                                                           "dk"))
                 ->record.id,
             added.record.id);
    QVERIFY(!repository.findByMessageId(QStringLiteral("case-2"), QStringLiteral("abc@"
                                                                                 "example."
                                                                                 "dk")));
    QVERIFY(!repository.findByMessageId(QStringLiteral("case-1"), {}));
    QVERIFY_THROWS_EXCEPTION(akta::sqlite::SqliteError, repository.add(mail));
    mail.caseId = QStringLiteral("case-2");
    QCOMPARE(repository.add(mail).record.number,
             1); // another case may
                 // journal the same
                 // e-mail
    QCOMPARE(repository.find(added.record.id)->messageId, QStringLiteral("abc@example.dk"));
}

void TestDocumentRepository::attachmentsAreChildren()
{
    DocumentRepository repository(*m_db);
    const auto parent = repository.add(document(QStringLiteral("case-1"), QStringLiteral("Mail")));
    NewDocument child = document(QStringLiteral("case-1"), QStringLiteral("Bilag"), 'c');
    child.parentDocumentId = parent.record.id;
    const auto added = repository.add(child);
    QCOMPARE(added.record.parentDocumentId, parent.record.id);
    const auto children = repository.children(parent.record.id);
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.constFirst().record.id, added.record.id);
    child.caseId = QStringLiteral("case-2");
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.add(child));
}

void TestDocumentRepository::refusesBadInput()
{
    DocumentRepository repository(*m_db);
    NewDocument request = document(QStringLiteral("case-1"), QStringLiteral("  "));
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.add(request));
    request = document(QStringLiteral("no-case"), QStringLiteral("X"));
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.add(request));
    request = document(QStringLiteral("case-1"), QStringLiteral("X"));
    request.direction = QStringLiteral("sideways");
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.add(request));
    request = document(QStringLiteral("case-1"), QStringLiteral("X"));
    request.content.sha256 = QStringLiteral("short");
    QVERIFY_THROWS_EXCEPTION(InvalidDocument, repository.add(request));
    QCOMPARE(akta::sync::Outbox(*m_db).pendingCount(), qint64(0));
}

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"

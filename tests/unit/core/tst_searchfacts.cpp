// Tests of akta::search::SearchFactsSchema (migration v9): search_document_facts holds, for every row of
// the document index, the document's date and kind and its case's KLE emne, facet and status; the
// migration fills it for documents already indexed, and triggers keep it equal to the documents and
// cases through inserts, updates (of the document, of its case, moving it to another case) and deletes.

#include "search/SearchFactsSchema.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSearchFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationFillsExistingDocuments();
    void newDocument();
    void documentChanged();
    void caseChanged();
    void documentMoved();
    void documentMovedToUnknownCase();
    void documentDeleted();

private:
    qint64 scalar(const QString& sql);
    // The facts of one document as "date|kind|kle|facet|status", or empty when it has none.
    QString facts(const QString& documentId);
    // Every document's facts as its document and case say them (0 when they all agree).
    qint64 disagreements();
    void addDocument(const QString& id, const QString& caseId, int number, const QString& kind,
                     const QString& date);

    QTemporaryDir m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

qint64 TestSearchFacts::scalar(const QString& sql)
{
    auto query = m_store->database().prepare(sql);
    return query.step() ? query.columnInt64(0) : -1;
}

QString TestSearchFacts::facts(const QString& documentId)
{
    auto query = m_store->database().prepare(QStringLiteral(
        "SELECT coalesce(x.document_date, '') || '|' || x.kind || '|' || x.kle_subject || '|' || "
        "x.kle_facet || '|' || x.status FROM search_document_facts x JOIN search_documents s ON s.id = "
        "x.id WHERE s.document_id = ?1"));
    query.bind(1, documentId);
    return query.step() ? query.columnText(0) : QString();
}

qint64 TestSearchFacts::disagreements()
{
    const qint64 documents = scalar(QStringLiteral("SELECT count(*) FROM documents"));
    const qint64 agreeing = scalar(QStringLiteral(
        "SELECT count(*) FROM documents d JOIN cases c ON c.id = d.case_id JOIN search_documents s ON "
        "s.document_id = d.id JOIN search_document_facts x ON x.id = s.id WHERE x.document_date IS "
        "d.document_date AND x.kind = d.kind AND x.kle_subject = c.kle_subject AND x.kle_facet = c.kle_facet "
        "AND x.status = c.status"));
    const qint64 facts = scalar(QStringLiteral("SELECT count(*) FROM search_document_facts"));
    return (documents - agreeing) + (facts - documents);
}

void TestSearchFacts::addDocument(const QString& id, const QString& caseId, int number, const QString& kind,
                                  const QString& date)
{
    auto insert = m_store->database().prepare(QStringLiteral(
        "INSERT INTO documents(id, case_id, number, title, kind, direction, document_date, status, "
        "created_at, modified_at) VALUES (?1, ?2, ?3, 'Brev', ?4, 'incoming', ?5, 'journaled', "
        "'2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')"));
    insert.bind(1, id).bind(2, caseId).bind(3, number).bind(4, kind).bind(5, date).exec();
}

void TestSearchFacts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("store")));
    m_store->database().exec(QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kle_facet, kind, status, access_class, "
        "created_at, modified_at) VALUES "
        "('c1', '27.24.00-G01-1-26', 'Underretning', '27.24.00', 'G01', 'citizen', 'opened', 'normal', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
        "('c2', '02.34.02-K07-2-26', 'Byggesag', '02.34.02', 'K07', 'property', 'decided', 'normal', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
}

void TestSearchFacts::migrationFillsExistingDocuments()
{
    auto& db = m_store->database();
    // A store as it was before version 9, with documents: no facts table and none of its triggers.
    db.exec(QStringLiteral("DROP TABLE search_document_facts; DROP TRIGGER search_facts_insert; DROP TRIGGER "
                           "search_facts_delete; DROP TRIGGER search_facts_document; DROP TRIGGER "
                           "search_facts_case;"));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_facts_%'")),
             0);
    addDocument(QStringLiteral("d1"), QStringLiteral("c1"), 1, QStringLiteral("note"),
                QStringLiteral("2025-03-01"));
    addDocument(QStringLiteral("d2"), QStringLiteral("c2"), 1, QStringLiteral("email"), QString());
    {
        akta::sqlite::Transaction transaction(db);
        db.exec(akta::search::SearchFactsSchema::migration());
        transaction.commit();
    }
    QCOMPARE(facts(QStringLiteral("d1")), QStringLiteral("2025-03-01|note|27.24.00|G01|opened"));
    QCOMPARE(facts(QStringLiteral("d2")), QStringLiteral("|email|02.34.02|K07|decided"));
    QCOMPARE(disagreements(), 0);
    // The facts' rowids are the index's.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_document_facts x JOIN search_document_index "
                                   "f ON f.rowid = x.id")),
             2);
}

void TestSearchFacts::newDocument()
{
    addDocument(QStringLiteral("d3"), QStringLiteral("c1"), 2, QStringLiteral("file"),
                QStringLiteral("2025-06-30"));
    QCOMPARE(facts(QStringLiteral("d3")), QStringLiteral("2025-06-30|file|27.24.00|G01|opened"));
    QCOMPARE(disagreements(), 0);
}

void TestSearchFacts::documentChanged()
{
    m_store->database().exec(
        QStringLiteral("UPDATE documents SET document_date = '2024-12-24', kind = 'email' WHERE id = 'd3'"));
    QCOMPARE(facts(QStringLiteral("d3")), QStringLiteral("2024-12-24|email|27.24.00|G01|opened"));
    // A change of something the facts do not hold leaves them alone.
    m_store->database().exec(QStringLiteral("UPDATE documents SET title = 'Mail' WHERE id = 'd3'"));
    QCOMPARE(facts(QStringLiteral("d3")), QStringLiteral("2024-12-24|email|27.24.00|G01|opened"));
    QCOMPARE(disagreements(), 0);
}

void TestSearchFacts::caseChanged()
{
    m_store->database().exec(QStringLiteral(
        "UPDATE cases SET status = 'closed', kle_subject = '27.24.03', kle_facet = 'G02' WHERE id = 'c1'"));
    QCOMPARE(facts(QStringLiteral("d1")), QStringLiteral("2025-03-01|note|27.24.03|G02|closed"));
    QCOMPARE(facts(QStringLiteral("d3")), QStringLiteral("2024-12-24|email|27.24.03|G02|closed"));
    QCOMPARE(facts(QStringLiteral("d2")), QStringLiteral("|email|02.34.02|K07|decided")); // another case
    QCOMPARE(disagreements(), 0);
}

void TestSearchFacts::documentMoved()
{
    m_store->database().exec(
        QStringLiteral("UPDATE documents SET case_id = 'c2', number = 2 WHERE id = 'd1'"));
    QCOMPARE(facts(QStringLiteral("d1")), QStringLiteral("2025-03-01|note|02.34.02|K07|decided"));
    QCOMPARE(disagreements(), 0);
}

void TestSearchFacts::documentMovedToUnknownCase()
{
    // Only a tampered store (foreign keys off) points a document at a case it does not hold: the
    // update goes through and the document's case facts are empty, instead of the write failing.
    auto& db = m_store->database();
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.exec(QStringLiteral("UPDATE documents SET case_id = 'not-here' WHERE id = 'd1'"));
    QCOMPARE(facts(QStringLiteral("d1")), QStringLiteral("2025-03-01|note|||"));
    db.exec(QStringLiteral("UPDATE documents SET case_id = 'c2' WHERE id = 'd1'"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    QCOMPARE(facts(QStringLiteral("d1")), QStringLiteral("2025-03-01|note|02.34.02|K07|decided"));
    QCOMPARE(disagreements(), 0);
}

void TestSearchFacts::documentDeleted()
{
    auto& db = m_store->database();
    {
        akta::sqlite::Transaction transaction(db);
        db.exec(QStringLiteral("DELETE FROM documents WHERE id = 'd3'"));
        QCOMPARE(facts(QStringLiteral("d3")), QString());
    } // rolled back: the facts are back with the document
    QCOMPARE(facts(QStringLiteral("d3")), QStringLiteral("2024-12-24|email|27.24.03|G02|closed"));
    db.exec(QStringLiteral("DELETE FROM documents WHERE id = 'd3'"));
    QCOMPARE(facts(QStringLiteral("d3")), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_document_facts")), 2);
    QCOMPARE(disagreements(), 0);
}

QTEST_GUILESS_MAIN(TestSearchFacts)
#include "tst_searchfacts.moc"

// Tests of akta::search::SearchSchema: migration v5 builds the index for data already in a store, the
// triggers keep it in the same transaction (a rolled-back change leaves no trace), and a store indexed
// with another word list is rebuilt.

#include "search/SearchSchema.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSearchSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsIndexForExistingData();
    void rollbackLeavesIndexAlone();
    void otherLexiconRebuilds();

private:
    qint64 matches(const QString& table, const QString& query);
    void dropSearch();

    QTemporaryDir m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

qint64 TestSearchSchema::matches(const QString& table, const QString& query)
{
    auto count =
        m_store->database().prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?1").arg(table));
    count.bind(1, query);
    count.step();
    return count.columnInt64(0);
}

void TestSearchSchema::dropSearch()
{
    m_store->database().exec(QStringLiteral(
        "DROP TABLE search_document_index; DROP TABLE search_case_index; DROP TABLE search_documents; "
        "DROP TABLE search_cases; DROP TABLE search_lexicon; DROP TABLE search_document_facts;"));
    auto triggers = m_store->database().prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 7) = 'search_'"));
    QStringList names;
    while (triggers.step()) {
        names.append(triggers.columnText(0));
    }
    triggers.reset();
    for (const QString& name : names) {
        m_store->database().exec(QStringLiteral("DROP TRIGGER %1").arg(name));
    }
}

void TestSearchSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("store")));
}

void TestSearchSchema::buildsIndexForExistingData()
{
    auto& db = m_store->database();
    dropSearch(); // a store as it was before version 5, with data
    db.exec(QStringLiteral(
        "INSERT INTO parties(id, kind, identifier, name) VALUES ('p1', 'person', '0101901234', 'Ida "
        "Aagaard');"
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, created_at, "
        "modified_at) "
        "VALUES ('c1', '27.24.00-G01-1-26', 'Underretning', '27.24.00', 'citizen', 'opened', 'normal', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
        "INSERT INTO case_parties(case_id, party_id, role) VALUES ('c1', 'p1', 'primary');"
        "INSERT INTO documents(id, case_id, number, title, kind, direction, status, created_at, modified_at) "
        "VALUES ('d1', 'c1', 1, 'Notat', 'note', 'internal', 'journaled', '2026-01-02T00:00:00Z', "
        "'2026-01-02T00:00:00Z');"
        "INSERT INTO document_versions(id, document_id, version, sha256, file_name, mime_type, size, "
        "created_at, "
        "text_status, extracted_text) VALUES ('v1', 'd1', 1, 'x', 'n.txt', 'text/plain', 1, "
        "'2026-01-02T00:00:00Z', 'ok', 'Samtale med skolelæreren.');"));
    {
        akta::sqlite::Transaction transaction(db);
        db.exec(akta::search::SearchSchema::migration());
        transaction.commit();
    }
    QCOMPARE(matches(QStringLiteral("search_document_index"), QStringLiteral("lærer")), 1);
    QCOMPARE(matches(QStringLiteral("search_document_index"), QStringLiteral("ågård")),
             1); // the case's party
    QCOMPARE(matches(QStringLiteral("search_case_index"), QStringLiteral("\"0101901234\"")), 1);
    QCOMPARE(matches(QStringLiteral("search_case_index"), QStringLiteral("\"27.24.00-g01-1-26\"")), 1);
    QVERIFY(!akta::search::SearchSchema::ensureLexicon(db));
}

void TestSearchSchema::rollbackLeavesIndexAlone()
{
    auto& db = m_store->database();
    {
        akta::sqlite::Transaction transaction(db);
        db.exec(QStringLiteral(
            "UPDATE document_versions SET extracted_text = 'Helt andet indhold' WHERE id = 'v1'"));
        QCOMPARE(matches(QStringLiteral("search_document_index"), QStringLiteral("indhold")), 1);
    } // rolled back
    QCOMPARE(matches(QStringLiteral("search_document_index"), QStringLiteral("indhold")), 0);
    QCOMPARE(matches(QStringLiteral("search_document_index"), QStringLiteral("lærer")), 1);
    db.exec(QStringLiteral(
        "INSERT INTO search_document_index(search_document_index) VALUES ('integrity-check')"));
}

void TestSearchSchema::otherLexiconRebuilds()
{
    auto& db = m_store->database();
    db.exec(QStringLiteral("UPDATE search_lexicon SET version = 'older'"));
    QVERIFY(akta::search::SearchSchema::ensureLexicon(db));
    QVERIFY(!akta::search::SearchSchema::ensureLexicon(db));
    QCOMPARE(matches(QStringLiteral("search_document_index"), QStringLiteral("lærer")), 1);
}

QTEST_GUILESS_MAIN(TestSearchSchema)
#include "tst_searchschema.moc"

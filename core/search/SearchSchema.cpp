#include "search/SearchSchema.h"

#include "search/CompoundLexicon.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"

namespace akta::search {

namespace {

// The parties (names and CPR/CVR numbers) of a case, as one text.
const char* const kParties = "(SELECT group_concat(p.name || ' ' || p.identifier, ' ') FROM case_parties cp "
                             "JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = %1)";

// Re-indexes the documents whose ids the subquery %1 gives.
QString reindexDocuments(const QString& ids)
{
    return QStringLiteral("DELETE FROM search_document_index WHERE rowid IN "
                          "(SELECT id FROM search_documents WHERE document_id IN (%1));\n"
                          "INSERT INTO search_document_index(rowid, title, body, headers, context) "
                          "SELECT s.id, d.title, (SELECT v.extracted_text FROM document_versions v "
                          "WHERE v.document_id = d.id ORDER BY v.version DESC LIMIT 1), "
                          "coalesce(d.sender, '') || ' ' || coalesce(d.recipients, '') || ' ' || "
                          "coalesce(d.subject, ''), "
                          "c.case_number || ' ' || coalesce(%2, '') "
                          "FROM documents d JOIN search_documents s ON s.document_id = d.id JOIN cases c ON "
                          "c.id = d.case_id "
                          "WHERE d.id IN (%1);\n")
        .arg(ids, QString::fromUtf8(kParties).arg(QStringLiteral("d.case_id")));
}

QString documentsOfCases(const QString& caseIds)
{
    return QStringLiteral("SELECT id FROM documents WHERE case_id IN (%1)").arg(caseIds);
}

const char* const kCaseRow = "SELECT s.id, c.case_number, c.title, "
                             "(SELECT group_concat(p.name || ' ' || p.identifier, ' ') FROM case_parties cp "
                             "JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id), "
                             "c.kle_subject || ' ' || coalesce((SELECT k.title FROM kle_entries k WHERE "
                             "k.number = c.kle_subject), '') "
                             "|| ' ' || c.kle_facet || ' ' || coalesce((SELECT f.title FROM kle_facets f "
                             "WHERE f.number = c.kle_facet), '') "
                             "FROM cases c JOIN search_cases s ON s.case_id = c.id ";

QString reindexCases(const QString& ids)
{
    return QStringLiteral(
               "DELETE FROM search_case_index WHERE rowid IN "
               "(SELECT id FROM search_cases WHERE case_id IN (%1));\n"
               "INSERT INTO search_case_index(rowid, number, title, parties, kle) %2 WHERE c.id IN (%1);\n")
        .arg(ids, QString::fromUtf8(kCaseRow));
}

QString trigger(const char* name, const char* event, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN\n%3END;\n")
        .arg(QString::fromUtf8(name), QString::fromUtf8(event), body);
}

} // namespace

QString SearchSchema::migration()
{
    // A big page cache while the index is built: FTS5 merges its segments inside this one transaction.
    QString sql = QStringLiteral(R"SQL(
PRAGMA cache_size = -262144;
CREATE TABLE search_documents (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL UNIQUE,
    case_id     TEXT NOT NULL
);
CREATE INDEX search_documents_case ON search_documents(case_id);
CREATE VIRTUAL TABLE search_document_index USING fts5(title, body, headers, context, tokenize = 'akta_danish', prefix = '2 3');

-- The CompoundLexicon version the index was made with (one row).
CREATE TABLE search_lexicon (version TEXT NOT NULL);

CREATE TABLE search_cases (
    id      INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_case_index USING fts5(number, title, parties, kle, tokenize = 'akta_danish', prefix = '2 3');
-- Every page of an encrypted store reserves 40 bytes for its nonce and tag: FTS5's default leaf size (4050)
-- would overflow most of its pages, so the leaves are kept a little smaller.
INSERT INTO search_document_index(search_document_index, rank) VALUES ('pgsz', 4000);
INSERT INTO search_case_index(search_case_index, rank) VALUES ('pgsz', 4000);

INSERT INTO search_documents(document_id, case_id) SELECT id, case_id FROM documents ORDER BY created_at, rowid;
INSERT INTO search_cases(case_id) SELECT id FROM cases ORDER BY created_at, rowid;
)SQL");
    sql += reindexDocuments(QStringLiteral("SELECT document_id FROM search_documents"));
    sql += QStringLiteral("INSERT INTO search_lexicon(version) VALUES ('%1');\n")
               .arg(CompoundLexicon::builtIn().version());
    sql += reindexCases(QStringLiteral("SELECT case_id FROM search_cases"));

    const QString newDocument = QStringLiteral("SELECT NEW.id");
    sql += trigger(
        "search_documents_insert", "AFTER INSERT ON documents",
        QStringLiteral("INSERT INTO search_documents(document_id, case_id) VALUES (NEW.id, NEW.case_id);\n") +
            reindexDocuments(newDocument));
    sql += trigger(
        "search_documents_update", "AFTER UPDATE OF title, sender, recipients, subject, case_id ON documents",
        QStringLiteral("UPDATE search_documents SET case_id = NEW.case_id WHERE document_id = NEW.id;\n") +
            reindexDocuments(newDocument));
    sql += trigger("search_documents_delete", "AFTER DELETE ON documents",
                   QStringLiteral("DELETE FROM search_document_index WHERE rowid IN "
                                  "(SELECT id FROM search_documents WHERE document_id = OLD.id);\n"
                                  "DELETE FROM search_documents WHERE document_id = OLD.id;\n"));
    sql += trigger("search_versions_insert", "AFTER INSERT ON document_versions",
                   reindexDocuments(QStringLiteral("SELECT NEW.document_id")));
    sql += trigger("search_versions_text", "AFTER UPDATE OF extracted_text ON document_versions",
                   reindexDocuments(QStringLiteral("SELECT NEW.document_id")));
    sql += trigger("search_versions_delete", "AFTER DELETE ON document_versions",
                   reindexDocuments(QStringLiteral("SELECT OLD.document_id")));

    sql += trigger("search_cases_insert", "AFTER INSERT ON cases",
                   QStringLiteral("INSERT INTO search_cases(case_id) VALUES (NEW.id);\n") +
                       reindexCases(QStringLiteral("SELECT NEW.id")));
    sql +=
        trigger("search_cases_update", "AFTER UPDATE OF case_number, title, kle_subject, kle_facet ON cases",
                reindexCases(QStringLiteral("SELECT NEW.id")));
    sql += trigger("search_cases_delete", "AFTER DELETE ON cases",
                   QStringLiteral("DELETE FROM search_case_index WHERE rowid IN "
                                  "(SELECT id FROM search_cases WHERE case_id = OLD.id);\n"
                                  "DELETE FROM search_cases WHERE case_id = OLD.id;\n"));
    sql += trigger("search_case_parties_insert", "AFTER INSERT ON case_parties",
                   reindexCases(QStringLiteral("SELECT NEW.case_id")) +
                       reindexDocuments(documentsOfCases(QStringLiteral("SELECT NEW.case_id"))));
    sql += trigger("search_case_parties_delete", "AFTER DELETE ON case_parties",
                   reindexCases(QStringLiteral("SELECT OLD.case_id")) +
                       reindexDocuments(documentsOfCases(QStringLiteral("SELECT OLD.case_id"))));
    const QString casesOfParty = QStringLiteral("SELECT case_id FROM case_parties WHERE party_id = NEW.id");
    sql += trigger("search_parties_update", "AFTER UPDATE OF name, identifier ON parties",
                   reindexCases(casesOfParty) + reindexDocuments(documentsOfCases(casesOfParty)));
    sql += trigger("search_kle_titles", "AFTER UPDATE OF title ON kle_entries",
                   reindexCases(QStringLiteral("SELECT id FROM cases WHERE kle_subject = NEW.number")));
    sql += QStringLiteral("PRAGMA cache_size = -2000;\n"); // SQLite's default again
    return sql;
}

bool SearchSchema::ensureLexicon(sqlite::Database& db)
{
    const QString version = CompoundLexicon::builtIn().version();
    {
        auto current = db.prepare(QStringLiteral("SELECT version FROM search_lexicon"));
        if (current.step() && current.columnText(0) == version) {
            return false;
        }
    }
    sqlite::Transaction transaction(db);
    db.exec(QStringLiteral("INSERT INTO search_document_index(search_document_index) VALUES ('rebuild');\n"
                           "INSERT INTO search_case_index(search_case_index) VALUES ('rebuild');\n"
                           "DELETE FROM search_lexicon;"));
    db.prepare(QStringLiteral("INSERT INTO search_lexicon(version) VALUES (?1)")).bind(1, version).exec();
    transaction.commit();
    return true;
}

} // namespace akta::search

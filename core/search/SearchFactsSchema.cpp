#include "search/SearchFactsSchema.h"

namespace akta::search {

QString SearchFactsSchema::migration()
{
    return QStringLiteral(R"SQL(
CREATE TABLE search_document_facts (
    id            INTEGER PRIMARY KEY, -- search_documents.id: the rowid in search_document_index
    document_date TEXT,
    kind          TEXT NOT NULL,
    kle_subject   TEXT NOT NULL,
    kle_facet     TEXT NOT NULL,
    status        TEXT NOT NULL
);
INSERT INTO search_document_facts(id, document_date, kind, kle_subject, kle_facet, status)
SELECT s.id, d.document_date, d.kind, c.kle_subject, c.kle_facet, c.status
FROM search_documents s JOIN documents d ON d.id = s.document_id JOIN cases c ON c.id = s.case_id
ORDER BY s.id;
CREATE INDEX search_document_facts_date ON search_document_facts(document_date);
CREATE INDEX search_document_facts_kle ON search_document_facts(kle_subject);
CREATE INDEX search_document_facts_status ON search_document_facts(status);

CREATE TRIGGER search_facts_insert AFTER INSERT ON search_documents BEGIN
INSERT INTO search_document_facts(id, document_date, kind, kle_subject, kle_facet, status)
SELECT NEW.id, d.document_date, d.kind, c.kle_subject, c.kle_facet, c.status
FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.id = NEW.document_id;
END;
CREATE TRIGGER search_facts_delete AFTER DELETE ON search_documents BEGIN
DELETE FROM search_document_facts WHERE id = OLD.id;
END;
-- A document moved to a case this store does not hold (only a tampered store does that) keeps empty facts.
CREATE TRIGGER search_facts_document AFTER UPDATE OF document_date, kind, case_id ON documents BEGIN
UPDATE search_document_facts SET document_date = NEW.document_date, kind = NEW.kind,
    (kle_subject, kle_facet, status) = (SELECT COALESCE(MAX(kle_subject), ''), COALESCE(MAX(kle_facet), ''),
                                               COALESCE(MAX(status), '') FROM cases WHERE id = NEW.case_id)
WHERE id = (SELECT id FROM search_documents WHERE document_id = NEW.id);
END;
CREATE TRIGGER search_facts_case AFTER UPDATE OF kle_subject, kle_facet, status ON cases BEGIN
UPDATE search_document_facts SET kle_subject = NEW.kle_subject, kle_facet = NEW.kle_facet, status = NEW.status
WHERE id IN (SELECT id FROM search_documents WHERE case_id = NEW.id);
END;
)SQL");
}

} // namespace akta::search

#pragma once

#include "kle/KleEmneplanReader.h"
#include "kle/KleImportReport.h"

namespace akta::sqlite {
class Database;
}

namespace akta::kle {

// One keyword for the classifier, from a source other than the plan (OS2KLE).
struct KleKeyword
{
    QString number;
    QString term;
    int weight = 1;
};

// Brings an official KLE file into the store, in one transaction: all or nothing.
class KlePlanImporter final
{
public:
    explicit KlePlanImporter(sqlite::Database& db) : m_db(db) {}

    // Reads `path`, recognises it by content (emneplan XML, facet XML or OS2KLE keyword file) and
    // imports it. Throws KleImportError (line and reason) when the file cannot be read; then the
    // plan in use is left exactly as it was.
    KleImportReport importFile(const QString& path);

    KleImportReport importEmneplan(const KleEmneplan& plan);
    KleImportReport importFacets(const QList<KleFacet>& facets, const QString& published);
    KleImportReport importKeywords(const QList<KleKeyword>& keywords, const QString& source);

private:
    sqlite::Database& m_db;
};

} // namespace akta::kle

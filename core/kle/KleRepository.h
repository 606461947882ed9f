#pragma once

#include "kle/KleDetails.h"
#include "kle/KleEntry.h"

#include <QList>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::kle {

// The KLE plan as the local store holds it.
class KleRepository final
{
public:
    explicit KleRepository(sqlite::Database& db) : m_db(db) {}

    bool isEmpty();
    // Replaces the whole plan; the caller holds the transaction.
    void replaceAll(const QList<KleEntry>& entries);
    std::optional<KleEntry> find(const QString& number);
    // Every emne (level 3) in number order; retired ones only when asked for.
    QList<KleEntry> subjects(bool includeRetired = false);
    // Every entry of every level in number order (hovedgrupper, grupper and emner).
    QList<KleEntry> allEntries();
    // Guidance, legal references and stikord of one entry, as the official plan gives them.
    std::optional<KleEntryDetails> details(const QString& number);
    // The handlingsfacetter in number order; retired ones only when asked for.
    QList<KleFacet> facets(bool includeRetired = false);
    std::optional<KleFacet> facet(const QString& number);
    // Every stikord in force, with the emne it belongs to, for the classifier.
    QList<QPair<QString, KleStikord>> allStikord();
    // Keywords from other sources (OS2KLE): emne, term and weight.
    struct Keyword
    {
        QString number;
        QString term;
        int weight = 1;
    };
    QList<Keyword> keywords();

private:
    sqlite::Database& m_db;
};

} // namespace akta::kle

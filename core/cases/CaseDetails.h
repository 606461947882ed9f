#pragma once

#include "cases/CaseRepository.h"

#include <optional>

namespace akta::cases {

// Everything the case view shows about one case, read in one go (on a worker thread).
struct CaseDetails
{
    CaseRecord record;
    QString kleTitle;
    QList<CaseParty> parties;
    QList<DocumentRecord> documents;

    static std::optional<CaseDetails> load(sqlite::Database& db, const QString& idOrNumber);
    // Opens its own read-only connection: safe to call from any thread.
    static std::optional<CaseDetails> loadFrom(const QString& databasePath, const QString& idOrNumber);
};

} // namespace akta::cases

#pragma once

#include "kle/KleClassifier.h"

#include <memory>

namespace akta::sqlite {
class Database;
}

namespace akta::kle {

// Builds a classifier from what a store holds: the emner in force with their gruppe and hovedgruppe
// titles, the plan's stikord, imported keywords (OS2KLE) and the municipality's own classified cases.
class KleClassifierLoader final
{
public:
    static std::shared_ptr<KleClassifier> load(sqlite::Database& db);
    // Opens its own read-only connection: safe to call on a worker thread.
    static std::shared_ptr<KleClassifier> loadFrom(const QString& databasePath);
};

} // namespace akta::kle

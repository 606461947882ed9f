#pragma once

#include "domain/CaseRecord.h"

#include <QList>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// Existing cases that a new case would repeat: the same party (as primary or secondary) in the same
// KLE emne, newest first. Shown before creating, with the choice to open one instead.
class CaseDuplicates final
{
public:
    static QList<CaseRecord> find(sqlite::Database& db, const QString& partyIdentifier,
                                  const QString& kleSubject);
};

} // namespace akta::cases

#pragma once

#include "offline/OfflinePin.h"

#include <QList>
#include <QSet>
#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::offline {

// The cases this desktop keeps offline, as pins in the store (table offline_pins): one case, all cases
// of a person, or the cases a saved search finds. Pins are resolved to cases each time, so a person's new
// case or a search's new match is taken along by the next sync. Pins are local: they never sync.
class OfflineSet final
{
public:
    // `databasePath` is the store's database file (a saved search runs on a connection of its own).
    OfflineSet(sqlite::Database& db, QString databasePath);

    // Adds a pin (again: nothing changes). `input` is a case id or number, a CPR number, or a search
    // query. Throws OfflineError when it names nothing valid.
    OfflinePin add(OfflinePin::Kind kind, const QString& input);
    // Removes a pin named as for add(); false when there was none.
    bool remove(OfflinePin::Kind kind, const QString& input);
    QList<OfflinePin> pins();

    // The ids of every case the pins name, sorted.
    QStringList caseIds();
    QSet<QString> caseIdSet();

private:
    QString resolve(OfflinePin::Kind kind, const QString& input, bool mustExist);
    QStringList casesOfPerson(const QString& cpr);
    QStringList casesOfSearch(const QString& query);

    sqlite::Database& m_db;
    QString m_databasePath;
};

} // namespace akta::offline

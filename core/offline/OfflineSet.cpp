#include "offline/OfflineSet.h"

#include "cases/CaseRepository.h"
#include "offline/OfflineLog.h"
#include "registry/CprNumber.h"
#include "search/SearchEngine.h"
#include "search/SearchQueryParser.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "util/Ids.h"

#include <algorithm>

namespace akta::offline {

namespace {

// A saved search keeps at most this many cases offline: a query that finds more is almost certainly
// not what the user meant to carry on a laptop.
constexpr int kSearchLimit = 2000;

std::string text(const QString& value)
{
    return value.toStdString();
}

} // namespace

OfflineSet::OfflineSet(sqlite::Database& db, QString databasePath)
    : m_db(db), m_databasePath(std::move(databasePath))
{}

QString OfflineSet::resolve(OfflinePin::Kind kind, const QString& input, bool mustExist)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        throw OfflineError("nothing to take offline: the value is empty");
    }
    switch (kind) {
    case OfflinePin::Kind::Case: {
        const auto record = cases::CaseRepository(m_db).find(trimmed);
        if (!record) {
            if (mustExist) {
                throw OfflineError("no case " + text(trimmed) + " in this store");
            }
            return trimmed;
        }
        return record->id;
    }
    case OfflinePin::Kind::Person: {
        const registry::CprNumber cpr = registry::CprNumber::parse(trimmed);
        if (!cpr.isValid()) {
            throw OfflineError("not a CPR number: " + text(trimmed) + " (" + text(cpr.errorMessage()) + ")");
        }
        return cpr.normalized();
    }
    case OfflinePin::Kind::Search:
        if (mustExist) {
            casesOfSearch(trimmed); // throws for a malformed query
        }
        return trimmed;
    }
    return trimmed;
}

OfflinePin OfflineSet::add(OfflinePin::Kind kind, const QString& input)
{
    OfflinePin pin;
    pin.kind = kind;
    pin.value = resolve(kind, input, true);
    pin.label = input.trimmed();
    pin.addedAt = util::nowIso();
    m_db.prepare(
            QStringLiteral("INSERT INTO offline_pins(kind, value, label, added_at) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT(kind, value) DO NOTHING"))
        .bind(1, OfflinePin::kindName(kind))
        .bind(2, pin.value)
        .bind(3, pin.label)
        .bind(4, pin.addedAt)
        .exec();
    return pin;
}

bool OfflineSet::remove(OfflinePin::Kind kind, const QString& input)
{
    const QString value = resolve(kind, input, false);
    m_db.prepare(QStringLiteral("DELETE FROM offline_pins WHERE kind = ?1 AND (value = ?2 OR label = ?3)"))
        .bind(1, OfflinePin::kindName(kind))
        .bind(2, value)
        .bind(3, input.trimmed())
        .exec();
    return m_db.changes() > 0;
}

QList<OfflinePin> OfflineSet::pins()
{
    QList<OfflinePin> list;
    auto query = m_db.prepare(QStringLiteral(
        "SELECT kind, value, label, added_at FROM offline_pins ORDER BY added_at, kind, value"));
    while (query.step()) {
        OfflinePin pin;
        pin.kind = OfflinePin::kindFromName(query.columnText(0)).value_or(OfflinePin::Kind::Case);
        pin.value = query.columnText(1);
        pin.label = query.columnText(2);
        pin.addedAt = query.columnText(3);
        list.append(pin);
    }
    return list;
}

QStringList OfflineSet::casesOfPerson(const QString& cpr)
{
    QStringList ids;
    auto query = m_db.prepare(QStringLiteral("SELECT cp.case_id FROM case_parties cp "
                                             "JOIN parties p ON p.id = cp.party_id WHERE p.identifier = ?1"));
    query.bind(1, cpr);
    while (query.step()) {
        ids.append(query.columnText(0));
    }
    return ids;
}

QStringList OfflineSet::casesOfSearch(const QString& query)
{
    search::SearchEngine engine(m_databasePath);
    search::SearchEngine::Request request;
    request.text = query;
    request.limit = kSearchLimit;
    search::SearchResult result;
    try {
        result = engine.search(request);
    } catch (const search::SearchQueryError& error) {
        throw OfflineError("the search cannot be read: " + std::string(error.what()));
    }
    QStringList ids;
    for (const search::SearchHit& hit : std::as_const(result.hits)) {
        ids.append(hit.caseId);
    }
    if (!result.directCaseId.isEmpty()) {
        ids.append(result.directCaseId);
    }
    return ids;
}

QStringList OfflineSet::caseIds()
{
    QStringList ids;
    for (const OfflinePin& pin : pins()) {
        switch (pin.kind) {
        case OfflinePin::Kind::Case:
            ids.append(pin.value);
            break;
        case OfflinePin::Kind::Person:
            ids += casesOfPerson(pin.value);
            break;
        case OfflinePin::Kind::Search:
            try {
                ids += casesOfSearch(pin.value);
            } catch (const OfflineError& error) {
                qCWarning(lcOffline) << "the saved search" << pin.label << "is skipped:" << error.what();
            }
            break;
        }
    }
    // Only cases that are in the store (a pinned case may have been purged since).
    QStringList present;
    auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?1"));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const QString& id : std::as_const(ids)) {
        exists.reset();
        exists.bind(1, id);
        if (exists.step()) {
            present.append(id);
        }
    }
    return present;
}

QSet<QString> OfflineSet::caseIdSet()
{
    const QStringList ids = caseIds();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace akta::offline

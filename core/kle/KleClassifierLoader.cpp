#include "kle/KleClassifierLoader.h"

#include "kle/KleRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"

#include <QSet>

namespace akta::kle {

std::shared_ptr<KleClassifier> KleClassifierLoader::load(sqlite::Database& db)
{
    auto classifier = std::make_shared<KleClassifier>();
    KleRepository plan(db);
    QSet<QString> inForce; // only emner that can be chosen for a case are suggested
    for (const KleEntry& entry : plan.allEntries()) {
        if (entry.isRetired()) {
            continue;
        }
        if (entry.level == 3) {
            classifier->addSubject(entry.number, entry.title);
            inForce.insert(entry.number);
        } else {
            classifier->addGroup(entry.number, entry.title);
        }
    }
    for (const auto& [number, stikord] : plan.allStikord()) {
        if (!stikord.isTitle && inForce.contains(number)) {
            classifier->addKeyword(number, stikord.text, 5, KleSource::Stikord);
        }
    }
    for (const KleRepository::Keyword& keyword : plan.keywords()) {
        if (inForce.contains(keyword.number)) {
            classifier->addKeyword(keyword.number, keyword.term, keyword.weight, KleSource::Keyword);
        }
    }
    auto cases =
        db.prepare(QStringLiteral("SELECT c.title, c.kle_subject, c.kind, coalesce(u.name, ''), "
                                  "(SELECT p.kind FROM case_parties cp JOIN parties p ON p.id = cp.party_id "
                                  " WHERE cp.case_id = c.id AND cp.role = 'primary') "
                                  "FROM cases c LEFT JOIN units u ON u.id = c.responsible_unit"));
    while (cases.step()) {
        if (inForce.contains(cases.columnText(1))) {
            classifier->learnCase(
                cases.columnText(0), cases.columnText(1),
                KleCaseContext{cases.columnText(2), cases.columnText(4), cases.columnText(3)});
        }
    }
    classifier->build();
    return classifier;
}

std::shared_ptr<KleClassifier> KleClassifierLoader::loadFrom(const QString& databasePath)
{
    sqlite::Database db(databasePath, sqlite::Database::Mode::ReadOnly);
    return load(db);
}

} // namespace akta::kle

#include "demo/DemoOrganisation.h"

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"

#include <QSet>

namespace akta::demo {

namespace {

struct UnitPlan
{
    const char* name;
    const char* parent; // empty for a top unit
    int caseworkers;
    bool leader;
    const char* role; // of the caseworkers
};

// Every unit with its staff. HR's staff have the role hr; everybody else handles cases.
const UnitPlan kUnits[] = {
    {"Borgerservice", "", 3, true, "caseworker"},
    {"Børn og Unge", "", 1, true, "caseworker"},
    {"PPR", "Børn og Unge", 2, false, "caseworker"},
    {"Familieafdelingen", "Børn og Unge", 3, true, "caseworker"},
    {"Social og Sundhed", "", 3, true, "caseworker"},
    {"Teknik og Miljø", "", 2, true, "caseworker"},
    {"Byggeri", "Teknik og Miljø", 3, false, "caseworker"},
    {"Jobcenter", "", 3, true, "caseworker"},
    {"Sekretariatet", "", 2, true, "caseworker"},
    {"HR", "", 2, true, "hr"},
};

// Which unit handles a KLE hovedgruppe (or gruppe, when listed).
const char* unitNameFor(const QString& subject)
{
    const QString group = subject.left(5);
    const QString main = subject.left(2);
    if (group == QLatin1String("17.03") || group == QLatin1String("34.45")) {
        return "PPR";
    }
    if (main == QLatin1String("34")) {
        return "Familieafdelingen";
    }
    if (main == QLatin1String("17") || main == QLatin1String("28")) {
        return "Børn og Unge";
    }
    if (main == QLatin1String("02")) {
        return "Byggeri";
    }
    static const char* const technical[] = {"01", "03", "04", "05", "06", "07", "08",
                                            "09", "13", "14", "23", "24", "25"};
    for (const char* code : technical) {
        if (main == QLatin1String(code)) {
            return "Teknik og Miljø";
        }
    }
    if (main == QLatin1String("27") || main == QLatin1String("29")) {
        return "Social og Sundhed";
    }
    if (main == QLatin1String("15") || main == QLatin1String("54")) {
        return "Jobcenter";
    }
    if (main == QLatin1String("32") || main == QLatin1String("30") || main == QLatin1String("18") ||
        main == QLatin1String("19") || main == QLatin1String("22")) {
        return "Borgerservice";
    }
    if (main == QLatin1String("81") || main == QLatin1String("82")) {
        return "HR";
    }
    return "Sekretariatet";
}

} // namespace

DemoOrganisation DemoOrganisation::generate(DemoRandom& random)
{
    DemoOrganisation organisation;
    QSet<QString> usernames;
    auto addUser = [&](const QString& unitId, const QString& role, bool male) {
        const QString first = random.pick(male ? DemoNames::maleFirstNames() : DemoNames::femaleFirstNames());
        const QString last = random.pick(DemoNames::surnames());
        // mette.h, then mette.ha, mette.han, ... when taken.
        const QString base = DemoNames::asciiFolded(first);
        const QString folded = DemoNames::asciiFolded(last);
        QString username;
        for (int length = 1; length <= folded.size() + 1; ++length) {
            username = base + QLatin1Char('.') + folded.left(length);
            if (length > folded.size()) {
                username += QString::number(organisation.m_users.size());
            }
            if (!usernames.contains(username)) {
                break;
            }
        }
        usernames.insert(username);
        organisation.m_users.append(
            directory::User{random.uuid(), username, first + QLatin1Char(' ') + last, unitId, role});
        return int(organisation.m_users.size()) - 1;
    };

    for (const UnitPlan& plan : kUnits) {
        directory::Unit unit;
        unit.id = random.uuid();
        unit.name = QString::fromUtf8(plan.name);
        if (*plan.parent) {
            unit.parentId =
                organisation.m_units.at(organisation.indexOfUnit(QString::fromUtf8(plan.parent))).id;
        }
        organisation.m_units.append(unit);
        if (plan.leader) {
            addUser(unit.id, QStringLiteral("leader"), random.chance(0.5));
        }
        for (int i = 0; i < plan.caseworkers; ++i) {
            organisation.m_caseworkers[unit.id].append(
                addUser(unit.id, QString::fromUtf8(plan.role), random.chance(0.35)));
        }
        if (unit.name == QLatin1String("Familieafdelingen")) {
            // The demo user: a caseworker with children's cases, the most varied ones.
            const int index = addUser(unit.id, QStringLiteral("caseworker"), false);
            organisation.m_users[index].username = demoUsername();
            organisation.m_caseworkers[unit.id].append(index);
            organisation.m_demoUser = index;
        }
    }
    return organisation;
}

int DemoOrganisation::indexOfUnit(const QString& name) const
{
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units.at(i).name == name) {
            return i;
        }
    }
    return 0;
}

const directory::Unit& DemoOrganisation::unitFor(const QString& kleSubject) const
{
    return m_units.at(indexOfUnit(QString::fromUtf8(unitNameFor(kleSubject))));
}

const QList<int>& DemoOrganisation::caseworkersOf(const QString& unitId) const
{
    const auto found = m_caseworkers.constFind(unitId);
    if (found != m_caseworkers.cend() && !found->isEmpty()) {
        return *found;
    }
    // Every unit has staff; the first unit's stand in should that ever change.
    return *m_caseworkers.constFind(m_units.first().id);
}

const directory::Unit* DemoOrganisation::unit(const QString& id) const
{
    for (const directory::Unit& unit : m_units) {
        if (unit.id == id) {
            return &unit;
        }
    }
    return nullptr;
}

QString DemoOrganisation::emailOf(const directory::User& user)
{
    return user.username + QStringLiteral("@akta-kommune.example");
}

} // namespace akta::demo

#include "demo/DemoPopulation.h"

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "registry/CprNumber.h"

#include <QStringList>

#include <stdexcept>

namespace akta::demo {

namespace {

QDate randomDate(DemoRandom& random, QDate from, QDate to)
{
    const qint64 days = from.daysTo(to);
    return from.addDays(random.bounded(int(qMax<qint64>(days, 0)) + 1));
}

int ageAt(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

const DemoTown& randomTown(DemoRandom& random)
{
    const QList<DemoTown>& towns = DemoNames::towns();
    static const int total = [&towns] {
        int sum = 0;
        for (const DemoTown& town : towns) {
            sum += town.weight;
        }
        return sum;
    }();
    int pick = random.bounded(total);
    for (const DemoTown& town : towns) {
        if (pick < town.weight) {
            return town;
        }
        pick -= town.weight;
    }
    return towns.last();
}

QString firstName(DemoRandom& random, bool male)
{
    return random.pick(male ? DemoNames::maleFirstNames() : DemoNames::femaleFirstNames());
}

} // namespace

DemoAddress DemoPopulation::randomAddress(DemoRandom& random)
{
    const DemoTown& town = randomTown(random);
    QString street =
        random.pick(DemoNames::streets()) + QLatin1Char(' ') + QString::number(random.between(1, 120));
    if (random.chance(0.25)) {
        static const char* const sides[] = {"th.", "tv.", "mf."};
        street += QStringLiteral(", %1. %2").arg(random.between(1, 4)).arg(QLatin1String(random.pick(sides)));
    }
    return DemoAddress{street, town.postalCode, town.city};
}

QString DemoPopulation::cvrCandidate(DemoRandom& random)
{
    static const int weights[] = {2, 7, 6, 5, 4, 3, 2};
    int digits[7];
    digits[0] = random.between(1, 9);
    for (int i = 1; i < 7; ++i) {
        digits[i] = random.between(0, 9);
    }
    int sum = 0;
    QString cvr;
    for (int i = 0; i < 7; ++i) {
        sum += digits[i] * weights[i];
        cvr += QLatin1Char(char('0' + digits[i]));
    }
    const int check = (11 - sum % 11) % 11; // weight 1 for the last digit
    if (check == 10) {
        return {};
    }
    return cvr + QLatin1Char(char('0' + check));
}

int DemoPopulation::addPerson(DemoRandom& random, QDate birth, bool male, const QString& lastName,
                              const DemoAddress& address, bool isProtected)
{
    DemoPerson person;
    person.id = random.uuid();
    // A replacement number not yet used; a date has 500 of them per sex.
    for (int attempt = 0;; ++attempt) {
        person.cpr = registry::CprNumber::replacementFor(
            birth, random.bounded(registry::CprNumber::ReplacementSerialCount), male);
        if (person.cpr.isEmpty() || attempt > 10 * registry::CprNumber::ReplacementSerialCount) {
            throw std::runtime_error("no replacement number left for " +
                                     birth.toString(Qt::ISODate).toStdString());
        }
        if (!m_identifiers.contains(person.cpr)) {
            break;
        }
    }
    m_identifiers.insert(person.cpr);
    person.firstName = firstName(random, male);
    if (random.chance(0.2)) {
        person.firstName += QLatin1Char(' ') + firstName(random, male);
    }
    person.lastName = lastName;
    person.birthDate = birth;
    person.male = male;
    person.address = address;
    person.isProtected = isProtected;
    const int age = ageAt(birth, m_referenceDate);
    if (age >= 75 && random.chance(0.08)) {
        person.status = QStringLiteral("deceased");
    } else if (age >= 18 && random.chance(0.01)) {
        person.status = QStringLiteral("emigrated");
    } else {
        person.status = QStringLiteral("alive");
    }
    const int index = int(m_persons.size());
    m_persons.append(person);
    (age < 18 ? m_children : age < 67 ? m_adults : m_elderly).append(index);
    return index;
}

void DemoPopulation::linkParent(int parent, int child, bool custody)
{
    m_persons[parent].children.append(child);
    m_persons[child].parents.append(parent);
    if (custody) {
        m_persons[child].custodyHolders.append(parent);
    }
}

DemoPopulation DemoPopulation::generate(DemoRandom& random, int households, int companies,
                                        QDate referenceDate)
{
    DemoPopulation population;
    population.m_referenceDate = referenceDate;
    const QDate today = referenceDate.addDays(-1);
    auto bornAged = [&](int minAge, int maxAge) {
        return randomDate(random, today.addYears(-maxAge - 1).addDays(1), today.addYears(-minAge));
    };

    for (int h = 0; h < households; ++h) {
        const DemoAddress address = randomAddress(random);
        // About 2 % of households have name and address protection; the second one always does, so
        // that even a small demo shows it.
        const bool isProtected = random.chance(0.02) || h == 1;
        const int type = random.bounded(100);
        if (type < 57) {
            // A family: a couple with children (45 %) or a single parent (12 %).
            const bool couple = type < 45;
            const QString fatherName = random.pick(DemoNames::surnames());
            const QString motherName = random.chance(0.6) ? fatherName : random.pick(DemoNames::surnames());
            const QDate motherBirth = bornAged(24, 52);
            const int mother =
                population.addPerson(random, motherBirth, false, motherName, address, isProtected);
            int father = -1;
            if (couple) {
                const QDate fatherBirth =
                    qBound(motherBirth.addYears(-8), motherBirth.addDays(random.between(-2000, 1000)),
                           today.addYears(-20));
                father = population.addPerson(random, fatherBirth, true, fatherName, address, isProtected);
                if (random.chance(0.7)) {
                    population.m_persons[mother].spouse = father;
                    population.m_persons[father].spouse = mother;
                }
            } else if (random.chance(0.5)) {
                // The other parent lives elsewhere and shares no custody.
                const QDate fatherBirth =
                    qBound(motherBirth.addYears(-8), motherBirth.addDays(random.between(-2000, 1000)),
                           today.addYears(-20));
                father =
                    population.addPerson(random, fatherBirth, true, fatherName, randomAddress(random), false);
            }
            const int childCount = random.between(1, couple ? 4 : 3);
            const QDate earliest = qMax(motherBirth.addYears(19), today.addYears(-19));
            for (int c = 0; c < childCount && earliest < today; ++c) {
                const QDate birth = randomDate(random, earliest, today.addDays(-30));
                const bool male = random.chance(0.5);
                const QString childName =
                    random.chance(0.7) ? (father >= 0 ? fatherName : motherName) : motherName;
                const int child = population.addPerson(random, birth, male, childName, address, isProtected);
                population.linkParent(mother, child, true);
                if (father >= 0) {
                    population.linkParent(father, child, couple);
                }
            }
        } else if (type < 80) {
            // A single adult.
            population.addPerson(random, bornAged(18, 66), random.chance(0.5),
                                 random.pick(DemoNames::surnames()), address, isProtected);
        } else if (type < 92) {
            // An elderly person, living alone or with a spouse.
            const QString lastName = random.pick(DemoNames::surnames());
            const bool male = random.chance(0.4);
            const int first =
                population.addPerson(random, bornAged(67, 98), male, lastName, address, isProtected);
            if (random.chance(0.45)) {
                const int second =
                    population.addPerson(random, bornAged(67, 95), !male, lastName, address, isProtected);
                population.m_persons[first].spouse = second;
                population.m_persons[second].spouse = first;
            }
        } else {
            // A young person who has just left home.
            population.addPerson(random, bornAged(18, 25), random.chance(0.5),
                                 random.pick(DemoNames::surnames()), address, isProtected);
        }
    }

    QSet<QString> cvrNumbers;
    const QList<DemoIndustry>& industries = DemoNames::industries();
    for (int c = 0; c < companies; ++c) {
        DemoCompany company;
        company.id = random.uuid();
        do {
            company.cvr = cvrCandidate(random);
        } while (company.cvr.isEmpty() || cvrNumbers.contains(company.cvr));
        cvrNumbers.insert(company.cvr);
        const DemoIndustry& industry = random.pick(industries);
        company.industry = industry.industry;
        company.address = randomAddress(random);
        const QString& suffix = random.pick(DemoNames::companySuffixes());
        const QString& surname = random.pick(DemoNames::surnames());
        switch (random.bounded(4)) {
        case 0:
            company.name = surname + QLatin1Char(' ') + industry.nameWord + QLatin1Char(' ') + suffix;
            break;
        case 1:
            // Danish genitive: Hansens, but Yilmaz' and Friis'.
            company.name = surname +
                           (surname.endsWith(QLatin1Char('s')) || surname.endsWith(QLatin1Char('z')) ||
                                    surname.endsWith(QLatin1Char('x'))
                                ? QStringLiteral("' ")
                                : QStringLiteral("s ")) +
                           industry.nameWord;
            break;
        case 2:
            company.name =
                company.address.city + QLatin1Char(' ') + industry.nameWord + QLatin1Char(' ') + suffix;
            break;
        default:
            company.name = industry.nameWord + QLatin1Char(' ') + firstName(random, random.chance(0.5)) +
                           QLatin1Char(' ') + surname;
            break;
        }
        company.status = random.chance(0.92) ? QStringLiteral("active") : QStringLiteral("ceased");
        company.email = QStringLiteral("post@%1.example").arg(DemoNames::asciiFolded(company.name));
        population.m_companies.append(company);
    }
    return population;
}

} // namespace akta::demo

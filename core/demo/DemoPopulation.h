#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace akta::demo {

class DemoRandom;

struct DemoAddress
{
    QString street; // street name and house number
    QString postalCode;
    QString city;
};

// A fictitious person with a replacement number (erstatningspersonnummer), so that no real person
// can ever be meant. Relations are indices into DemoPopulation::persons().
struct DemoPerson
{
    QString id;
    QString cpr;
    QString firstName;
    QString lastName;
    QDate birthDate;
    bool male = false;
    DemoAddress address;
    bool isProtected = false; // name and address protection: the store never keeps the address
    QString status;           // alive, deceased, emigrated
    int spouse = -1;
    QList<int> parents;
    QList<int> children;
    QList<int> custodyHolders; // who has custody of this (minor) person

    QString name() const { return firstName + QLatin1Char(' ') + lastName; }
};

// A fictitious company with a CVR number that passes the modulus 11 check.
struct DemoCompany
{
    QString id;
    QString cvr;
    QString name;
    DemoAddress address;
    QString industry;
    QString status; // active, ceased
    QString email;
};

// The inhabitants and businesses of the demo municipality: households of couples and single
// parents with children, single adults, elderly people, and companies.
class DemoPopulation final
{
public:
    static DemoPopulation generate(DemoRandom& random, int households, int companies, QDate referenceDate);

    const QList<DemoPerson>& persons() const { return m_persons; }
    const QList<DemoCompany>& companies() const { return m_companies; }
    // Indices of persons by age at the reference date: under 18, 18-66, 67 and over.
    const QList<int>& children() const { return m_children; }
    const QList<int>& adults() const { return m_adults; }
    const QList<int>& elderly() const { return m_elderly; }

    // A random address in the municipality (for buildings and properties).
    static DemoAddress randomAddress(DemoRandom& random);
    // A CVR number whose first seven digits come from `random`, or empty when they have no check digit.
    static QString cvrCandidate(DemoRandom& random);

private:
    int addPerson(DemoRandom& random, QDate birth, bool male, const QString& lastName,
                  const DemoAddress& address, bool isProtected);
    void linkParent(int parent, int child, bool custody);

    QList<DemoPerson> m_persons;
    QList<DemoCompany> m_companies;
    QList<int> m_children;
    QList<int> m_adults;
    QList<int> m_elderly;
    QSet<QString> m_identifiers;
    QDate m_referenceDate;
};

} // namespace akta::demo

#include "demo/DemoCaseFactory.h"

#include "cases/CaseNumberAllocator.h"
#include "demo/DemoBlobStore.h"
#include "demo/DemoNames.h"
#include "demo/DemoOrganisation.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoRandom.h"
#include "demo/SimplePdfWriter.h"
#include "util/Ids.h"

#include <QHash>

#include <algorithm>

namespace akta::demo {

namespace {

constexpr std::uint64_t kPlanStream = 0xC0FFEE00000001ULL;
constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 msAt(QDate date, qint64 msOfDay)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay + msOfDay;
}

QDate dateOf(qint64 ms)
{
    return QDate::fromJulianDay(ms / kMsPerDay + kUnixEpochJulianDay);
}

QString iso(qint64 ms)
{
    return util::toIso(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// A time during office hours, in ms after midnight.
qint64 officeTime(DemoRandom& random)
{
    return (8 * 3600 + random.bounded(8 * 3600)) * qint64(1000);
}

QString safeFileName(const QString& title, const char* extension)
{
    QString name = title.left(100);
    for (QChar& c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c)) {
            c = QLatin1Char('-');
        }
    }
    return name.trimmed() + QLatin1Char('.') + QLatin1String(extension);
}

// "Name <address>" for e-mail headers and the sender and recipient fields.
QString mailbox(const QString& name, const QString& address)
{
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

QString personEmail(const QString& name)
{
    return DemoNames::asciiFolded(name).replace(QLatin1Char('-'), QLatin1Char('.')) +
           QStringLiteral("@mail.example");
}

// An RFC 2047 encoded word when `text` is not plain ASCII.
QByteArray headerText(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        return text.toLatin1();
    }
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray headerMailbox(const QString& name, const QString& address)
{
    return headerText(name) + " <" + address.toLatin1() + '>';
}

struct Party
{
    QString id;
    QString name;
    QString firstName;
    QString email;
    QStringList address;
    bool company = false;
};

QStringList addressLines(const DemoAddress& address)
{
    return {address.street, address.postalCode + QLatin1Char(' ') + address.city};
}

Party personParty(const DemoPerson& person)
{
    Party party;
    party.id = person.id;
    party.name = person.name();
    party.firstName = person.firstName.section(QLatin1Char(' '), 0, 0);
    party.email = personEmail(party.name);
    if (!person.isProtected) {
        party.address = addressLines(person.address);
    }
    return party;
}

Party companyParty(const DemoCompany& company)
{
    Party party;
    party.id = company.id;
    party.name = company.name;
    party.email = company.email;
    party.address = addressLines(company.address);
    party.company = true;
    return party;
}

bool isEldercare(const QString& subject)
{
    static const char* const prefixes[] = {"27.34", "27.36", "27.39", "27.42", "27.45", "27.60", "32.03.04"};
    for (const char* prefix : prefixes) {
        if (subject.startsWith(QLatin1String(prefix))) {
            return true;
        }
    }
    return false;
}

// How the document of a type is filed: kind and direction.
struct Filing
{
    const char* kind;
    const char* direction;
};

Filing filingOf(DemoDocumentType type, DemoRandom& random)
{
    switch (type) {
    case DemoDocumentType::Application:
        return random.chance(0.2) ? Filing{"email", "incoming"} : Filing{"file", "incoming"};
    case DemoDocumentType::Notification:
    case DemoDocumentType::Documentation:
    case DemoDocumentType::Statement:
        return {"file", "incoming"};
    case DemoDocumentType::Receipt:
        return random.chance(0.3) ? Filing{"email", "outgoing"} : Filing{"file", "outgoing"};
    case DemoDocumentType::PhoneNote:
    case DemoDocumentType::MeetingNote:
    case DemoDocumentType::CaseNote:
        return {"note", "internal"};
    case DemoDocumentType::CitizenEmail:
        return {"email", "incoming"};
    case DemoDocumentType::ReplyEmail:
        return {"email", "outgoing"};
    case DemoDocumentType::Minutes:
        return random.chance(0.5) ? Filing{"note", "internal"} : Filing{"file", "internal"};
    case DemoDocumentType::Investigation:
    case DemoDocumentType::Memo:
        return {"file", "internal"};
    case DemoDocumentType::Hearing:
    case DemoDocumentType::ActionPlan:
    case DemoDocumentType::PersonnelLetter:
    case DemoDocumentType::Decision:
        return {"file", "outgoing"};
    }
    return {"file", "internal"};
}

// The documents a case of a category is made of: the first, the ones in between and the last.
struct Script
{
    DemoDocumentType opening;
    QList<DemoDocumentType> middle; // repeated entries are more likely
    DemoDocumentType closing;
    bool receipt; // whether a receipt usually follows the opening
};

Script scriptFor(DemoCaseCategory category, bool hasParty, const QString& subject, DemoRandom& random)
{
    using T = DemoDocumentType;
    switch (category) {
    case DemoCaseCategory::Children:
        return {subject == QLatin1String("34.10.30") || random.chance(0.4) ? T::Notification : T::Application,
                {T::PhoneNote, T::PhoneNote, T::MeetingNote, T::MeetingNote, T::CaseNote, T::Statement,
                 T::Statement, T::Investigation, T::ActionPlan, T::Minutes, T::CitizenEmail, T::ReplyEmail},
                T::Decision,
                true};
    case DemoCaseCategory::School:
        return {random.chance(0.5) ? T::Application : T::Statement,
                {T::PhoneNote, T::MeetingNote, T::CaseNote, T::Statement, T::Minutes, T::CitizenEmail,
                 T::ReplyEmail, T::ActionPlan},
                T::Decision,
                true};
    case DemoCaseCategory::Social:
    case DemoCaseCategory::Health:
        return {T::Application,
                {T::PhoneNote, T::PhoneNote, T::MeetingNote, T::CaseNote, T::CaseNote, T::Documentation,
                 T::Statement, T::Hearing, T::CitizenEmail, T::ReplyEmail, T::Investigation, T::ActionPlan},
                T::Decision,
                true};
    case DemoCaseCategory::Benefit:
    case DemoCaseCategory::Employment:
        return {T::Application,
                {T::PhoneNote, T::MeetingNote, T::CaseNote, T::CaseNote, T::Documentation, T::Documentation,
                 T::Statement, T::Hearing, T::CitizenEmail, T::ReplyEmail},
                T::Decision,
                true};
    case DemoCaseCategory::Building:
        return {T::Application,
                {T::Documentation, T::Documentation, T::CaseNote, T::PhoneNote, T::Hearing, T::CitizenEmail,
                 T::ReplyEmail, T::Minutes},
                T::Decision,
                true};
    case DemoCaseCategory::Personnel:
        return {random.chance(0.5) ? T::PersonnelLetter : T::CaseNote,
                {T::PersonnelLetter, T::MeetingNote, T::CaseNote, T::Minutes, T::CitizenEmail, T::ReplyEmail},
                T::PersonnelLetter,
                false};
    case DemoCaseCategory::Technical:
    case DemoCaseCategory::Administration:
    case DemoCaseCategory::Purchase:
        if (hasParty) {
            return {T::Application,
                    {T::CaseNote, T::PhoneNote, T::Documentation, T::CitizenEmail, T::ReplyEmail, T::Hearing,
                     T::Memo},
                    T::Decision,
                    true};
        }
        return {T::Memo, {T::Memo, T::Minutes, T::CaseNote, T::CitizenEmail, T::ReplyEmail}, T::Memo, false};
    }
    return {T::Memo, {T::CaseNote}, T::Memo, false};
}

QByteArray emailContent(const DemoText& text, const QByteArray& from, const QByteArray& to, qint64 ms,
                        const QString& messageId)
{
    QByteArray mail;
    mail.reserve(1024 + text.paragraphs.size() * 200);
    mail += "From: " + from + "\r\n";
    mail += "To: " + to + "\r\n";
    mail += "Subject: " + headerText(text.title) + "\r\n";
    mail +=
        "Date: " + QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    mail += "Message-ID: <" + messageId.toLatin1() + "@akta-kommune.example>\r\n";
    mail += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
            "8bit\r\n\r\n";
    mail += text.paragraphs.join(QStringLiteral("\n\n")).toUtf8().replace("\n", "\r\n");
    mail += "\r\n";
    return mail;
}

} // namespace

QString DemoCaseFactory::municipality()
{
    return QStringLiteral("Akta Kommune");
}

DemoCaseCategory DemoCaseFactory::categoryOf(const QString& kleSubject)
{
    const QString main = kleSubject.left(2);
    const QString group = kleSubject.left(5);
    auto inAny = [&](std::initializer_list<const char*> prefixes) {
        for (const char* prefix : prefixes) {
            if (kleSubject.startsWith(QLatin1String(prefix))) {
                return true;
            }
        }
        return false;
    };
    // Groups about running the service rather than about one citizen.
    if (inAny({"34.05", "34.30", "27.00", "27.03", "27.09", "27.15", "15.00", "29.00", "29.06", "29.08",
               "29.30", "29.35", "29.70"})) {
        return DemoCaseCategory::Administration;
    }
    if (main == QLatin1String("34")) {
        return DemoCaseCategory::Children;
    }
    if (inAny({"17.03", "17.13", "17.15", "17.20", "17.21", "17.27", "28.09.40", "28.12.28", "28.15.16",
               "28.18", "28.77", "29.12", "29.15.04"})) {
        return DemoCaseCategory::School;
    }
    if (main == QLatin1String("17") || main == QLatin1String("28")) {
        return DemoCaseCategory::Administration;
    }
    if (main == QLatin1String("27")) {
        return DemoCaseCategory::Social;
    }
    if (main == QLatin1String("29")) {
        return DemoCaseCategory::Health;
    }
    if (main == QLatin1String("32")) {
        return DemoCaseCategory::Benefit;
    }
    if (main == QLatin1String("15") || main == QLatin1String("54")) {
        return DemoCaseCategory::Employment;
    }
    if (main == QLatin1String("02") || group == QLatin1String("01.03")) {
        return DemoCaseCategory::Building;
    }
    if (main == QLatin1String("81") || main == QLatin1String("82")) {
        return DemoCaseCategory::Personnel;
    }
    if (main == QLatin1String("83")) {
        return DemoCaseCategory::Purchase;
    }
    static const char* const technical[] = {"01", "03", "04", "05", "06", "07", "08",
                                            "09", "13", "14", "23", "24", "25"};
    for (const char* code : technical) {
        if (main == QLatin1String(code)) {
            return DemoCaseCategory::Technical;
        }
    }
    return DemoCaseCategory::Administration;
}

int DemoCaseFactory::weightOf(const QString& kleSubject)
{
    // Emner that fill real municipal archives, by hand.
    static const QHash<QString, int> boosts = [] {
        const struct
        {
            const char* subject;
            int factor;
        } rows[] = {
            {"34.10.30", 30}, {"02.34.02", 30}, {"34.15.25", 8}, {"34.10.10", 8}, {"34.25.00", 6},
            {"15.17.06", 10}, {"32.24.04", 8},  {"27.36.04", 8}, {"27.60.08", 6}, {"27.42.08", 5},
            {"81.03.00", 6},  {"81.28.00", 6},  {"28.09.40", 6}, {"17.03.08", 5}, {"32.21.12", 5},
            {"02.34.24", 4},  {"01.03.03", 4},  {"27.12.04", 4}, {"15.20.24", 5}, {"32.03.16", 4},
            {"27.36.20", 4},  {"32.06.04", 3},  {"29.21.04", 4}, {"17.20.07", 3}, {"81.36.01", 3},
        };
        QHash<QString, int> table;
        for (const auto& row : rows) {
            table.insert(QString::fromLatin1(row.subject), row.factor);
        }
        return table;
    }();
    static const QHash<QString, int> groups = [] {
        const struct
        {
            const char* main;
            int weight;
        } rows[] = {
            {"34", 140}, {"27", 80}, {"32", 60}, {"15", 60}, {"02", 50}, {"81", 40}, {"28", 30}, {"17", 30},
            {"29", 30},  {"01", 20}, {"05", 15}, {"13", 10}, {"85", 10}, {"00", 7},  {"83", 8},
        };
        QHash<QString, int> table;
        for (const auto& row : rows) {
            table.insert(QString::fromLatin1(row.main), row.weight);
        }
        return table;
    }();
    int weight = groups.value(kleSubject.left(2), 5);
    if (kleSubject.endsWith(QLatin1String(".00"))) {
        weight = qMax(1, weight * 2 / 5); // "i almindelighed" is used, but less
    }
    return weight * boosts.value(kleSubject, 1);
}

DemoCaseFactory::DemoCaseFactory(const DemoPopulation& population, const DemoOrganisation& organisation,
                                 const QList<kle::KleEntry>& subjects, std::uint64_t seed,
                                 QDate referenceDate, const DemoBlobStore& blobs)
    : m_population(population), m_organisation(organisation), m_blobs(blobs), m_seed(seed),
      m_referenceDate(referenceDate)
{
    qint64 total = 0;
    for (const kle::KleEntry& entry : subjects) {
        DemoSubject subject;
        subject.number = entry.number;
        subject.title = DemoTextGenerator::cleanSubjectTitle(entry.title);
        subject.retention = entry.retention;
        subject.category = categoryOf(entry.number);
        subject.weight = weightOf(entry.number);
        subject.unitId = organisation.unitFor(entry.number).id;
        total += subject.weight;
        m_subjects.append(subject);
        m_cumulativeWeights.append(total);
    }
}

QList<DemoCasePlan> DemoCaseFactory::plan(int count) const
{
    QList<DemoCasePlan> plans;
    if (count <= 0 || m_subjects.isEmpty()) {
        return plans;
    }
    plans.reserve(count);
    DemoRandom random(m_seed, kPlanStream);
    const QDate start = m_referenceDate.addYears(-3);
    const qint64 days = start.daysTo(m_referenceDate) - 1;
    const qint64 total = m_cumulativeWeights.last();
    for (int i = 0; i < count; ++i) {
        DemoCasePlan plan;
        const qint64 pick = qint64(random.uniform() * double(total));
        plan.subject = int(std::upper_bound(m_cumulativeWeights.cbegin(), m_cumulativeWeights.cend(), pick) -
                           m_cumulativeWeights.cbegin());
        QDate day = start.addDays(qint64((i + random.uniform()) * double(days) / count));
        if (day.dayOfWeek() >= 6) {
            // Cases are opened on weekdays: back to Friday, or on to Monday at the very start.
            day = day.addDays(5 - day.dayOfWeek());
            if (day < start) {
                day = day.addDays(3);
            }
        }
        plan.createdMs = msAt(day, officeTime(random));
        plans.append(plan);
    }
    std::stable_sort(plans.begin(), plans.end(),
                     [](const DemoCasePlan& a, const DemoCasePlan& b) { return a.createdMs < b.createdMs; });
    QHash<qint64, int> counters; // (subject, year) -> last number
    for (DemoCasePlan& plan : plans) {
        plan.year = dateOf(plan.createdMs).year();
        plan.number = ++counters[qint64(plan.subject) * 10000 + plan.year];
    }
    return plans;
}

DemoCase DemoCaseFactory::make(int index, const DemoCasePlan& plan) const
{
    DemoRandom random(m_seed, std::uint64_t(index));
    const DemoSubject& subject = m_subjects.at(plan.subject);
    const QList<DemoPerson>& persons = m_population.persons();
    const QDate lastDay = m_referenceDate.addDays(-1);

    DemoCase result;
    result.id = random.uuid();
    result.kleSubject = subject.number;
    result.caseNumber =
        cases::CaseNumberAllocator::format(subject.number, QStringLiteral("G01"), plan.number, plan.year);
    result.retention = subject.retention;
    result.unitId = subject.unitId;
    const QList<int>& staff = m_organisation.caseworkersOf(subject.unitId);
    const directory::User& caseworker =
        m_organisation.users().at(staff.at(random.bounded(int(staff.size()))));
    result.caseworkerId = caseworker.id;
    const directory::Unit* unit = m_organisation.unit(subject.unitId);

    // The parties and the facts the texts are written from.
    DemoTextContext context;
    context.category = subject.category;
    context.municipality = municipality();
    context.caseNumber = result.caseNumber;
    context.subjectTitle = subject.title;
    context.caseworkerName = caseworker.fullName;
    context.unitName = unit ? unit->name : QString();
    context.caseDate = dateOf(plan.createdMs);

    auto pickPerson = [&](const QList<int>& pool, const QList<int>& fallback) -> int {
        const QList<int>& from = pool.isEmpty() ? fallback : pool;
        return from.isEmpty() ? -1 : from.at(random.bounded(int(from.size())));
    };
    Party primary;
    Party contact; // who writes and is written to, when not the primary party
    QString kind = QStringLiteral("subject");
    switch (subject.category) {
    case DemoCaseCategory::Children:
    case DemoCaseCategory::School: {
        const int child = pickPerson(m_population.children(), m_population.adults());
        if (child >= 0) {
            const DemoPerson& person = persons.at(child);
            primary = personParty(person);
            kind = QStringLiteral("citizen");
            context.childName = person.name();
            context.childFirstName = primary.firstName;
            context.childBirthDate = person.birthDate;
            const QList<int>& holders =
                person.custodyHolders.isEmpty() ? person.parents : person.custodyHolders;
            QStringList parentNames;
            for (const int parent : holders) {
                parentNames << persons.at(parent).name();
            }
            context.parentNames = parentNames.join(QStringLiteral(" og "));
            if (!holders.isEmpty()) {
                contact = personParty(persons.at(holders.first()));
                if (random.chance(0.7)) {
                    for (const int parent : holders) {
                        result.secondaryPartyIds << persons.at(parent).id;
                    }
                }
            }
            const bool small = person.birthDate.daysTo(m_referenceDate) < 6 * 365;
            context.institution = random.chance(0.6)
                                      ? random.pick(small ? DemoNames::dayCares() : DemoNames::schools())
                                      : random.pick(DemoNames::institutions());
        }
        break;
    }
    case DemoCaseCategory::Social:
    case DemoCaseCategory::Benefit:
    case DemoCaseCategory::Employment:
    case DemoCaseCategory::Health: {
        const bool elderly = isEldercare(subject.number) && random.chance(0.7);
        const int person =
            pickPerson(elderly ? m_population.elderly() : m_population.adults(), m_population.adults());
        if (person >= 0) {
            primary = personParty(persons.at(person));
            kind = QStringLiteral("citizen");
            const int spouse = persons.at(person).spouse;
            if (spouse >= 0 && random.chance(0.15)) {
                result.secondaryPartyIds << persons.at(spouse).id;
            }
        }
        context.institution = random.pick(DemoNames::institutions());
        break;
    }
    case DemoCaseCategory::Building: {
        kind = QStringLiteral("property");
        if (random.chance(0.7) || m_population.companies().isEmpty()) {
            const int person = pickPerson(m_population.adults(), m_population.elderly());
            if (person >= 0) {
                primary = personParty(persons.at(person));
                context.propertyAddress = persons.at(person).isProtected
                                              ? DemoPopulation::randomAddress(random).street
                                              : persons.at(person).address.street;
            }
        } else {
            primary = companyParty(random.pick(m_population.companies()));
            context.propertyAddress = DemoPopulation::randomAddress(random).street;
        }
        context.institution = QStringLiteral("Byggeri, ") + municipality();
        break;
    }
    case DemoCaseCategory::Personnel: {
        kind = QStringLiteral("personnel");
        const int person = pickPerson(m_population.adults(), m_population.elderly());
        if (person >= 0) {
            primary = personParty(persons.at(person));
        }
        context.institution = QStringLiteral("HR, ") + municipality();
        break;
    }
    case DemoCaseCategory::Technical:
    case DemoCaseCategory::Administration:
    case DemoCaseCategory::Purchase: {
        const int roll = random.bounded(100);
        const int companyShare = subject.category == DemoCaseCategory::Purchase    ? 70
                                 : subject.category == DemoCaseCategory::Technical ? 30
                                                                                   : 15;
        const int citizenShare = subject.category == DemoCaseCategory::Technical ? 30 : 0;
        if (roll < companyShare && !m_population.companies().isEmpty()) {
            primary = companyParty(random.pick(m_population.companies()));
            kind = QStringLiteral("company");
        } else if (roll < companyShare + citizenShare) {
            const int person = pickPerson(m_population.adults(), m_population.elderly());
            if (person >= 0) {
                primary = personParty(persons.at(person));
                kind = QStringLiteral("citizen");
            }
        } else {
            // An emnesag: no party, but citizens still write in about it.
            const int person = pickPerson(m_population.adults(), m_population.elderly());
            if (person >= 0) {
                contact = personParty(persons.at(person));
            }
        }
        context.institution =
            random.pick(subject.category == DemoCaseCategory::Technical ? DemoNames::institutions()
                                                                        : DemoNames::departments());
        break;
    }
    }
    if (primary.company && kind != QLatin1String("property")) {
        kind = QStringLiteral("company");
    }
    result.kind = kind;
    result.primaryPartyId = primary.id;
    context.partyName = primary.name;
    context.partyFirstName = primary.company ? QString() : primary.firstName;
    context.partyAddress = primary.address;
    context.partyIsCompany = primary.company;
    context.contactName = contact.name;
    if (context.institution.isEmpty()) {
        context.institution = random.pick(DemoNames::institutions());
    }

    if (kind == QLatin1String("personnel")) {
        result.accessClass = QStringLiteral("personnel");
    } else if (subject.category == DemoCaseCategory::Children ||
               ((subject.category == DemoCaseCategory::Social ||
                 subject.category == DemoCaseCategory::Health) &&
                random.chance(0.5))) {
        result.accessClass = QStringLiteral("confidential");
    } else {
        result.accessClass = QStringLiteral("normal");
    }

    // Status from the age of the case.
    const qint64 age = context.caseDate.daysTo(m_referenceDate);
    const int roll = random.bounded(100);
    if (age > 540) {
        result.status = roll < 70   ? QStringLiteral("closed")
                        : roll < 80 ? QStringLiteral("archived")
                        : roll < 95 ? QStringLiteral("decided")
                                    : QStringLiteral("in_progress");
    } else if (age > 180) {
        result.status = roll < 45   ? QStringLiteral("closed")
                        : roll < 70 ? QStringLiteral("decided")
                        : roll < 95 ? QStringLiteral("in_progress")
                                    : QStringLiteral("opened");
    } else if (age > 30) {
        result.status = roll < 15   ? QStringLiteral("closed")
                        : roll < 30 ? QStringLiteral("decided")
                        : roll < 85 ? QStringLiteral("in_progress")
                                    : QStringLiteral("opened");
    } else {
        result.status = roll < 60 ? QStringLiteral("opened") : QStringLiteral("in_progress");
    }
    const bool finished = result.status == QLatin1String("decided") ||
                          result.status == QLatin1String("closed") ||
                          result.status == QLatin1String("archived");
    if (!finished && random.chance(0.5)) {
        result.followUpDate = m_referenceDate.addDays(random.between(-14, 120));
    }
    result.title = DemoTextGenerator::caseTitle(subject.number, context, random);
    context.caseTitle = result.title;

    // How many documents, and when.
    int count = 1 + random.between(0, 6) + random.between(0, 6) + random.between(0, 6);
    if (random.chance(0.15)) {
        count += random.between(0, 6);
    }
    if (age <= 30) {
        count = random.between(1, 4);
    }
    count = qBound(1, count, 25);
    QDate endDate = finished ? context.caseDate.addDays(random.between(20, 400))
                             : context.caseDate.addDays(random.between(10, 700));
    endDate = qMin(endDate, lastDay);
    const int span = int(qMax<qint64>(0, context.caseDate.daysTo(endDate)));
    QList<int> offsets;
    offsets.reserve(count);
    offsets.append(0);
    for (int i = 1; i < count; ++i) {
        offsets.append(random.bounded(span + 1));
    }
    std::sort(offsets.begin(), offsets.end());

    const Script script =
        scriptFor(subject.category, !primary.id.isEmpty() || !contact.id.isEmpty(), subject.number, random);
    const Party& correspondent = !contact.id.isEmpty() ? contact : primary;
    const QString caseworkerEmail = DemoOrganisation::emailOf(caseworker);
    qint64 lastMs = plan.createdMs;
    result.documents.reserve(count);
    for (int n = 1; n <= count; ++n) {
        DemoDocumentType type = script.opening;
        if (n == count && n >= 3 && finished) {
            type = script.closing;
        } else if (n == 2 && script.receipt && random.chance(0.7)) {
            type = DemoDocumentType::Receipt;
        } else if (n > 1) {
            type = script.middle.at(random.bounded(int(script.middle.size())));
        }
        const QDate date = context.caseDate.addDays(offsets.at(n - 1));
        qint64 ms = msAt(date, officeTime(random));
        ms = qMax(ms, lastMs + 60000); // in akt-number order, after the case was opened
        lastMs = ms;
        context.date = dateOf(ms);

        const DemoText text = DemoTextGenerator::generate(type, context, random);
        const Filing filing = filingOf(type, random);
        DemoDocument document;
        document.id = random.uuid();
        document.versionId = random.uuid();
        document.number = n;
        document.title = text.title;
        document.kind = QLatin1String(filing.kind);
        document.direction = QLatin1String(filing.direction);
        document.documentDate = context.date;
        document.status =
            (!finished && n == count && document.direction != QLatin1String("incoming") && random.chance(0.2))
                ? QStringLiteral("draft")
                : QStringLiteral("journaled");
        document.createdBy = caseworker.id;
        document.createdAt = iso(ms);
        document.text = text.plainText();

        // Who it is from and to.
        const bool fromInstitution =
            type == DemoDocumentType::Notification || type == DemoDocumentType::Statement ||
            (type == DemoDocumentType::Documentation && subject.category != DemoCaseCategory::Building);
        const bool email = document.kind == QLatin1String("email");
        QString externalName = fromInstitution ? context.institution : correspondent.name;
        QString externalAddress = fromInstitution ? DemoNames::asciiFolded(context.institution) +
                                                        QStringLiteral("@myndighed.example")
                                                  : correspondent.email;
        if (externalName.isEmpty()) {
            externalName = context.institution;
            externalAddress =
                DemoNames::asciiFolded(context.institution) + QStringLiteral("@myndighed.example");
        }
        const QString external = email ? mailbox(externalName, externalAddress) : externalName;
        const QString internal = email ? mailbox(caseworker.fullName, caseworkerEmail) : caseworker.fullName;
        if (document.direction == QLatin1String("incoming")) {
            document.sender = external;
            document.recipients = email ? internal : context.unitName;
        } else if (document.direction == QLatin1String("outgoing")) {
            document.sender = internal;
            document.recipients = external;
        } else {
            document.sender = caseworker.fullName;
        }

        QByteArray content;
        if (document.kind == QLatin1String("file")) {
            SimplePdfWriter pdf;
            pdf.setTitle(text.title);
            if (document.direction != QLatin1String("incoming")) {
                pdf.setAuthor(caseworker.fullName);
            }
            pdf.setCreationDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            pdf.addHeading(text.title);
            if (!text.header.isEmpty()) {
                pdf.addParagraph(text.header.join(QLatin1Char('\n')));
            }
            for (const QString& paragraph : text.paragraphs) {
                pdf.addParagraph(paragraph);
            }
            content = pdf.toPdf();
            document.mimeType = QStringLiteral("application/pdf");
            document.fileName = safeFileName(text.title, "pdf");
        } else if (email) {
            const bool incoming = document.direction == QLatin1String("incoming");
            const QByteArray outside = headerMailbox(externalName, externalAddress);
            const QByteArray inside = headerMailbox(caseworker.fullName, caseworkerEmail);
            content = emailContent(text, incoming ? outside : inside, incoming ? inside : outside, ms,
                                   random.uuid());
            document.mimeType = QStringLiteral("message/rfc822");
            document.fileName = safeFileName(text.title, "eml");
        } else {
            content = document.text.toUtf8();
            document.mimeType = QStringLiteral("text/plain");
            document.fileName = safeFileName(text.title, "txt");
        }
        const DemoBlobStore::Stored stored = m_blobs.store(content);
        document.sha256 = stored.sha256;
        document.size = content.size();
        result.blobBytes += stored.written;
        result.documents.append(document);
    }
    result.createdAt = iso(plan.createdMs);
    result.modifiedAt = iso(lastMs);
    return result;
}

} // namespace akta::demo

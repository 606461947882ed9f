#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace akta::demo {

class DemoRandom;

// What a demo case is about, which decides its parties, its documents and their wording.
enum class DemoCaseCategory
{
    Children,       // barnets lov: underretninger, undersøgelser, indsatser
    School,         // skole, dagtilbud, PPR
    Social,         // adult social services and care for the elderly
    Benefit,        // cash benefits and pensions
    Employment,     // jobcenter
    Health,         // health services
    Building,       // building permits and the like
    Technical,      // planning, roads, environment, utilities
    Personnel,      // the municipality's own staff
    Administration, // the municipality's own administration, no party
    Purchase,       // purchases from companies
};

// The kinds of document the demo cases are made of.
enum class DemoDocumentType
{
    Application,     // incoming letter that opens the case
    Notification,    // underretning (children's cases)
    Receipt,         // kvittering, outgoing
    PhoneNote,       // journalnotat of a telephone call
    MeetingNote,     // journalnotat of a meeting or a conversation
    CaseNote,        // journalnotat of a step in the case
    Documentation,   // incoming documentation (lægeerklæring, tegninger, ...)
    Statement,       // udtalelse from a school, a doctor or another authority
    Hearing,         // partshøring, outgoing
    CitizenEmail,    // incoming e-mail
    ReplyEmail,      // outgoing e-mail
    Investigation,   // børnefaglig undersøgelse or similar long assessment (internal)
    ActionPlan,      // handleplan, outgoing
    Minutes,         // referat, internal
    Memo,            // notat or indstilling, internal
    PersonnelLetter, // letter to an employee
    Decision,        // afgørelse or tilladelse, outgoing
};

// The facts a text is written from. Empty fields are left out of the text.
struct DemoTextContext
{
    DemoCaseCategory category = DemoCaseCategory::Administration;
    QString municipality; // "Akta Kommune"
    QString caseTitle;
    QString caseNumber;
    QString subjectTitle;     // the KLE emne title, cleaned
    QString partyName;        // the primary party (person or company); empty for a subject case
    QString partyFirstName;   // for a person; the contact person for a company
    QStringList partyAddress; // address lines; empty when protected or unknown
    bool partyIsCompany = false;
    QString contactName; // who the caseworker talks to (a parent in a children's case)
    QString childName;   // children's and school cases
    QString childFirstName;
    QDate childBirthDate;
    QString parentNames;
    QString institution;     // a school, doctor or authority relevant to the case
    QString propertyAddress; // building cases
    QString caseworkerName;
    QString unitName;
    QDate caseDate; // when the case was opened
    QDate date;     // the document's date
};

// A generated text: a title, header lines (sender, addressee, date, case number) and paragraphs.
struct DemoText
{
    QString title;
    QStringList header;
    QStringList paragraphs;

    // Title, header and paragraphs separated by blank lines: what text extraction should give.
    QString plainText() const;
};

// Danish prose for demo documents and case titles, from sentence banks filled in with the facts of
// the case. The random source makes the choices, so the same source gives the same text.
class DemoTextGenerator final
{
public:
    static DemoText generate(DemoDocumentType type, const DemoTextContext& context, DemoRandom& random);
    // A case title from the emne and the party, e.g. "Ansøgning om byggetilladelse – Nørregade 12"
    // or "Underretning vedr. Emma Nielsen".
    static QString caseTitle(const QString& kleSubject, const DemoTextContext& context, DemoRandom& random);
    // An emne title without "[udgår 2026]" and " i almindelighed".
    static QString cleanSubjectTitle(const QString& title);
    // "12. marts 2025".
    static QString longDate(QDate date);
};

} // namespace akta::demo

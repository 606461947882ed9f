#pragma once

#include "demo/DemoTextGenerator.h"
#include "kle/KleEntry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace akta::demo {

class DemoBlobStore;
class DemoOrganisation;
class DemoPopulation;

// A KLE emne as the demo uses it: how often cases get it, what they are about and who handles them.
struct DemoSubject
{
    QString number;
    QString title; // cleaned, see DemoTextGenerator::cleanSubjectTitle()
    QString retention;
    DemoCaseCategory category = DemoCaseCategory::Administration;
    int weight = 1;
    QString unitId;
};

// When a case was opened and the case number it got. Made for all cases up front, in time order,
// so that running numbers follow the dates.
struct DemoCasePlan
{
    int subject = 0; // index into the subject list
    qint64 createdMs = 0;
    int year = 0;
    int number = 0; // running number within emne and year
};

struct DemoDocument
{
    QString id;
    QString versionId;
    int number = 0;
    QString title;
    QString kind;      // file, note, email
    QString direction; // incoming, outgoing, internal
    QDate documentDate;
    QString status; // journaled, draft
    QString sender;
    QString recipients;
    QString createdBy;
    QString createdAt;
    QString sha256;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString text; // the extracted text
};

struct DemoCase
{
    QString id;
    QString caseNumber;
    QString title;
    QString kleSubject;
    QString kind;
    QString status;
    QString accessClass;
    QString unitId;
    QString caseworkerId;
    QString retention;
    QDate followUpDate;
    QString createdAt;
    QString modifiedAt;
    QString primaryPartyId;
    QStringList secondaryPartyIds;
    QList<DemoDocument> documents;
    qint64 blobBytes = 0; // bytes of blob files written for this case
};

// Makes the demo cases. make() depends only on the seed, the case index and the plan, never on
// other cases, so cases can be made on several threads and still come out the same.
class DemoCaseFactory final
{
public:
    DemoCaseFactory(const DemoPopulation& population, const DemoOrganisation& organisation,
                    const QList<kle::KleEntry>& subjects, std::uint64_t seed, QDate referenceDate,
                    const DemoBlobStore& blobs);

    const QList<DemoSubject>& subjects() const { return m_subjects; }
    // The plans of `count` cases, spread over the three years before the reference date.
    QList<DemoCasePlan> plan(int count) const;
    // Makes case `index` with its documents and writes their blobs.
    DemoCase make(int index, const DemoCasePlan& plan) const;

    // The name of the demo municipality, as it appears in letters.
    static QString municipality();
    // The category of an emne from its number.
    static DemoCaseCategory categoryOf(const QString& kleSubject);
    // How often cases of an emne occur, relative to the others.
    static int weightOf(const QString& kleSubject);

private:
    const DemoPopulation& m_population;
    const DemoOrganisation& m_organisation;
    const DemoBlobStore& m_blobs;
    QList<DemoSubject> m_subjects;
    QList<qint64> m_cumulativeWeights;
    std::uint64_t m_seed;
    QDate m_referenceDate;
};

} // namespace akta::demo

#pragma once

#include "kle/KleEntry.h"

#include <QList>
#include <QString>

namespace akta::kle {

// A legal reference of a KLE entry, with its Retsinformation link.
struct KleLegalReference
{
    QString title;
    QString paragraph;
    QString accession;
    QString url;
};

// A stikord (keyword) of a KLE entry. `facet` is set for the emne-and-facet stikord; `isTitle`
// marks the one that repeats the title ("… [=Emne]"); retired ones ended in "[udgået]".
struct KleStikord
{
    QString text;
    QString facet;
    bool retired = false;
    bool isTitle = false;
};

// Everything the official plan says about one entry.
struct KleEntryDetails
{
    KleEntry entry;
    QString guidance; // rich text (p, ul, li), as the plan gives it
    QString createdOn;
    QString changedOn;
    QString uuid;
    QList<KleLegalReference> legalReferences;
    QList<KleStikord> stikord;
};

// One handlingsfacet (e.g. G01 "Generelle sager") of the official facet file.
struct KleFacet
{
    QString number;
    QString category;
    QString categoryTitle;
    QString title;
    QString retention;
    QString guidance;
    QString createdOn;
    QString changedOn;
    QString retiredAt;
};

} // namespace akta::kle

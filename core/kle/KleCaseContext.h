#pragma once

#include <QString>

namespace akta::kle {

// What is known about a case besides its title; any field may be empty. Given to KleClassifier::learnCase()
// it records which emner this municipality uses in that context; given to suggest() it lifts those emner.
struct KleCaseContext
{
    QString caseKind;  // e.g. the wire name of akta::CaseKind
    QString partyKind; // e.g. "person" or "company"
    QString unit;      // the caseworker's unit
};

} // namespace akta::kle

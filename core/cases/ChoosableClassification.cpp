#include "cases/ChoosableClassification.h"

#include "cases/CaseRepository.h"
#include "kle/KleFacetNumber.h"
#include "kle/KleRepository.h"

namespace akta::cases {

kle::KleEntry requireChoosableClassification(kle::KleRepository& plan, const QString& subject,
                                             const QString& facet)
{
    const auto entry = plan.find(subject);
    if (!entry || entry->level != 3) {
        throw InvalidCase("unknown KLE emne " + subject.toStdString());
    }
    if (!kle::isFacetNumber(facet)) {
        throw InvalidCase("the handlingsfacet must be a letter and two digits, e.g. G01");
    }
    if (entry->isRetired()) {
        throw InvalidCase("KLE emne " + subject.toStdString() + " is retired");
    }
    return *entry;
}

} // namespace akta::cases

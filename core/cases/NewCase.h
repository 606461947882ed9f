#pragma once

#include "domain/CaseEnums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace akta::cases {

// What a caseworker provides to create a case. Unit and caseworker default to the current user's.
struct NewCase
{
    QString title;
    QString kleSubject;
    QString kleFacet = QStringLiteral("G01");
    CaseKind kind = CaseKind::Subject;
    std::optional<AccessClass> accessClass;
    QString primaryPartyId;
    QStringList secondaryPartyIds;
    QString responsibleUnitId;
    QString caseworkerId;
    QString employee; // personnel cases: the employee's user name
};

} // namespace akta::cases

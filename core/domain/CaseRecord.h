#pragma once

#include "domain/CaseEnums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace akta {

// One case (sag) as the local store holds it, with the names of its unit, caseworker and
// primary party joined in for display.
struct CaseRecord
{
    QString id;
    QString caseNumber;
    bool numberProvisional = true;
    QString title;
    QString kleSubject;
    QString kleFacet = QStringLiteral("G01");
    CaseKind kind = CaseKind::Subject;
    CaseStatus status = CaseStatus::Opened;
    AccessClass accessClass = AccessClass::Normal;
    QString responsibleUnitId;
    QString responsibleUnitName;
    QString caseworkerId;
    QString caseworkerName;
    QString primaryPartyId;
    QString primaryPartyName;
    QString retention;       // B, K, K5, K10
    QString deletion;        // ISO-8601 duration after closure, e.g. P1825D
    QString retentionReason; // set when a caseworker overrode the retention the classification gives
    QDate followUpDate;
    qint64 rev = 0;
    QString createdBy;
    QDateTime createdAt;
    QString modifiedBy;
    QDateTime modifiedAt;
};

} // namespace akta

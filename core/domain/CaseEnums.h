#pragma once

#include <QString>

#include <optional>

namespace akta {

// The kinds, statuses and access classes of a case, with their stable wire names (used in the
// store, the sync protocol and the CLI). Display names live in the models, where tr() is.
enum class CaseKind
{
    Citizen,
    Company,
    Property,
    Subject,
    Personnel
};
enum class CaseStatus
{
    Opened,
    InProgress,
    Decided,
    Closed,
    Archived
};
enum class AccessClass
{
    Normal,
    Confidential,
    Personnel
};

QString toWireName(CaseKind kind);
QString toWireName(CaseStatus status);
QString toWireName(AccessClass access);

std::optional<CaseKind> caseKindFromWireName(const QString& name);
std::optional<CaseStatus> caseStatusFromWireName(const QString& name);
std::optional<AccessClass> accessClassFromWireName(const QString& name);

// The access class a new case gets from its kind, before anybody changes it.
AccessClass defaultAccessFor(CaseKind kind);

} // namespace akta

#include "domain/CaseEnums.h"

#include <array>
#include <utility>

namespace akta {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& name)
{
    for (const auto& [entry, wire] : table) {
        if (name == QLatin1String(wire)) {
            return entry;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CaseKind, const char*>, 5> kKinds{{
    {CaseKind::Citizen, "citizen"},
    {CaseKind::Company, "company"},
    {CaseKind::Property, "property"},
    {CaseKind::Subject, "subject"},
    {CaseKind::Personnel, "personnel"},
}};

constexpr std::array<std::pair<CaseStatus, const char*>, 5> kStatuses{{
    {CaseStatus::Opened, "opened"},
    {CaseStatus::InProgress, "in_progress"},
    {CaseStatus::Decided, "decided"},
    {CaseStatus::Closed, "closed"},
    {CaseStatus::Archived, "archived"},
}};

constexpr std::array<std::pair<AccessClass, const char*>, 3> kAccess{{
    {AccessClass::Normal, "normal"},
    {AccessClass::Confidential, "confidential"},
    {AccessClass::Personnel, "personnel"},
}};

} // namespace

QString toWireName(CaseKind kind)
{
    return nameOf(kKinds, kind);
}

QString toWireName(CaseStatus status)
{
    return nameOf(kStatuses, status);
}

QString toWireName(AccessClass access)
{
    return nameOf(kAccess, access);
}

std::optional<CaseKind> caseKindFromWireName(const QString& name)
{
    return valueOf(kKinds, name);
}

std::optional<CaseStatus> caseStatusFromWireName(const QString& name)
{
    return valueOf(kStatuses, name);
}

std::optional<AccessClass> accessClassFromWireName(const QString& name)
{
    return valueOf(kAccess, name);
}

AccessClass defaultAccessFor(CaseKind kind)
{
    return kind == CaseKind::Personnel ? AccessClass::Personnel : AccessClass::Normal;
}

} // namespace akta

#include "CaseLabels.h"

namespace akta::models {

QString CaseLabels::kind(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Citizen:
        return tr("Citizen case");
    case CaseKind::Company:
        return tr("Company case");
    case CaseKind::Property:
        return tr("Property case");
    case CaseKind::Subject:
        return tr("Subject case");
    case CaseKind::Personnel:
        return tr("Personnel case");
    }
    return {};
}

QString CaseLabels::status(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Opened:
        return tr("Opened");
    case CaseStatus::InProgress:
        return tr("In progress");
    case CaseStatus::Decided:
        return tr("Decided");
    case CaseStatus::Closed:
        return tr("Closed");
    case CaseStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString CaseLabels::access(AccessClass access)
{
    switch (access) {
    case AccessClass::Normal:
        return tr("Normal");
    case AccessClass::Confidential:
        return tr("Confidential");
    case AccessClass::Personnel:
        return tr("Personnel");
    }
    return {};
}

QString CaseLabels::direction(const QString& wireName)
{
    if (wireName == QLatin1String("incoming")) {
        return tr("Incoming");
    }
    if (wireName == QLatin1String("outgoing")) {
        return tr("Outgoing");
    }
    return tr("Internal");
}

QString CaseLabels::documentKind(const QString& wireName)
{
    if (wireName == QLatin1String("email")) {
        return tr("E-mail");
    }
    if (wireName == QLatin1String("note")) {
        return tr("Journal note");
    }
    return tr("File");
}

} // namespace akta::models

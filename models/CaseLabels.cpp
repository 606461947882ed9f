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

QString CaseLabels::retention(const QString& code)
{
    if (code == QLatin1String("B")) {
        return tr("B – preserved (bevares)");
    }
    if (code == QLatin1String("K")) {
        return tr("K – discarded (kasseres)");
    }
    if (code == QLatin1String("K5")) {
        return tr("K5 – discarded after 5 years");
    }
    if (code == QLatin1String("K10")) {
        return tr("K10 – discarded after 10 years");
    }
    return code.isEmpty() ? tr("Not set") : code;
}

QString CaseLabels::deletion(const QString& isoDuration)
{
    if (isoDuration.isEmpty()) {
        return {};
    }
    // The plan writes days (P1825D) or years (P5Y).
    bool ok = false;
    if (isoDuration.startsWith(QLatin1Char('P')) && isoDuration.endsWith(QLatin1Char('D'))) {
        const int days = isoDuration.mid(1, isoDuration.size() - 2).toInt(&ok);
        ok = ok && days >= 0;
        if (ok && days % 365 == 0) {
            return tr("deleted %n year(s) after the case is closed", nullptr, days / 365);
        }
        if (ok) {
            return tr("deleted %n day(s) after the case is closed", nullptr, days);
        }
    }
    if (isoDuration.startsWith(QLatin1Char('P')) && isoDuration.endsWith(QLatin1Char('Y'))) {
        const int years = isoDuration.mid(1, isoDuration.size() - 2).toInt(&ok);
        if (ok && years >= 0) {
            return tr("deleted %n year(s) after the case is closed", nullptr, years);
        }
    }
    return tr("deleted after %1").arg(isoDuration);
}

} // namespace akta::models

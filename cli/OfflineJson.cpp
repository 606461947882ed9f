#include "OfflineJson.h"

#include "Options.h"

#include <QJsonArray>

namespace akta::cli {

QJsonObject offlineStatusToJson(const offline::OfflineStatus& status, const QList<offline::OfflinePin>& pins)
{
    QJsonArray pinList;
    for (const offline::OfflinePin& pin : pins) {
        pinList.append(QJsonObject{{QStringLiteral("kind"), offline::OfflinePin::kindName(pin.kind)},
                                   {QStringLiteral("value"), pin.value},
                                   {QStringLiteral("label"), pin.label},
                                   {QStringLiteral("addedAt"), pin.addedAt}});
    }
    QJsonArray cases;
    for (const offline::OfflineCaseStatus& one : status.cases) {
        cases.append(QJsonObject{{QStringLiteral("id"), one.caseId},
                                 {QStringLiteral("caseNumber"), one.caseNumber},
                                 {QStringLiteral("title"), one.title},
                                 {QStringLiteral("documents"), one.documents},
                                 {QStringLiteral("versions"), one.versions},
                                 {QStringLiteral("missing"), one.missing},
                                 {QStringLiteral("bytes"), one.bytes},
                                 {QStringLiteral("missingBytes"), one.missingBytes}});
    }
    QJsonArray missing;
    for (const auto& item : status.missingItems) {
        missing.append(item.label);
    }
    return QJsonObject{
        {QStringLiteral("pins"), pinList},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("documents"), status.documents},
        {QStringLiteral("versions"), status.versions},
        {QStringLiteral("missing"), status.missing},
        {QStringLiteral("missingItems"), missing},
        {QStringLiteral("bytes"), status.bytes},
        {QStringLiteral("missingBytes"), status.missingBytes},
        {QStringLiteral("lastSync"), status.lastSync.isEmpty() ? QJsonValue() : status.lastSync},
        {QStringLiteral("lastCheck"), status.lastCheck.isEmpty() ? QJsonValue() : status.lastCheck},
        {QStringLiteral("ready"), status.isReady()}};
}

bool offlinePinFrom(const Options& options, offline::OfflinePin::Kind& kind, QString& value, QString& error)
{
    int given = 0;
    for (const offline::OfflinePin::Kind candidate :
         {offline::OfflinePin::Kind::Case, offline::OfflinePin::Kind::Person,
          offline::OfflinePin::Kind::Search}) {
        const QString name = offline::OfflinePin::kindName(candidate);
        if (options.has(name)) {
            ++given;
            kind = candidate;
            value = options.value(name);
        }
    }
    if (given != 1) {
        error =
            QStringLiteral("give exactly one of --case ID_OR_NUMBER, --person CPR, --search NAME_OR_QUERY");
        return false;
    }
    return true;
}

} // namespace akta::cli

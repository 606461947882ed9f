#pragma once

#include "offline/OfflinePin.h"
#include "offline/OfflineStatus.h"

#include <QJsonObject>

namespace akta::cli {

class Options;

// The JSON of `akta-cli offline status` and `offline check`, and the pin options they share.
QJsonObject offlineStatusToJson(const offline::OfflineStatus& status, const QList<offline::OfflinePin>& pins);
// Which of --case, --person, --search is given (exactly one), with its value; false with `error` otherwise.
bool offlinePinFrom(const Options& options, offline::OfflinePin::Kind& kind, QString& value, QString& error);

} // namespace akta::cli

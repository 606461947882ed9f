#include "offline/OfflineLog.h"

Q_LOGGING_CATEGORY(lcOffline, "akta.offline", QtWarningMsg)

#pragma once

#include <QString>

class QApplication;

namespace akta::app {

// Application-wide setup: names for QSettings and QStandardPaths, and the UI language. Danish is
// the primary language; English is the fallback when the setting says "en".
class AppSetup final
{
public:
    static void setIdentity();
    // Installs Akta's and Qt's own translations for `language` ("da" or "en"); returns the one used.
    static QString installTranslations(QApplication& app, const QString& language);
};

} // namespace akta::app

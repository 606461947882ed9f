#include "AppSetup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace akta::app {

void AppSetup::setIdentity()
{
    QApplication::setOrganizationName(QStringLiteral("Akta"));
    QApplication::setOrganizationDomain(QStringLiteral("akta.dk"));
    QApplication::setApplicationName(QStringLiteral("Akta"));
    QApplication::setApplicationVersion(QStringLiteral(AKTA_VERSION));
}

QString AppSetup::installTranslations(QApplication& app, const QString& language)
{
    const QString chosen = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("da");
    QLocale::setDefault(QLocale(chosen == QLatin1String("da") ? QLocale::Danish : QLocale::English,
                                chosen == QLatin1String("da") ? QLocale::Denmark : QLocale::UnitedKingdom));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/akta_%1.qm").arg(chosen))) {
        QApplication::installTranslator(own);
    }
    // Qt's own dialogs (file dialogs, message box buttons) in the same language.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    return chosen;
}

} // namespace akta::app

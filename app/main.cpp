#include "AppSetup.h"
#include "MainWindow.h"
#include "directory/LocalAccount.h"
#include "store/LocalStore.h"
#include "util/PeakMemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <exception>
#include <memory>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    akta::app::AppSetup::setIdentity();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QApplication::translate("main", "Open the local store in <folder>."),
                                         QApplication::translate("main", "folder"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QApplication::translate("main", "User interface language: da or en."),
        QApplication::translate("main", "language"));
    // For the startup benchmark: print the time to the first page of cases and the peak memory, then quit.
    QCommandLineOption measureOption(QStringLiteral("measure-startup"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(storeOption);
    parser.addOption(languageOption);
    parser.addOption(measureOption);
    parser.process(app);

    QSettings settings;
    const QString language =
        parser.isSet(languageOption)
            ? parser.value(languageOption)
            : settings.value(QStringLiteral("ui/language"), QStringLiteral("da")).toString();
    akta::app::AppSetup::installTranslations(app, language);

    const QString directory =
        parser.isSet(storeOption) ? parser.value(storeOption) : akta::store::LocalStore::defaultDirectory();
    std::unique_ptr<akta::store::LocalStore> store;
    QString userId;
    try {
        store = std::make_unique<akta::store::LocalStore>(directory);
        userId = akta::directory::LocalAccount::ensure(store->database());
    } catch (const std::exception& error) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Akta"),
            QApplication::translate("main", "The local store in %1 could not be opened:\n%2")
                .arg(directory, QString::fromUtf8(error.what())));
        return 1;
    }

    akta::app::MainWindow window(*store, userId);
    if (parser.isSet(measureOption)) {
        QObject::connect(&window, &akta::app::MainWindow::firstPageShown, &app, [&sinceStart](int rows) {
            QTextStream(stdout) << "first-page-ms=" << sinceStart.nsecsElapsed() / 1.0e6 << " rows=" << rows
                                << " peak-rss-kib=" << akta::util::peakResidentKiB() << Qt::endl;
            QApplication::quit();
        });
    }
    window.show();
    window.activateWindow();
    return QApplication::exec();
}

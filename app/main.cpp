#include "AppSetup.h"
#include "KeychainKeyProvider.h"
#include "LostLaptopGuard.h"
#include "MainWindow.h"
#include "directory/LocalAccount.h"
#include "store/LocalStore.h"
#include "store/StoreWipe.h"
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
    // The store's key from the OS keychain (AKTA_KEY_FILE wins when set: scripts, CI, the demo).
    akta::store::StoreKeyProvider::installForProcess(akta::keychain::KeychainKeyProvider::forThisProcess());
    // A revoked device or expired offline data: wiped before anything opens (a new, empty store follows).
    akta::app::LostLaptopGuard::enforce(directory);
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

    auto window = std::make_unique<akta::app::MainWindow>(*store, userId);
    if (parser.isSet(measureOption)) {
        QObject::connect(window.get(), &akta::app::MainWindow::firstPageShown, &app, [&sinceStart](int rows) {
            QTextStream(stdout) << "first-page-ms=" << sinceStart.nsecsElapsed() / 1.0e6 << " rows=" << rows
                                << " peak-rss-kib=" << akta::util::peakResidentKiB() << Qt::endl;
            QApplication::quit();
        });
    }
    window->show();
    window->activateWindow();
    const int code = QApplication::exec();
    // The server revoked this device during the session: the store is closed, then wiped.
    window.reset();
    store.reset();
    if (akta::store::StoreWipe::isPending(directory)) {
        akta::app::LostLaptopGuard::enforce(directory);
    }
    return code;
}

#include "CommandRegistry.h"
#include "KeychainKeyProvider.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Akta"));
    QCoreApplication::setApplicationName(QStringLiteral("akta-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTA_VERSION));
    // Store keys: AKTA_KEY_FILE when set (servers, CI, scripts), else the OS keychain.
    akta::store::StoreKeyProvider::installForProcess(akta::keychain::KeychainKeyProvider::forThisProcess());
    QTextStream out(stdout);
    QTextStream err(stderr);
    akta::cli::CommandIo io{out, err};
    akta::cli::CommandRegistry registry;
    const int code = registry.run(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}

#include "ServerCommandLine.h"

#include <QCoreApplication>

// akta-server: the sync server and its administration commands (see ServerCommandLine).
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("akta-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTA_VERSION));
    return akta::server::ServerCommandLine::run(QCoreApplication::arguments().mid(1));
}

#include <QCoreApplication>
#include <QTextStream>

// akta-server: for now it only answers --version and --help; the HTTP API arrives with the sync issue.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("akta-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args == QStringList{QStringLiteral("--version")}) {
        out << "akta-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (args.isEmpty() || args == QStringList{QStringLiteral("--help")}) {
        out << "Usage: akta-server --version\n"
               "The sync server is not built yet; this executable only reports its version."
            << Qt::endl;
        return args.isEmpty() ? 1 : 0;
    }
    err << "akta-server: unknown arguments: " << args.join(QLatin1Char(' ')) << Qt::endl;
    return 2;
}

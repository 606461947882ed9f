// Writes cases to a store in transactions of many cases each, forever, and prints
// "committed <total>" after each commit. The crash-safety test kills it at random moments.
// `store_writer DIR N nocheckpoint` turns automatic checkpoints off, so commits live only in the WAL;
// `store_writer DIR reader` reads the store in short transactions forever (a concurrent reader).
#include "cases/CaseCreation.h"
#include "directory/Directory.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        QTextStream(stderr) << "usage: store_writer STORE_DIR CASES_PER_TRANSACTION [nocheckpoint]\n"
                               "       store_writer STORE_DIR reader\n";
        return 2;
    }
    akta::store::LocalStore store(args.at(1));
    if (args.at(2) == QLatin1String("reader")) {
        akta::sqlite::Database reader = store.openReader();
        QTextStream out(stdout);
        out << "reading" << Qt::endl;
        for (;;) {
            auto count = reader.prepare(QStringLiteral("SELECT count(*), sum(length(title)) FROM cases"));
            count.step();
        }
    }
    if (args.size() == 4 && args.at(3) == QLatin1String("nocheckpoint")) {
        store.database().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
    const int perTransaction = args.at(2).toInt();
    akta::directory::Directory directory(store.database());
    if (!directory.user(QStringLiteral("writer"))) {
        akta::sqlite::Transaction setup(store.database());
        directory.addUnit({QStringLiteral("unit"), QString(), QStringLiteral("Enhed")});
        directory.addUser({QStringLiteral("writer"), QStringLiteral("writer"), QStringLiteral("Skriver"),
                           QStringLiteral("unit"), QStringLiteral("caseworker")});
        setup.commit();
    }
    QTextStream out(stdout);
    auto existing = store.database().prepare(QStringLiteral("SELECT count(*) FROM cases"));
    existing.step();
    qint64 total = existing.columnInt64(0);
    for (qint64 round = total / perTransaction;; ++round) {
        akta::sqlite::Transaction transaction(store.database());
        for (int i = 0; i < perTransaction; ++i) {
            akta::cases::NewCase request;
            request.kind = akta::CaseKind::Citizen;
            request.title =
                QStringLiteral("Sag %1-%2 med en længere titel, så siderne fyldes op").arg(round).arg(i);
            request.kleSubject = QStringLiteral("02.34.02");
            const akta::cases::PartyInput party{
                akta::Party::Kind::Person,
                QStringLiteral("7%1").arg(round * perTransaction + i, 9, 10, QLatin1Char('0')),
                QStringLiteral("Person %1").arg(i)};
            akta::cases::createCase(store.database(), request, party, QStringLiteral("writer"));
        }
        transaction.commit();
        total += perTransaction;
        out << "committed " << total << Qt::endl;
    }
}

// Startup benchmark: seeds the demo municipality with N cases (once; the store is kept in
// /tmp/akta-bench-N), then starts the real desktop app on it several times with --measure-startup
// and reports the time from process start to the first page of cases shown and the peak memory,
// each against an empty store measured in the same run as the reference.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

struct Sample
{
    double firstPageMs = 0;
    double peakRssMiB = 0;
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::optional<Sample> runApp(const QString& app, const QString& store)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(app, {QStringLiteral("--store"), store, QStringLiteral("--measure-startup")});
    if (!process.waitForFinished(120000)) {
        return std::nullopt;
    }
    static const QRegularExpression line(
        QStringLiteral("first-page-ms=([0-9.]+) rows=(\\d+) peak-rss-kib=(-?\\d+)"));
    const auto match = line.match(QString::fromUtf8(process.readAllStandardOutput()));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return Sample{match.captured(1).toDouble(), match.captured(3).toDouble() / 1024.0};
}

Sample median(QList<Sample> samples)
{
    std::sort(samples.begin(), samples.end(),
              [](const Sample& a, const Sample& b) { return a.firstPageMs < b.firstPageMs; });
    Sample middle = samples.at(samples.size() / 2);
    QList<double> memory;
    for (const Sample& sample : samples) {
        memory << sample.peakRssMiB;
    }
    std::sort(memory.begin(), memory.end());
    middle.peakRssMiB = memory.at(memory.size() / 2);
    return middle;
}

std::optional<Sample> measure(const QString& app, const QString& store, int runs)
{
    runApp(app, store); // warm-up: the OS file cache, as on a desktop that has started Akta before
    QList<Sample> samples;
    for (int i = 0; i < runs; ++i) {
        const auto sample = runApp(app, store);
        if (!sample) {
            return std::nullopt;
        }
        samples << *sample;
    }
    return median(samples);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases to seed."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per store."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("akta-cli"),
                                       QStringLiteral("path"), QStringLiteral(AKTA_CLI_PATH));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("akta"), QStringLiteral("path"),
                                       QStringLiteral(AKTA_APP_PATH));
    parser.addOptions({casesOption, runsOption, cliOption, appOption});
    parser.process(application);
    const int cases = parser.value(casesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const QString store = QDir::temp().filePath(QStringLiteral("akta-bench-%1").arg(cases));
    QJsonObject report{{QStringLiteral("cases"), cases}};
    if (!QFile::exists(QDir(store).filePath(QStringLiteral("akta.db")))) {
        out() << "Seeding " << cases << " cases into " << store << " ..." << Qt::endl;
        QElapsedTimer seedTimer;
        seedTimer.start();
        QProcess seed;
        seed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        seed.start(parser.value(cliOption),
                   {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"), store,
                    QStringLiteral("--cases"), QString::number(cases), QStringLiteral("--json")});
        if (!seed.waitForFinished(-1) || seed.exitCode() != 0) {
            out() << "seeding failed" << Qt::endl;
            return 1;
        }
        report.insert(QStringLiteral("seedSeconds"), seedTimer.elapsed() / 1000.0);
        report.insert(QStringLiteral("seed"), QJsonDocument::fromJson(seed.readAllStandardOutput()).object());
    }
    QFileInfo database(QDir(store).filePath(QStringLiteral("akta.db")));
    report.insert(QStringLiteral("databaseMiB"), database.size() / 1048576.0);

    QTemporaryDir empty;
    const auto reference = measure(parser.value(appOption), empty.path(), runs);
    const auto seeded = measure(parser.value(appOption), store, runs);
    if (!reference || !seeded) {
        out() << "the app did not report its startup (is it built, and does --measure-startup work?)"
              << Qt::endl;
        return 1;
    }
    report.insert(QStringLiteral("emptyStoreFirstPageMs"), reference->firstPageMs);
    report.insert(QStringLiteral("emptyStorePeakMiB"), reference->peakRssMiB);
    report.insert(QStringLiteral("firstPageMs"), seeded->firstPageMs);
    report.insert(QStringLiteral("peakMiB"), seeded->peakRssMiB);
    report.insert(QStringLiteral("firstPageRatio"), seeded->firstPageMs / reference->firstPageMs);
    report.insert(QStringLiteral("peakMemoryRatio"), seeded->peakRssMiB / reference->peakRssMiB);
    out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    out() << QStringLiteral("Start to first page: %1 ms with %2 cases, %3 ms on an empty store (ratio %4)\n")
                 .arg(seeded->firstPageMs, 0, 'f', 1)
                 .arg(cases)
                 .arg(reference->firstPageMs, 0, 'f', 1)
                 .arg(seeded->firstPageMs / reference->firstPageMs, 0, 'f', 2);
    out() << QStringLiteral("Peak memory: %1 MiB with %2 cases, %3 MiB on an empty store (ratio %4)\n")
                 .arg(seeded->peakRssMiB, 0, 'f', 1)
                 .arg(cases)
                 .arg(reference->peakRssMiB, 0, 'f', 1)
                 .arg(seeded->peakRssMiB / reference->peakRssMiB, 0, 'f', 2);
    return 0;
}

// Search benchmark (issue 6): on a seeded demo store (100,000 cases, about 1,000,000 documents) it measures
// - the build rate of the search index (dropped and built again by migration v5's SQL, as for a store
//   full of data: the akta_danish tokenizer over every document and case) and its size on disk;
// - in the same run, on the same texts, a plain FTS5 table with the unicode61 tokenizer (reference.db
//   beside the store), its build rate and size;
// - for every query of a mixed set (tests/bench/search_queries.txt: words in most documents such as
//   "sag" and "ansøgning", common surnames, rare words, compounds, phrases, prefixes, OR, exclusions,
//   filters), one warm-up and one timed run of: SearchEngine (recency tiers, snippets included),
//   SearchEngine reading every tier (the exact ranking), and the reference queried with bare
//   `MATCH ? ORDER BY rank LIMIT 20`;
// - how many of the tiered top 20 are in the exact top 20 (what the early stop costs in hits).
// Prints a table per query and one JSON line with p50/p95/p99/max and the ratios to the reference.
// Usage: bench_search --store DIR --queries FILE [--skip-rebuild]
#include "search/SearchEngine.h"
#include "search/SearchFactsSchema.h"
#include "search/SearchQueryParser.h"
#include "search/SearchSchema.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QJsonObject summary(const QList<double>& values)
{
    const auto ms = [](double v) { return std::round(v * 100.0) / 100.0; };
    return QJsonObject{{QStringLiteral("n"), values.size()},
                       {QStringLiteral("p50"), ms(percentile(values, 0.50))},
                       {QStringLiteral("p95"), ms(percentile(values, 0.95))},
                       {QStringLiteral("p99"), ms(percentile(values, 0.99))},
                       {QStringLiteral("max"), ms(percentile(values, 1.0))}};
}

qint64 scalar(akta::sqlite::Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    return query.step() ? query.columnInt64(0) : -1;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QSet<QString> identities(const akta::search::SearchResult& result)
{
    QSet<QString> ids;
    for (const auto& hit : result.hits) {
        ids.insert(hit.documentId.isEmpty() ? hit.caseId : hit.documentId);
    }
    return ids;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"), QStringLiteral("Seeded store"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Query file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("skip-rebuild"), QStringLiteral("Do not time a rebuild of the index")});
    parser.addOption(
        {QStringLiteral("no-reference"), QStringLiteral("Do not build and query the unicode61 reference")});
    parser.process(app);
    const QString storeDir = parser.value(QStringLiteral("store"));
    QFile queryFile(parser.value(QStringLiteral("queries")));
    if (storeDir.isEmpty() || !queryFile.open(QIODevice::ReadOnly)) {
        out() << "usage: bench_search --store DIR --queries FILE [--skip-rebuild]\n";
        return 2;
    }
    QStringList queries;
    for (const QString& line : QString::fromUtf8(queryFile.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            queries.append(line.trimmed());
        }
    }

    akta::store::LocalStore store(storeDir);
    auto& db = store.database();
    const qint64 documents = scalar(db, QStringLiteral("SELECT count(*) FROM search_documents"));
    const qint64 cases = scalar(db, QStringLiteral("SELECT count(*) FROM search_cases"));
    out() << "store: " << cases << " cases, " << documents << " documents\n";
    out().flush();

    QJsonObject build;
    if (!parser.isSet(QStringLiteral("skip-rebuild"))) {
        // The index as migration v5 builds it for a store full of data: drop it, run the migration's SQL.
        QElapsedTimer timer;
        timer.start();
        {
            // Dropping the old index need not zero its pages (secure_delete) to measure building the new one.
            db.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
            akta::sqlite::Transaction transaction(db);
            QStringList drops;
            auto objects = db.prepare(QStringLiteral(
                "SELECT type, name FROM sqlite_master WHERE substr(name, 1, 7) = 'search_' AND (type = "
                "'trigger' "
                "OR (type = 'table' AND (sql LIKE 'CREATE VIRTUAL%' OR name IN ('search_documents', "
                "'search_cases', 'search_lexicon', 'search_document_facts'))))"));
            while (objects.step()) {
                drops.append(QStringLiteral("DROP %1 IF EXISTS %2;")
                                 .arg(objects.columnText(0).toUpper(), objects.columnText(1)));
            }
            objects.reset();
            db.exec(drops.join(QLatin1Char('\n')));
            db.exec(akta::search::SearchSchema::migration());
            db.exec(akta::search::SearchFactsSchema::migration());
            transaction.commit();
        }
        const double buildMs = elapsedMs(timer);
        build.insert(QStringLiteral("documentsPerSecond"), std::round(double(documents) / buildMs * 1000.0));
        build.insert(QStringLiteral("seconds"), std::round(buildMs / 100.0) / 10.0);
        out() << "akta_danish index built as migrations v5 and v9 do: " << buildMs / 1000.0 << " s\n";
        out().flush();
    }
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    // The reference: the same texts in a plain unicode61 FTS5 table.
    const bool withReference = !parser.isSet(QStringLiteral("no-reference"));
    const QString referencePath = QDir(storeDir).filePath(QStringLiteral("reference.db"));
    QFile::remove(referencePath);
    // The store is encrypted, so the reference is attached to the store's own connection and filled from
    // the index's own copy of the texts.
    akta::sqlite::Database memory(QStringLiteral(":memory:"));
    akta::sqlite::Database& reference = withReference ? db : memory;
    QElapsedTimer timer;
    if (withReference) {
        // A plain file (the platform's own VFS), as unicode61 users would have it.
        db.exec(QStringLiteral("ATTACH DATABASE '%1?vfs=%2' AS ref")
                    .arg(QUrl::fromLocalFile(referencePath).toString(),
                         QString::fromUtf8(sqlite3_vfs_find(nullptr)->zName)));
        timer.start();
        {
            akta::sqlite::Transaction transaction(db);
            db.exec(QStringLiteral(
                "CREATE VIRTUAL TABLE ref.ref USING fts5(title, body, headers, context, tokenize = "
                "'unicode61 remove_diacritics 2');"
                "INSERT INTO ref.ref(rowid, title, body, headers, context) SELECT id, c0, c1, c2, c3 FROM "
                "main.search_document_index_content;"));
            transaction.commit();
        }
        const double referenceMs = elapsedMs(timer);
        build.insert(QStringLiteral("referenceDocumentsPerSecond"),
                     std::round(double(documents) / referenceMs * 1000.0));
        out() << "unicode61 reference build: " << referenceMs / 1000.0 << " s\n";
        out().flush();
    } else {
        memory.exec(QStringLiteral("CREATE VIRTUAL TABLE ref USING fts5(x)"));
    }

    QJsonObject sizes;
    const auto mib = [](qint64 bytes) { return std::round(double(bytes) / 1048576.0 * 10.0) / 10.0; };
    sizes.insert(QStringLiteral("storeMiB"), mib(QFileInfo(store.databasePath()).size()));
    sizes.insert(QStringLiteral("referenceMiB"), mib(QFileInfo(referencePath).size()));
    try {
        sizes.insert(
            QStringLiteral("searchIndexMiB"),
            mib(scalar(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search\\_%' "
                                          "ESCAPE '\\'"))));
        sizes.insert(QStringLiteral("documentTextMiB"),
                     mib(scalar(db, QStringLiteral(
                                        "SELECT sum(pgsize) FROM dbstat WHERE name = 'document_versions'"))));
    } catch (const std::exception& error) {
        out() << "no dbstat: " << error.what() << '\n';
    }

    akta::search::SearchEngine engine(store.databasePath());
    auto referenceQuery =
        reference.prepare(QStringLiteral("SELECT rowid FROM ref WHERE ref MATCH ?1 ORDER BY rank LIMIT 20"));
    const auto runReference = [&referenceQuery](const QString& match) {
        referenceQuery.bind(1, match);
        int rows = 0;
        while (referenceQuery.step()) {
            ++rows;
        }
        referenceQuery.reset();
        return rows;
    };
    QList<QString> matches;
    for (const QString& query : std::as_const(queries)) {
        matches.append(akta::search::SearchQueryParser::parse(query).match);
    }

    QList<double> ours;
    QList<double> oursCpu; // CPU time: the machine may be shared
    QList<double> exact;
    QList<double> plain;
    double overlapSum = 0.0;
    int overlapCount = 0;
    QJsonObject perQuery;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(QStringLiteral("query"), -40)
                 .arg(QStringLiteral("akta ms"), 9)
                 .arg(QStringLiteral("cpu ms"), 9)
                 .arg(QStringLiteral("exact ms"), 9)
                 .arg(QStringLiteral("ref ms"), 9)
                 .arg(QStringLiteral("top20"), 6)
                 .arg(QStringLiteral("total"), 9);
    for (int pass = 0; pass < 2; ++pass) { // pass 0 warms up
        for (int i = 0; i < queries.size(); ++i) {
            akta::search::SearchEngine::Request request;
            request.text = queries.at(i);
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const akta::search::SearchResult tiered = engine.search(request);
            const double oursMs = elapsedMs(timer);
            const double oursCpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
            request.exhaustive = true;
            timer.start();
            const akta::search::SearchResult full = engine.search(request);
            const double exactMs = elapsedMs(timer);
            double refMs = -1.0;
            if (withReference && !matches.at(i).isEmpty()) {
                timer.start();
                runReference(matches.at(i));
                refMs = elapsedMs(timer);
            }
            if (pass == 0) {
                continue;
            }
            ours.append(oursMs);
            oursCpu.append(oursCpuMs);
            exact.append(exactMs);
            if (refMs >= 0.0) {
                plain.append(refMs);
            }
            const QSet<QString> expected = identities(full);
            const double overlap =
                expected.isEmpty() ? 1.0
                                   : double((identities(tiered) & expected).size()) / double(expected.size());
            overlapSum += overlap;
            ++overlapCount;
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7%8\n")
                         .arg(queries.at(i).left(40), -40)
                         .arg(oursMs, 9, 'f', 2)
                         .arg(oursCpuMs, 9, 'f', 2)
                         .arg(exactMs, 9, 'f', 2)
                         .arg(refMs, 9, 'f', 2)
                         .arg(overlap, 6, 'f', 2)
                         .arg(tiered.total, 9)
                         .arg(tiered.totalEstimated ? QStringLiteral("~") : QString());
            perQuery.insert(queries.at(i),
                            QJsonObject{{QStringLiteral("akta"), std::round(oursMs * 100) / 100},
                                        {QStringLiteral("reference"), std::round(refMs * 100) / 100},
                                        {QStringLiteral("top20"), overlap}});
        }
    }
    const QJsonObject oursSummary = summary(ours);
    const QJsonObject plainSummary = summary(plain);
    QJsonObject ratios;
    for (const QString& key :
         {QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("max")}) {
        const double denominator = plainSummary.value(key).toDouble();
        ratios.insert(key, denominator > 0
                               ? std::round(oursSummary.value(key).toDouble() / denominator * 100) / 100
                               : 0);
    }
    const QJsonObject result{{QStringLiteral("cases"), cases},
                             {QStringLiteral("documents"), documents},
                             {QStringLiteral("build"), build},
                             {QStringLiteral("sizes"), sizes},
                             {QStringLiteral("akta"), oursSummary},
                             {QStringLiteral("aktaCpu"), summary(oursCpu)},
                             {QStringLiteral("aktaExact"), summary(exact)},
                             {QStringLiteral("reference"), plainSummary},
                             {QStringLiteral("ratioToReference"), ratios},
                             {QStringLiteral("top20Overlap"),
                              overlapCount ? std::round(overlapSum / overlapCount * 1000) / 1000 : 0},
                             {QStringLiteral("queries"), perQuery}};
    out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

// Tests of akta::kle::KlePlanImporter on real local stores (SQLite in a temporary folder, with the built-in
// plan installed): the official emneplan excerpt, modified copies of it, the facet test file and the OS2KLE
// keyword file; refused files must leave every kle_* table and store_meta exactly as they were.

#include "kle/KleImportError.h"
#include "kle/KlePlanImporter.h"
#include "kle/KleRepository.h"
#include "kle/Os2KleKeywordFile.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::kle::KleEntry;
using akta::kle::KleFacet;
using akta::kle::KleImportError;
using akta::kle::KleImportReport;
using akta::kle::KlePlanImporter;
using akta::kle::KleRepository;
using akta::kle::Os2KleKeywordFile;
using akta::sqlite::Database;

namespace {

QString excerptPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml");
}

QString keywordPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/OS2KLE-train.txt");
}

QString facetPath()
{
    return QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The numbers of the built-in plan, read from the TSV files it is compiled from (first column, after the
// header).
QStringList builtInNumbers()
{
    QStringList numbers;
    for (const char* name : {"kle_hovedgrupper.tsv", "kle_grupper.tsv", "kle_emner.tsv"}) {
        const QList<QByteArray> lines =
            readAll(QStringLiteral(AKTA_SOURCE_DIR "/resources/kle/") + QLatin1String(name)).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray number = lines.at(i).split('\t').constFirst().trimmed();
            if (!number.isEmpty()) {
                numbers << QString::fromUtf8(number);
            }
        }
    }
    return numbers;
}

// The numbers in an emneplan file, in file order, found with a regular expression.
QStringList fileNumbers(const QByteArray& xml)
{
    static const QRegularExpression pattern(QStringLiteral("<(?:Hovedgruppe|Gruppe|Emne)Nr>([^<]*)<"));
    QStringList numbers;
    auto matches = pattern.globalMatch(QString::fromUtf8(xml));
    while (matches.hasNext()) {
        numbers << matches.next().captured(1).trimmed();
    }
    return numbers;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList without(const QStringList& all, const QStringList& removed)
{
    const QSet<QString> set(removed.begin(), removed.end());
    QStringList result;
    for (const QString& item : all) {
        if (!set.contains(item)) {
            result << item;
        }
    }
    return result;
}

// Where the <Emne> element with EmneNr `number` starts and ends (just past its end tag).
std::pair<qsizetype, qsizetype> emneSpan(const QByteArray& xml, const QByteArray& number)
{
    const qsizetype at = xml.indexOf("<EmneNr>" + number + "</EmneNr>");
    if (at < 0) {
        return {-1, -1};
    }
    return {xml.lastIndexOf("<Emne>", at), xml.indexOf("</Emne>", at) + qsizetype(sizeof("</Emne>") - 1)};
}

const QByteArray kNewEmne = QByteArrayLiteral(
    "\n         <Emne>\n"
    "            <EmneNr>00.05.98</EmneNr>\n"
    "            <EmneTitel>Testemne tilføjet af testen</EmneTitel>\n"
    "            <EmneAdministrativInfo><OprettetDato>2025-06-01</OprettetDato></EmneAdministrativInfo>\n"
    "            <BevaringJaevnfoerArkivloven>K</BevaringJaevnfoerArkivloven>\n"
    "            <EmneStikord><Orden>1</Orden><Tekst>Testemne tilføjet af testen "
    "[=Emne]</Tekst></EmneStikord>\n"
    "            <EmneStikord><Orden>1</Orden><Tekst>Teststikord</Tekst></EmneStikord>\n"
    "            <UUID>00000000-0000-4000-8000-000000059800</UUID>\n"
    "         </Emne>");

QStringList numbersOf(const QList<KleEntry>& entries)
{
    QStringList numbers;
    for (const KleEntry& entry : entries) {
        numbers << entry.number;
    }
    return numbers;
}

} // namespace

class TestKlePlanImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importFillsTheStore();
    void importReportsAgainstTheBuiltInPlan();
    void reimportChangesNothing();
    void modifiedCopyReportsExactlyTheChanges();
    void emneMissingFromTheFileIsKept();
    void changedStikordOrLegalReferenceIsReported();
    void refusedFilesLeaveTheStoreUnchanged_data();
    void refusedFilesLeaveTheStoreUnchanged();
    void refusedFileOnTheBuiltInPlanLeavesItUnchanged();
    void duplicateEmneRollsBack();
    void facetsImport();
    void facetRetentionChangeIsReported();
    void keywordsImport();
    void keywordsWithMalformedLines();
    void keywordFileWithByteOrderMarkIsRecognised();
    void unrecognisedFileThrows();

private:
    Database& db() { return m_store->database(); }
    int count(const QString& sql);
    QString text(const QString& sql);
    QString writeFile(const QString& name, const QByteArray& content);
    // Every row of every kle_* table and store_meta, as text, sorted within each table.
    QStringList dump();
    KleImportReport importFile(const QString& path) { return KlePlanImporter(db()).importFile(path); }

    QByteArray m_excerpt;
    QStringList m_builtIn;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestKlePlanImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_excerpt = readAll(excerptPath());
    QVERIFY2(m_excerpt.size() > 90000, "the shared KLE excerpt is missing");
    m_builtIn = builtInNumbers();
    QCOMPARE(m_builtIn.size(), 37 + 498 + 2390); // README: 37 hovedgrupper, 498 grupper, 2,390 emner
}

void TestKlePlanImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), m_builtIn.size());
}

void TestKlePlanImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestKlePlanImporter::count(const QString& sql)
{
    auto query = db().prepare(sql);
    return query.step() ? query.columnInt(0) : -1;
}

QString TestKlePlanImporter::text(const QString& sql)
{
    auto query = db().prepare(sql);
    return query.step() ? query.columnText(0) : QStringLiteral("<no row>");
}

QString TestKlePlanImporter::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QStringList TestKlePlanImporter::dump()
{
    QStringList tables;
    auto names = db().prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                             "(name LIKE 'kle%' OR name = 'store_meta') ORDER BY name"));
    while (names.step()) {
        tables << names.columnText(0);
    }
    QStringList rows{tables.join(QLatin1Char(','))};
    for (const QString& table : tables) {
        auto query = db().prepare(QStringLiteral("SELECT * FROM ") + table);
        QStringList tableRows;
        while (query.step()) {
            QStringList cells;
            for (int column = 0; column < query.columnCount(); ++column) {
                cells << (query.isNull(column)
                              ? QStringLiteral("NULL")
                              : QLatin1Char('\'') + query.columnText(column) + QLatin1Char('\''));
            }
            tableRows << table + QStringLiteral(": ") + cells.join(QLatin1Char('|'));
        }
        tableRows.sort();
        rows << tableRows;
    }
    return rows;
}

void TestKlePlanImporter::importFillsTheStore()
{
    const KleImportReport report = importFile(excerptPath());
    QCOMPARE(report.format, QStringLiteral("emneplan"));
    QCOMPARE(report.published, QStringLiteral("2025-05-01"));
    QCOMPARE(report.mainGroups, 1);
    QCOMPARE(report.groups, 5);
    QCOMPARE(report.subjects, 35);
    QCOMPARE(report.stikord, 241);
    QCOMPARE(report.facets, 0);
    QCOMPARE(report.keywords, 0);
    QVERIFY(report.rejectedLines.isEmpty());

    // Raw SQL: the details are in the store, and nothing was deleted.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), m_builtIn.size());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_stikord")), 241);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_stikord WHERE facet IS NOT NULL")), 37);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_stikord WHERE is_title = 1")), 41);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_legal_references")), 27);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_legal_references WHERE paragraph IS NOT NULL")),
             17);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE guidance IS NOT NULL")), 27);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE uuid IS NOT NULL")), 41);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE created_on IS NOT NULL")), 41);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE retention = 'B'")), 20);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE retention = 'K'")), 15);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE deletion = 'P1825D'")), 20);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE retired_at IS NOT NULL")), 0);
    QCOMPARE(text(QStringLiteral("SELECT value FROM store_meta WHERE key = 'kle_published'")),
             QStringLiteral("2025-05-01"));
    QCOMPARE(text(QStringLiteral("SELECT url FROM kle_legal_references WHERE number = '00.07.01'")),
             QStringLiteral("https://www.retsinformation.dk/eli/accn/A20140043329#P3"));

    // Through KleRepository::details.
    KleRepository repository(db());
    const auto styrelse = repository.details(QStringLiteral("00.01.00"));
    QVERIFY(styrelse.has_value());
    QCOMPARE(styrelse->entry.title, QStringLiteral("Kommunens styrelse i almindelighed"));
    QCOMPARE(styrelse->entry.parent, QStringLiteral("00.01"));
    QCOMPARE(styrelse->entry.retention, QStringLiteral("B"));
    QCOMPARE(styrelse->entry.deletion, QStringLiteral("P1825D"));
    QVERIFY(styrelse->guidance.startsWith(QStringLiteral("<p>Emnet dækker:</p>")));
    QVERIFY(styrelse->guidance.contains(QStringLiteral("<li>Sager på et konkret fagområde journaliseres")));
    QCOMPARE(styrelse->createdOn, QStringLiteral("2004-02-01"));
    QCOMPARE(styrelse->changedOn, QStringLiteral("2011-05-01"));
    QCOMPARE(styrelse->uuid, QStringLiteral("15b97b4f-08c6-42fc-9a37-3ec048d8d01b"));
    QCOMPARE(styrelse->legalReferences.size(), 1);
    QCOMPARE(styrelse->legalReferences.at(0).title, QStringLiteral("Kommunestyrelsesloven"));
    QVERIFY(styrelse->legalReferences.at(0).paragraph.isEmpty());
    QCOMPARE(styrelse->legalReferences.at(0).accession, QStringLiteral("A20240006929"));
    QCOMPARE(styrelse->stikord.size(), 1);
    QCOMPARE(styrelse->stikord.at(0).text, QStringLiteral("Kommunens styrelse i almindelighed"));
    QVERIFY(styrelse->stikord.at(0).isTitle);

    const auto inhabilitet = repository.details(QStringLiteral("00.07.01"));
    QVERIFY(inhabilitet.has_value());
    QCOMPARE(inhabilitet->legalReferences.size(), 1);
    QCOMPARE(inhabilitet->legalReferences.at(0).paragraph, QStringLiteral("§ 3-6"));
    QCOMPARE(inhabilitet->legalReferences.at(0).accession, QStringLiteral("A20140043329#P3"));

    const auto tvaers = repository.details(QStringLiteral("00.01.10"));
    QVERIFY(tvaers.has_value());
    QCOMPARE(tvaers->stikord.size(), 6);
    QCOMPARE(tvaers->stikord.at(1).text, QStringLiteral("Børn- og ungepolitik"));
    QCOMPARE(tvaers->stikord.at(1).facet, QStringLiteral("P22"));
    QVERIFY(tvaers->changedOn.isEmpty());

    // The official titles replace the built-in ones ("kommunen / institutionen" in the TSV).
    QCOMPARE(repository.find(QStringLiteral("00.05.10"))->title,
             QStringLiteral("Gaver til og fra kommunen/institutionen"));

    // An entry the file does not hold keeps its built-in title and has no details.
    const auto untouched = repository.details(QStringLiteral("00.13.00"));
    QVERIFY(untouched.has_value());
    QVERIFY(!untouched->entry.title.isEmpty());
    QVERIFY(untouched->guidance.isEmpty());
    QVERIFY(untouched->stikord.isEmpty());
    QVERIFY(untouched->legalReferences.isEmpty());

    // Regression test (bug found and fixed; KleEmneplanReader.cpp:34, QLatin1String("[udgået]")): the six
    // retired stikord of the file (lines 68, 86, 94, 216, 228, 1141) are stored as in force, with the
    // "[udgået]" suffix in their text, and allStikord() hands them to the classifier.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_stikord WHERE retired = 1")), 6);
    QCOMPARE(repository.allStikord().size(), 241 - 6);
}

void TestKlePlanImporter::importReportsAgainstTheBuiltInPlan()
{
    const QStringList inFile = fileNumbers(m_excerpt);
    QCOMPARE(inFile.size(), 41);
    const KleImportReport report = importFile(excerptPath());
    // Every number of the excerpt is in the built-in plan already, so none is added.
    QCOMPARE(report.added, without(inFile, m_builtIn));
    QVERIFY(report.added.isEmpty());
    // The built-in plan has numbers and titles only; every entry of the file brings stikord (and emner their
    // retention), so each of the 41 has changed.
    QCOMPARE(sorted(report.changed), sorted(inFile));
    QVERIFY(report.retired.isEmpty());
    // Everything else of the built-in plan is missing from the excerpt: reported, not deleted.
    const QStringList missing = sorted(without(m_builtIn, inFile));
    QCOMPARE(missing.size(), 2925 - 41);
    QCOMPARE(report.missing, missing);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries")), 2925);
}

void TestKlePlanImporter::reimportChangesNothing()
{
    const KleImportReport first = importFile(excerptPath());
    const QStringList before = dump();
    const KleImportReport second = importFile(excerptPath());
    QVERIFY2(second.added.isEmpty(), qPrintable(second.added.join(QLatin1Char(' '))));
    QVERIFY2(second.changed.isEmpty(), qPrintable(second.changed.join(QLatin1Char(' '))));
    QVERIFY(second.retired.isEmpty());
    QCOMPARE(second.missing, first.missing);
    QCOMPARE(second.subjects, 35);
    QCOMPARE(second.stikord, 241);
    QCOMPARE(dump(), before);
}

void TestKlePlanImporter::modifiedCopyReportsExactlyTheChanges()
{
    const KleImportReport first = importFile(excerptPath());

    QByteArray modified = m_excerpt;
    // 1. A title changed (emne 00.05.06, line 641).
    QVERIFY(modified.count("<EmneTitel>Receptioner</EmneTitel>") == 1);
    modified.replace("<EmneTitel>Receptioner</EmneTitel>",
                     "<EmneTitel>Receptioner (testændring)</EmneTitel>");
    // 2. Emne 00.05.09 (line 763) retired.
    const auto retired = emneSpan(modified, "00.05.09");
    QVERIFY(retired.first > 0);
    const qsizetype adminEnd = modified.indexOf("</EmneAdministrativInfo>", retired.first);
    QVERIFY(adminEnd > retired.first && adminEnd < retired.second);
    modified.insert(adminEnd, "<Historisk><UdgaaetDato>2025-06-01</UdgaaetDato></Historisk>");
    // 3. A new emne 00.05.98 after the last emne of gruppe 00.05.
    const auto last = emneSpan(modified, "00.05.15");
    QVERIFY(last.first > 0);
    modified.insert(last.second, kNewEmne);

    const KleImportReport report = importFile(writeFile(QStringLiteral("modified.xml"), modified));
    QCOMPARE(report.added, QStringList{QStringLiteral("00.05.98")});
    // Retiring an emne changes its entry (retired_at), so 00.05.09 is listed as changed as well as retired.
    QCOMPARE(report.changed, (QStringList{QStringLiteral("00.05.06"), QStringLiteral("00.05.09")}));
    QCOMPARE(report.retired, QStringList{QStringLiteral("00.05.09")});
    QCOMPARE(report.missing, first.missing);
    QCOMPARE(report.subjects, 36);
    QCOMPARE(report.stikord, 241 + 2);

    KleRepository repository(db());
    QCOMPARE(repository.find(QStringLiteral("00.05.06"))->title, QStringLiteral("Receptioner (testændring)"));

    // The retired emne is no longer offered for new cases, but is still readable on old cases.
    const QStringList inForce = numbersOf(repository.subjects());
    const QStringList all = numbersOf(repository.subjects(true));
    QVERIFY(!inForce.contains(QStringLiteral("00.05.09")));
    QVERIFY(all.contains(QStringLiteral("00.05.09")));
    QCOMPARE(inForce.size(), 2390);
    QCOMPARE(all.size(), 2391);
    const auto found = repository.find(QStringLiteral("00.05.09"));
    QVERIFY(found.has_value());
    QCOMPARE(found->title, QStringLiteral("Indsamlinger"));
    QVERIFY(found->isRetired());
    QCOMPARE(found->retiredAt, QStringLiteral("2025-06-01"));
    const auto details = repository.details(QStringLiteral("00.05.09"));
    QVERIFY(details.has_value());
    QCOMPARE(details->stikord.size(), 2);
    QCOMPARE(details->entry.retention, QStringLiteral("K"));
    for (const auto& [number, stikord] : repository.allStikord()) {
        QVERIFY2(number != QStringLiteral("00.05.09"), qPrintable(stikord.text));
    }

    // The new emne.
    const auto added = repository.details(QStringLiteral("00.05.98"));
    QVERIFY(added.has_value());
    QCOMPARE(added->entry.level, 3);
    QCOMPARE(added->entry.parent, QStringLiteral("00.05"));
    QCOMPARE(added->entry.title, QStringLiteral("Testemne tilføjet af testen"));
    QCOMPARE(added->entry.retention, QStringLiteral("K"));
    QCOMPARE(added->createdOn, QStringLiteral("2025-06-01"));
    QCOMPARE(added->stikord.size(), 2);
    QVERIFY(inForce.contains(QStringLiteral("00.05.98")));

    // Importing the same modified copy again reports nothing new.
    const KleImportReport again = importFile(writeFile(QStringLiteral("modified.xml"), modified));
    QVERIFY(again.added.isEmpty());
    QVERIFY(again.changed.isEmpty());
    QVERIFY(again.retired.isEmpty());
}

void TestKlePlanImporter::emneMissingFromTheFileIsKept()
{
    const KleImportReport first = importFile(excerptPath());
    QVERIFY(!first.missing.contains(QStringLiteral("00.05.15")));

    QByteArray modified = m_excerpt;
    const auto span = emneSpan(modified, "00.05.15"); // lines 905-931
    QVERIFY(span.first > 0);
    modified.remove(span.first, span.second - span.first);
    QVERIFY(!modified.contains("00.05.15"));

    const KleImportReport report = importFile(writeFile(QStringLiteral("without.xml"), modified));
    QVERIFY(report.missing.contains(QStringLiteral("00.05.15")));
    QCOMPARE(report.missing, sorted(first.missing + QStringList{QStringLiteral("00.05.15")}));
    QVERIFY(report.added.isEmpty());
    QVERIFY(report.changed.isEmpty());
    QVERIFY(report.retired.isEmpty());
    QCOMPARE(report.subjects, 34);

    // Still in the store, still in force and findable, with the details of the last import.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_entries WHERE number = '00.05.15'")), 1);
    KleRepository repository(db());
    const auto found = repository.find(QStringLiteral("00.05.15"));
    QVERIFY(found.has_value());
    QCOMPARE(found->title, QStringLiteral("Indvielser, rejsegilder"));
    QVERIFY(!found->isRetired());
    QVERIFY(numbersOf(repository.subjects()).contains(QStringLiteral("00.05.15")));
    QCOMPARE(repository.details(QStringLiteral("00.05.15"))->stikord.size(), 3);
}

void TestKlePlanImporter::changedStikordOrLegalReferenceIsReported()
{
    importFile(excerptPath());
    QByteArray modified = m_excerpt;
    // 00.01.00: its one legal reference now points at a newer consolidation (made-up accession number).
    QVERIFY(modified.count("A20240006929</") == 2); // lines 114-115 (1873-1874 have "#P65e" after it)
    modified.replace("A20240006929</", "A20259999999</");
    // 00.05.06: one stikord reworded (line 662), the count stays the same.
    QVERIFY(modified.count("<Tekst>Receptioner, institutionens</Tekst>") == 1);
    modified.replace("<Tekst>Receptioner, institutionens</Tekst>", "<Tekst>Receptioner, testændret</Tekst>");

    const KleImportReport report = importFile(writeFile(QStringLiteral("content.xml"), modified));
    // The store has the new content either way.
    KleRepository repository(db());
    QCOMPARE(repository.details(QStringLiteral("00.01.00"))->legalReferences.at(0).accession,
             QStringLiteral("A20259999999"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_stikord WHERE text = 'Receptioner, testændret'")),
             1);
    // Regression test (bug found and fixed; KlePlanImporter.cpp, differs()): only the number of stikord and
    // legal references is compared, not their content, so a reworded stikord or a new Retsinformation link is
    // not reported as changed.
    QCOMPARE(report.changed, (QStringList{QStringLiteral("00.01.00"), QStringLiteral("00.05.06")}));
}

void TestKlePlanImporter::refusedFilesLeaveTheStoreUnchanged_data()
{
    const QByteArray excerpt = readAll(excerptPath());
    const QByteArray facets = readAll(facetPath());
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("withLine"); // whether the refusal must name a line
    QTest::newRow("emneplan cut inside a tag")
        << excerpt.left(excerpt.indexOf("<EmneNr>00.07.03") + 5) << true;
    QTest::newRow("emneplan cut between elements") << excerpt.left(excerpt.indexOf("</Gruppe>") + 9) << true;
    QTest::newRow("emneplan cut inside text")
        << excerpt.left(excerpt.indexOf("Whistleblowerordning") + 8) << true;
    QTest::newRow("emneplan without its closing tag")
        << excerpt.left(excerpt.lastIndexOf("</KLE-Emneplan>")) << true;
    QTest::newRow("facets cut") << facets.left(facets.indexOf("<HandlingsfacetNr>K02") + 20) << true;
    QByteArray badRetention = excerpt;
    badRetention.replace("<BevaringJaevnfoerArkivloven>K</BevaringJaevnfoerArkivloven>",
                         "<BevaringJaevnfoerArkivloven>Q</BevaringJaevnfoerArkivloven>");
    QTest::newRow("emneplan with an unknown retention") << badRetention << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("not a KLE file") << QByteArrayLiteral("Dette er ikke en KLE-fil.\n") << false;
}

void TestKlePlanImporter::refusedFilesLeaveTheStoreUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, withLine);
    // A store with an imported plan, facets and keywords.
    importFile(excerptPath());
    importFile(facetPath());
    importFile(writeFile(QStringLiteral("keywords.txt"),
                         QByteArrayLiteral("KLENummer='00.01.00':KLETitel='Kommunens styrelse i "
                                           "almindelighed':Keywords[Weight]=byråd[5];styrelse[10];\n")));
    const QStringList before = dump();
    QVERIFY(before.size() > 3000);
    QVERIFY(before.contains(QStringLiteral("store_meta: 'kle_published'|'2025-05-01'")));

    const QString path = writeFile(QStringLiteral("refused.xml"), content);
    QVERIFY(!path.isEmpty());
    bool thrown = false;
    try {
        importFile(path);
    } catch (const KleImportError& error) {
        thrown = true;
        QVERIFY2(!withLine || error.line() > 0, qPrintable(QString::number(error.line())));
        QVERIFY(!error.reason().isEmpty());
    }
    QVERIFY2(thrown, "the file was imported");
    QCOMPARE(dump(), before);
}

void TestKlePlanImporter::refusedFileOnTheBuiltInPlanLeavesItUnchanged()
{
    const QStringList before = dump();
    const QString path = writeFile(QStringLiteral("cut.xml"), m_excerpt.left(m_excerpt.size() / 2));
    QVERIFY_THROWS_EXCEPTION(KleImportError, importFile(path));
    QCOMPARE(dump(), before);
    QVERIFY(KleRepository(db()).details(QStringLiteral("00.01.00"))->guidance.isEmpty());
}

void TestKlePlanImporter::duplicateEmneRollsBack()
{
    // The reader accepts an emne twice; the importer finds it after it has written the entries before it,
    // inside its transaction, which must roll back.
    importFile(facetPath());
    const QStringList before = dump();
    QByteArray twice = m_excerpt;
    const auto span = emneSpan(twice, "00.07.45");
    QVERIFY(span.first > 0);
    twice.insert(span.second, "\n" + twice.mid(span.first, span.second - span.first));
    QVERIFY_THROWS_EXCEPTION(KleImportError, importFile(writeFile(QStringLiteral("twice.xml"), twice)));
    QCOMPARE(dump(), before);
    QVERIFY(KleRepository(db()).details(QStringLiteral("00.01.00"))->stikord.isEmpty());
}

void TestKlePlanImporter::facetsImport()
{
    KleRepository repository(db());
    // A new store has G01 preinstalled.
    QCOMPARE(repository.facets().size(), 1);
    QCOMPARE(repository.facet(QStringLiteral("G01"))->title, QStringLiteral("Generelle sager"));

    const KleImportReport report = importFile(facetPath());
    QCOMPARE(report.format, QStringLiteral("facets"));
    QCOMPARE(report.published, QStringLiteral("2024-12-01"));
    QCOMPARE(report.facets, 5);
    QCOMPARE(report.added, (QStringList{QStringLiteral("A00"), QStringLiteral("A99"), QStringLiteral("K02"),
                                        QStringLiteral("Ø34")}));
    QVERIFY(report.changed.isEmpty()); // G01 is in the file just as the store preinstalls it
    QCOMPARE(report.retired, QStringList{QStringLiteral("A99")});
    QVERIFY(report.missing.isEmpty());
    QCOMPARE(report.mainGroups + report.groups + report.subjects + report.stikord + report.keywords, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_facets")), 5);

    QStringList inForce;
    for (const KleFacet& facet : repository.facets()) {
        inForce << facet.number;
    }
    QCOMPARE(inForce, (QStringList{QStringLiteral("A00"), QStringLiteral("G01"), QStringLiteral("K02"),
                                   QStringLiteral("Ø34")}));
    QCOMPARE(repository.facets(true).size(), 5);

    const auto a00 = repository.facet(QStringLiteral("A00"));
    QVERIFY(a00.has_value());
    QCOMPARE(a00->category, QStringLiteral("A"));
    QCOMPARE(a00->categoryTitle, QStringLiteral("Organisering mv."));
    QCOMPARE(a00->title, QStringLiteral("Organisering mv. i almindelighed"));
    QCOMPARE(a00->retention, QStringLiteral("B"));
    QVERIFY(a00->guidance.contains(QStringLiteral("<li>Første testpunkt</li>")));
    QCOMPARE(a00->createdOn, QStringLiteral("2001-02-03"));
    QCOMPARE(a00->changedOn, QStringLiteral("2004-05-06"));
    QVERIFY(a00->retiredAt.isEmpty());
    const auto g01 = repository.facet(QStringLiteral("G01"));
    QVERIFY(g01.has_value());
    QCOMPARE(g01->category, QStringLiteral("G"));
    QCOMPARE(g01->title, QStringLiteral("Generelle sager"));
    QVERIFY(g01->retention.isEmpty());
    QCOMPARE(repository.facet(QStringLiteral("A99"))->retiredAt, QStringLiteral("2011-01-01"));
    QCOMPARE(repository.facet(QStringLiteral("Ø34"))->title, QStringLiteral("Testfacet Ø34"));

    // Again: nothing new.
    const QStringList before = dump();
    const KleImportReport again = importFile(facetPath());
    QVERIFY(again.added.isEmpty());
    QVERIFY(again.changed.isEmpty());
    QVERIFY(again.retired.isEmpty());
    QCOMPARE(dump(), before);

    // A changed title, a new facet and a newly retired one.
    QByteArray modified = readAll(facetPath());
    modified.replace("<HandlingsfacetTitel>Testfacet K02</HandlingsfacetTitel>",
                     "<HandlingsfacetTitel>Testfacet K02 (ændret)</HandlingsfacetTitel>");
    QVERIFY(modified.count("<OprettetDato>2006-01-01</OprettetDato>") == 1); // Ø34
    modified.replace("<OprettetDato>2006-01-01</OprettetDato>",
                     "<OprettetDato>2006-01-01</OprettetDato><Historisk><UdgaaetDato>2025-01-01</UdgaaetDato>"
                     "</Historisk>");
    modified.replace(
        "</HandlingsfacetKategori>\n   <HandlingsfacetKategori>\n      "
        "<HandlingsfacetKategoriNr>Ø",
        "<Handlingsfacet><HandlingsfacetNr>K03</HandlingsfacetNr><HandlingsfacetTitel>Testfacet K03"
        "</HandlingsfacetTitel></Handlingsfacet>\n</HandlingsfacetKategori>\n   "
        "<HandlingsfacetKategori>\n      <HandlingsfacetKategoriNr>Ø");
    QVERIFY(modified.contains("<HandlingsfacetNr>K03</HandlingsfacetNr>"));
    const KleImportReport changed = importFile(writeFile(QStringLiteral("facets.xml"), modified));
    QCOMPARE(changed.facets, 6);
    QCOMPARE(changed.added, QStringList{QStringLiteral("K03")});
    // A facet that retires has changed too (as emner do).
    QCOMPARE(changed.changed, (QStringList{QStringLiteral("K02"), QStringLiteral("Ø34")}));
    QCOMPARE(changed.retired, QStringList{QStringLiteral("Ø34")});
    QCOMPARE(repository.facet(QStringLiteral("K02"))->title, QStringLiteral("Testfacet K02 (ændret)"));
    QCOMPARE(repository.facet(QStringLiteral("K03"))->category, QStringLiteral("K"));
    QCOMPARE(repository.facets().size(), 4); // A00, G01, K02, K03
}

void TestKlePlanImporter::facetRetentionChangeIsReported()
{
    importFile(facetPath());
    QByteArray modified = readAll(facetPath());
    QVERIFY(modified.count("<BevaringJaevnfoerArkivloven>K10</BevaringJaevnfoerArkivloven>") == 1);
    modified.replace("<BevaringJaevnfoerArkivloven>K10</BevaringJaevnfoerArkivloven>",
                     "<BevaringJaevnfoerArkivloven>B</BevaringJaevnfoerArkivloven>");
    const KleImportReport report = importFile(writeFile(QStringLiteral("retention.xml"), modified));
    QCOMPARE(KleRepository(db()).facet(QStringLiteral("K02"))->retention, QStringLiteral("B"));
    // Regression test (bug found and fixed; KlePlanImporter.cpp, importFacets: "exists.columnText(0) !=
    // facet.title"): only a changed title counts as a change, so a facet whose retention (bevaring) went from
    // K10 to B is not reported, unlike an emne (differs() compares retention, guidance and dates).
    QCOMPARE(report.changed, QStringList{QStringLiteral("K02")});
}

void TestKlePlanImporter::keywordsImport()
{
    const Os2KleKeywordFile file = Os2KleKeywordFile::read(keywordPath());
    QCOMPARE(file.subjects().size(), 2390); // README: one line for each of the 2,390 emner
    QVERIFY(file.keywordCount() > 25000 && file.keywordCount() < 32295); // ~89% of 32,295
    QSet<QString> withKeywords;
    QSet<QPair<QString, QString>> pairs;
    for (const auto& subject : file.subjects()) {
        for (const auto& keyword : subject.keywords) {
            withKeywords.insert(subject.number);
            pairs.insert({subject.number, keyword.term});
        }
    }

    importFile(excerptPath());
    const auto planOnly = [](const QStringList& rows) {
        QStringList result;
        for (const QString& row : rows) {
            if (!row.startsWith(QStringLiteral("kle_keywords: "))) {
                result << row;
            }
        }
        return result;
    };
    const QStringList planBefore = planOnly(dump());

    const KleImportReport report = importFile(keywordPath());
    QCOMPARE(report.format, QStringLiteral("keywords"));
    QCOMPARE(report.keywords, file.keywordCount());
    QCOMPARE(report.subjects, int(withKeywords.size()));
    QCOMPARE(report.rejectedLines.size(), file.issues().size());
    for (qsizetype i = 0; i < file.issues().size(); ++i) {
        QCOMPARE(report.rejectedLines.at(i).first, qint64(file.issues().at(i).line));
    }
    QVERIFY(report.added.isEmpty() && report.changed.isEmpty() && report.missing.isEmpty());
    QCOMPARE(report.mainGroups + report.groups + report.facets + report.stikord, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_keywords WHERE source = 'os2kle'")),
             int(pairs.size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_keywords")), int(pairs.size()));

    const QList<KleRepository::Keyword> keywords = KleRepository(db()).keywords();
    QCOMPARE(keywords.size(), pairs.size());
    bool found = false;
    for (const auto& keyword : keywords) {
        if (keyword.number == QStringLiteral("00.01.00") &&
            keyword.term == QStringLiteral("Partistøtteloven §4")) {
            found = true;
            QCOMPARE(keyword.weight, 5); // line 1 of OS2KLE-train.txt
        }
    }
    QVERIFY(found);

    // The plan itself is untouched by a keyword import.
    QCOMPARE(planOnly(dump()), planBefore);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_stikord")), 241);
}

void TestKlePlanImporter::keywordsWithMalformedLines()
{
    const QByteArray content =
        QByteArrayLiteral("KLENummer='00.01.00':KLETitel='Kommunens styrelse i "
                          "almindelighed':Keywords[Weight]=byråd[5];styrelse[10];\n"
                          "KLENummer='00.01.10':KLETitel='Opgaver der dækker flere "
                          "hovedgrupper':Keywords[Weight]=tværgående[3];\n"
                          "denne linje er ødelagt\n"
                          "KLENummer='00.03.00':KLETitel='International virksomhed og EU i "
                          "almindelighed':Keywords[Weight]=EU[7];\n"
                          "KLENummer='00.03.02':KLETitel='Internationale organisationers "
                          "virksomhed':Keywords[Weight]=FN[4];uden vægt\n");
    const KleImportReport report = importFile(writeFile(QStringLiteral("os2kle.txt"), content));
    QCOMPARE(report.format, QStringLiteral("keywords"));
    QCOMPARE(report.keywords, 5);
    QCOMPARE(report.subjects, 4);
    QCOMPARE(report.rejectedLines.size(), 2);
    QCOMPARE(report.rejectedLines.at(0).first, qint64(3));
    QVERIFY2(report.rejectedLines.at(0).second.contains(QStringLiteral("KLENummer")),
             qPrintable(report.rejectedLines.at(0).second));
    QCOMPARE(report.rejectedLines.at(1).first, qint64(5));
    QVERIFY2(report.rejectedLines.at(1).second.contains(QStringLiteral("uden vægt")),
             qPrintable(report.rejectedLines.at(1).second));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_keywords")), 5);
    QCOMPARE(
        count(QStringLiteral("SELECT weight FROM kle_keywords WHERE number = '00.03.00' AND term = 'EU'")),
        7);
    QCOMPARE(
        count(QStringLiteral("SELECT weight FROM kle_keywords WHERE number = '00.03.02' AND term = 'FN'")),
        4);

    // A new import from the same source replaces the keywords it brought before.
    const KleImportReport second = importFile(
        writeFile(QStringLiteral("os2kle-2.txt"),
                  QByteArrayLiteral(
                      "KLENummer='00.01.00':KLETitel='Kommunens styrelse i almindelighed':Keywords[Weight]="
                      "kommunalbestyrelse[8];\n")));
    QCOMPARE(second.keywords, 1);
    QVERIFY(second.rejectedLines.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kle_keywords")), 1);
    QCOMPARE(text(QStringLiteral("SELECT term FROM kle_keywords")), QStringLiteral("kommunalbestyrelse"));
}

void TestKlePlanImporter::keywordFileWithByteOrderMarkIsRecognised()
{
    // Os2KleKeywordFile::parse skips a UTF-8 byte order mark (files saved on Windows carry one); importFile
    // must recognise such a file too.
    const QByteArray content = QByteArrayLiteral(
        "\xEF\xBB\xBF"
        "KLENummer='00.01.00':KLETitel='Kommunens styrelse i almindelighed':Keywords[Weight]="
        "byråd[5];styrelse[10];\n");
    QCOMPARE(Os2KleKeywordFile::parse(content).keywordCount(), 2);
    // Regression test (bug found and fixed; KlePlanImporter.cpp, importFile:
    // head.trimmed().startsWith("KLENummer=")): the byte order mark is not skipped, so the file is refused as
    // "not a KLE emneplan, handlingsfacet or OS2KLE keyword file".
    KleImportReport report;
    try {
        report = importFile(writeFile(QStringLiteral("bom.txt"), content));
    } catch (const KleImportError& error) {
        QFAIL(qPrintable(error.reason()));
    }
    QCOMPARE(report.format, QStringLiteral("keywords"));
    QCOMPARE(report.keywords, 2);
}

void TestKlePlanImporter::unrecognisedFileThrows()
{
    const QStringList before = dump();
    const QString tsv = writeFile(QStringLiteral("plan.tsv"),
                                  readAll(QStringLiteral(AKTA_SOURCE_DIR "/resources/kle/kle_emner.tsv")));
    QVERIFY_THROWS_EXCEPTION(KleImportError, importFile(tsv));
    QVERIFY_THROWS_EXCEPTION(KleImportError,
                             importFile(writeFile(QStringLiteral("other.xml"),
                                                  QByteArrayLiteral("<?xml version=\"1.0\"?>\n<Andet/>\n"))));
    QVERIFY_THROWS_EXCEPTION(KleImportError, importFile(writeFile(QStringLiteral("blank.txt"), "\n  \n")));
    QVERIFY_THROWS_EXCEPTION(KleImportError,
                             importFile(m_dir->filePath(QStringLiteral("does-not-exist.xml"))));
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestKlePlanImporter)
#include "tst_kleplanimporter.moc"

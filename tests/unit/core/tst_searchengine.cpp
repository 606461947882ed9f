// Tests of akta::search::SearchEngine on a real local store with documents journaled by
// DocumentJournal (real e-mail parser, real akta-extract helper): stemming, compounds, aa/å, phrases,
// exclusion, OR, prefixes, every filter, direct look-ups, sorting, and the index kept up to date by
// the store's own writes.

#include "blobs/BlobStore.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "extraction/TextExtractor.h"
#include "search/SearchEngine.h"
#include "search/SearchQueryParser.h"
#include "search/SearchSchema.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::search::SearchEngine;
using akta::search::SearchHit;
using akta::search::SearchQueryError;
using akta::search::SearchResult;

class TestSearchEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void stemming();
    void inflectedForms();
    void compounds();
    void aaAndAa();
    void phrases();
    void exclusionAndOr();
    void prefixAsYouType();
    void caseHits();
    void emailHeaders();
    void journalNote();
    void filters_data();
    void filters();
    void filtersAlone();
    void directLookUps();
    void sortByDate();
    void badQuery();
    void cancelWithNothingRunningIsHarmless();
    void indexFollowsChanges();
    void lexiconChangeRebuilds();

private:
    SearchResult search(const QString& text, SearchEngine::Sort sort = SearchEngine::Sort::Relevance);
    QStringList titles(const QString& text);
    QString journal(const QString& caseId, const QString& fileName, const QByteArray& content);
    void addCase(const QString& id, const QString& number, const QString& title, const QString& kle,
                 const QString& status, const QString& unit, const QString& user, const QString& partyId,
                 const QString& created);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    std::unique_ptr<akta::blobs::BlobStore> m_blobs;
    std::unique_ptr<akta::extraction::TextExtractor> m_extractor;
    std::unique_ptr<SearchEngine> m_engine;
};

void TestSearchEngine::addCase(const QString& id, const QString& number, const QString& title,
                               const QString& kle, const QString& status, const QString& unit,
                               const QString& user, const QString& partyId, const QString& created)
{
    auto insert = m_store->database().prepare(QStringLiteral(
        "INSERT INTO cases(id, case_number, number_provisional, title, kle_subject, kle_facet, kind, status, "
        "access_class, responsible_unit, caseworker, created_at, modified_at) VALUES (?1, ?2, 0, ?3, ?4, "
        "'G01', "
        "'citizen', ?5, 'normal', ?6, ?7, ?8, ?8)"));
    insert.bind(1, id).bind(2, number).bind(3, title).bind(4, kle).bind(5, status).bind(6, unit).bind(7,
                                                                                                      user);
    insert.bind(8, created + QStringLiteral("T09:00:00.000Z")).exec();
    m_store->database()
        .prepare(
            QStringLiteral("INSERT INTO case_parties(case_id, party_id, role) VALUES (?1, ?2, 'primary')"))
        .bind(1, id)
        .bind(2, partyId)
        .exec();
}

QString TestSearchEngine::journal(const QString& caseId, const QString& fileName, const QByteArray& content)
{
    const QString path = m_dir->filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    akta::documents::DocumentJournal journal(m_store->database(), *m_blobs, akta::email::EmailParser::parse,
                                             [this](const QString& filePath, const QString& mimeType) {
                                                 return m_extractor->extract(filePath, mimeType);
                                             });
    return journal.journalFile(caseId, path).document.record.id;
}

void TestSearchEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    m_blobs = std::make_unique<akta::blobs::BlobStore>(m_store->blobStore());
    m_extractor = std::make_unique<akta::extraction::TextExtractor>(QDir::cleanPath(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../extract/akta-extract")));
    auto& db = m_store->database();
    db.exec(QStringLiteral(
        "INSERT INTO units(id, name) VALUES ('u-byg', 'Byg og Miljø'), ('u-born', 'Børn og Familie');"
        "INSERT INTO users(id, username, full_name, unit_id, role) VALUES "
        "('w-mette', 'mette', 'Mette Aagaard', 'u-byg', 'caseworker'), "
        "('w-jens', 'jens', 'Jens Holm', 'u-born', 'caseworker');"
        "INSERT INTO parties(id, kind, identifier, name) VALUES "
        "('p-hansen', 'person', '0101901234', 'Karen Hansen'), "
        "('p-aabenraa', 'company', '12345674', 'Aabenraa Tømrer ApS'), "
        "('p-olsen', 'person', '0202802345', 'Peter Olsen');"
        "INSERT INTO store_meta(key, value) VALUES ('mail_domains', 'koege.dk');"));
    addCase(QStringLiteral("c-byg"), QStringLiteral("02.34.02-G01-7-25"),
            QStringLiteral("Tilbygning til enfamiliehus"), QStringLiteral("02.34.02"),
            QStringLiteral("in_progress"), QStringLiteral("u-byg"), QStringLiteral("w-mette"),
            QStringLiteral("p-hansen"), QStringLiteral("2025-02-01"));
    addCase(QStringLiteral("c-tomrer"), QStringLiteral("02.34.02-G01-9-25"),
            QStringLiteral("Carport og skur"), QStringLiteral("02.34.02"), QStringLiteral("closed"),
            QStringLiteral("u-byg"), QStringLiteral("w-mette"), QStringLiteral("p-aabenraa"),
            QStringLiteral("2025-05-10"));
    addCase(QStringLiteral("c-born"), QStringLiteral("27.24.00-G01-3-26"),
            QStringLiteral("Underretning om barn"), QStringLiteral("27.24.00"), QStringLiteral("opened"),
            QStringLiteral("u-born"), QStringLiteral("w-jens"), QStringLiteral("p-olsen"),
            QStringLiteral("2026-01-15"));

    journal(QStringLiteral("c-byg"), QStringLiteral("Afgørelse om byggetilladelse.txt"),
            "Kære Karen Hansen\n\nKøge Kommune har behandlet jeres ansøgning om byggetilladelsen til en "
            "tilbygning "
            "på 35 m². Afgørelse: Der gives tilladelse på vilkår. Sagsnummer 02.34.02-G01-7-25.\n"
            "Tilbygningen må påbegyndes den 15.03.2025.\n");
    journal(QStringLiteral("c-byg"), QStringLiteral("Partshøring naboer.txt"),
            "Partshøring af naboer om støj fra byggepladsen. Naboerne på Aabenraavej klager over larm om "
            "natten.\n");
    journal(QStringLiteral("c-tomrer"), QStringLiteral("Tilbud carport.html"),
            "<html><body><h1>Tilbud</h1><p>Tømrerfirmaet i Åbenrå sender tilbud på carport og redskabsskur. "
            "Pris 48.500 kr.</p></body></html>");
    journal(QStringLiteral("c-born"), QStringLiteral("underretning.eml"),
            "From: Skolen <kontor@skolen.dk>\r\nTo: Familieafdelingen <familie@koege.dk>\r\n"
            "Subject: Bekymring for elev i 4. klasse\r\nMessage-ID: <abc123@skolen.dk>\r\n"
            "Date: Mon, 12 Jan 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\nVi har gentagne gange oplevet fravær og træthed hos "
            "eleven.\r\n");
    akta::documents::DocumentJournal notes(m_store->database(), *m_blobs, {}, {});
    notes.journalNote(QStringLiteral("c-born"), QStringLiteral("Telefonsamtale med moren"),
                      "Moren fortæller at familien har fået hjælp fra sundhedsplejersken.",
                      QStringLiteral("text/plain"));
    notes.journalNote(QStringLiteral("c-tomrer"), QStringLiteral("Besøg på adressen"), "Tagrenden er renset.",
                      QStringLiteral("text/plain"));
    m_engine = std::make_unique<SearchEngine>(m_store->databasePath());
}

void TestSearchEngine::cleanupTestCase()
{
    m_engine.reset();
    m_store.reset();
}

SearchResult TestSearchEngine::search(const QString& text, SearchEngine::Sort sort)
{
    SearchEngine::Request request;
    request.text = text;
    request.sort = sort;
    return m_engine->search(request);
}

QStringList TestSearchEngine::titles(const QString& text)
{
    QStringList out;
    for (const SearchHit& hit : search(text).hits) {
        out.append(hit.title);
    }
    return out;
}

void TestSearchEngine::stemming()
{
    QVERIFY(titles(QStringLiteral("ansøgninger")).contains(QStringLiteral("Afgørelse om byggetilladelse")));
    QVERIFY(titles(QStringLiteral("naboen")).contains(QStringLiteral("Partshøring naboer")));
    QVERIFY(titles(QStringLiteral("TILBUDDET")).contains(QStringLiteral("Tilbud carport")));
}

void TestSearchEngine::inflectedForms()
{
    // Snowball stems "tagrende" to "tagr" but "tagrenden" to "tagrend": each form still finds the other.
    for (const QString& typed : {QStringLiteral("tagrende"), QStringLiteral("Tagrenden"),
                                 QStringLiteral("tagrender"), QStringLiteral("tagrenderne")}) {
        QVERIFY2(titles(typed).contains(QStringLiteral("Besøg på adressen")), qPrintable(typed));
        SearchEngine::Request request;
        request.text = typed;
        request.prefixLastWord = true;
        bool found = false;
        for (const SearchHit& hit : m_engine->search(request).hits) {
            found = found || hit.title == QStringLiteral("Besøg på adressen");
        }
        QVERIFY2(found, qPrintable(typed));
    }
}

void TestSearchEngine::compounds()
{
    // "tilladelse" finds "byggetilladelsen"; "plads" is no known word, "byggeplads" only itself.
    const SearchResult result = search(QStringLiteral("tilladelse"));
    QVERIFY(!result.hits.isEmpty());
    QCOMPARE(result.hits.front().title, QStringLiteral("Afgørelse om byggetilladelse"));
    QVERIFY(titles(QStringLiteral("skur")).contains(QStringLiteral("Tilbud carport")));
    QVERIFY(
        titles(QStringLiteral("byggetilladelse")).contains(QStringLiteral("Afgørelse om byggetilladelse")));
    QVERIFY(!titles(QStringLiteral("byggetilladelse")).contains(QStringLiteral("Partshøring naboer")));
}

void TestSearchEngine::aaAndAa()
{
    QVERIFY(titles(QStringLiteral("Aabenraa")).contains(QStringLiteral("Tilbud carport")));
    QVERIFY(
        titles(QStringLiteral("åbenrå")).contains(QStringLiteral("Carport og skur"))); // the company's name
    QVERIFY(titles(QStringLiteral("Aagaard")).isEmpty());
    const SearchResult mette = search(QStringLiteral("sagsbeh:ågård type:sag"));
    QCOMPARE(mette.total, 2);
}

void TestSearchEngine::phrases()
{
    QCOMPARE(titles(QStringLiteral("\"larm om natten\"")), QStringList{QStringLiteral("Partshøring naboer")});
    QVERIFY(titles(QStringLiteral("\"natten om larm\"")).isEmpty());
    const SearchResult result = search(QStringLiteral("\"larm om natten\""));
    QVERIFY2(result.hits.front().snippet.contains(QStringLiteral("<mark>larm om natten</mark>")),
             qPrintable(result.hits.front().snippet));
    QCOMPARE(result.terms, QStringList{QStringLiteral("larm om natten")});
}

void TestSearchEngine::exclusionAndOr()
{
    QVERIFY(titles(QStringLiteral("tilbygning")).contains(QStringLiteral("Afgørelse om byggetilladelse")));
    QVERIFY(!titles(QStringLiteral("tilbygning -afgørelse"))
                 .contains(QStringLiteral("Afgørelse om byggetilladelse")));
    const QStringList either = titles(QStringLiteral("carport OR fravær"));
    QVERIFY(either.contains(QStringLiteral("Tilbud carport")));
    QVERIFY(either.contains(QStringLiteral("Bekymring for elev i 4. klasse")));
    QVERIFY(titles(QStringLiteral("carport fravær")).isEmpty());
}

void TestSearchEngine::prefixAsYouType()
{
    SearchEngine::Request request;
    request.text = QStringLiteral("sundhedspl");
    request.prefixLastWord = true;
    const SearchResult result = m_engine->search(request);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.front().kind, QStringLiteral("note"));
    QVERIFY(titles(QStringLiteral("redskab*")).contains(QStringLiteral("Tilbud carport")));
}

void TestSearchEngine::caseHits()
{
    const SearchResult result = search(QStringLiteral("Karen Hansen"));
    bool caseHit = false;
    for (const SearchHit& hit : result.hits) {
        caseHit = caseHit || (hit.documentId.isEmpty() && hit.caseId == QLatin1String("c-byg"));
    }
    QVERIFY(caseHit);
    QVERIFY(titles(QStringLiteral("enfamiliehus")).contains(QStringLiteral("Tilbygning til enfamiliehus")));
    // A party's name and a word of a document in the party's case find that document.
    QVERIFY(titles(QStringLiteral("Hansen naboer")).contains(QStringLiteral("Partshøring naboer")));
    QVERIFY(titles(QStringLiteral("Olsen naboer")).isEmpty());
    // KLE title of the emne (02.34.02 is about buildings) and the number.
    QVERIFY(!search(QStringLiteral("02.34.02")).hits.isEmpty());
}

void TestSearchEngine::emailHeaders()
{
    const SearchResult result = search(QStringLiteral("skolen.dk"));
    QVERIFY(!result.hits.isEmpty());
    QCOMPARE(result.hits.front().kind, QStringLiteral("email"));
    QCOMPARE(result.hits.front().caseNumber, QStringLiteral("27.24.00-G01-3-26"));
    QVERIFY(titles(QStringLiteral("bekymring")).contains(QStringLiteral("Bekymring for elev i 4. klasse")));
}

void TestSearchEngine::journalNote()
{
    QCOMPARE(titles(QStringLiteral("sundhedsplejersken")),
             QStringList{QStringLiteral("Telefonsamtale med moren")});
}

void TestSearchEngine::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("cases");
    const QStringList all{QStringLiteral("c-born"), QStringLiteral("c-byg"), QStringLiteral("c-tomrer")};
    QTest::newRow("kle") << QStringLiteral("kle:27.24 fravær OR carport")
                         << QStringList{QStringLiteral("c-born")};
    QTest::newRow("kle group") << QStringLiteral("kle:02 fravær OR carport")
                               << QStringList{QStringLiteral("c-tomrer")};
    QTest::newRow("facet") << QStringLiteral("facet:G01 carport") << QStringList{QStringLiteral("c-tomrer")};
    QTest::newRow("other facet") << QStringLiteral("facet:G02 carport") << QStringList{};
    QTest::newRow("status") << QStringLiteral("status:afsluttet carport OR tilbygning")
                            << QStringList{QStringLiteral("c-tomrer")};
    QTest::newRow("caseworker") << QStringLiteral("sagsbeh:jens fravær OR carport")
                                << QStringList{QStringLiteral("c-born")};
    QTest::newRow("unit") << QStringLiteral("enhed:\"byg og\" fravær OR carport")
                          << QStringList{QStringLiteral("c-tomrer")};
    QTest::newRow("party cpr") << QStringLiteral("part:010190-1234 tilbygning OR carport")
                               << QStringList{QStringLiteral("c-byg")};
    QTest::newRow("party name") << QStringLiteral("part:olsen moren OR carport")
                                << QStringList{QStringLiteral("c-born")};
    QTest::newRow("date") << QStringLiteral("dato:2026-01-01..2026-01-31 kommune OR bekymring OR tilbud")
                          << QStringList{QStringLiteral("c-born")};
    QTest::newRow("type mail") << QStringLiteral("type:mail fravær OR moren")
                               << QStringList{QStringLiteral("c-born")};
    QTest::newRow("type note") << QStringLiteral("type:notat fravær OR moren")
                               << QStringList{QStringLiteral("c-born")};
    QTest::newRow("type case") << QStringLiteral("type:sag carport OR fravær")
                               << QStringList{QStringLiteral("c-tomrer")};
}

void TestSearchEngine::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, cases);
    QStringList found;
    for (const SearchHit& hit : search(query).hits) {
        if (!found.contains(hit.caseId)) {
            found.append(hit.caseId);
        }
    }
    found.sort();
    QCOMPARE(found, cases);
}

void TestSearchEngine::filtersAlone()
{
    SearchResult result = search(QStringLiteral("status:afsluttet"));
    QCOMPARE(result.total, 1);
    QCOMPARE(result.hits.front().caseId, QStringLiteral("c-tomrer"));
    QVERIFY(result.hits.front().documentId.isEmpty());
    result = search(QStringLiteral("type:mail"));
    QCOMPARE(result.total, 1);
    QCOMPARE(result.hits.front().kind, QStringLiteral("email"));
}

void TestSearchEngine::directLookUps()
{
    SearchResult result = search(QStringLiteral("27.24.00-g01-3-26"));
    QCOMPARE(result.directCaseId, QStringLiteral("c-born"));
    QCOMPARE(result.hits.size(), 1);
    result = search(QStringLiteral("010190-1234"));
    QCOMPARE(result.directPartyId, QStringLiteral("p-hansen"));
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.front().caseId, QStringLiteral("c-byg"));
    // An unknown number is searched as text: the letter quotes its own case number.
    result = search(QStringLiteral("02.34.02-G01-7-25"));
    QCOMPARE(result.directCaseId, QStringLiteral("c-byg"));
    result = search(QStringLiteral("99.99.99-G01-1-25"));
    QVERIFY(result.directCaseId.isEmpty());
    QVERIFY(result.hits.isEmpty());
}

void TestSearchEngine::sortByDate()
{
    const SearchResult result =
        search(QStringLiteral("kommune OR tilbud OR fravær"), SearchEngine::Sort::Date);
    QVERIFY(result.hits.size() >= 2);
    for (qsizetype i = 1; i < result.hits.size(); ++i) {
        QVERIFY(result.hits[i - 1].date >= result.hits[i].date);
    }
}

void TestSearchEngine::badQuery()
{
    QVERIFY_THROWS_EXCEPTION(SearchQueryError, search(QStringLiteral("status:glad byg")));
}

void TestSearchEngine::cancelWithNothingRunningIsHarmless()
{
    m_engine->cancel();
    QVERIFY(!search(QStringLiteral("carport")).hits.isEmpty());
}

void TestSearchEngine::indexFollowsChanges()
{
    auto& db = m_store->database();
    const QString id =
        journal(QStringLiteral("c-byg"), QStringLiteral("Klage.txt"), "Klage over skorstensfejer.\n");
    QCOMPARE(titles(QStringLiteral("skorstensfejer")), QStringList{QStringLiteral("Klage")});
    // A new version with other text replaces the old text in the index.
    const QString path = m_dir->filePath(QStringLiteral("Klage2.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Klage over vinduespudser.\n");
    file.close();
    akta::documents::DocumentJournal journal(db, *m_blobs, akta::email::EmailParser::parse,
                                             [this](const QString& filePath, const QString& mimeType) {
                                                 return m_extractor->extract(filePath, mimeType);
                                             });
    journal.journalVersion(id, path);
    QVERIFY(titles(QStringLiteral("skorstensfejer")).isEmpty());
    QCOMPARE(titles(QStringLiteral("vinduespudser")), QStringList{QStringLiteral("Klage")});
    // A renamed party and a retitled case are found by their new names.
    db.exec(QStringLiteral("UPDATE parties SET name = 'Karen Hansen-Bæk' WHERE id = 'p-hansen'"));
    QCOMPARE(search(QStringLiteral("bæk")).hits.front().caseId, QStringLiteral("c-byg"));
    db.exec(QStringLiteral("UPDATE cases SET title = 'Tilbygning og udestue' WHERE id = 'c-byg'"));
    QVERIFY(titles(QStringLiteral("udestue")).contains(QStringLiteral("Tilbygning og udestue")));
    // A deleted document is gone from the index; the index stays consistent.
    db.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?1")).bind(1, id).exec();
    QVERIFY(titles(QStringLiteral("vinduespudser")).isEmpty());
    db.exec(
        QStringLiteral("INSERT INTO search_document_index(search_document_index) VALUES ('integrity-check');"
                       "INSERT INTO search_case_index(search_case_index) VALUES ('integrity-check');"));
}

void TestSearchEngine::lexiconChangeRebuilds()
{
    auto& db = m_store->database();
    QVERIFY(!akta::search::SearchSchema::ensureLexicon(db));
    db.exec(QStringLiteral("UPDATE search_lexicon SET version = 'old'"));
    QVERIFY(akta::search::SearchSchema::ensureLexicon(db));
    QVERIFY(titles(QStringLiteral("tilladelse")).contains(QStringLiteral("Afgørelse om byggetilladelse")));
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"

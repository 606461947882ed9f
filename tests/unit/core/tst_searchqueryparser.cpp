// Tests of akta::search::SearchQueryParser: the FTS5 expression of words, phrases, OR, exclusions and
// prefixes, every filter, direct look-ups, and a clear error for each malformed query.

#include "search/SearchQueryParser.h"

#include <QTest>

using akta::search::SearchQuery;
using akta::search::SearchQueryError;
using akta::search::SearchQueryParser;

class TestSearchQueryParser : public QObject
{
    Q_OBJECT

private slots:
    void words();
    void phrasesOrAndExclusion();
    void prefixes();
    void stopWordsDropped();
    void filters();
    void dates();
    void direct();
    void errors_data();
    void errors();
};

void TestSearchQueryParser::words()
{
    const SearchQuery q = SearchQueryParser::parse(QStringLiteral("  byggetilladelse   Aabenraa "));
    QCOMPARE(q.match, QStringLiteral("\"byggetilladelse\" AND \"Aabenraa\""));
    QCOMPARE(q.terms, (QStringList{QStringLiteral("byggetilladelse"), QStringLiteral("Aabenraa")}));
    QVERIFY(q.filters.isEmpty());
    QCOMPARE(q.direct, SearchQuery::Direct::None);
}

void TestSearchQueryParser::phrasesOrAndExclusion()
{
    SearchQuery q =
        SearchQueryParser::parse(QStringLiteral("\"afslag på ansøgning\" klage OR anke -byg -\"til salg\""));
    QCOMPARE(
        q.match,
        QStringLiteral("(\"afslag på ansøgning\" AND (\"klage\" OR \"anke\")) NOT \"byg\" NOT \"til salg\""));
    QCOMPARE(q.terms, (QStringList{QStringLiteral("afslag på ansøgning"), QStringLiteral("klage"),
                                   QStringLiteral("anke")}));
    q = SearchQueryParser::parse(QStringLiteral("a OR b OR c"));
    QCOMPARE(q.match, QStringLiteral("(\"a\" OR \"b\" OR \"c\")"));
}

void TestSearchQueryParser::prefixes()
{
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("byggetil*")).match, QStringLiteral("\"byggetil\"*"));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("sag byggetil"), true).match,
             QStringLiteral("\"sag\" AND \"byggetil\"*"));
    // A finished word (space after it) is no prefix; one letter is too short for as-you-type.
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("byggetil "), true).match,
             QStringLiteral("\"byggetil\""));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("sag b"), true).match,
             QStringLiteral("\"sag\" AND \"b\""));
}

void TestSearchQueryParser::stopWordsDropped()
{
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("ansøgning om tilskud")).match,
             QStringLiteral("\"ansøgning\" AND \"tilskud\""));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("og")).match, QStringLiteral("\"og\""));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("\"ansøgning om tilskud\"")).match,
             QStringLiteral("\"ansøgning om tilskud\""));
}

void TestSearchQueryParser::filters()
{
    const SearchQuery q = SearchQueryParser::parse(
        QStringLiteral("støj kle:27.24 facet:g01 status:afsluttet status:\"under behandling\" sagsbeh:mette "
                       "enhed:\"Byg og Miljø\" part:010190-1234 type:mail"));
    QCOMPARE(q.match, QStringLiteral("\"støj\""));
    QCOMPARE(q.filters.kle, QStringLiteral("27.24"));
    QCOMPARE(q.filters.facet, QStringLiteral("G01"));
    QCOMPARE(q.filters.statuses, (QStringList{QStringLiteral("closed"), QStringLiteral("in_progress")}));
    QCOMPARE(q.filters.caseworker, QStringLiteral("mette"));
    QCOMPARE(q.filters.unit, QStringLiteral("Byg og Miljø"));
    QCOMPARE(q.filters.party, QStringLiteral("0101901234"));
    QCOMPARE(q.filters.type, QStringLiteral("email"));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("part:Jensen")).filters.party, QStringLiteral("Jensen"));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("type:notat")).filters.type, QStringLiteral("note"));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("type:sag")).filters.type, QStringLiteral("case"));
    // Filters alone are a query.
    QVERIFY(SearchQueryParser::parse(QStringLiteral("kle:27")).match.isEmpty());
}

void TestSearchQueryParser::dates()
{
    SearchQuery q = SearchQueryParser::parse(QStringLiteral("dato:2025-01-01..2025-06-30"));
    QCOMPARE(q.filters.from, QDate(2025, 1, 1));
    QCOMPARE(q.filters.to, QDate(2025, 6, 30));
    q = SearchQueryParser::parse(QStringLiteral("dato:2025"));
    QCOMPARE(q.filters.from, QDate(2025, 1, 1));
    QCOMPARE(q.filters.to, QDate(2025, 12, 31));
    q = SearchQueryParser::parse(QStringLiteral("dato:2024-02"));
    QCOMPARE(q.filters.to, QDate(2024, 2, 29));
    q = SearchQueryParser::parse(QStringLiteral("dato:..31-03-2025"));
    QVERIFY(!q.filters.from.isValid());
    QCOMPARE(q.filters.to, QDate(2025, 3, 31));
    q = SearchQueryParser::parse(QStringLiteral("dato:2025-03-01.."));
    QCOMPARE(q.filters.from, QDate(2025, 3, 1));
    QVERIFY(!q.filters.to.isValid());
}

void TestSearchQueryParser::direct()
{
    SearchQuery q = SearchQueryParser::parse(QStringLiteral(" 27.24.00-g01-123-26 "));
    QCOMPARE(q.direct, SearchQuery::Direct::CaseNumber);
    QCOMPARE(q.directValue, QStringLiteral("27.24.00-G01-123-26"));
    QCOMPARE(q.match, QStringLiteral("\"27.24.00-g01-123-26\""));
    q = SearchQueryParser::parse(QStringLiteral("010190-1234"));
    QCOMPARE(q.direct, SearchQuery::Direct::Party);
    QCOMPARE(q.directValue, QStringLiteral("0101901234"));
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("12345678")).direct, SearchQuery::Direct::Party);
    QCOMPARE(SearchQueryParser::parse(QStringLiteral("sag 010190-1234")).direct, SearchQuery::Direct::None);
}

void TestSearchQueryParser::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("Nothing to search for.");
    QTest::newRow("punctuation") << QStringLiteral("... §") << QStringLiteral("Nothing to search for.");
    QTest::newRow("open quote") << QStringLiteral("\"afslag på")
                                << QStringLiteral("A quotation mark is not closed.");
    QTest::newRow("only exclusion") << QStringLiteral("-byg") << QStringLiteral("not only what to leave out");
    QTest::newRow("or first") << QStringLiteral("OR byg") << QStringLiteral("OR needs a word on each side.");
    QTest::newRow("or last") << QStringLiteral("byg OR") << QStringLiteral("OR needs a word on each side.");
    QTest::newRow("or or") << QStringLiteral("a OR OR b") << QStringLiteral("OR needs a word on each side.");
    QTest::newRow("or exclude") << QStringLiteral("a OR -b")
                                << QStringLiteral("OR cannot join an excluded word.");
    QTest::newRow("short prefix") << QStringLiteral("b*") << QStringLiteral("at least two letters");
    QTest::newRow("unknown filter") << QStringLiteral("farve:rød")
                                    << QStringLiteral("Unknown filter \"farve:\"");
    QTest::newRow("empty filter") << QStringLiteral("kle:") << QStringLiteral("needs a value");
    QTest::newRow("bad kle") << QStringLiteral("kle:byg") << QStringLiteral("needs a KLE number");
    QTest::newRow("bad facet") << QStringLiteral("facet:1") << QStringLiteral("handlingsfacet");
    QTest::newRow("bad status") << QStringLiteral("status:glad") << QStringLiteral("Unknown status \"glad\"");
    QTest::newRow("bad type") << QStringLiteral("type:fax") << QStringLiteral("Unknown type \"fax\"");
    QTest::newRow("bad date") << QStringLiteral("dato:2025-13-45") << QStringLiteral("is not a date");
    QTest::newRow("reversed dates") << QStringLiteral("dato:2025-06-01..2025-01-01")
                                    << QStringLiteral("the first date is after the last");
    QTest::newRow("empty range") << QStringLiteral("dato:..") << QStringLiteral("needs a date");
    QTest::newRow("excluded filter") << QStringLiteral("byg -kle:27") << QStringLiteral("cannot be excluded");
}

void TestSearchQueryParser::errors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    try {
        SearchQueryParser::parse(query);
        QFAIL("no error");
    } catch (const SearchQueryError& error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestSearchQueryParser)
#include "tst_searchqueryparser.moc"

// Tests of akta::search::SearchTokenizer: folding, æøå and aa, stems, compound parts at the same place,
// numbers kept whole, byte offsets into UTF-8, prefixes.

#include "search/CompoundLexicon.h"
#include "search/SearchTokenizer.h"
#include "search/SearchWords.h"

#include <QTest>

#include <algorithm>

using akta::search::CompoundLexicon;
using akta::search::SearchTokenizer;
using akta::search::SearchWords;
using Mode = SearchTokenizer::Mode;

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void foldsAndStems();
    void aaIsAa();
    void compoundParts();
    void queryHasNoParts();
    void numbersKeptWhole_data();
    void numbersKeptWhole();
    void offsetsAreUtf8Bytes();
    void prefixIsStemmed();
    void brokenUtf8();
    void lexicon();
    void inflectionsMeet_data();
    void inflectionsMeet();
    void otherFormsStayNear();

private:
    static QStringList texts(const QByteArray& text, Mode mode = Mode::Document, bool colocated = true);
};

QStringList TestSearchTokenizer::texts(const QByteArray& text, Mode mode, bool colocated)
{
    QStringList out;
    for (const SearchTokenizer::Token& token : SearchTokenizer::tokens(text, mode)) {
        if (colocated || !token.colocated) {
            out.append(QString::fromUtf8(token.text));
        }
    }
    return out;
}

void TestSearchTokenizer::foldsAndStems()
{
    QCOMPARE(texts("Ansøgninger", Mode::Document, false), QStringList{QStringLiteral("ansøgning")});
    QCOMPARE(texts("ANSØGNING"), texts("ansøgningen"));
    QCOMPARE(texts("Økonomi"), QStringList{QStringLiteral("økonomi")});
    QCOMPARE(texts("café"), texts("cafe"));
    QCOMPARE(texts("Möller"), texts("Møller"));
}

void TestSearchTokenizer::aaIsAa()
{
    QCOMPARE(texts("Aabenraa"), texts("Åbenrå"));
    QCOMPARE(texts("AAGAARD"), texts("Ågård"));
    QCOMPARE(SearchWords::normalize(u"Aalborg"), QStringLiteral("ålborg"));
}

void TestSearchTokenizer::compoundParts()
{
    const QList<SearchTokenizer::Token> tokens = SearchTokenizer::tokens("byggetilladelsen", Mode::Document);
    QVERIFY(tokens.size() >= 2);
    QCOMPARE(tokens.front().colocated, false);
    QCOMPARE(QString::fromUtf8(tokens.front().text), SearchWords::stem(u"byggetilladelsen"));
    QStringList parts;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        QVERIFY(tokens[i].colocated);
        QCOMPARE(tokens[i].start, tokens.front().start);
        QCOMPARE(tokens[i].end, tokens.front().end);
        parts.append(QString::fromUtf8(tokens[i].text));
    }
    // "tilladelse" typed in a query is its stem, and the compound carries that stem as a part.
    const QStringList query = texts("tilladelse", Mode::Query);
    QCOMPARE(query.size(), 1);
    QVERIFY2(parts.contains(query.front()), qPrintable(parts.join(u',')));

    QVERIFY(texts("sagsbehandlingen").contains(texts("sag", Mode::Query).front()));
    QVERIFY(texts("Klagesagen").contains(texts("klage", Mode::Query).front()));
    // A short or unknown word is only itself.
    QCOMPARE(texts("kat"), QStringList{QStringLiteral("kat")});
    QCOMPARE(texts("xqzvbnmpl").size(), 1);
}

void TestSearchTokenizer::queryHasNoParts()
{
    QCOMPARE(texts("byggetilladelsen", Mode::Query).size(), 1);
    // Only the stem of the stem, where Snowball is not idempotent, as an alternative.
    QCOMPARE(texts("skorstenen", Mode::Query),
             (QStringList{QStringLiteral("skorsten"), QStringLiteral("skorst")}));
    QVERIFY(texts("skorstenen").contains(texts("skorsten", Mode::Query).front()));
}

void TestSearchTokenizer::numbersKeptWhole_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("token");
    QTest::newRow("case number") << QByteArray("sag 27.24.00-G01-123-26.")
                                 << QStringLiteral("27.24.00-g01-123-26");
    QTest::newRow("kle") << QByteArray("emne 27.24.00 om") << QStringLiteral("27.24.00");
    QTest::newRow("iso date") << QByteArray("den 2025-01-15") << QStringLiteral("2025-01-15");
    QTest::newRow("danish date") << QByteArray("den 15.1.2025") << QStringLiteral("2025-01-15");
    QTest::newRow("cpr") << QByteArray("CPR 010190-1234") << QStringLiteral("0101901234");
    QTest::newRow("cpr digits") << QByteArray("CPR 0101901234") << QStringLiteral("0101901234");
    QTest::newRow("amount") << QByteArray("kr. 1.234.567") << QStringLiteral("1.234.567");
    QTest::newRow("code") << QByteArray("OK01") << QStringLiteral("ok01");
}

void TestSearchTokenizer::numbersKeptWhole()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, token);
    QVERIFY2(texts(text).contains(token), qPrintable(texts(text).join(u'|')));
    QVERIFY(texts(text, Mode::Query).contains(token));
}

void TestSearchTokenizer::offsetsAreUtf8Bytes()
{
    const QByteArray text("Påbud – søgning");
    const QList<SearchTokenizer::Token> tokens = SearchTokenizer::tokens(text, Mode::Query);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(text.mid(tokens[0].start, tokens[0].end - tokens[0].start), QByteArray("Påbud"));
    QCOMPARE(text.mid(tokens[1].start, tokens[1].end - tokens[1].start), QByteArray("søgning"));
    // A hyphenated word is two words.
    QCOMPARE(texts("Aabenraa-sagen", Mode::Query).size(), 2);
}

void TestSearchTokenizer::prefixIsStemmed()
{
    // Typed past the end of the stem: "byggetilladel" of "byggetilladelse" (stem "byggetillad").
    for (const QByteArray& word : {QByteArray("byggetilladelse"), QByteArray("undersøgelsen")}) {
        const QString stem = texts(word, Mode::Document, false).front();
        for (qsizetype length = 4; length <= word.size(); ++length) {
            const QString prefix = texts(word.left(length), Mode::Prefix).front();
            QVERIFY2(stem.startsWith(prefix), qPrintable(prefix + QStringLiteral(" / ") + stem));
        }
    }
    QCOMPARE(texts("ansøg", Mode::Prefix), QStringList{QStringLiteral("ansøg")});
    // The stem of what is typed is a prefix of the indexed stem.
    const QString indexed = texts("ansøgningerne", Mode::Document, false).front();
    for (const QByteArray& typed : {QByteArray("ansøg"), QByteArray("ansøgninge"), QByteArray("Ansøgning")}) {
        const QString prefix = texts(typed, Mode::Prefix).front();
        QVERIFY2(indexed.startsWith(prefix), qPrintable(prefix + QStringLiteral(" / ") + indexed));
    }
}

void TestSearchTokenizer::brokenUtf8()
{
    const QByteArray broken("ab\xC3 cd \xFF\xFE ef\xE2\x82");
    const QList<SearchTokenizer::Token> tokens = SearchTokenizer::tokens(broken);
    for (const auto& token : tokens) {
        QVERIFY(token.start >= 0 && token.end <= broken.size() && token.start < token.end);
    }
    QVERIFY(texts(broken).contains(QStringLiteral("cd")));
}

void TestSearchTokenizer::lexicon()
{
    const CompoundLexicon& lexicon = CompoundLexicon::builtIn();
    QVERIFY(lexicon.size() > 1000);
    QVERIFY(lexicon.contains(u"tilladelse"));
    QVERIFY(!lexicon.contains(u"og"));
    QCOMPARE(lexicon.version().size(), 16);
}

void TestSearchTokenizer::inflectionsMeet_data()
{
    QTest::addColumn<QList<QByteArray>>("forms");
    // Snowball cuts "-ende" off "tagrende" ("tagr") but only "-en" off "tagrenden" ("tagrend").
    QTest::newRow("tagrende") << QList<QByteArray>{"tagrende", "Tagrenden", "tagrender", "tagrenderne"};
    QTest::newRow("ansøgning") << QList<QByteArray>{"ansøgning", "ansøgningen", "ansøgninger",
                                                    "ansøgningerne"};
    QTest::newRow("afgørelse") << QList<QByteArray>{"afgørelse", "afgørelsen", "afgørelser", "afgørelserne"};
    QTest::newRow("ydelse") << QList<QByteArray>{"ydelse", "ydelsen", "ydelser"};
    QTest::newRow("kommune") << QList<QByteArray>{"kommune", "kommunen", "kommuner", "kommunerne"};
    QTest::newRow("bestemmelse") << QList<QByteArray>{"bestemmelse", "bestemmelsen", "bestemmelser"};
    QTest::newRow("tæppe") << QList<QByteArray>{"tæppe", "tæppet", "tæpper"};
    QTest::newRow("sag") << QList<QByteArray>{"sag", "sagen", "sager", "sagerne"};
    QTest::newRow("hus") << QList<QByteArray>{"hus", "huset", "huse", "husene"};
}

void TestSearchTokenizer::inflectionsMeet()
{
    // Every form typed in a query, whole or as a prefix, finds every form in a document.
    QFETCH(QList<QByteArray>, forms);
    for (const QByteArray& typed : forms) {
        const QStringList query = texts(typed, Mode::Query);
        const QStringList prefixes = texts(typed, Mode::Prefix);
        for (const QByteArray& written : forms) {
            const QStringList document = texts(written);
            const auto found = [&document](const QString& term, bool prefix) {
                return std::any_of(document.cbegin(), document.cend(), [&](const QString& token) {
                    return prefix ? token.startsWith(term) : token == term;
                });
            };
            const QString what = QString::fromUtf8(typed + " / " + written + " : ") + query.join(u',') +
                                 QStringLiteral(" / ") + document.join(u',');
            QVERIFY2(
                std::any_of(query.cbegin(), query.cend(), [&](const QString& t) { return found(t, false); }),
                qPrintable(what));
            QVERIFY2(std::any_of(prefixes.cbegin(), prefixes.cend(),
                                 [&](const QString& t) { return found(t, true); }),
                     qPrintable(what));
        }
    }
}

void TestSearchTokenizer::otherFormsStayNear()
{
    // Other forms only lengthen or cut the word's own stem, and only as it inflects.
    QCOMPARE(SearchWords::otherFormStems(u"tagrende"), QStringList{QStringLiteral("tagrend")});
    QCOMPARE(SearchWords::otherFormStems(u"tagrenden"), QStringList{QStringLiteral("tagr")});
    // "Jensen" is no "-e" noun and gets nothing.
    QVERIFY(SearchWords::otherFormStems(u"jensen").isEmpty());
    QVERIFY(SearchWords::otherFormStems(u"ansøgning").isEmpty());
    QVERIFY(SearchWords::otherFormStems(u"kat").isEmpty());
    // A document never carries them: the index stays as it was.
    QCOMPARE(texts("tagrende"), QStringList{QStringLiteral("tagr")});
}

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"

#include "kle/DanishTokenizer.h"

#include <QTest>

using akta::kle::DanishTokenizer;

class TestDanishTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnNonLetters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("Byggetilladelse til carport")
                               << QStringList{QStringLiteral("byggetilladelse"), QStringLiteral("til"),
                                              QStringLiteral("carport")};
        QTest::newRow("hyphen and comma")
            << QStringLiteral("EU-interessevaretagelse, lobby")
            << QStringList{QStringLiteral("eu"), QStringLiteral("interessevaretagelse"),
                           QStringLiteral("lobby")};
        QTest::newRow("paragraph") << QStringLiteral("Serviceloven § 119")
                                   << QStringList{QStringLiteral("serviceloven"), QStringLiteral("119")};
        QTest::newRow("codes") << QStringLiteral("ok01; CO2-udledning")
                               << QStringList{QStringLiteral("ok01"), QStringLiteral("co2"),
                                              QStringLiteral("udledning")};
        QTest::newRow("brackets") << QStringLiteral("Dagpenge [jobcenter-fagsystemsag]")
                                  << QStringList{QStringLiteral("dagpenge"), QStringLiteral("jobcenter"),
                                                 QStringLiteral("fagsystemsag")};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("only punctuation") << QStringLiteral(" -- §, ") << QStringList{};
    }
    void splitsOnNonLetters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(DanishTokenizer::words(text), words);
    }

    void keepsDanishLettersAndFoldsCase()
    {
        QCOMPARE(
            DanishTokenizer::words(u"ÆLDREBOLIG Søndergård Å"),
            (QStringList{QStringLiteral("ældrebolig"), QStringLiteral("søndergård"), QStringLiteral("å")}));
    }

    void foldsForeignVariants()
    {
        QCOMPARE(DanishTokenizer::fold(u"Idé Café"), QStringLiteral("ide cafe"));
        QCOMPARE(DanishTokenizer::fold(u"Jäger Öresund"), QStringLiteral("jæger øresund"));
        QCOMPARE(DanishTokenizer::fold(u"Müller Straße"), QStringLiteral("muller strasse"));
        // A decomposed å (a + combining ring) is the same letter as the composed one.
        const QString decomposed = QStringLiteral("a") + QChar(0x030A) + QStringLiteral("bent");
        QCOMPARE(DanishTokenizer::words(decomposed), QStringList{QStringLiteral("åbent")});
    }

    void positionsReferToTheSource()
    {
        const QString text = QStringLiteral("Ansøgning om ÆLDREBOLIG, §18");
        const QList<DanishTokenizer::Token> tokens = DanishTokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(text.mid(tokens[2].position, tokens[2].length), QStringLiteral("ÆLDREBOLIG"));
        QCOMPARE(tokens[2].text, QStringLiteral("ældrebolig"));
        QVERIFY(!tokens[2].hasDigit);
        QCOMPARE(tokens[3].text, QStringLiteral("18"));
        QVERIFY(tokens[3].hasDigit);
        QCOMPARE(tokens[3].position, text.size() - 2);
    }

    void respellsWordsWithoutDanishLetters()
    {
        QCOMPARE(DanishTokenizer::spellingVariants(u"aabenraa").value(0), QStringLiteral("åbenrå"));
        QVERIFY(DanishTokenizer::spellingVariants(u"aeldrebolig").contains(QStringLiteral("ældrebolig")));
        QVERIFY(DanishTokenizer::spellingVariants(u"groenland").contains(QStringLiteral("grønland")));
        QVERIFY(DanishTokenizer::spellingVariants(u"haandvaerker").contains(QStringLiteral("håndværker")));
        // Nothing to respell, or the writer has Danish letters already.
        QVERIFY(DanishTokenizer::spellingVariants(u"carport").isEmpty());
        QVERIFY(DanishTokenizer::spellingVariants(u"ældreboligaa").isEmpty());
        QCOMPARE(DanishTokenizer::withoutDanishLetters(u"ældre søndergård"),
                 QStringLiteral("aeldre soendergaard"));
    }

    void stopWords()
    {
        QVERIFY(DanishTokenizer::isStopWord(u"og"));
        QVERIFY(DanishTokenizer::isStopWord(u"på"));
        QVERIFY(!DanishTokenizer::isStopWord(u"byggeri"));
        QVERIFY(!DanishTokenizer::isStopWord(u"ældre"));
    }
};

QTEST_GUILESS_MAIN(TestDanishTokenizer)
#include "tst_danishtokenizer.moc"

#include "kle/DanishStemmer.h"

#include <QTest>

#include <thread>
#include <vector>

using akta::kle::DanishStemmer;

class TestDanishStemmer : public QObject
{
    Q_OBJECT

private slots:
    void inflectionsShareAStem_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural") << QStringLiteral("byggetilladelse") << QStringLiteral("byggetilladelser");
        QTest::newRow("definite") << QStringLiteral("ansøgning") << QStringLiteral("ansøgningen");
        QTest::newRow("definite plural") << QStringLiteral("ansøgning") << QStringLiteral("ansøgningerne");
        QTest::newRow("law") << QStringLiteral("partistøtteloven") << QStringLiteral("partistøttelov");
        QTest::newRow("æøå") << QStringLiteral("ældreboliger") << QStringLiteral("ældrebolig");
    }
    void inflectionsShareAStem()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        DanishStemmer stemmer;
        QCOMPARE(stemmer.stem(a), stemmer.stem(b));
    }

    void knownStems()
    {
        DanishStemmer stemmer;
        QCOMPARE(stemmer.stem(u"ansøgninger"), QStringLiteral("ansøgning"));
        QCOMPARE(stemmer.stem(u"partistøtte"), QStringLiteral("partistøt"));
        QCOMPARE(stemmer.stem(u"byggetilladelse"), QStringLiteral("byggetillad"));
    }

    void foldsCaseFirst()
    {
        DanishStemmer stemmer;
        QCOMPARE(stemmer.stem(u"ANSØGNINGER"), stemmer.stem(u"ansøgninger"));
        QCOMPARE(stemmer.stem(u"Ældrebolig"), stemmer.stem(u"ældrebolig"));
    }

    void leavesCodesAndNumbersAlone()
    {
        DanishStemmer stemmer;
        QCOMPARE(stemmer.stem(u"OK01"), QStringLiteral("ok01"));
        QCOMPARE(stemmer.stem(u"119"), QStringLiteral("119"));
        QCOMPARE(stemmer.stem(u""), QString());
        QCOMPARE(stemmer.stem(u"§"), QStringLiteral("§"));
    }

    void movedFromStemmerStaysUsable()
    {
        DanishStemmer first;
        DanishStemmer second(std::move(first));
        QCOMPARE(second.stem(u"ansøgninger"), QStringLiteral("ansøgning"));
        // The moved-from object owns nothing; it folds case but no longer stems.
        QCOMPARE(first.stem(u"Ansøgninger"),
                 QStringLiteral("ansøgninger")); // NOLINT(bugprone-use-after-move)
        DanishStemmer third;
        third = std::move(second);
        QCOMPARE(third.stem(u"ansøgningerne"), QStringLiteral("ansøgning"));
    }

    // One stemmer per thread is the documented way to stem concurrently.
    void oneStemmerPerThread()
    {
        const QStringList words = {QStringLiteral("byggetilladelser"), QStringLiteral("ansøgningerne"),
                                   QStringLiteral("ældreboliger"), QStringLiteral("partistøtteloven")};
        DanishStemmer reference;
        QStringList expected;
        for (const QString& word : words) {
            expected << reference.stem(word);
        }
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                DanishStemmer own;
                for (int i = 0; i < 2000; ++i) {
                    const int w = (i + t) % int(words.size());
                    mismatches[std::size_t(t)] += own.stem(words[w]) == expected[w] ? 0 : 1;
                }
            });
        }
        for (std::thread& thread : threads) {
            thread.join();
        }
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }
};

QTEST_GUILESS_MAIN(TestDanishStemmer)
#include "tst_danishstemmer.moc"

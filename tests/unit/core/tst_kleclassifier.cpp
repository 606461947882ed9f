#include "kle/KleClassifier.h"
#include "kle/Os2KleKeywordFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTest>
#include <QTranslator>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using akta::kle::KleCaseContext;
using akta::kle::KleClassifier;
using akta::kle::KleSuggestion;
using akta::kle::Os2KleKeywordFile;

namespace {

// A few emner with keywords and a stikord, enough to show each kind of match.
void addSmallPlan(KleClassifier& classifier)
{
    classifier.addGroup(QStringLiteral("02"), QStringLiteral("Byggeri"));
    classifier.addGroup(QStringLiteral("02.34"), QStringLiteral("Byggetilladelser"));
    classifier.addSubject(QStringLiteral("02.34.02"), QStringLiteral("Byggetilladelse"));
    classifier.addKeyword(QStringLiteral("02.34.02"), QStringLiteral("Tilbygning"));
    classifier.addKeyword(QStringLiteral("02.34.02"), QStringLiteral("Byggetilladelse til carport"), 5,
                          KleClassifier::Source::Stikord);
    classifier.addSubject(QStringLiteral("00.01.00"), QStringLiteral("Kommunens styrelse i almindelighed"));
    classifier.addKeyword(QStringLiteral("00.01.00"), QStringLiteral("Partistøtteloven §4"));
    classifier.addKeyword(QStringLiteral("00.01.00"), QStringLiteral("Kandidatliste"));
    classifier.addSubject(QStringLiteral("27.45.04"), QStringLiteral("Anvisning til ældrebolig"));
    classifier.addKeyword(QStringLiteral("27.45.04"), QStringLiteral("Ældrebolig"));
    classifier.addSubject(QStringLiteral("05.14.11"),
                          QStringLiteral("Skure / skurvogne - genstande på vejareal"));
    classifier.addKeyword(QStringLiteral("05.14.11"), QStringLiteral("Skurvogn"));
    classifier.addSubject(QStringLiteral("13.05.22"), QStringLiteral("Rutekørsel"));
    classifier.addKeyword(QStringLiteral("13.05.22"), QStringLiteral("Kørsel"), 1); // too general to say much
    classifier.addKeyword(QStringLiteral("13.05.22"), QStringLiteral("Buskørsel"));
}

int rankOf(const QList<KleSuggestion>& suggestions, const QString& emne)
{
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        if (suggestions[i].emne == emne) {
            return int(i);
        }
    }
    return -1;
}

QString describe(const QList<KleSuggestion>& suggestions)
{
    QStringList lines;
    for (const KleSuggestion& s : suggestions) {
        lines << s.emne + QLatin1Char(' ') + QString::number(s.score) + QStringLiteral(": ") + s.reason;
    }
    return lines.join(QStringLiteral(" | "));
}

// Danish for the classifier's reasons, as the app's catalogue would give them.
class DanishReasons final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        if (qstrcmp(context, "akta::kle::KleClassifier") != 0) {
            return {};
        }
        static const QHash<QString, QString> labels = {
            {QStringLiteral("(title)"), QStringLiteral("(titel)")},
            {QStringLiteral("(title, similar spelling)"), QStringLiteral("(titel, lignende stavning)")},
            {QStringLiteral("(keyword)"), QStringLiteral("(nøgleord)")},
            {QStringLiteral("(keyword, similar spelling)"), QStringLiteral("(nøgleord, lignende stavning)")},
            {QStringLiteral("(stikord)"), QStringLiteral("(stikord)")},
            {QStringLiteral("(stikord, similar spelling)"), QStringLiteral("(stikord, lignende stavning)")},
        };
        const QString source = QString::fromUtf8(sourceText);
        if (labels.contains(source)) {
            return labels.value(source);
        }
        if (source == QLatin1String("learned from %n earlier case(s) like %1")) {
            return n == 1 ? QStringLiteral("lært af %n tidligere sag som %1")
                          : QStringLiteral("lært af %n tidligere sager som %1");
        }
        return {};
    }
};

} // namespace

class TestKleClassifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString path = QStringLiteral(AKTA_SHARED_DIR "/data/kle/OS2KLE-train.txt");
        if (QFile::exists(path)) {
            const Os2KleKeywordFile file = Os2KleKeywordFile::read(path);
            QVERIFY(file.issues().isEmpty());
            m_real = std::make_unique<KleClassifier>();
            m_real->addKeywordFile(file);
            m_real->build();
        }
        addSmallPlan(m_small);
        m_small.build();
    }

    void nothingBeforeBuildOrForEmptyText()
    {
        KleClassifier classifier;
        addSmallPlan(classifier);
        QVERIFY(!classifier.isBuilt());
        QVERIFY(classifier.suggest(QStringLiteral("carport")).isEmpty());
        classifier.build();
        QVERIFY(classifier.isBuilt());
        QVERIFY(classifier.suggest(QString()).isEmpty());
        QVERIFY(classifier.suggest(QStringLiteral(" - og i af ")).isEmpty());
        QVERIFY(classifier.suggest(QStringLiteral("carport"), 0).isEmpty());
        QCOMPARE(classifier.subjectCount(), 5);
        QCOMPARE(classifier.keywordCount(), 8);
    }

    void rankedBestFirstWithTitles()
    {
        const QList<KleSuggestion> suggestions =
            m_small.suggest(QStringLiteral("byggetilladelse til tilbygning"), 3);
        QVERIFY(!suggestions.isEmpty());
        QVERIFY(suggestions.size() <= 3);
        QCOMPARE(suggestions[0].emne, QStringLiteral("02.34.02"));
        QCOMPARE(suggestions[0].title, QStringLiteral("Byggetilladelse"));
        for (qsizetype i = 1; i < suggestions.size(); ++i) {
            QVERIFY(suggestions[i - 1].score >= suggestions[i].score);
        }
    }

    void reasonNamesTheStikord()
    {
        const QList<KleSuggestion> suggestions =
            m_small.suggest(QStringLiteral("Byggetilladelse til carport"));
        QCOMPARE(suggestions.value(0).emne, QStringLiteral("02.34.02"));
        QVERIFY2(suggestions[0].reason.contains(QStringLiteral("\"Byggetilladelse til carport\" (stikord)")),
                 qPrintable(describe(suggestions)));
    }

    // "partistøttelov" is no keyword itself, but the stem of "Partistøtteloven §4".
    void compoundFindsTheLaw()
    {
        for (KleClassifier* classifier : classifiers()) {
            const QList<KleSuggestion> suggestions = classifier->suggest(QStringLiteral("partistøttelov"));
            const int rank = rankOf(suggestions, QStringLiteral("00.01.00"));
            QVERIFY2(rank >= 0 && rank < 3, qPrintable(describe(suggestions)));
            QVERIFY2(suggestions[rank].reason.contains(QStringLiteral("Partistøtteloven")),
                     qPrintable(suggestions[rank].reason));
        }
    }

    // A word that the plan has only inside a compound still counts as that word.
    void wordInsideACompoundCounts()
    {
        KleClassifier classifier;
        classifier.addSubject(QStringLiteral("17.21.03"), QStringLiteral("Særlig befordring af elever"));
        classifier.addKeyword(QStringLiteral("17.21.03"), QStringLiteral("Skolebuskørsel"));
        classifier.addSubject(QStringLiteral("17.02.09"), QStringLiteral("Indholdet i undervisningen"));
        classifier.addKeyword(QStringLiteral("17.02.09"), QStringLiteral("Skole"));
        classifier.addSubject(QStringLiteral("13.05.22"), QStringLiteral("Rutekørsel"));
        classifier.addKeyword(QStringLiteral("13.05.22"), QStringLiteral("Bus"));
        classifier.build();
        const QList<KleSuggestion> suggestions = classifier.suggest(QStringLiteral("skolebus"));
        QCOMPARE(suggestions.value(0).emne, QStringLiteral("17.21.03"));
        QVERIFY2(suggestions[0].reason.contains(QStringLiteral("\"Skolebuskørsel\" (keyword)")),
                 qPrintable(describe(suggestions)));

        // In OS2KLE "vognmand" occurs only inside "Vognmandskørsel".
        if (m_real) {
            const QList<KleSuggestion> real = m_real->suggest(QStringLiteral("vognmand"));
            QCOMPARE(real.value(0).emne, QStringLiteral("83.15.00"));
            QVERIFY2(real[0].reason.contains(QStringLiteral("\"Vognmandskørsel\" (keyword)")),
                     qPrintable(describe(real)));
        }
    }

    void danishLettersAndKeyboardsWithoutThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("ældrebolig");
        QTest::newRow("upper case plural") << QStringLiteral("ÆLDREBOLIGER");
        QTest::newRow("ae for æ") << QStringLiteral("aeldrebolig");
        QTest::newRow("ae, definite") << QStringLiteral("Aeldreboligen");
    }
    void danishLettersAndKeyboardsWithoutThem()
    {
        QFETCH(QString, text);
        for (KleClassifier* classifier : classifiers()) {
            const QList<KleSuggestion> suggestions = classifier->suggest(text);
            const int rank = rankOf(suggestions, QStringLiteral("27.45.04"));
            QVERIFY2(rank >= 0 && rank < 3, qPrintable(describe(suggestions)));
        }
    }

    void commonMisspellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("emne");
        QTest::addColumn<QString>("matched");
        QTest::newRow("single g and l") << QStringLiteral("bygetiladelse") << QStringLiteral("02.34.02")
                                        << QStringLiteral("byggetilladelse");
        QTest::newRow("swapped letters") << QStringLiteral("byggetilaldelse") << QStringLiteral("02.34.02")
                                         << QStringLiteral("byggetilladelse");
        QTest::newRow("missing letter")
            << QStringLiteral("skurvgn") << QStringLiteral("05.14.11") << QStringLiteral("skurvogn");
        QTest::newRow("e for æ") << QStringLiteral("eldrebolig") << QStringLiteral("27.45.04")
                                 << QStringLiteral("ældrebolig");
    }
    void commonMisspellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, emne);
        QFETCH(QString, matched);
        for (KleClassifier* classifier : classifiers()) {
            const QList<KleSuggestion> suggestions = classifier->suggest(text);
            const int rank = rankOf(suggestions, emne);
            QVERIFY2(rank >= 0 && rank < 3, qPrintable(describe(suggestions)));
            QVERIFY2(suggestions[rank].reason.contains(matched, Qt::CaseInsensitive),
                     qPrintable(suggestions[rank].reason));
        }
        const QList<KleSuggestion> small = m_small.suggest(QStringLiteral("bygetiladelse"));
        QVERIFY2(small.value(0).reason.contains(QStringLiteral("similar spelling")),
                 qPrintable(describe(small)));
    }

    void learnsFromEarlierCases()
    {
        KleClassifier classifier;
        addSmallPlan(classifier);
        classifier.build();
        const QString title = QStringLiteral("Zorbabold-arrangement i Kildeparken");
        QCOMPARE(rankOf(classifier.suggest(QStringLiteral("zorbabold")), QStringLiteral("18.15.12")), -1);

        classifier.learnCase(title, QStringLiteral("18.15.12"));
        QCOMPARE(classifier.learnedCaseCount(), 1);
        QList<KleSuggestion> suggestions = classifier.suggest(QStringLiteral("Zorbabold i parken"));
        QCOMPARE(suggestions.value(0).emne, QStringLiteral("18.15.12"));
        QVERIFY2(suggestions[0].reason.startsWith(QStringLiteral("learned from 1 earlier case like ")),
                 qPrintable(suggestions[0].reason));
        QVERIFY(suggestions[0].reason.contains(title));

        // More such cases, and the reason counts them.
        classifier.learnCase(QStringLiteral("Zorbabold for 7. klasse"), QStringLiteral("18.15.12"));
        classifier.learnCase(title, QStringLiteral("18.15.12"));
        suggestions = classifier.suggest(QStringLiteral("zorbabold"));
        QCOMPARE(suggestions.value(0).emne, QStringLiteral("18.15.12"));
        QVERIFY2(suggestions[0].reason.startsWith(QStringLiteral("learned from 3 earlier cases")),
                 qPrintable(suggestions[0].reason));

        // With the app's translator the reasons are Danish.
        DanishReasons danish;
        QVERIFY(QCoreApplication::installTranslator(&danish));
        const QString translated = classifier.suggest(QStringLiteral("zorbabold")).value(0).reason;
        const QString keyword = classifier.suggest(QStringLiteral("tilbygning")).value(0).reason;
        const QString misspelled = m_small.suggest(QStringLiteral("bygetiladelse")).value(0).reason;
        QCoreApplication::removeTranslator(&danish);
        QVERIFY2(translated.startsWith(QStringLiteral("lært af 3 tidligere sager som \"")),
                 qPrintable(translated));
        QVERIFY2(keyword.contains(QStringLiteral("\"Tilbygning\" (nøgleord)")), qPrintable(keyword));
        QVERIFY2(misspelled.contains(QStringLiteral("lignende stavning")), qPrintable(misspelled));

        // A rebuild keeps what was learned.
        classifier.build();
        QCOMPARE(classifier.suggest(QStringLiteral("zorbabold")).value(0).emne, QStringLiteral("18.15.12"));
    }

    void unlearnsAndRelearnsOnReclassification()
    {
        KleClassifier classifier;
        addSmallPlan(classifier);
        classifier.build();
        const QString title = QStringLiteral("Hoppepude ved Søndersø");
        classifier.learnCase(title, QStringLiteral("04.01.00"));
        QCOMPARE(classifier.suggest(QStringLiteral("hoppepude")).value(0).emne, QStringLiteral("04.01.00"));

        classifier.reclassifyCase(title, QStringLiteral("04.01.00"), QStringLiteral("18.15.12"));
        QList<KleSuggestion> suggestions = classifier.suggest(QStringLiteral("hoppepude"));
        QCOMPARE(suggestions.value(0).emne, QStringLiteral("18.15.12"));
        QCOMPARE(rankOf(suggestions, QStringLiteral("04.01.00")), -1);
        QCOMPARE(classifier.learnedCaseCount(), 1);

        QVERIFY(classifier.unlearnCase(title, QStringLiteral("18.15.12")));
        QVERIFY(!classifier.unlearnCase(title, QStringLiteral("18.15.12")));
        QVERIFY(classifier.suggest(QStringLiteral("hoppepude")).isEmpty());
        QCOMPARE(classifier.learnedCaseCount(), 0);
    }

    void learnedBeforeBuild()
    {
        KleClassifier classifier;
        addSmallPlan(classifier);
        classifier.learnCase(QStringLiteral("Hoppepude ved Søndersø"), QStringLiteral("18.15.12"));
        classifier.build();
        QCOMPARE(classifier.suggest(QStringLiteral("hoppepuder")).value(0).emne, QStringLiteral("18.15.12"));
    }

    void contextLiftsTheUnitsEmner()
    {
        KleClassifier classifier;
        classifier.addSubject(QStringLiteral("01.01.01"), QStringLiteral("Miljøtilladelse"));
        classifier.addKeyword(QStringLiteral("01.01.01"), QStringLiteral("tilladelse"));
        classifier.addSubject(QStringLiteral("02.02.02"), QStringLiteral("Byggetilladelse"));
        classifier.addKeyword(QStringLiteral("02.02.02"), QStringLiteral("tilladelse"));
        classifier.build();
        KleCaseContext byg;
        byg.unit = QStringLiteral("Byg og Miljø, byggesager");
        KleCaseContext miljo;
        miljo.unit = QStringLiteral("Natur og Miljø");
        for (int i = 0; i < 3; ++i) {
            classifier.learnCase(QStringLiteral("Carport %1").arg(i), QStringLiteral("02.02.02"), byg);
            classifier.learnCase(QStringLiteral("Udledning %1").arg(i), QStringLiteral("01.01.01"), miljo);
        }
        QCOMPARE(classifier.suggest(QStringLiteral("tilladelse"), byg).value(0).emne,
                 QStringLiteral("02.02.02"));
        QCOMPARE(classifier.suggest(QStringLiteral("tilladelse"), miljo).value(0).emne,
                 QStringLiteral("01.01.01"));
    }

    void concurrentReadersAndAWriter()
    {
        KleClassifier classifier;
        addSmallPlan(classifier);
        classifier.build();
        std::atomic<int> wrong{0};
        std::atomic<bool> stop{false};
        std::vector<std::thread> readers;
        for (int t = 0; t < 4; ++t) {
            readers.emplace_back([&] {
                for (int i = 0; i < 300; ++i) {
                    if (classifier.suggest(QStringLiteral("bygetiladelse")).value(0).emne !=
                        QStringLiteral("02.34.02")) {
                        ++wrong;
                    }
                }
            });
        }
        std::thread writer([&] {
            for (int i = 0; !stop; ++i) {
                classifier.learnCase(QStringLiteral("Hoppepude %1").arg(i % 7), QStringLiteral("18.15.12"));
                classifier.unlearnCase(QStringLiteral("Hoppepude %1").arg((i + 3) % 7),
                                       QStringLiteral("18.15.12"));
            }
        });
        for (std::thread& reader : readers) {
            reader.join();
        }
        stop = true;
        writer.join();
        QCOMPARE(wrong.load(), 0);
    }

private:
    std::vector<KleClassifier*> classifiers()
    {
        std::vector<KleClassifier*> result{&m_small};
        if (m_real) {
            result.push_back(m_real.get());
        }
        return result;
    }

    KleClassifier m_small;
    std::unique_ptr<KleClassifier> m_real;
};

QTEST_GUILESS_MAIN(TestKleClassifier)
#include "tst_kleclassifier.moc"

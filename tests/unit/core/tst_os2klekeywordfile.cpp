#include "kle/Os2KleKeywordFile.h"

#include <QFile>
#include <QTest>

using akta::kle::Os2KleKeywordFile;

namespace {

QString sharedFile(const char* name)
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/") + QLatin1String(name);
}

} // namespace

class TestOs2KleKeywordFile : public QObject
{
    Q_OBJECT

private slots:
    void parsesLines()
    {
        const Os2KleKeywordFile file = Os2KleKeywordFile::parse(
            "KLENummer='00.01.00':KLETitel='Kommunens styrelse i almindelighed':Keywords[Weight]="
            "Partistøtteloven §4[5];tilskud[5];ok01[1000];\n"
            "KLENummer='02.34.02':KLETitel='Byggetilladelse':Keywords[Weight]=carport[5];gade[1]\n");
        QVERIFY2(file.issues().isEmpty(), qPrintable(file.issues().value(0).reason));
        QCOMPARE(file.subjects().size(), 2);
        const Os2KleKeywordFile::Subject& first = file.subjects()[0];
        QCOMPARE(first.number, QStringLiteral("00.01.00"));
        QCOMPARE(first.title, QStringLiteral("Kommunens styrelse i almindelighed"));
        QCOMPARE(first.line, 1);
        QCOMPARE(first.keywords.size(), 3);
        QCOMPARE(first.keywords[0].term, QStringLiteral("Partistøtteloven §4"));
        QCOMPARE(first.keywords[0].weight, 5);
        QCOMPARE(first.keywords[2].term, QStringLiteral("ok01"));
        QCOMPARE(first.keywords[2].weight, 1000);
        // The last keyword may lack its ';'.
        QCOMPARE(file.subjects()[1].keywords.size(), 2);
        QCOMPARE(file.subjects()[1].keywords[1].term, QStringLiteral("gade"));
        QCOMPARE(file.subjects()[1].keywords[1].weight, 1);
        QCOMPARE(file.keywordCount(), 5);
    }

    void bracketsAndSemicolonsInsideTerms()
    {
        const Os2KleKeywordFile file = Os2KleKeywordFile::parse(
            "KLENummer='15.00.00':KLETitel='Dagpenge [jobcenter-fagsystemsag]':Keywords[Weight]="
            "Dataudveksling [fagsystem-emne][5];a;b[10];Norm [12] for skiltning[5];[x][5];\n");
        QVERIFY2(file.issues().isEmpty(), qPrintable(file.issues().value(0).reason));
        const Os2KleKeywordFile::Subject& subject = file.subjects().value(0);
        QCOMPARE(subject.title, QStringLiteral("Dagpenge [jobcenter-fagsystemsag]"));
        QCOMPARE(subject.keywords.size(), 4);
        QCOMPARE(subject.keywords[0].term, QStringLiteral("Dataudveksling [fagsystem-emne]"));
        QCOMPARE(subject.keywords[1].term, QStringLiteral("a;b"));
        QCOMPARE(subject.keywords[1].weight, 10);
        QCOMPARE(subject.keywords[2].term, QStringLiteral("Norm [12] for skiltning"));
        QCOMPARE(subject.keywords[3].term, QStringLiteral("[x]"));
    }

    void toleratesBomCrLfAndBlankLines()
    {
        const Os2KleKeywordFile file = Os2KleKeywordFile::parse(
            "\xEF\xBB\xBFKLENummer='00.01.00':KLETitel='Styrelse':Keywords[Weight]=a[5];\r\n\r\n"
            "KLENummer='00.03.00':KLETitel='EU':Keywords[Weight]=b[5];\r\n");
        QVERIFY(file.issues().isEmpty());
        QCOMPARE(file.subjects().size(), 2);
        QCOMPARE(file.subjects()[0].keywords[0].term, QStringLiteral("a"));
        QCOMPARE(file.subjects()[1].line, 3);
        QCOMPARE(file.subjects()[1].keywords[0].term, QStringLiteral("b"));
    }

    void reportsMalformedLinesWithTheirNumber()
    {
        const Os2KleKeywordFile file = Os2KleKeywordFile::parse(
            "KLENummer='00.01.00':KLETitel='Styrelse':Keywords[Weight]=a[5];\n"      // 1: fine
            "KLETitel='Uden nummer':Keywords[Weight]=b[5];\n"                        // 2: no number
            "KLENummer='00.1.00':KLETitel='Forkert nummer':Keywords[Weight]=c[5];\n" // 3: bad number
            "KLENummer='00.05.00':KLETitel='Uden nøgleord'\n"                        // 4: no keyword list
            "KLENummer='00.06.00':KLETitel='Delvis':Keywords[Weight]=god[5];[5];x[99999999999];uden "
            "vægt\n"                                          // 5
            "KLENummer='00.07.00':Keywords[Weight]=d[5];\n"); // 6: no title
        QCOMPARE(file.subjects().size(), 2);
        QCOMPARE(file.subjects()[0].number, QStringLiteral("00.01.00"));
        // A line with bad keywords keeps its good ones.
        QCOMPARE(file.subjects()[1].number, QStringLiteral("00.06.00"));
        QCOMPARE(file.subjects()[1].keywords.size(), 1);
        QCOMPARE(file.subjects()[1].keywords[0].term, QStringLiteral("god"));

        QList<int> lines;
        for (const Os2KleKeywordFile::Issue& issue : file.issues()) {
            lines << issue.line;
            QVERIFY(!issue.reason.isEmpty());
        }
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 5, 5, 6}));
        QVERIFY(file.issues()[1].reason.contains(QStringLiteral("00.1.00")));
        QVERIFY(file.issues()[3].reason.contains(QStringLiteral("empty")));
        QVERIFY(file.issues()[4].reason.contains(QStringLiteral("out of range")));
        QVERIFY(file.issues()[5].reason.contains(QStringLiteral("uden vægt")));
    }

    void missingFileIsAnIssue()
    {
        const Os2KleKeywordFile file = Os2KleKeywordFile::read(QStringLiteral("/nonexistent/OS2KLE.txt"));
        QVERIFY(file.subjects().isEmpty());
        QCOMPARE(file.issues().size(), 1);
        QCOMPARE(file.issues()[0].line, 0);
    }

    void readsTheRealFile()
    {
        const QString path = sharedFile("OS2KLE-train.txt");
        if (!QFile::exists(path)) {
            QSKIP("shared KLE data not present");
        }
        const Os2KleKeywordFile file = Os2KleKeywordFile::read(path);
        QVERIFY2(file.issues().isEmpty(), qPrintable(file.issues().value(0).reason));
        QCOMPARE(file.subjects().size(), 2390);
        QCOMPARE(file.keywordCount(), 28656);
        QCOMPARE(file.subjects()[0].number, QStringLiteral("00.01.00"));
        QCOMPARE(file.subjects()[0].keywords[0].term, QStringLiteral("Partistøtteloven §4"));
    }
};

QTEST_GUILESS_MAIN(TestOs2KleKeywordFile)
#include "tst_os2klekeywordfile.moc"

// Tests of akta::kle::KleFacetReader on tests/data/kle/handlingsfacetter-test.xml, a small file in the layout
// of KL's official handlingsfacet export (test data: only the titles of A, A00 and G01 are real KLE facts),
// and refusals of broken files.

#include "kle/KleFacetReader.h"
#include "kle/KleImportError.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using akta::kle::KleFacet;
using akta::kle::KleFacetReader;
using akta::kle::KleImportError;

namespace {

QByteArray readTestFile()
{
    QFile file(QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<KleFacet> readBytes(const QByteArray& bytes, QString* published = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return KleFacetReader::read(buffer, published);
}

struct Refusal
{
    bool thrown = false;
    qint64 line = -1;
    QString reason;
};

Refusal refusalOf(const QByteArray& bytes)
{
    try {
        readBytes(bytes);
    } catch (const KleImportError& error) {
        return {true, error.line(), error.reason()};
    }
    return {};
}

// The plain text of a piece of rich text, read independently of the reader under test.
QString plainText(const QString& richText)
{
    QXmlStreamReader xml(QStringLiteral("<g>") + richText + QStringLiteral("</g>"));
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters) {
            text += xml.text();
        }
    }
    return xml.hasError() ? QStringLiteral("<not well-formed>") : text;
}

// One facet (lines 3-9 of the document), with `facet` as the Handlingsfacet's content.
QByteArray oneFacet(const QString& facet)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<KLE-Handlingsfacetter>\n"
                          "<HandlingsfacetKategori>\n"
                          "<HandlingsfacetKategoriNr>K</HandlingsfacetKategoriNr>\n"
                          "<HandlingsfacetKategoriTitel>Testkategori K</HandlingsfacetKategoriTitel>\n"
                          "<Handlingsfacet>\n"
                          "%1\n"
                          "</Handlingsfacet>\n"
                          "</HandlingsfacetKategori>\n"
                          "</KLE-Handlingsfacetter>\n")
        .arg(facet)
        .toUtf8();
}

} // namespace

class TestKleFacetReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryFacet();
    void readsEveryField();
    void retiredFacet();
    void smallFileReads();
    void truncatedIsRefused_data();
    void truncatedIsRefused();
    void badNumberIsRefused_data();
    void badNumberIsRefused();
    void missingTitleIsRefused_data();
    void missingTitleIsRefused();
    void wrongRootIsRefused();
    void noFacetIsRefused();
    void notXmlIsRefused();

private:
    QByteArray m_file;
};

void TestKleFacetReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_file = readTestFile();
    QVERIFY2(m_file.contains("<KLE-Handlingsfacetter>"),
             "tests/data/kle/handlingsfacetter-test.xml is missing");
}

void TestKleFacetReader::readsEveryFacet()
{
    QString published;
    const QList<KleFacet> facets = readBytes(m_file, &published);
    QCOMPARE(published, QStringLiteral("2024-12-01"));
    QStringList numbers;
    for (const KleFacet& facet : facets) {
        numbers << facet.number;
    }
    // In file order.
    QCOMPARE(numbers, (QStringList{QStringLiteral("A00"), QStringLiteral("A99"), QStringLiteral("G01"),
                                   QStringLiteral("K02"), QStringLiteral("Ø34")}));
    // Without the out parameter it reads the same.
    QCOMPARE(readBytes(m_file).size(), 5);
}

void TestKleFacetReader::readsEveryField()
{
    const QList<KleFacet> facets = readBytes(m_file);
    QCOMPARE(facets.size(), 5);

    const KleFacet& a00 = facets.at(0);
    QCOMPARE(a00.number, QStringLiteral("A00"));
    QCOMPARE(a00.category, QStringLiteral("A"));
    QCOMPARE(a00.categoryTitle, QStringLiteral("Organisering mv."));
    QCOMPARE(a00.title, QStringLiteral("Organisering mv. i almindelighed"));
    QCOMPARE(a00.retention, QStringLiteral("B"));
    QCOMPARE(a00.createdOn, QStringLiteral("2001-02-03"));
    QCOMPARE(a00.changedOn, QStringLiteral("2004-05-06"));
    QVERIFY(a00.retiredAt.isEmpty());
    // Rich text: elements kept, text intact with æøå and quotes, the wrapper gone.
    QVERIFY2(a00.guidance.startsWith(QStringLiteral("<p>Testvejledning for A00: ")),
             qPrintable(a00.guidance));
    QVERIFY(a00.guidance.contains(QStringLiteral("<ul>")));
    QVERIFY(a00.guidance.contains(QStringLiteral("<li>Første testpunkt</li>")));
    QVERIFY(a00.guidance.contains(QStringLiteral("<li>Andet testpunkt</li>")));
    QVERIFY(!a00.guidance.contains(QStringLiteral("VejledningTekst")));
    QCOMPARE(plainText(a00.guidance),
             QStringLiteral("Testvejledning for A00: \"æøå ÆØÅ\".\n\nFørste testpunkt\nAndet testpunkt\n"));

    const KleFacet& g01 = facets.at(2);
    QCOMPARE(g01.number, QStringLiteral("G01"));
    QCOMPARE(g01.category, QStringLiteral("G"));
    QCOMPARE(g01.title, QStringLiteral("Generelle sager"));
    // Optional parts left out: category title, retention, dates, guidance.
    QVERIFY(g01.categoryTitle.isEmpty());
    QVERIFY(g01.retention.isEmpty());
    QVERIFY(g01.createdOn.isEmpty());
    QVERIFY(g01.changedOn.isEmpty());
    QVERIFY(g01.guidance.isEmpty());
    QVERIFY(g01.retiredAt.isEmpty());

    const KleFacet& k02 = facets.at(3);
    QCOMPARE(k02.number, QStringLiteral("K02"));
    QCOMPARE(k02.category, QStringLiteral("K"));
    QCOMPARE(k02.categoryTitle, QStringLiteral("Testkategori K"));
    QCOMPARE(k02.title, QStringLiteral("Testfacet K02"));
    QCOMPARE(k02.retention, QStringLiteral("K10"));
    QCOMPARE(k02.guidance, QStringLiteral("<p>Testvejledning for K02.</p>"));
    QCOMPARE(k02.createdOn, QStringLiteral("2005-06-07"));
    QCOMPARE(k02.changedOn, QStringLiteral("2008-09-10"));

    const KleFacet& oe34 = facets.at(4);
    QCOMPARE(oe34.number, QStringLiteral("Ø34"));
    QCOMPARE(oe34.category, QStringLiteral("Ø"));
    QCOMPARE(oe34.categoryTitle, QStringLiteral("Testkategori Ø"));
    QCOMPARE(oe34.title, QStringLiteral("Testfacet Ø34"));
    QCOMPARE(oe34.retention, QStringLiteral("K5"));
}

void TestKleFacetReader::retiredFacet()
{
    const QList<KleFacet> facets = readBytes(m_file);
    QCOMPARE(facets.size(), 5);
    const KleFacet& a99 = facets.at(1);
    QCOMPARE(a99.number, QStringLiteral("A99"));
    QCOMPARE(a99.category, QStringLiteral("A"));
    QCOMPARE(a99.categoryTitle, QStringLiteral("Organisering mv."));
    QCOMPARE(a99.title, QStringLiteral("Testfacet A99 (udgået)"));
    QCOMPARE(a99.retention, QStringLiteral("K"));
    QCOMPARE(a99.createdOn, QStringLiteral("2002-01-01"));
    QCOMPARE(a99.changedOn, QStringLiteral("2010-01-01"));
    QCOMPARE(a99.retiredAt, QStringLiteral("2011-01-01"));
    int retired = 0;
    for (const KleFacet& facet : facets) {
        retired += facet.retiredAt.isEmpty() ? 0 : 1;
    }
    QCOMPARE(retired, 1);
}

void TestKleFacetReader::smallFileReads()
{
    const QList<KleFacet> facets =
        readBytes(oneFacet(QStringLiteral("<HandlingsfacetNr> K07 </HandlingsfacetNr>\n"
                                          "<HandlingsfacetTitel>Testfacet\n   K07</HandlingsfacetTitel>")));
    QCOMPARE(facets.size(), 1);
    QCOMPARE(facets.at(0).number, QStringLiteral("K07"));
    QCOMPARE(facets.at(0).title, QStringLiteral("Testfacet K07"));
    QCOMPARE(facets.at(0).category, QStringLiteral("K"));
    QVERIFY(facets.at(0).retention.isEmpty());
}

void TestKleFacetReader::truncatedIsRefused_data()
{
    const QByteArray file = readTestFile();
    QTest::addColumn<qsizetype>("cut");
    const auto after = [&](const char* needle, qsizetype extra) {
        const qsizetype at = file.indexOf(needle);
        return at < 0 ? qsizetype(-1) : at + extra;
    };
    QTest::newRow("inside a start tag") << after("<HandlingsfacetNr>K02", 6);
    QTest::newRow("inside a title") << after("<HandlingsfacetTitel>Testfacet K02", 25);
    QTest::newRow("inside a multi-byte character") << after("Testkategori Ø", 14);
    QTest::newRow("between elements") << after("</Handlingsfacet>", 17);
    QTest::newRow("inside the guidance") << after("<li>Første", 7);
    QTest::newRow("before the closing root tag")
        << file.size() - qsizetype(sizeof("</KLE-Handlingsfacetter>\n") - 1);
    QTest::newRow("inside the closing root tag") << file.size() - 5;
}

void TestKleFacetReader::truncatedIsRefused()
{
    QFETCH(qsizetype, cut);
    QVERIFY(cut > 0 && cut < m_file.size());
    const QByteArray copy = m_file.left(cut);
    const Refusal refusal = refusalOf(copy);
    QVERIFY2(refusal.thrown, "a truncated facet file was read without complaint");
    QVERIFY2(refusal.line > 0 && refusal.line <= copy.count('\n') + 1,
             qPrintable(QString::number(refusal.line)));
    QVERIFY2(refusal.reason.contains(QStringLiteral("truncated")), qPrintable(refusal.reason));
}

void TestKleFacetReader::badNumberIsRefused_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("empty") << QString();
    QTest::newRow("one digit") << QStringLiteral("K2");
    QTest::newRow("three digits") << QStringLiteral("K002");
    QTest::newRow("lower case") << QStringLiteral("k02");
    QTest::newRow("two letters") << QStringLiteral("KK02");
    QTest::newRow("category only") << QStringLiteral("K");
    QTest::newRow("emne number") << QStringLiteral("00.01.00");
}

void TestKleFacetReader::badNumberIsRefused()
{
    QFETCH(QString, number);
    const Refusal refusal = refusalOf(
        oneFacet(QStringLiteral("<HandlingsfacetNr>%1</HandlingsfacetNr>\n"
                                "<HandlingsfacetTitel>Testfacet med forkert nummer</HandlingsfacetTitel>")
                     .arg(number)));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("no valid number (\"%1\")").arg(number)),
             qPrintable(refusal.reason));
    QVERIFY2(refusal.line >= 6 && refusal.line <= 9, qPrintable(QString::number(refusal.line)));

    // The same facet in the full file is refused too, not skipped.
    QByteArray file = m_file;
    file.replace("<HandlingsfacetNr>K02</HandlingsfacetNr>",
                 QStringLiteral("<HandlingsfacetNr>%1</HandlingsfacetNr>").arg(number).toUtf8());
    QVERIFY(refusalOf(file).thrown);
}

void TestKleFacetReader::missingTitleIsRefused_data()
{
    QTest::addColumn<QString>("facet");
    QTest::newRow("no title element")
        << QStringLiteral("<HandlingsfacetNr>K02</HandlingsfacetNr>\n"
                          "<BevaringJaevnfoerArkivloven>K</BevaringJaevnfoerArkivloven>");
    QTest::newRow("empty title") << QStringLiteral("<HandlingsfacetNr>K02</HandlingsfacetNr>\n"
                                                   "<HandlingsfacetTitel/>");
    QTest::newRow("blank title") << QStringLiteral("<HandlingsfacetNr>K02</HandlingsfacetNr>\n"
                                                   "<HandlingsfacetTitel>  \n </HandlingsfacetTitel>");
}

void TestKleFacetReader::missingTitleIsRefused()
{
    QFETCH(QString, facet);
    const Refusal refusal = refusalOf(oneFacet(facet));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("K02 has no title")), qPrintable(refusal.reason));
    QVERIFY2(refusal.line >= 6 && refusal.line <= 10, qPrintable(QString::number(refusal.line)));
}

void TestKleFacetReader::wrongRootIsRefused()
{
    const Refusal refusal = refusalOf(QByteArrayLiteral("<?xml version=\"1.0\"?>\n<KLE-Emneplan>\n"
                                                        "<UdgivelsesDato>2025-05-01</UdgivelsesDato>\n"
                                                        "</KLE-Emneplan>\n"));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("<KLE-Handlingsfacetter>")), qPrintable(refusal.reason));
    QCOMPARE(refusal.line, 2);

    // The official emneplan excerpt is not a facet file.
    QFile excerpt(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    QVERIFY(excerpt.open(QIODevice::ReadOnly));
    QVERIFY(refusalOf(excerpt.readAll()).thrown);
}

void TestKleFacetReader::noFacetIsRefused()
{
    const Refusal refusal =
        refusalOf(QByteArrayLiteral("<KLE-Handlingsfacetter>\n"
                                    "<UdgivelsesDato>2025-05-01</UdgivelsesDato>\n"
                                    "<HandlingsfacetKategori>\n"
                                    "<HandlingsfacetKategoriNr>K</HandlingsfacetKategoriNr>\n"
                                    "</HandlingsfacetKategori>\n"
                                    "</KLE-Handlingsfacetter>\n"));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("no handlingsfacet")), qPrintable(refusal.reason));
}

void TestKleFacetReader::notXmlIsRefused()
{
    QVERIFY(refusalOf(QByteArray()).thrown);
    QVERIFY(refusalOf(QByteArrayLiteral("A00\tOrganisering mv. i almindelighed\n")).thrown);
    QVERIFY(refusalOf(QByteArrayLiteral("<KLE-Handlingsfacetter><Handlingsfacet></KLE-Handlingsfacetter>"))
                .thrown);
}

QTEST_GUILESS_MAIN(TestKleFacetReader)
#include "tst_klefacetreader.moc"

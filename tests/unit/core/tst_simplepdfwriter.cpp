#include "demo/SimplePdfWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::demo::SimplePdfWriter;

class TestSimplePdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void danishTextSurvivesPdfToText();
    void twoPages();
    void longTextBreaksOntoMorePages();
    void xrefOffsetsPointAtObjects();
    void sameInputSameBytes();
    void winAnsiMapping();
    void compressedContent();

private:
    // Writes `pdf` to a file in the temporary folder and returns its path.
    QString save(const QByteArray& pdf, const QString& name);
    // Runs a poppler tool and returns its standard output (UTF-8); fails the test on error.
    QString run(const QString& program, const QStringList& arguments);
    int pageCountOf(const QString& path);

    QTemporaryDir m_dir;
};

void TestSimplePdfWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    }
}

QString TestSimplePdfWriter::save(const QByteArray& pdf, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QString TestSimplePdfWriter::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QStringLiteral("<failed>");
    }
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty()) {
        qWarning("%s reported: %s", qPrintable(program), errors.constData());
        return QStringLiteral("<complained>");
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestSimplePdfWriter::pageCountOf(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestSimplePdfWriter::danishTextSurvivesPdfToText()
{
    const QString text = QStringLiteral("Blåbærgrød på Ærø – Øresund");
    SimplePdfWriter writer;
    writer.setTitle(QStringLiteral("Smørrebrød og æbleskiver"));
    writer.addParagraph(text);
    const QString path = save(writer.toPdf(), QStringLiteral("danish.pdf"));

    QCOMPARE(run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                 .trimmed(),
             text);
    QCOMPARE(pageCountOf(path), 1);
    const QString info =
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path});
    QVERIFY2(info.contains(QStringLiteral("Smørrebrød og æbleskiver")), qPrintable(info));
}

void TestSimplePdfWriter::twoPages()
{
    SimplePdfWriter writer;
    writer.addHeading(QStringLiteral("Første side"));
    writer.addParagraph(QStringLiteral("Æbler og pærer."));
    writer.newPage();
    writer.addHeading(QStringLiteral("Anden side"));
    writer.addParagraph(QStringLiteral("Østers € 12,50 – “citat” … slut"));
    QCOMPARE(writer.pageCount(), 2);
    const QString path = save(writer.toPdf(), QStringLiteral("two.pdf"));
    QCOMPARE(pageCountOf(path), 2);

    const QString first =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
    QVERIFY2(first.contains(QStringLiteral("Første side")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Æbler og pærer.")), qPrintable(first));
    QVERIFY(!first.contains(QStringLiteral("Anden side")));
    const QString second =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QStringLiteral("2"),
             QStringLiteral("-l"), QStringLiteral("2"), path, QStringLiteral("-")});
    QVERIFY2(second.contains(QStringLiteral("Anden side")), qPrintable(second));
    QVERIFY2(second.contains(QStringLiteral("Østers € 12,50 – “citat” … slut")), qPrintable(second));
}

void TestSimplePdfWriter::longTextBreaksOntoMorePages()
{
    SimplePdfWriter writer;
    QStringList paragraphs;
    for (int i = 1; i <= 40; ++i) {
        const QString paragraph =
            QStringLiteral("Afsnit %1: Kommunen har modtaget din ansøgning om hjælp til "
                           "boligindretning og har vurderet sagen på ny efter "
                           "servicelovens regler, så du kan læse begrundelsen her.")
                .arg(i);
        paragraphs << paragraph;
        writer.addParagraph(paragraph);
    }
    QVERIFY(writer.pageCount() >= 3);
    const QString path = save(writer.toPdf(), QStringLiteral("long.pdf"));
    QCOMPARE(pageCountOf(path), writer.pageCount());

    // Every word comes back, in order, whatever the line breaks.
    const QString extracted =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QCOMPARE(extracted.simplified(), paragraphs.join(QLatin1Char(' ')).simplified());
}

void TestSimplePdfWriter::xrefOffsetsPointAtObjects()
{
    SimplePdfWriter writer;
    writer.addParagraph(QStringLiteral("(Parenteser) og \\ skråstreg"));
    writer.newPage();
    writer.addParagraph(QStringLiteral("Side to"));
    const QByteArray pdf = writer.toPdf();
    QVERIFY(pdf.startsWith("%PDF-1.4\n"));
    QVERIFY(pdf.endsWith("%%EOF\n"));

    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    QVERIFY(startxref > 0);
    const qsizetype xref = pdf.mid(startxref + 10).split('\n').value(0).toLongLong();
    QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.at(1).split(' ').value(1).toInt();
    QCOMPARE(count, 5 + 2 * 2 + 1);
    QCOMPARE(lines.at(2), QByteArray("0000000000 65535 f "));
    for (int number = 1; number < count; ++number) {
        const QByteArray entry = lines.at(2 + number);
        QCOMPARE(entry.size(), 19); // 20 bytes with the newline
        const qsizetype offset = entry.left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(number) + " 0 obj\n"), entry.constData());
    }
    QVERIFY(pdf.contains("(\\(Parenteser\\) og \\\\ skr\xe5streg)"));

    const QString path = save(pdf, QStringLiteral("xref.pdf"));
    QCOMPARE(run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-l"), QStringLiteral("1"),
                  path, QStringLiteral("-")})
                 .trimmed(),
             QStringLiteral("(Parenteser) og \\ skråstreg"));
}

void TestSimplePdfWriter::sameInputSameBytes()
{
    auto make = [] {
        SimplePdfWriter writer;
        writer.setTitle(QStringLiteral("Afgørelse"));
        writer.setCreationDate(QDateTime(QDate(2025, 3, 12), QTime(10, 15), Qt::UTC));
        writer.addHeading(QStringLiteral("Afgørelse om hjælpemiddel"));
        writer.addParagraph(QStringLiteral("Du får bevilget en rollator."));
        return writer.toPdf();
    };
    const QByteArray first = make();
    QCOMPARE(make(), first);
    QVERIFY(first.contains("/CreationDate (D:20250312101500Z)"));
}

void TestSimplePdfWriter::winAnsiMapping()
{
    QCOMPARE(SimplePdfWriter::toWinAnsi(QStringLiteral("æøåÆØÅ")), QByteArray("\xe6\xf8\xe5\xc6\xd8\xc5"));
    QCOMPARE(SimplePdfWriter::toWinAnsi(QStringLiteral("–—€…“”‘’•")),
             QByteArray("\x96\x97\x80\x85\x93\x94\x91\x92\x95"));
    QCOMPARE(SimplePdfWriter::toWinAnsi(QStringLiteral("a\u0394b")), QByteArray("a?b")); // Greek delta
    QCOMPARE(SimplePdfWriter::textWidth("Ab", 10.0), (667 + 556) / 100.0);
}

void TestSimplePdfWriter::compressedContent()
{
    SimplePdfWriter writer;
    writer.setCompressed(true);
    const QString text = QStringLiteral("Komprimeret indhold med æøå");
    writer.addParagraph(text);
    const QByteArray pdf = writer.toPdf();
    QVERIFY(pdf.contains("/Filter /FlateDecode"));
    const QString path = save(pdf, QStringLiteral("compressed.pdf"));
    QCOMPARE(run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                 .trimmed(),
             text);
}

QTEST_GUILESS_MAIN(TestSimplePdfWriter)
#include "tst_simplepdfwriter.moc"

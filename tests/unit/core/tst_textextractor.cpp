#include "demo/SimplePdfWriter.h"
#include "extraction/TextExtractor.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::demo::SimplePdfWriter;
using akta::extraction::ExtractionResult;
using akta::extraction::TextExtractor;

// Runs the real akta-extract from the build tree on files made here by several independent producers
// (groff, Ghostscript, qpdf, the demo's SimplePdfWriter, zip) and compares PDF text with pdftotext's.
class TestTextExtractor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfFromGroff();
    void pdfFromGhostscript();
    void pdfFromSimplePdfWriter();
    void pdfFromSimplePdfWriterCompressed();
    void pdfRewrittenByQpdf();
    void encryptedPdfFails();
    void ownerPasswordOnlyPdfIsRead();
    void truncatedPdfFails();
    void garbagePdfFails();
    void docx();
    void odt();
    void brokenZipFails();
    void plainText_data();
    void plainText();
    void html();
    void htmlLatin1();
    void imageIsNone();
    void unknownMimeUsesExtension();
    void missingFileFails();
    void helperFromEnvironment();
    void hangingHelperIsKilled();
    void crashingHelperFails();
    void garbageAnswerFails();
    void missingHelperFails();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString save(const QString& name, const QByteArray& bytes) const;
    QString script(const QString& name, const QByteArray& body) const;
    // Runs a tool; QSKIPs via `skipped` when it is not installed, fails the test when it fails.
    bool run(const QString& program, const QStringList& arguments, const QString& workingDir = {},
             const QString& stdoutFile = {}, QByteArray* output = nullptr);
    bool have(const QString& program) const { return !QStandardPaths::findExecutable(program).isEmpty(); }
    ExtractionResult extract(const QString& file, const QString& mime) const;
    // Our text against pdftotext's on the same file, both without white space and hyphens (pdftotext
    // joins words hyphenated at a line end), and the Danish words must be there.
    void compareWithPdfToText(const QString& pdf, const QStringList& words);
    QString groffSource() const;

    QTemporaryDir m_dir;
    QString m_helper;
};

namespace {

QString normalised(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-' && c != QChar(0x00AD)) {
            result.append(c);
        }
    }
    return result;
}

const QStringList danishWords = {
    QStringLiteral("Kære"), QStringLiteral("Blåbærgrød"), QStringLiteral("fløde"), QStringLiteral("Æbler"),
    QStringLiteral("Øl"),   QStringLiteral("Ålborg"),     QStringLiteral("søndag")};

} // namespace

void TestTextExtractor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // build/<preset>/tests/unit/tst_textextractor -> build/<preset>/extract/akta-extract
    m_helper = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                               QStringLiteral("/../../extract/akta-extract"));
#ifdef Q_OS_WIN
    m_helper += QStringLiteral(".exe");
#endif
    QVERIFY2(
        QFileInfo(m_helper).isExecutable(),
        qPrintable(QStringLiteral("the helper %1 is missing: build the target akta-extract").arg(m_helper)));
}

QString TestTextExtractor::save(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return file.fileName();
}

QString TestTextExtractor::script(const QString& name, const QByteArray& body) const
{
    const QString file = save(name, QByteArrayLiteral("#!/bin/sh\n") + body + '\n');
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return file;
}

bool TestTextExtractor::run(const QString& program, const QStringList& arguments, const QString& workingDir,
                            const QString& stdoutFile, QByteArray* output)
{
    QProcess process;
    if (!workingDir.isEmpty()) {
        process.setWorkingDirectory(workingDir);
    }
    if (!stdoutFile.isEmpty()) {
        process.setStandardOutputFile(stdoutFile);
    }
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const QByteArray errors = process.readAllStandardError();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(u' ')
                             << "failed:" << QString::fromLocal8Bit(errors);
        return false;
    }
    if (output) {
        *output = process.readAllStandardOutput();
    }
    return true;
}

ExtractionResult TestTextExtractor::extract(const QString& file, const QString& mime) const
{
    return TextExtractor(m_helper, 30000).extract(file, mime);
}

void TestTextExtractor::compareWithPdfToText(const QString& pdf, const QStringList& words)
{
    QVERIFY(!pdf.isEmpty());
    QByteArray reference;
    QVERIFY(run(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, {}, {},
                &reference));
    const ExtractionResult result = extract(pdf, QStringLiteral("application/pdf"));
    QCOMPARE(result.status, QStringLiteral("ok"));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(normalised(result.text), normalised(QString::fromUtf8(reference)));
    for (const QString& word : words) {
        QVERIFY2(result.text.contains(word),
                 qPrintable(word + QStringLiteral(" missing in: ") + result.text));
    }
}

QString TestTextExtractor::groffSource() const
{
    return save(QStringLiteral("letter.ms"),
                QStringLiteral("Kære borger\n"
                               ".PP\n"
                               "Blåbærgrød med fløde. Æbler og Øl på Ålborg havn.\n"
                               ".bp\n"
                               "Side to: søndag.\n")
                    .toUtf8());
}

void TestTextExtractor::pdfFromGroff()
{
    if (!have(QStringLiteral("groff")) || !have(QStringLiteral("pdftotext"))) {
        QSKIP("needs groff and pdftotext (Debian: groff, poppler-utils)");
    }
    const QString pdf = path(QStringLiteral("groff.pdf"));
    QVERIFY(run(QStringLiteral("groff"),
                {QStringLiteral("-Kutf8"), QStringLiteral("-ms"), QStringLiteral("-Tpdf"), groffSource()}, {},
                pdf));
    compareWithPdfToText(pdf, danishWords);
    QVERIFY(extract(pdf, QStringLiteral("application/pdf")).text.contains(u'\f')); // two pages
}

void TestTextExtractor::pdfFromGhostscript()
{
    if (!have(QStringLiteral("groff")) || !have(QStringLiteral("ps2pdf")) ||
        !have(QStringLiteral("pdftotext"))) {
        QSKIP("needs groff, ps2pdf and pdftotext (Debian: groff, ghostscript, poppler-utils)");
    }
    const QString ps = path(QStringLiteral("letter.ps"));
    const QString pdf = path(QStringLiteral("ghostscript.pdf"));
    QVERIFY(run(QStringLiteral("groff"),
                {QStringLiteral("-Kutf8"), QStringLiteral("-ms"), QStringLiteral("-Tps"), groffSource()}, {},
                ps));
    QVERIFY(run(QStringLiteral("ps2pdf"), {ps, pdf}));
    compareWithPdfToText(pdf, danishWords);
}

void TestTextExtractor::pdfFromSimplePdfWriter()
{
    if (!have(QStringLiteral("pdftotext"))) {
        QSKIP("needs pdftotext (Debian: poppler-utils)");
    }
    SimplePdfWriter writer;
    writer.addHeading(QStringLiteral("Afgørelse om byggetilladelse"));
    writer.addParagraph(
        QStringLiteral("Kære borger. Blåbærgrød med fløde, Æbler og Øl på Ålborg havn søndag. "
                       "Gebyret er 1.250 € – betales inden fristen."));
    writer.newPage();
    writer.addParagraph(QStringLiteral("Med venlig hilsen\nBygningsmyndigheden, Østerbro"));
    compareWithPdfToText(save(QStringLiteral("simple.pdf"), writer.toPdf()),
                         danishWords + QStringList{QStringLiteral("Afgørelse"), QStringLiteral("€"),
                                                   QStringLiteral("Østerbro")});
}

void TestTextExtractor::pdfFromSimplePdfWriterCompressed()
{
    if (!have(QStringLiteral("pdftotext"))) {
        QSKIP("needs pdftotext (Debian: poppler-utils)");
    }
    SimplePdfWriter writer;
    writer.setCompressed(true);
    for (int paragraph = 0; paragraph < 40; ++paragraph) {
        writer.addParagraph(
            QStringLiteral("Afsnit %1: Kære borger. Blåbærgrød med fløde, Æbler og Øl på Ålborg "
                           "havn søndag, og så videre i en længere tekst der brydes over linjer.")
                .arg(paragraph));
    }
    QVERIFY(writer.pageCount() > 1);
    compareWithPdfToText(save(QStringLiteral("simple-compressed.pdf"), writer.toPdf()), danishWords);
}

void TestTextExtractor::pdfRewrittenByQpdf()
{
    if (!have(QStringLiteral("qpdf")) || !have(QStringLiteral("pdftotext"))) {
        QSKIP("needs qpdf and pdftotext (Debian: qpdf, poppler-utils)");
    }
    SimplePdfWriter writer;
    writer.addParagraph(
        QStringLiteral("Kære borger. Blåbærgrød med fløde, Æbler og Øl på Ålborg havn søndag."));
    const QString source = save(QStringLiteral("before-qpdf.pdf"), writer.toPdf());
    const QString pdf = path(QStringLiteral("qpdf.pdf"));
    // Object streams and a cross-reference stream: a different file structure than the original.
    QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"),
                                         QStringLiteral("--compress-streams=y"), source, pdf}));
    compareWithPdfToText(pdf, danishWords);
}

void TestTextExtractor::encryptedPdfFails()
{
    SimplePdfWriter writer;
    writer.addParagraph(QStringLiteral("Fortroligt: Kære borger."));
    const QString source = save(QStringLiteral("plain-for-encryption.pdf"), writer.toPdf());
    const QString pdf = path(QStringLiteral("encrypted.pdf"));
    if (have(QStringLiteral("qpdf"))) {
        QVERIFY(run(QStringLiteral("qpdf"),
                    {QStringLiteral("--encrypt"), QStringLiteral("bruger"), QStringLiteral("ejer"),
                     QStringLiteral("256"), QStringLiteral("--"), source, pdf}));
    } else if (have(QStringLiteral("gs"))) {
        QVERIFY(run(QStringLiteral("gs"),
                    {QStringLiteral("-q"), QStringLiteral("-dBATCH"), QStringLiteral("-dNOPAUSE"),
                     QStringLiteral("-sDEVICE=pdfwrite"), QStringLiteral("-sUserPassword=bruger"),
                     QStringLiteral("-sOwnerPassword=ejer"), QStringLiteral("-sOutputFile=") + pdf, source}));
    } else {
        QSKIP("needs qpdf or Ghostscript (Debian: qpdf or ghostscript)");
    }
    const ExtractionResult result = extract(pdf, QStringLiteral("application/pdf"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QStringLiteral("encrypted")), qPrintable(result.error));
    QVERIFY(result.text.isEmpty());
}

void TestTextExtractor::ownerPasswordOnlyPdfIsRead()
{
    if (!have(QStringLiteral("qpdf"))) {
        QSKIP("needs qpdf (Debian: qpdf)");
    }
    SimplePdfWriter writer;
    writer.addParagraph(QStringLiteral("Kære borger, kun ejeradgangskode."));
    const QString source = save(QStringLiteral("plain-for-owner.pdf"), writer.toPdf());
    const QString pdf = path(QStringLiteral("owner-only.pdf"));
    QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QString(), QStringLiteral("ejer"),
                                         QStringLiteral("256"), QStringLiteral("--"), source, pdf}));
    const ExtractionResult result = extract(pdf, QStringLiteral("application/pdf"));
    QCOMPARE(result.status, QStringLiteral("ok"));
    QVERIFY(result.text.contains(QStringLiteral("ejeradgangskode")));
}

void TestTextExtractor::truncatedPdfFails()
{
    SimplePdfWriter writer;
    writer.setCompressed(true);
    writer.addParagraph(QStringLiteral("Kære borger. Blåbærgrød med fløde."));
    const QByteArray pdf = writer.toPdf();
    for (const int percent : {30, 60, 90}) {
        const QString file =
            save(QStringLiteral("truncated-%1.pdf").arg(percent), pdf.left(pdf.size() * percent / 100));
        const ExtractionResult result = extract(file, QStringLiteral("application/pdf"));
        QCOMPARE(result.status, QStringLiteral("failed"));
        QVERIFY2(result.error.contains(QStringLiteral("cannot be read")), qPrintable(result.error));
    }
}

void TestTextExtractor::garbagePdfFails()
{
    QByteArray bytes("%PDF-1.7\n");
    for (int index = 0; index < 2000; ++index) {
        bytes.append(char((index * 37 + 11) % 256));
    }
    const ExtractionResult result =
        extract(save(QStringLiteral("garbage.pdf"), bytes), QStringLiteral("application/pdf"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY(!result.error.isEmpty());
}

void TestTextExtractor::docx()
{
    if (!have(QStringLiteral("zip"))) {
        QSKIP("needs zip (Debian: zip)");
    }
    QDir dir(path(QStringLiteral("docx")));
    QVERIFY(dir.mkpath(QStringLiteral("_rels")) && dir.mkpath(QStringLiteral("word")));
    QVERIFY(!save(QStringLiteral("docx/[Content_Types].xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" "
                  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/word/document.xml\" "
                  "ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  "</Types>")
                 .isEmpty());
    QVERIFY(
        !save(QStringLiteral("docx/_rels/.rels"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Target=\"word/document.xml\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
              "</Relationships>")
             .isEmpty());
    QVERIFY(
        !save(QStringLiteral("docx/word/document.xml"),
              QStringLiteral(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                  "<w:document "
                  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                  "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                  "<w:r><w:t>Kære borger</w:t></w:r></w:p>"
                  "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Blåbærgrød </w:t></w:r>"
                  "<w:r><w:t>med</w:t><w:tab/><w:t>fløde</w:t><w:br/><w:t>Æbler og Øl på Ålborg</w:t></w:r>"
                  "<w:del><w:r><w:delText>slettet</w:delText></w:r></w:del>"
                  "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"
                  "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>søndag</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                  "<w:sectPr/></w:body></w:document>")
                  .toUtf8())
             .isEmpty());
    const QString docx = path(QStringLiteral("brev.docx"));
    QVERIFY(run(QStringLiteral("zip"),
                {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-r"), docx, QStringLiteral(".")},
                dir.path()));
    const ExtractionResult result = extract(
        docx, QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    QCOMPARE(result.status, QStringLiteral("ok"));
    QCOMPARE(result.text,
             QStringLiteral("Kære borger\nBlåbærgrød med\tfløde\nÆbler og Øl på Ålborg\nsøndag\n"));
    // The extension is enough when the MIME type is unknown.
    QCOMPARE(extract(docx, QStringLiteral("application/octet-stream")).text, result.text);
}

void TestTextExtractor::odt()
{
    if (!have(QStringLiteral("zip"))) {
        QSKIP("needs zip (Debian: zip)");
    }
    QDir dir(path(QStringLiteral("odt")));
    QVERIFY(dir.mkpath(QStringLiteral("META-INF")));
    QVERIFY(!save(QStringLiteral("odt/mimetype"), "application/vnd.oasis.opendocument.text").isEmpty());
    QVERIFY(!save(QStringLiteral("odt/META-INF/manifest.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                  "manifest:version=\"1.2\">"
                  "<manifest:file-entry manifest:full-path=\"/\" "
                  "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                  "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                  "</manifest:manifest>")
                 .isEmpty());
    QVERIFY(
        !save(
             QStringLiteral("odt/content.xml"),
             QStringLiteral(
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                 "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                 "<office:automatic-styles/><office:body><office:text>"
                 "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
                 "<text:p>slettet</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                 "<text:h text:outline-level=\"1\">Kære borger</text:h>\n"
                 "<text:p>Blåbærgrød <text:span>med</text:span><text:tab/>fløde<text:line-break/>"
                 "Æbler<text:s text:c=\"2\"/>og   Øl\n på <text:a>Ålborg</text:a></text:p>"
                 "<office:annotation><text:p>en kommentar</text:p></office:annotation>"
                 "<text:p>søndag</text:p>"
                 "</office:text></office:body></office:document-content>")
                 .toUtf8())
             .isEmpty());
    const QString odt = path(QStringLiteral("brev.odt"));
    QVERIFY(run(
        QStringLiteral("zip"),
        {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-0"), odt, QStringLiteral("mimetype")},
        dir.path()));
    QVERIFY(run(QStringLiteral("zip"),
                {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-r"), odt, QStringLiteral("."),
                 QStringLiteral("-x"), QStringLiteral("mimetype")},
                dir.path()));
    const ExtractionResult result = extract(odt, QStringLiteral("application/vnd.oasis.opendocument.text"));
    QCOMPARE(result.status, QStringLiteral("ok"));
    QCOMPARE(result.text,
             QStringLiteral("Kære borger\nBlåbærgrød med\tfløde\nÆbler  og Øl på Ålborg\nsøndag\n"));
}

void TestTextExtractor::brokenZipFails()
{
    QByteArray bytes("PK\x03\x04");
    bytes.append(QByteArray(500, 'x'));
    const QString docx = save(QStringLiteral("broken.docx"), bytes);
    const ExtractionResult result = extract(
        docx, QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QStringLiteral("cannot be read")), qPrintable(result.error));

    const QString odt = save(QStringLiteral("broken.odt"), "not a zip at all");
    QCOMPARE(extract(odt, QStringLiteral("application/vnd.oasis.opendocument.text")).status,
             QStringLiteral("failed"));
}

void TestTextExtractor::plainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString danish = QStringLiteral("Kære borger: blåbærgrød, Æbler, Øl, Ålborg\n");
    QTest::newRow("UTF-8") << danish.toUtf8() << danish;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + danish.toUtf8() << danish;
    QByteArray utf16le("\xFF\xFE", 2);
    QByteArray utf16be("\xFE\xFF", 2);
    for (const QChar c : danish) {
        utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16 LE BOM") << utf16le << danish;
    QTest::newRow("UTF-16 BE BOM") << utf16be << danish;
    QTest::newRow("ISO-8859-1") << danish.toLatin1() << danish;
    QTest::newRow("Windows-1252") << QByteArray("Pris: 100 \x80 \x96 \x93"
                                                "citat\x94 \xE6\xF8\xE5")
                                  << QStringLiteral("Pris: 100 € – “citat” æøå");
}

void TestTextExtractor::plainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString file =
        save(QStringLiteral("tekst-%1.txt").arg(QString::fromLatin1(QTest::currentDataTag())), bytes);
    const ExtractionResult result = extract(file, QStringLiteral("text/plain"));
    QCOMPARE(result.status, QStringLiteral("ok"));
    QCOMPARE(result.text, expected);
}

void TestTextExtractor::html()
{
    const QString file =
        save(QStringLiteral("side.html"),
             QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Titel</title>"
                            "<style>p { color: red; }</style><script>var skjult = 1;</script></head>"
                            "<body><h1>K&aelig;re borger</h1><p>Bl&aring;b&aelig;rgr&oslash;d &amp; "
                            "fl&oslash;de</p><p>Æbler og Øl på <b>Ålborg</b>&nbsp;havn</p></body></html>")
                 .toUtf8());
    const ExtractionResult result = extract(file, QStringLiteral("text/html"));
    QCOMPARE(result.status, QStringLiteral("ok"));
    QCOMPARE(result.text, QStringLiteral("Kære borger\nBlåbærgrød & fløde\nÆbler og Øl på Ålborg havn"));
}

void TestTextExtractor::htmlLatin1()
{
    const QString file =
        save(QStringLiteral("latin1.htm"), QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" "
                                                          "content=\"text/html; charset=iso-8859-1\"></head>"
                                                          "<body><p>Kære borger på Ålborg</p></body></html>")
                                               .toLatin1());
    const ExtractionResult result = extract(file, QString()); // no MIME type: by the extension
    QCOMPARE(result.status, QStringLiteral("ok"));
    QCOMPARE(result.text, QStringLiteral("Kære borger på Ålborg"));
}

void TestTextExtractor::imageIsNone()
{
    const QString png = save(QStringLiteral("billede.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const ExtractionResult result = extract(png, QStringLiteral("image/png"));
    QCOMPARE(result.status, QStringLiteral("none"));
    QVERIFY(result.text.isEmpty());
    QVERIFY(result.error.isEmpty());
    // An image MIME type wins over a misleading extension.
    const QString txt = save(QStringLiteral("billede.txt"), "tekst");
    QCOMPARE(extract(txt, QStringLiteral("image/jpeg")).status, QStringLiteral("none"));
}

void TestTextExtractor::unknownMimeUsesExtension()
{
    const QString txt = save(QStringLiteral("noter.txt"), QStringLiteral("Blåbærgrød").toUtf8());
    QCOMPARE(extract(txt, QStringLiteral("application/octet-stream")).text, QStringLiteral("Blåbærgrød"));
    const QString bin = save(QStringLiteral("data.bin"), "\x01\x02\x03");
    QCOMPARE(extract(bin, QStringLiteral("application/octet-stream")).status, QStringLiteral("none"));
}

void TestTextExtractor::missingFileFails()
{
    const ExtractionResult result =
        extract(path(QStringLiteral("findes-ikke.pdf")), QStringLiteral("application/pdf"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY(!result.error.isEmpty());
}

void TestTextExtractor::helperFromEnvironment()
{
    const QString txt = save(QStringLiteral("miljø.txt"), "hej");
    qputenv("AKTA_EXTRACT_PATH", QFile::encodeName(m_helper));
    const ExtractionResult result = TextExtractor().extract(txt, QStringLiteral("text/plain"));
    qunsetenv("AKTA_EXTRACT_PATH");
    QCOMPARE(result.status, QStringLiteral("ok"));
    QCOMPARE(result.text, QStringLiteral("hej"));
}

void TestTextExtractor::hangingHelperIsKilled()
{
    const QString helper = script(QStringLiteral("hang.sh"), "exec sleep 30");
    const QString txt = save(QStringLiteral("hang.txt"), "hej");
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = TextExtractor(helper, 1000).extract(txt, QStringLiteral("text/plain"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QCOMPARE(result.error, QStringLiteral("the extractor did not finish within 1 s"));
}

void TestTextExtractor::crashingHelperFails()
{
    const QString helper = script(QStringLiteral("crash.sh"), "kill -SEGV $$");
    const QString txt = save(QStringLiteral("crash.txt"), "hej");
    const ExtractionResult result = TextExtractor(helper, 10000).extract(txt, QStringLiteral("text/plain"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY2(result.error.startsWith(QStringLiteral("the extractor crashed (")), qPrintable(result.error));
}

void TestTextExtractor::garbageAnswerFails()
{
    const QString helper = script(QStringLiteral("garbage.sh"), "echo 'not json'");
    const QString txt = save(QStringLiteral("garbage.txt"), "hej");
    const ExtractionResult result = TextExtractor(helper, 10000).extract(txt, QStringLiteral("text/plain"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QStringLiteral("no valid answer")), qPrintable(result.error));
}

void TestTextExtractor::missingHelperFails()
{
    const QString txt = save(QStringLiteral("missing.txt"), "hej");
    const ExtractionResult result = TextExtractor(path(QStringLiteral("no-such-helper")), 10000)
                                        .extract(txt, QStringLiteral("text/plain"));
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QStringLiteral("could not be started")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestTextExtractor)
#include "tst_textextractor.moc"

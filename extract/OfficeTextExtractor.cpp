#include "OfficeTextExtractor.h"

#include "TextLimit.h"

#include <QStringList>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace akta::extract {

namespace {

const QString wordMain = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString wordStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString odfText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString odfOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

bool isWord(const QXmlStreamReader& reader)
{
    return reader.namespaceUri() == wordMain || reader.namespaceUri() == wordStrict;
}

// ODF collapses runs of white space in character data to one space (text:s spells out more).
QString collapseWhiteSpace(QStringView data)
{
    QString result;
    result.reserve(data.size());
    bool inSpace = false;
    for (const QChar c : data) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            if (!inSpace) {
                result.append(u' ');
            }
            inSpace = true;
        } else {
            result.append(c);
            inSpace = false;
        }
    }
    return result;
}

} // namespace

bool OfficeTextExtractor::readDocxPart(QXmlStreamReader& reader, QString& text)
{
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && isWord(reader)) {
            const QStringView name = reader.name();
            if (name == u"pPr" || name == u"rPr" || name == u"sectPr" || name == u"tblPr") {
                reader.skipCurrentElement(); // properties: tab stops are w:tab too
            } else if (name == u"t") {
                if (!TextLimit::append(text, reader.readElementText())) {
                    return false;
                }
            } else if (name == u"tab" || name == u"ptab") {
                text.append(u'\t');
            } else if (name == u"br" || name == u"cr") {
                text.append(u'\n');
            } else if (name == u"noBreakHyphen") {
                text.append(u'-');
            }
        } else if (token == QXmlStreamReader::EndElement && isWord(reader) && reader.name() == u"p") {
            if (!TextLimit::append(text, u"\n")) {
                return false;
            }
        }
    }
    return true;
}

bool OfficeTextExtractor::readOdtContent(QXmlStreamReader& reader, QString& text)
{
    int bodyDepth = 0;      // inside office:body
    int paragraphDepth = 0; // inside text:p/text:h
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (reader.namespaceUri() == odfOffice) {
                if (name == u"body") {
                    ++bodyDepth;
                } else if (name == u"annotation") {
                    reader.skipCurrentElement();
                }
                continue;
            }
            if (bodyDepth == 0 || reader.namespaceUri() != odfText) {
                continue;
            }
            if (name == u"tracked-changes") {
                reader.skipCurrentElement();
            } else if (name == u"p" || name == u"h") {
                ++paragraphDepth;
            } else if (name == u"s") {
                bool ok = false;
                const int count = reader.attributes().value(odfText, QStringLiteral("c")).toInt(&ok);
                text.append(QString(ok && count > 0 ? qMin(count, 1000) : 1, u' '));
            } else if (name == u"tab") {
                text.append(u'\t');
            } else if (name == u"line-break") {
                text.append(u'\n');
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (reader.namespaceUri() == odfOffice && reader.name() == u"body") {
                --bodyDepth;
            } else if (bodyDepth > 0 && reader.namespaceUri() == odfText &&
                       (reader.name() == u"p" || reader.name() == u"h")) {
                --paragraphDepth;
                if (!TextLimit::append(text, u"\n")) {
                    return false;
                }
            }
        } else if (token == QXmlStreamReader::Characters && bodyDepth > 0 && paragraphDepth > 0) {
            if (!TextLimit::append(text, collapseWhiteSpace(reader.text()))) {
                return false;
            }
        }
    }
    return true;
}

ExtractedText OfficeTextExtractor::extract(const QString& filePath, Format format)
{
    QuaZip zip(filePath);
    if (!zip.open(QuaZip::mdUnzip)) {
        return ExtractedText::failed(QStringLiteral("the document cannot be read (not a valid zip archive)"));
    }
    const QStringList parts = format == Format::Docx ? QStringList{QStringLiteral("word/document.xml"),
                                                                   QStringLiteral("word/footnotes.xml"),
                                                                   QStringLiteral("word/endnotes.xml")}
                                                     : QStringList{QStringLiteral("content.xml")};
    QString text;
    bool complete = true;
    for (qsizetype index = 0; index < parts.size() && complete; ++index) {
        const QString& part = parts.at(index);
        if (!zip.setCurrentFile(part)) {
            if (index == 0) {
                return ExtractedText::failed(
                    QStringLiteral("the document cannot be read (%1 is missing)").arg(part));
            }
            continue; // footnotes and endnotes are optional
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return ExtractedText::failed(
                QStringLiteral("the document cannot be read (%1 cannot be unpacked)").arg(part));
        }
        QXmlStreamReader reader(&file);
        complete = format == Format::Docx ? readDocxPart(reader, text) : readOdtContent(reader, text);
        if (complete && reader.hasError()) {
            return ExtractedText::failed(
                QStringLiteral("the document cannot be read (%1: %2)").arg(part, reader.errorString()));
        }
        file.close();
        if (complete && file.getZipError() != UNZ_OK) {
            return ExtractedText::failed(
                QStringLiteral("the document cannot be read (%1 is damaged)").arg(part));
        }
    }
    if (text.trimmed().isEmpty()) {
        return ExtractedText::none();
    }
    return ExtractedText::ok(std::move(text), !complete);
}

} // namespace akta::extract

#include "kle/KleXmlCursor.h"

#include "kle/KleImportError.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace akta::kle {

void KleXmlCursor::check() const
{
    if (m_xml.hasError()) {
        const QString reason =
            m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                ? QStringLiteral("the file ends too early (truncated?): %1").arg(m_xml.errorString())
                : m_xml.errorString();
        throw KleImportError(m_xml.lineNumber(), m_xml.columnNumber(), reason);
    }
}

void KleXmlCursor::fail(const QString& reason) const
{
    throw KleImportError(m_xml.lineNumber(), m_xml.columnNumber(), reason);
}

void KleXmlCursor::readRoot(const QString& rootName, const std::function<void(const QString&)>& child)
{
    if (!m_xml.readNextStartElement()) {
        check();
        fail(QStringLiteral("the file is empty or not XML"));
    }
    if (m_xml.name() != rootName) {
        fail(QStringLiteral("expected <%1>, found <%2>").arg(rootName, m_xml.name().toString()));
    }
    forEachChild(child);
    // Read to the end so that anything broken after the root is found too.
    while (!m_xml.atEnd()) {
        m_xml.readNext();
    }
    check();
}

void KleXmlCursor::forEachChild(const std::function<void(const QString&)>& child)
{
    while (m_xml.readNextStartElement()) {
        child(m_xml.name().toString());
        if (!m_xml.isEndElement()) {
            fail(QStringLiteral("internal error: <%1> was not consumed").arg(m_xml.name().toString()));
        }
    }
    check();
}

QString KleXmlCursor::readText()
{
    const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    check();
    return text;
}

QString KleXmlCursor::readInnerXml(const QString& wrapper)
{
    QString html;
    QXmlStreamWriter writer(&html);
    int depth = 0;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        check();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() != wrapper || depth > 0) {
                writer.writeStartElement(m_xml.name().toString());
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0) {
                if (m_xml.name() == wrapper) {
                    continue;
                }
                break; // the end of the element we were called on
            }
            writer.writeEndElement();
            --depth;
        } else if (token == QXmlStreamReader::Characters) {
            writer.writeCharacters(m_xml.text().toString());
        }
    }
    check();
    return html.trimmed();
}

void KleXmlCursor::skip()
{
    m_xml.skipCurrentElement();
    check();
}

} // namespace akta::kle

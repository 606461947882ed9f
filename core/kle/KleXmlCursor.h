#pragma once

#include <QString>

#include <functional>

class QXmlStreamReader;

namespace akta::kle {

// A small helper over QXmlStreamReader for the KLE files: visit child elements by name, read
// text, skip what we do not use, and turn every error (including a truncated file) into a
// KleImportError with the line and column.
class KleXmlCursor final
{
public:
    explicit KleXmlCursor(QXmlStreamReader& xml) : m_xml(xml) {}

    // Expects the document's root element to be `rootName` and visits its children.
    void readRoot(const QString& rootName, const std::function<void(const QString&)>& child);
    // Calls `child` with the name of each child element of the current element; the callback must
    // consume the element (readText, readInnerXml, skip or a nested forEachChild).
    void forEachChild(const std::function<void(const QString&)>& child);
    QString readText();
    // The content of the current element's child `wrapper` (or of the element itself) as XML text.
    QString readInnerXml(const QString& wrapper);
    void skip();
    [[noreturn]] void fail(const QString& reason) const;

private:
    void check() const;

    QXmlStreamReader& m_xml;
};

} // namespace akta::kle

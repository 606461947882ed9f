#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace akta::demo {

// A minimal PDF 1.4 writer for plain text documents: A4 pages, the standard fonts Helvetica and
// Helvetica-Bold with WinAnsiEncoding (so æøåÆØÅ, é, ü, –, € and the like come out right, and text
// extraction gives them back), word wrapping with the Helvetica metrics, page breaks, an Info
// dictionary and a correct cross-reference table. No fonts are embedded, so the files are small.
// Characters outside WinAnsi are written as '?'. The output depends only on what was added, so the
// same input always gives the same bytes.
class SimplePdfWriter final
{
public:
    SimplePdfWriter();

    void setTitle(const QString& title) { m_title = title; }
    void setAuthor(const QString& author) { m_author = author; }
    // Written as /CreationDate when valid; nothing is taken from the clock.
    void setCreationDate(const QDateTime& time) { m_creationDate = time; }
    // Compresses the page contents with Flate (smaller files, a little more work). Off by default.
    void setCompressed(bool compressed) { m_compressed = compressed; }

    // A bold line (wrapped when long) with some space after it.
    void addHeading(const QString& text);
    // A paragraph of body text, wrapped to the page width; '\n' inside it starts a new line.
    // Paragraphs are separated by half a line.
    void addParagraph(const QString& text);
    // Vertical space in points.
    void addSpace(double points);
    // Starts a new page (a page is also started whenever the text reaches the bottom margin).
    void newPage();

    int pageCount() const { return int(m_pages.size()); }
    QByteArray toPdf() const;

    // The WinAnsi (Windows-1252) bytes for `text`; '?' for what WinAnsi cannot show.
    static QByteArray toWinAnsi(QStringView text);
    // The width in points of WinAnsi text set in Helvetica (or Helvetica-Bold) at `fontSize`.
    static double textWidth(const QByteArray& winAnsi, double fontSize, bool bold = false);

private:
    enum class Font
    {
        Regular,
        Bold
    };

    void writeLines(const QString& text, Font font, double fontSize, double leading);
    void writeLine(const QByteArray& winAnsi, Font font, double fontSize, double leading);
    QList<QByteArray> wrap(const QByteArray& winAnsi, Font font, double fontSize) const;

    QString m_title;
    QString m_author;
    QDateTime m_creationDate;
    bool m_compressed = false;
    QList<QByteArray> m_pages; // the content stream of each page
    double m_y = 0;            // the baseline of the next line on the last page
};

} // namespace akta::demo

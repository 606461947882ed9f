#include "demo/SimplePdfWriter.h"

#include <array>
#include <cmath>

namespace akta::demo {

namespace {

constexpr double kPageWidth = 595.0; // A4 in points
constexpr double kPageHeight = 842.0;
constexpr double kMarginLeft = 70.0;
constexpr double kMarginRight = 60.0;
constexpr double kMarginTop = 72.0;
constexpr double kMarginBottom = 72.0;
constexpr double kBodySize = 11.0;
constexpr double kBodyLeading = 14.5;
constexpr double kHeadingSize = 15.0;
constexpr double kHeadingLeading = 19.0;
constexpr double kTextWidth = kPageWidth - kMarginLeft - kMarginRight;

// Glyph widths (1/1000 em) of Helvetica and Helvetica-Bold for the WinAnsi codes 32-126,
// 128-159 and 160-255, from the metrics of the standard 14 fonts.
constexpr std::array<short, 95> kRegularAscii{
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 32-47
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 48-63
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 64-79
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 80-95
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 96-111
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // 112-126
constexpr std::array<short, 95> kBoldAscii{
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 32-47
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 48-63
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 64-79
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 80-95
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 96-111
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};     // 112-126
constexpr std::array<short, 32> kRegularHigh{
    556, 0,   222, 556, 333, 1000, 556, 556,  333, 1000, 667, 333, 1000, 0, 611, 0,    // 128-143
    0,   222, 222, 333, 333, 350,  556, 1000, 333, 1000, 500, 333, 944,  0, 500, 667}; // 144-159
constexpr std::array<short, 32> kBoldHigh{
    556, 0,   278, 556, 500, 1000, 556, 556,  333, 1000, 667, 333, 1000, 0, 611, 0,    // 128-143
    0,   278, 278, 500, 500, 350,  556, 1000, 333, 1000, 556, 333, 944,  0, 500, 667}; // 144-159
constexpr std::array<short, 96> kRegularLatin1{
    278, 333, 556, 556, 556, 556, 260,  556, 333, 737, 370, 556, 584, 333, 737, 333,  // 160-175
    400, 584, 333, 333, 333, 556, 537,  278, 333, 333, 365, 556, 834, 834, 834, 611,  // 176-191
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 192-207
    722, 722, 778, 778, 778, 778, 778,  584, 778, 722, 722, 722, 722, 667, 667, 611,  // 208-223
    556, 556, 556, 556, 556, 556, 889,  500, 556, 556, 556, 556, 278, 278, 278, 278,  // 224-239
    556, 556, 556, 556, 556, 556, 556,  584, 611, 556, 556, 556, 556, 500, 556, 500}; // 240-255
constexpr std::array<short, 96> kBoldLatin1{
    278, 333, 556, 556, 556, 556, 280,  556, 333, 737, 370, 556, 584, 333, 737, 333,  // 160-175
    400, 584, 333, 333, 333, 611, 556,  278, 333, 333, 365, 556, 834, 834, 834, 611,  // 176-191
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 192-207
    722, 722, 778, 778, 778, 778, 778,  584, 778, 722, 722, 722, 722, 667, 667, 611,  // 208-223
    556, 556, 556, 556, 556, 556, 889,  556, 556, 556, 556, 556, 278, 278, 278, 278,  // 224-239
    611, 611, 611, 611, 611, 611, 611,  584, 611, 611, 611, 611, 611, 556, 611, 556}; // 240-255

int glyphWidth(unsigned char code, bool bold)
{
    if (code >= 32 && code <= 126) {
        return bold ? kBoldAscii[code - 32] : kRegularAscii[code - 32];
    }
    if (code >= 160) {
        return bold ? kBoldLatin1[code - 160] : kRegularLatin1[code - 160];
    }
    if (code >= 128) {
        const int width = bold ? kBoldHigh[code - 128] : kRegularHigh[code - 128];
        return width > 0 ? width : 556;
    }
    return 0;
}

// The Windows-1252 code of a character outside Latin-1, or 0.
unsigned char winAnsiSpecial(char16_t c)
{
    switch (c) {
    case 0x20AC:
        return 0x80;
    case 0x201A:
        return 0x82;
    case 0x0192:
        return 0x83;
    case 0x201E:
        return 0x84;
    case 0x2026:
        return 0x85;
    case 0x2020:
        return 0x86;
    case 0x2021:
        return 0x87;
    case 0x02C6:
        return 0x88;
    case 0x2030:
        return 0x89;
    case 0x0160:
        return 0x8A;
    case 0x2039:
        return 0x8B;
    case 0x0152:
        return 0x8C;
    case 0x017D:
        return 0x8E;
    case 0x2018:
        return 0x91;
    case 0x2019:
        return 0x92;
    case 0x201C:
        return 0x93;
    case 0x201D:
        return 0x94;
    case 0x2022:
        return 0x95;
    case 0x2013:
        return 0x96;
    case 0x2014:
        return 0x97;
    case 0x02DC:
        return 0x98;
    case 0x2122:
        return 0x99;
    case 0x0161:
        return 0x9A;
    case 0x203A:
        return 0x9B;
    case 0x0153:
        return 0x9C;
    case 0x017E:
        return 0x9E;
    case 0x0178:
        return 0x9F;
    default:
        return 0;
    }
}

// Appends a number with at most two decimals, without exponent or trailing zeros.
void appendNumber(QByteArray& out, double value)
{
    long long hundredths = std::llround(value * 100.0);
    if (hundredths < 0) {
        out.append('-');
        hundredths = -hundredths;
    }
    out.append(QByteArray::number(hundredths / 100));
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out.append('.');
        out.append(char('0' + fraction / 10));
        if (fraction % 10 != 0) {
            out.append(char('0' + fraction % 10));
        }
    }
}

// A PDF literal string: bytes as they are, with the delimiters and the backslash escaped.
void appendLiteral(QByteArray& out, const QByteArray& bytes)
{
    out.append('(');
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\') {
            out.append('\\');
        }
        out.append(c);
    }
    out.append(')');
}

// A PDF text string for the Info dictionary: UTF-16BE with a byte order mark, as hex.
void appendTextString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    out.append("<FEFF");
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        out.append(hex[(unit >> 12) & 0xf]).append(hex[(unit >> 8) & 0xf]);
        out.append(hex[(unit >> 4) & 0xf]).append(hex[unit & 0xf]);
    }
    out.append('>');
}

} // namespace

SimplePdfWriter::SimplePdfWriter()
{
    newPage();
}

QByteArray SimplePdfWriter::toWinAnsi(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if ((unit >= 0x20 && unit < 0x7f) || (unit >= 0xa0 && unit <= 0xff)) {
            out.append(char(unit));
        } else if (unit == '\t') {
            out.append(' ');
        } else if (const unsigned char code = winAnsiSpecial(unit)) {
            out.append(char(code));
        } else if (unit >= 0x20) {
            out.append('?');
        }
    }
    return out;
}

double SimplePdfWriter::textWidth(const QByteArray& winAnsi, double fontSize, bool bold)
{
    int units = 0;
    for (const char c : winAnsi) {
        units += glyphWidth(static_cast<unsigned char>(c), bold);
    }
    return units * fontSize / 1000.0;
}

void SimplePdfWriter::newPage()
{
    m_pages.append(QByteArray());
    m_pages.last().reserve(4096);
    m_y = kPageHeight - kMarginTop;
}

void SimplePdfWriter::addHeading(const QString& text)
{
    writeLines(text, Font::Bold, kHeadingSize, kHeadingLeading);
    m_y -= kBodyLeading * 0.5;
}

void SimplePdfWriter::addParagraph(const QString& text)
{
    writeLines(text, Font::Regular, kBodySize, kBodyLeading);
    m_y -= kBodyLeading * 0.5;
}

void SimplePdfWriter::addSpace(double points)
{
    m_y -= points;
}

void SimplePdfWriter::writeLines(const QString& text, Font font, double fontSize, double leading)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        const QByteArray line = toWinAnsi(QStringView(text).mid(start, end - start));
        const QList<QByteArray> pieces = wrap(line, font, fontSize);
        if (pieces.isEmpty()) {
            writeLine(QByteArray(), font, fontSize, leading);
        }
        for (const QByteArray& piece : pieces) {
            writeLine(piece, font, fontSize, leading);
        }
        start = end + 1;
    }
}

QList<QByteArray> SimplePdfWriter::wrap(const QByteArray& winAnsi, Font font, double fontSize) const
{
    const bool bold = font == Font::Bold;
    const int limit = int(kTextWidth * 1000.0 / fontSize); // in glyph units
    QList<QByteArray> lines;
    QByteArray current;
    int currentWidth = 0;
    const int spaceWidth = glyphWidth(' ', bold);
    qsizetype position = 0;
    while (position < winAnsi.size()) {
        // The next word and the spaces before it.
        qsizetype wordStart = position;
        while (wordStart < winAnsi.size() && winAnsi.at(wordStart) == ' ') {
            ++wordStart;
        }
        if (wordStart == winAnsi.size()) {
            break;
        }
        qsizetype wordEnd = winAnsi.indexOf(' ', wordStart);
        if (wordEnd < 0) {
            wordEnd = winAnsi.size();
        }
        QByteArray word = winAnsi.mid(wordStart, wordEnd - wordStart);
        int wordWidth = 0;
        for (const char c : std::as_const(word)) {
            wordWidth += glyphWidth(static_cast<unsigned char>(c), bold);
        }
        const int needed = current.isEmpty() ? wordWidth : currentWidth + spaceWidth + wordWidth;
        if (needed <= limit) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
            currentWidth = needed;
        } else {
            if (!current.isEmpty()) {
                lines.append(current);
                current.clear();
                currentWidth = 0;
            }
            // A word wider than the line is broken where it must be.
            while (wordWidth > limit) {
                int width = 0;
                qsizetype cut = 0;
                while (cut < word.size() &&
                       width + glyphWidth(static_cast<unsigned char>(word.at(cut)), bold) <= limit) {
                    width += glyphWidth(static_cast<unsigned char>(word.at(cut)), bold);
                    ++cut;
                }
                cut = qMax<qsizetype>(cut, 1);
                lines.append(word.left(cut));
                word = word.mid(cut);
                wordWidth -= width;
            }
            current = word;
            currentWidth = wordWidth;
        }
        position = wordEnd;
    }
    if (!current.isEmpty()) {
        lines.append(current);
    }
    return lines;
}

void SimplePdfWriter::writeLine(const QByteArray& winAnsi, Font font, double fontSize, double leading)
{
    if (m_y - leading < kMarginBottom - 1e-6) {
        newPage();
    }
    m_y -= leading;
    if (winAnsi.isEmpty()) {
        return;
    }
    QByteArray& page = m_pages.last();
    page.append(font == Font::Bold ? "BT /F2 " : "BT /F1 ");
    appendNumber(page, fontSize);
    page.append(" Tf ");
    appendNumber(page, kMarginLeft);
    page.append(' ');
    appendNumber(page, m_y);
    page.append(" Td ");
    appendLiteral(page, winAnsi);
    page.append(" Tj ET\n");
}

QByteArray SimplePdfWriter::toPdf() const
{
    const int pages = pageCount();
    // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its contents per page.
    const int objectCount = 5 + 2 * pages;
    QList<qsizetype> offsets(objectCount + 1, 0);

    QByteArray out;
    qsizetype contentSize = 0;
    for (const QByteArray& page : m_pages) {
        contentSize += page.size();
    }
    out.reserve(1200 + contentSize + pages * 200);
    out.append("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");

    auto begin = [&](int number) {
        offsets[number] = out.size();
        out.append(QByteArray::number(number)).append(" 0 obj\n");
    };

    begin(1);
    out.append("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");

    begin(2);
    out.append("<< /Type /Pages /Count ").append(QByteArray::number(pages)).append(" /Kids [");
    for (int i = 0; i < pages; ++i) {
        out.append(i == 0 ? "" : " ").append(QByteArray::number(6 + 2 * i)).append(" 0 R");
    }
    out.append("] >>\nendobj\n");

    begin(3);
    out.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n");
    begin(4);
    out.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>\n"
               "endobj\n");

    begin(5);
    out.append("<< /Producer (Akta)");
    if (!m_title.isEmpty()) {
        out.append(" /Title ");
        appendTextString(out, m_title);
    }
    if (!m_author.isEmpty()) {
        out.append(" /Author ");
        appendTextString(out, m_author);
    }
    if (m_creationDate.isValid()) {
        out.append(" /CreationDate (D:")
            .append(m_creationDate.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1())
            .append("Z)");
    }
    out.append(" >>\nendobj\n");

    for (int i = 0; i < pages; ++i) {
        const int pageObject = 6 + 2 * i;
        begin(pageObject);
        out.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ");
        appendNumber(out, kPageWidth);
        out.append(' ');
        appendNumber(out, kPageHeight);
        out.append("] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ")
            .append(QByteArray::number(pageObject + 1))
            .append(" 0 R >>\nendobj\n");

        begin(pageObject + 1);
        const QByteArray& content = m_pages.at(i);
        if (m_compressed) {
            // qCompress() puts a 4-byte length before the zlib stream that FlateDecode expects.
            const QByteArray packed = qCompress(content).mid(4);
            out.append("<< /Length ")
                .append(QByteArray::number(packed.size()))
                .append(" /Filter /FlateDecode >>\n");
            out.append("stream\n").append(packed).append("\nendstream\nendobj\n");
        } else {
            out.append("<< /Length ").append(QByteArray::number(content.size())).append(" >>\n");
            out.append("stream\n").append(content).append("\nendstream\nendobj\n");
        }
    }

    const qsizetype xref = out.size();
    out.append("xref\n0 ").append(QByteArray::number(objectCount + 1)).append("\n0000000000 65535 f \n");
    for (int number = 1; number <= objectCount; ++number) {
        out.append(QByteArray::number(offsets.at(number)).rightJustified(10, '0')).append(" 00000 n \n");
    }
    out.append("trailer\n<< /Size ").append(QByteArray::number(objectCount + 1));
    out.append(" /Root 1 0 R /Info 5 0 R >>\nstartxref\n")
        .append(QByteArray::number(xref))
        .append("\n%%EOF\n");
    return out;
}

} // namespace akta::demo

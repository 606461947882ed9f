#include "search/SearchTokenizer.h"

#include "search/CompoundLexicon.h"
#include "search/SearchWords.h"

#include <QChar>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace akta::search {

namespace {

// Decodes one UTF-8 code point at `i`; returns U+FFFD for a broken sequence and advances `i`.
char32_t decode(QByteArrayView text, qsizetype& i)
{
    const auto byte = [&text](qsizetype at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    int extra = 0;
    char32_t code = 0;
    if (lead < 0x80) {
        ++i;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        code = lead & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + extra >= text.size()) {
        i = text.size();
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0) != 0x80) {
            i += k;
            return 0xFFFD;
        }
        code = (code << 6) | (next & 0x3F);
    }
    i += 1 + extra;
    return code;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

bool isConnector(char32_t c)
{
    return c == '.' || c == '-' || c == '/' || c == 0x2010 || c == 0x2011 || c == 0x2013;
}

// A run of word characters with inner connectors that is a number as a whole.
const QRegularExpression& caseNumber()
{
    static const QRegularExpression re(
        QStringLiteral("^\\d\\d(\\.\\d\\d){1,2}(-[a-z]\\d\\d(-\\d+(-\\d\\d)?)?)?$"));
    return re;
}

const QRegularExpression& danishDate()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4})$"));
    return re;
}

const QRegularExpression& numberGroups()
{
    static const QRegularExpression re(QStringLiteral("^\\d+([.\\-/]\\d+)*$"));
    return re;
}

const QRegularExpression& cpr()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{6})-(\\d{4})$"));
    return re;
}

// The whole-number form of a run, or a null string when the run is words to be split.
QString wholeNumber(const QString& run)
{
    const QString lower = run.toLower();
    if (const auto m = cpr().match(lower); m.hasMatch()) {
        return m.captured(1) + m.captured(2);
    }
    if (const auto m = danishDate().match(lower); m.hasMatch()) {
        return QStringLiteral("%1-%2-%3")
            .arg(m.captured(3))
            .arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'))
            .arg(m.captured(1).toInt(), 2, 10, QLatin1Char('0'));
    }
    if (caseNumber().match(lower).hasMatch() || numberGroups().match(lower).hasMatch()) {
        return lower;
    }
    return {};
}

// What one word is indexed as: its stem, then its known parts.
struct WordTokens
{
    QByteArray stem;
    QList<QByteArray> parts;
};

constexpr qsizetype kMinCompound = 7;
constexpr qsizetype kMinPart = 3;

// Splits a normalized word into known words, the last one possibly inflected; empty when it cannot.
bool segment(const QString& word, qsizetype from, QStringList& out, int depth)
{
    const CompoundLexicon& lexicon = CompoundLexicon::builtIn();
    const QString rest = word.mid(from);
    if (from > 0 && rest.size() >= kMinPart) {
        const QString stem = SearchWords::stem(rest);
        if (stem.size() >= kMinPart && lexicon.contains(stem)) {
            out.append(stem);
            return true;
        }
    }
    if (depth >= 3) {
        return false;
    }
    for (qsizetype length = word.size() - from - kMinPart; length >= kMinPart; --length) {
        const QStringView part = QStringView(word).mid(from, length);
        if (!lexicon.contains(part)) {
            continue;
        }
        const qsizetype next = from + length;
        QStringList tail;
        if (segment(word, next, tail, depth + 1) ||
            ((word[next] == u's' || word[next] == u'e') && next + 1 < word.size() &&
             segment(word, next + 1, tail, depth + 1))) {
            out.append(SearchWords::stem(part));
            out.append(tail);
            return true;
        }
    }
    return false;
}

// A prefix typed past the end of a word's stem ("byggetilladel" of "byggetilladelse", whose stem is
// "byggetillad") must still match it: the stem of a long prefix gives up to three letters, never going
// below six.
QString prefixStem(const QString& normalized)
{
    const QString stem = SearchWords::stem(normalized);
    const qsizetype keep = std::max(stem.size() - 3, std::min<qsizetype>(stem.size(), 6));
    return stem.left(keep);
}

WordTokens analyse(const QString& normalized, SearchTokenizer::Mode mode)
{
    const bool withParts = mode == SearchTokenizer::Mode::Document;
    WordTokens result;
    bool hasDigit = false;
    for (const QChar c : normalized) {
        hasDigit = hasDigit || c.isDigit();
    }
    const QString stem = hasDigit                                ? normalized
                         : mode == SearchTokenizer::Mode::Prefix ? prefixStem(normalized)
                                                                 : SearchWords::stem(normalized);
    result.stem = stem.toUtf8();
    QStringList parts;
    if (!hasDigit && mode != SearchTokenizer::Mode::Prefix) {
        // Snowball stems "skorstenen" to "skorsten" but "skorsten" to "skorst": the stem of the stem, at
        // the same place, lets each find the other (in a query it is an alternative).
        const QString again = SearchWords::stem(stem);
        if (again != stem && again.size() >= kMinPart) {
            parts.append(again);
        }
    }
    if (!hasDigit && mode != SearchTokenizer::Mode::Document) {
        // A query also asks for the stems of the word's other forms where Snowball cuts them differently
        // ("tagrende" -> "tagr", "tagrenden" -> "tagrend"); a prefix only needs the shorter ones.
        for (const QString& other : SearchWords::otherFormStems(normalized)) {
            if (mode == SearchTokenizer::Mode::Query ||
                (other.size() < stem.size() && stem.startsWith(other))) {
                parts.append(other);
            }
        }
    }
    if (!withParts || hasDigit || normalized.size() < kMinCompound) {
        for (const QString& part : std::as_const(parts)) {
            const QByteArray utf8 = part.toUtf8();
            if (utf8 != result.stem && !result.parts.contains(utf8)) {
                result.parts.append(utf8);
            }
        }
        return result;
    }
    if (!segment(normalized, 0, parts, 0)) {
        // No full split: the longest known head still counts ("xbyggetilladelse" -> "tilladels").
        const CompoundLexicon& lexicon = CompoundLexicon::builtIn();
        for (qsizetype from = kMinPart; from + 4 <= normalized.size(); ++from) {
            const QString head = SearchWords::stem(QStringView(normalized).mid(from));
            if (head.size() >= 4 && lexicon.contains(head)) {
                parts.append(head);
                break;
            }
        }
    }
    for (const QString& part : parts) {
        const QByteArray utf8 = part.toUtf8();
        if (utf8 != result.stem && !result.parts.contains(utf8)) {
            result.parts.append(utf8);
        }
    }
    return result;
}

// Words repeat a lot: each thread keeps what its recent words were indexed as.
const WordTokens& analyseCached(const QString& normalized, SearchTokenizer::Mode mode)
{
    thread_local QHash<QString, WordTokens> documentCache;
    thread_local QHash<QString, WordTokens> queryCache;
    thread_local QHash<QString, WordTokens> prefixCache;
    QHash<QString, WordTokens>& cache = mode == SearchTokenizer::Mode::Document ? documentCache
                                        : mode == SearchTokenizer::Mode::Query  ? queryCache
                                                                                : prefixCache;
    auto found = cache.constFind(normalized);
    if (found != cache.cend()) {
        return *found;
    }
    if (cache.size() > 200000) {
        cache.clear();
    }
    return *cache.insert(normalized, analyse(normalized, mode));
}

int emitWord(QByteArrayView text, qsizetype start, qsizetype end, SearchTokenizer::Mode mode,
             const SearchTokenizer::Emit& sink)
{
    const QString normalized = SearchWords::normalize(QString::fromUtf8(text.sliced(start, end - start)));
    if (normalized.isEmpty()) {
        return 0;
    }
    const WordTokens& tokens = analyseCached(normalized, mode);
    SearchTokenizer::Token token{tokens.stem, int(start), int(end), false};
    if (const int rc = sink(token); rc != 0) {
        return rc;
    }
    for (const QByteArray& part : tokens.parts) {
        if (const int rc = sink(SearchTokenizer::Token{part, int(start), int(end), true}); rc != 0) {
            return rc;
        }
    }
    return 0;
}

} // namespace

int SearchTokenizer::tokenize(QByteArrayView utf8, Mode mode, const Emit& sink)
{
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip to the start of a run.
        qsizetype runStart = i;
        char32_t c = decode(utf8, i);
        if (!isWordChar(c)) {
            continue;
        }
        // The run: word characters, with single connectors between them.
        bool hasDigit = c < 0x80 && c >= '0' && c <= '9';
        bool hasConnector = false;
        qsizetype runEnd = i;
        while (i < n) {
            qsizetype at = i;
            c = decode(utf8, at);
            if (isWordChar(c)) {
                hasDigit = hasDigit || (c >= '0' && c <= '9');
                i = at;
                runEnd = i;
                continue;
            }
            if (isConnector(c) && at < n) {
                qsizetype after = at;
                if (isWordChar(decode(utf8, after))) {
                    hasConnector = true;
                    i = at;
                    continue;
                }
            }
            break;
        }
        i = runEnd;
        if (hasDigit && hasConnector) {
            const QString whole = wholeNumber(QString::fromUtf8(utf8.sliced(runStart, runEnd - runStart)));
            if (!whole.isNull()) {
                if (const int rc = sink(Token{whole.toUtf8(), int(runStart), int(runEnd), false}); rc != 0) {
                    return rc;
                }
                continue;
            }
        }
        // Words: split the run at its connectors.
        qsizetype wordStart = runStart;
        qsizetype at = runStart;
        while (at < runEnd) {
            qsizetype next = at;
            const char32_t ch = decode(utf8, next);
            if (!isWordChar(ch)) {
                if (const int rc = emitWord(utf8, wordStart, at, mode, sink); rc != 0) {
                    return rc;
                }
                wordStart = next;
            }
            at = next;
        }
        if (const int rc = emitWord(utf8, wordStart, runEnd, mode, sink); rc != 0) {
            return rc;
        }
    }
    return 0;
}

QList<SearchTokenizer::Token> SearchTokenizer::tokens(QByteArrayView utf8, Mode mode)
{
    QList<Token> result;
    tokenize(utf8, mode, [&result](const Token& token) {
        result.append(token);
        return 0;
    });
    return result;
}

} // namespace akta::search

#include "kle/DanishTokenizer.h"

#include <QSet>

namespace akta::kle {

namespace {

// Appends the folded form of one lower-case character.
void appendFolded(QString& out, char16_t c)
{
    switch (c) {
    case u'à':
    case u'á':
    case u'â':
    case u'ã':
    case u'ā':
        out += u'a';
        break;
    case u'ä':
    case u'ǽ':
        out += u'æ';
        break;
    case u'ö':
    case u'ő':
    case u'ǿ':
        out += u'ø';
        break;
    case u'è':
    case u'é':
    case u'ê':
    case u'ë':
    case u'ē':
        out += u'e';
        break;
    case u'ì':
    case u'í':
    case u'î':
    case u'ï':
        out += u'i';
        break;
    case u'ò':
    case u'ó':
    case u'ô':
    case u'õ':
        out += u'o';
        break;
    case u'ù':
    case u'ú':
    case u'û':
    case u'ü':
    case u'ű':
        out += u'u';
        break;
    case u'ý':
    case u'ÿ':
        out += u'y';
        break;
    case u'ç':
    case u'č':
        out += u'c';
        break;
    case u'ñ':
        out += u'n';
        break;
    case u'ð':
        out += u'd';
        break;
    case u'š':
        out += u's';
        break;
    case u'ž':
        out += u'z';
        break;
    case u'ß':
        out += QLatin1String("ss");
        break;
    case u'þ':
        out += QLatin1String("th");
        break;
    default:
        out += QChar(c);
    }
}

bool isTokenChar(QChar c)
{
    // Combining marks stay inside a word: they are dropped by folding, not treated as separators.
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool hasDanishLetter(QStringView word)
{
    for (const QChar c : word) {
        if (c == u'æ' || c == u'ø' || c == u'å') {
            return true;
        }
    }
    return false;
}

QString replaced(QStringView word, bool aa, bool aeOe)
{
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        const QChar next = i + 1 < word.size() ? word[i + 1] : QChar();
        if (aa && c == u'a' && next == u'a') {
            out += u'å';
            ++i;
        } else if (aeOe && c == u'a' && next == u'e') {
            out += u'æ';
            ++i;
        } else if (aeOe && c == u'o' && next == u'e') {
            out += u'ø';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString DanishTokenizer::fold(QStringView text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString out;
    out.reserve(text.size());
    if (ascii) {
        for (const QChar c : text) {
            out += c.toLower();
        }
        return out;
    }
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    for (const QChar c : composed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue; // an accent that did not compose with its letter
        }
        appendFolded(out, c.toLower().unicode());
    }
    return out;
}

QList<DanishTokenizer::Token> DanishTokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !(text[i].isLetterOrNumber())) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        const qsizetype start = i;
        bool hasDigit = false;
        while (i < n && isTokenChar(text[i])) {
            hasDigit = hasDigit || text[i].isDigit();
            ++i;
        }
        // A surrogate pair (letters outside the BMP) is two code units that are not letters on their own.
        Token token;
        token.text = fold(text.sliced(start, i - start));
        token.position = start;
        token.length = i - start;
        token.hasDigit = hasDigit;
        if (!token.text.isEmpty()) {
            tokens.append(std::move(token));
        }
    }
    return tokens;
}

QStringList DanishTokenizer::words(QStringView text)
{
    QStringList result;
    for (Token& token : tokenize(text)) {
        result.append(std::move(token.text));
    }
    return result;
}

QStringList DanishTokenizer::spellingVariants(QStringView foldedWord)
{
    QStringList variants;
    if (hasDanishLetter(foldedWord)) {
        return variants;
    }
    for (const auto& [aa, aeOe] : {std::pair{true, false}, std::pair{true, true}, std::pair{false, true}}) {
        const QString variant = replaced(foldedWord, aa, aeOe);
        if (variant != foldedWord && !variants.contains(variant)) {
            variants.append(variant);
        }
    }
    return variants;
}

QString DanishTokenizer::withoutDanishLetters(QStringView foldedWord)
{
    QString out;
    out.reserve(foldedWord.size() + 2);
    for (const QChar c : foldedWord) {
        if (c == u'æ') {
            out += QLatin1String("ae");
        } else if (c == u'ø') {
            out += QLatin1String("oe");
        } else if (c == u'å') {
            out += QLatin1String("aa");
        } else {
            out += c;
        }
    }
    return out;
}

bool DanishTokenizer::isStopWord(QStringView foldedWord)
{
    static const QSet<QString> stopWords = [] {
        QSet<QString> set;
        const char* const list[] = {
            "ad",    "af",    "al",    "alle", "alt",    "anden", "at",    "blev",  "blive", "bliver",
            "da",    "de",    "dem",   "den",  "denne",  "der",   "deres", "det",   "dette", "dig",
            "din",   "disse", "dog",   "du",   "efter",  "eller", "en",    "end",   "er",    "et",
            "for",   "fra",   "ham",   "han",  "hans",   "har",   "havde", "have",  "hende", "hendes",
            "her",   "hos",   "hun",   "hvad", "hvis",   "hvor",  "i",     "ikke",  "ind",   "jeg",
            "jer",   "jo",    "kunne", "man",  "mange",  "med",   "meget", "men",   "mig",   "min",
            "mine",  "mit",   "mod",   "mv",   "mm",     "ned",   "noget", "nogle", "nu",    "når",
            "og",    "også",  "om",    "op",   "os",     "over",  "på",    "samt",  "selv",  "sig",
            "sin",   "sine",  "sit",   "skal", "skulle", "som",   "sådan", "thi",   "til",   "ud",
            "under", "var",   "vedr",  "vi",   "vil",    "ville", "vor",   "være",  "været", "ved",
        };
        for (const char* word : list) {
            set.insert(QString::fromUtf8(word));
        }
        return set;
    }();
    return stopWords.contains(foldedWord.toString());
}

} // namespace akta::kle

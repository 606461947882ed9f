#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace akta::kle {

// Splits Danish text into folded words for matching and search.
//
// - Case folding; æ, ø and å are kept as letters of their own (a decomposed "å" is composed first).
// - Foreign variants are folded onto the Danish alphabet: ä -> æ, ö -> ø, é/è/ê -> e, ü -> u, ß -> ss, ...
// - A token is a maximal run of letters and digits, so numbers and codes ("§ 119" -> "119", "ok01", "co2")
//   are kept; anything else (space, punctuation, hyphen, §) separates tokens.
// - spellingVariants() gives the respellings of a word typed without Danish letters ("aeldre" -> "ældre",
//   "Aabenraa" -> "åbenrå"). Whether a respelling is sensible depends on the vocabulary ("ekstraarbejde" must
//   keep its "aa"), so the caller picks the first variant it knows.
//
// All functions are pure and thread-safe.
class DanishTokenizer final
{
public:
    struct Token
    {
        QString text;           // folded
        qsizetype position = 0; // in the source text
        qsizetype length = 0;   // in the source text
        bool hasDigit = false;
    };

    static QList<Token> tokenize(QStringView text);
    // Only the folded words of tokenize().
    static QStringList words(QStringView text);
    // One word (or any text) folded as tokenize() folds it, without splitting it.
    static QString fold(QStringView text);
    // Respellings of a folded word written without æ, ø, å: "aa" -> "å" first, then also "ae" -> "æ" and
    // "oe" -> "ø". Empty when the word already has æ, ø or å, or has nothing to respell.
    static QStringList spellingVariants(QStringView foldedWord);
    // The word with æ, ø, å written as ae, oe, aa.
    static QString withoutDanishLetters(QStringView foldedWord);
    // Short Danish function words ("og", "i", "af", "til", ...) that say nothing about a subject.
    static bool isStopWord(QStringView foldedWord);
};

} // namespace akta::kle

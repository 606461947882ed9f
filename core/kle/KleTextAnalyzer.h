#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <unordered_set>
#include <utility>
#include <vector>

namespace akta::kle {

// Turns KLE titles, keywords and case titles into the weighted features the KleClassifier compares:
// - word features: the Snowball stem of each word ("ansøgninger" -> "ansøgning"), plus, at a lower weight,
// the
//   stems of its parts when the word is a compound of known words ("partistøtteloven" -> "partistøtte" +
//   "loven", "sundhedsaftale" -> "sundhed" + s + "aftale"), so a word inside a compound still counts;
// - character n-grams of each stem ("#par", "part", ...), which match inflections, compounds split in other
//   places and misspellings ("bygetiladelse").
// A word written without Danish letters is respelled when only the respelling is known ("aeldre" -> "ældre").
//
// Collect the vocabulary with addVocabulary(), then freeze(); after that analyze() is const and thread-safe.
class KleTextAnalyzer final
{
public:
    using FeatureList = std::vector<std::pair<quint64, float>>; // sorted by key, keys unique

    struct Options
    {
        float partWeight = 0.5f;      // a compound part against a whole word
        float paragraphWeight = 0.5f; // "§92" also counts as "§90-94" at this weight (and "§80-99" at half)
        int minGram = 3;
        int maxGram = 5;
    };
    struct Features
    {
        FeatureList words;
        FeatureList grams;
        QStringList stems; // the whole-word stems, in text order, for explanations
    };

    KleTextAnalyzer();

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    void clear();
    void addVocabulary(QStringView text);
    void freeze();

    Features analyze(QStringView text) const;
    // The stem of a folded word (from the frozen vocabulary's cache, else stemmed now).
    QString stem(const QString& foldedWord) const;
    // The parts of a compound of known words, each folded as in the word; empty when the word is no such
    // compound. Parts are at least 3 letters; linking "s" or "e" between parts is dropped.
    QStringList compoundParts(QStringView foldedWord) const;
    // The word itself when it is known or no respelling is; else its first known respelling.
    QString knownSpelling(const QString& foldedWord) const;
    bool isKnownWord(QStringView foldedWord) const;

    static quint64 wordKey(QStringView stem);

private:
    bool isKnownPart(quint64 hash) const { return m_parts.count(hash) != 0; }

    Options m_options;
    QHash<QString, int> m_vocabulary;    // folded word -> occurrences, while collecting
    QHash<QString, QString> m_stemCache; // folded word -> stem, after freeze()
    std::unordered_set<quint64> m_words; // hashes of known folded words
    std::unordered_set<quint64> m_parts; // hashes of folded words and stems that may be compound parts
};

} // namespace akta::kle

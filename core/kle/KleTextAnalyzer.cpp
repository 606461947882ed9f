#include "kle/KleTextAnalyzer.h"

#include "kle/DanishStemmer.h"
#include "kle/DanishTokenizer.h"

#include <algorithm>

namespace akta::kle {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;
constexpr quint64 WordSeed = 0x57ULL;
constexpr quint64 GramSeed = 0x47ULL;
constexpr int MinPartLength = 3;
constexpr int MinCompoundLength = 6;

quint64 mix(quint64 hash, char16_t c)
{
    hash ^= quint64(c);
    return hash * FnvPrime;
}

quint64 hashOf(QStringView text, quint64 seed = 0)
{
    quint64 hash = mix(FnvOffset, char16_t(seed));
    for (const QChar c : text) {
        hash = mix(hash, c.unicode());
    }
    return hash;
}

DanishStemmer& threadStemmer()
{
    thread_local DanishStemmer stemmer;
    return stemmer;
}

void sortAndMerge(KleTextAnalyzer::FeatureList& list)
{
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t out = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (out > 0 && list[out - 1].first == list[i].first) {
            list[out - 1].second += list[i].second;
        } else {
            list[out++] = list[i];
        }
    }
    list.resize(out);
}

bool isLetters(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

KleTextAnalyzer::KleTextAnalyzer() = default;

quint64 KleTextAnalyzer::wordKey(QStringView stem)
{
    return hashOf(stem, WordSeed);
}

void KleTextAnalyzer::clear()
{
    m_vocabulary.clear();
    m_stemCache.clear();
    m_words.clear();
    m_parts.clear();
}

void KleTextAnalyzer::addVocabulary(QStringView text)
{
    for (const DanishTokenizer::Token& token : DanishTokenizer::tokenize(text)) {
        if (!token.hasDigit) {
            ++m_vocabulary[token.text];
        }
    }
}

void KleTextAnalyzer::freeze()
{
    m_stemCache.clear();
    m_words.clear();
    m_parts.clear();
    DanishStemmer& stemmer = threadStemmer();
    for (auto it = m_vocabulary.cbegin(); it != m_vocabulary.cend(); ++it) {
        const QString& word = it.key();
        const QString stem = stemmer.stem(word);
        m_stemCache.insert(word, stem);
        m_words.insert(hashOf(word));
        if (word.size() >= MinPartLength && !DanishTokenizer::isStopWord(word)) {
            m_parts.insert(hashOf(word));
            if (stem.size() >= MinPartLength) {
                m_parts.insert(hashOf(stem));
            }
        }
    }
}

bool KleTextAnalyzer::isKnownWord(QStringView foldedWord) const
{
    return m_words.count(hashOf(foldedWord)) != 0;
}

QString KleTextAnalyzer::stem(const QString& foldedWord) const
{
    const auto it = m_stemCache.constFind(foldedWord);
    if (it != m_stemCache.cend()) {
        return it.value();
    }
    return threadStemmer().stem(foldedWord);
}

QString KleTextAnalyzer::knownSpelling(const QString& foldedWord) const
{
    if (isKnownWord(foldedWord)) {
        return foldedWord;
    }
    for (const QString& variant : DanishTokenizer::spellingVariants(foldedWord)) {
        if (isKnownWord(variant)) {
            return variant;
        }
    }
    return foldedWord;
}

QStringList KleTextAnalyzer::compoundParts(QStringView word) const
{
    const qsizetype n = word.size();
    if (n < MinCompoundLength || !isLetters(word)) {
        return {};
    }
    // best[i]: fewest parts that cover word[i..n); next[i]: where the first of them ends (before a linking
    // letter, when skip[i]).
    constexpr int None = 1 << 20;
    std::vector<int> best(std::size_t(n) + 1, None);
    std::vector<qsizetype> next(std::size_t(n) + 1, 0);
    std::vector<bool> skip(std::size_t(n) + 1, false);
    best[std::size_t(n)] = 0;
    for (qsizetype i = n - MinPartLength; i >= 0; --i) {
        quint64 hash = mix(FnvOffset, char16_t(0));
        for (qsizetype j = i; j < n; ++j) {
            hash = mix(hash, word[j].unicode());
            const qsizetype end = j + 1;
            if (end - i < MinPartLength || (i == 0 && end == n) || !isKnownPart(hash)) {
                continue;
            }
            const auto consider = [&](qsizetype restStart, bool linking) {
                if (restStart <= n && best[std::size_t(restStart)] < None) {
                    const int parts = best[std::size_t(restStart)] + 1;
                    // Fewer parts win; among equals the longer first part.
                    if (parts <= best[std::size_t(i)]) {
                        best[std::size_t(i)] = parts;
                        next[std::size_t(i)] = end;
                        skip[std::size_t(i)] = linking;
                    }
                }
            };
            consider(end, false);
            if (end < n && (word[end] == u's' || word[end] == u'e') && end + 1 < n) {
                consider(end + 1, true);
            }
        }
    }
    if (best[0] >= None) {
        // No split into known words: still use the longest known first part and the longest known last part
        // ("skolebuskørsel" -> "skole" + ... when "buskørsel" is unknown).
        QStringList parts;
        for (qsizetype end = n - MinPartLength; end >= MinPartLength; --end) {
            if (isKnownPart(hashOf(word.first(end)))) {
                parts.append(word.first(end).toString());
                break;
            }
        }
        for (qsizetype start = MinPartLength; start <= n - MinPartLength; ++start) {
            if (isKnownPart(hashOf(word.sliced(start)))) {
                parts.append(word.sliced(start).toString());
                break;
            }
        }
        return parts;
    }
    if (best[0] < 2) {
        return {};
    }
    QStringList parts;
    for (qsizetype i = 0; i < n;) {
        const qsizetype end = next[std::size_t(i)];
        parts.append(word.sliced(i, end - i).toString());
        i = skip[std::size_t(i)] ? end + 1 : end;
    }
    return parts;
}

KleTextAnalyzer::Features KleTextAnalyzer::analyze(QStringView text) const
{
    Features features;
    const int minGram = std::max(1, m_options.minGram);
    const int maxGram = std::max(minGram, m_options.maxGram);
    const auto addGrams = [&](const QString& wordStem) {
        // Character n-grams of the stem between boundary marks.
        const QString marked = QLatin1Char('#') + wordStem + QLatin1Char('#');
        const qsizetype len = marked.size();
        if (len - 2 < minGram) {
            features.grams.emplace_back(hashOf(marked, GramSeed), 1.0f);
            return;
        }
        for (qsizetype i = 0; i < len; ++i) {
            quint64 hash = mix(FnvOffset, char16_t(GramSeed));
            for (qsizetype k = 0; k < maxGram && i + k < len; ++k) {
                hash = mix(hash, marked[i + k].unicode());
                if (k + 1 >= minGram) {
                    features.grams.emplace_back(hash, 1.0f);
                }
            }
        }
    };

    QList<DanishTokenizer::Token> tokens = DanishTokenizer::tokenize(text);
    // A short letter prefix and the number after it are one code: "kk 023" -> "kk023", "ok 012" -> "ok012".
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        DanishTokenizer::Token& prefix = tokens[i];
        const DanishTokenizer::Token& number = tokens[i + 1];
        const qsizetype gap = number.position - (prefix.position + prefix.length);
        if (!prefix.hasDigit && prefix.text.size() <= 4 && number.text.front().isDigit() && gap <= 2 &&
            !text.sliced(prefix.position + prefix.length, gap).contains(u'§')) {
            prefix.text += number.text;
            prefix.length = number.position + number.length - prefix.position;
            prefix.hasDigit = true;
            tokens.removeAt(i + 1);
        }
    }

    QString lastStem; // of the word before, for law references ("Serviceloven §92")
    qsizetype lastEnd = 0;
    for (const DanishTokenizer::Token& token : tokens) {
        const bool afterParagraph = text.sliced(lastEnd, token.position - lastEnd).contains(u'§');
        lastEnd = token.position + token.length;
        if (DanishTokenizer::isStopWord(token.text)) {
            continue;
        }
        if (token.hasDigit) {
            features.words.emplace_back(wordKey(token.text), 1.0f);
            features.stems.append(token.text);
            qsizetype digits = 0;
            while (digits < token.text.size() && token.text[digits].isDigit()) {
                ++digits;
            }
            if (afterParagraph && digits > 0 && !lastStem.isEmpty()) {
                // A paragraph of a law: nearby paragraphs usually belong to the same emne.
                const int paragraph = token.text.left(digits).toInt();
                const QString law = QStringLiteral("§") + lastStem;
                features.words.emplace_back(wordKey(law + QLatin1Char('=') + token.text), 1.0f);
                features.words.emplace_back(
                    wordKey(law + QStringLiteral("/5=") + QString::number(paragraph / 5)),
                    m_options.paragraphWeight);
                features.words.emplace_back(
                    wordKey(law + QStringLiteral("/20=") + QString::number(paragraph / 20)),
                    m_options.paragraphWeight * 0.5f);
            }
            if (digits < token.text.size() || !afterParagraph) {
                if (digits == token.text.size()) {
                    continue; // a bare number has no useful n-grams
                }
                addGrams(token.text);
            }
            continue;
        }
        const QString word = knownSpelling(token.text);
        const QString wordStem = stem(word);
        features.words.emplace_back(wordKey(wordStem), 1.0f);
        features.stems.append(wordStem);
        for (const QString& part : compoundParts(word)) {
            features.words.emplace_back(wordKey(stem(part)), m_options.partWeight);
        }
        addGrams(wordStem);
        lastStem = wordStem;
    }
    sortAndMerge(features.words);
    sortAndMerge(features.grams);
    return features;
}

} // namespace akta::kle

#pragma once

#include "kle/KleCaseContext.h"
#include "kle/KleSource.h"
#include "kle/KleSuggestion.h"
#include "kle/KleTextAnalyzer.h"
#include "kle/KleTuning.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace akta::kle {

// The data and scoring behind KleClassifier, without any locking: KleClassifier guards it. const members
// are safe to call concurrently; the others need exclusive access.
class KleIndex final
{
public:
    void setTuning(const KleTuning& tuning) { m_tuning = tuning; }
    const KleTuning& tuning() const { return m_tuning; }

    void addSubject(const QString& number, const QString& title);
    void addGroup(const QString& number, const QString& title);
    void addKeyword(const QString& number, const QString& term, int weight, KleSource source);
    void clearPlan();

    void learnCase(const QString& title, const QString& emne, const KleCaseContext& context);
    bool unlearnCase(const QString& title, const QString& emne, const KleCaseContext& context);

    void build();
    bool isBuilt() const { return m_built; }

    QList<KleSuggestion> suggest(const QString& text, const KleCaseContext& context, int top) const;

    int subjectCount() const { return int(m_subjects.size()); }
    int keywordCount() const { return int(m_keywords.size()); }
    int learnedCaseCount() const { return m_learnedCount; }

private:
    struct Subject
    {
        QString number;
        QString title;
        int group = -1;  // index of its gruppe, after build()
        float prior = 1; // from its number of keywords, after build()
    };
    struct Keyword
    {
        int subject = 0;
        QString term;
        int weight = 5;
        KleSource source = KleSource::Keyword;
    };
    // A text that is matched on its own: a title, a keyword or stikord.
    struct Doc
    {
        int subject = 0;
        int keyword = -1; // -1 for the emne's title
        float prior = 1;
    };
    struct Posting
    {
        std::uint32_t target;
        float weight;
    };
    // The postings of one feature, in m_postings / m_centroidPostings.
    struct Feature
    {
        float idf = 0;
        std::uint32_t docBegin = 0, docEnd = 0;
        std::uint32_t centroidBegin = 0, centroidEnd = 0;
        std::uint32_t groupBegin = 0, groupEnd = 0;
        bool gram = false;
    };
    // A feature of a text weighted by TF-IDF, each channel (words, n-grams) normalized to length 1.
    struct WeightedFeature
    {
        quint64 key;
        float weight;
        bool gram;
    };
    // One distinct (title, emne) of the learned cases.
    struct LearnedDoc
    {
        int subject = 0;
        QString title;
        int count = 0;
        std::vector<WeightedFeature> vector;
    };

    int subjectFor(const QString& number);
    std::vector<std::vector<Posting>>
    bm25Postings(std::vector<std::vector<std::pair<std::uint32_t, float>>>& documents) const;
    float idfOf(quint64 key) const;
    std::vector<WeightedFeature> weigh(const KleTextAnalyzer::Features& features) const;
    void indexLearned(int learnedDoc);
    void unindexLearned(int learnedDoc);
    void countContext(const KleCaseContext& context, int subject, int delta);
    float contextFactor(const KleCaseContext& context, int subject) const;
    QString reasonFor(int subject, float nearest, float learned, const std::vector<std::uint32_t>& docs,
                      const std::vector<float>& docWord, const std::vector<float>& docScores,
                      const std::vector<std::uint32_t>& learnedDocs,
                      const std::vector<float>& learnedScores) const;
    static QString learnedKey(const QString& title, const QString& emne);

    KleTuning m_tuning;
    KleTextAnalyzer m_analyzer;

    QList<Subject> m_subjects;
    QHash<QString, int> m_subjectByNumber;
    QHash<QString, QString> m_groups; // number -> title
    QList<Keyword> m_keywords;

    bool m_built = false;
    std::vector<Doc> m_docs;
    std::unordered_map<quint64, std::uint32_t> m_featureIds;
    std::vector<Feature> m_features;
    std::vector<Posting> m_postings;         // feature -> docs
    std::vector<Posting> m_centroidPostings; // feature -> subjects
    std::vector<Posting> m_groupPostings;    // feature -> grupper
    float m_unknownIdf = 1;
    int m_groupCount = 0;

    std::vector<LearnedDoc> m_learned;
    QHash<QString, int> m_learnedByKey;
    std::unordered_map<quint64, std::vector<Posting>> m_learnedPostings;
    int m_learnedCount = 0;
    QHash<QString, QHash<int, int>> m_contextCounts; // "u:<unit>" etc. -> subject -> cases
    QHash<QString, int> m_contextTotals;
};

} // namespace akta::kle

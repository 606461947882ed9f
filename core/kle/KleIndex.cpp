#include "kle/KleIndex.h"

#include "kle/DanishTokenizer.h"
#include "kle/KleEntry.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace akta::kle {

namespace {

// How much a keyword counts by its OS2KLE weight: 5 is normal, 0 and 1 mark words too general to say much,
// 1000 marks form codes.
float keywordPrior(int weight)
{
    if (weight >= 5) {
        return 1.0f + 0.05f * std::log(float(weight) / 5.0f);
    }
    return 0.55f + 0.09f * float(std::max(weight, 0));
}

// The label after a matched text in a reason, e.g. "(keyword)". Every string of a reason goes through
// QCoreApplication::translate() with a literal context, so that lupdate finds it for the UI's catalogue.
QString sourceLabel(KleSource source, bool similarSpelling)
{
    switch (source) {
    case KleSource::Title:
        return similarSpelling
                   ? QCoreApplication::translate("akta::kle::KleClassifier", "(title, similar spelling)")
                   : QCoreApplication::translate("akta::kle::KleClassifier", "(title)");
    case KleSource::Keyword:
        return similarSpelling
                   ? QCoreApplication::translate("akta::kle::KleClassifier", "(keyword, similar spelling)")
                   : QCoreApplication::translate("akta::kle::KleClassifier", "(keyword)");
    case KleSource::Stikord:
        return similarSpelling
                   ? QCoreApplication::translate("akta::kle::KleClassifier", "(stikord, similar spelling)")
                   : QCoreApplication::translate("akta::kle::KleClassifier", "(stikord)");
    case KleSource::Learned:
        return similarSpelling
                   ? QCoreApplication::translate("akta::kle::KleClassifier", "(case, similar spelling)")
                   : QCoreApplication::translate("akta::kle::KleClassifier", "(case)");
    }
    return {};
}

// "learned from 3 earlier cases like <example>", translated; in plain English without a translator (CLI).
QString learnedFrom(int cases, const QString& example)
{
    constexpr const char* Source = "learned from %n earlier case(s) like %1";
    const QString text = QCoreApplication::translate(
        "akta::kle::KleClassifier", "learned from %n earlier case(s) like %1", nullptr, cases);
    const QString number = QString::number(cases);
    if (text != QString::fromLatin1(Source).replace(QStringLiteral("%n"), number)) {
        return text.arg(example);
    }
    return QStringLiteral("learned from ") + number +
           (cases == 1 ? QStringLiteral(" earlier case like ") : QStringLiteral(" earlier cases like ")) +
           example;
}

QString quoted(const QString& text)
{
    constexpr qsizetype MaxLength = 60;
    QString shown = text.simplified();
    if (shown.size() > MaxLength) {
        shown = shown.left(MaxLength - 1) + QChar(0x2026);
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

int KleIndex::subjectFor(const QString& number)
{
    const auto it = m_subjectByNumber.constFind(number);
    if (it != m_subjectByNumber.cend()) {
        return it.value();
    }
    m_subjects.append(Subject{number, {}});
    const int index = int(m_subjects.size() - 1);
    m_subjectByNumber.insert(number, index);
    return index;
}

void KleIndex::addSubject(const QString& number, const QString& title)
{
    m_subjects[subjectFor(number)].title = title;
}

void KleIndex::addGroup(const QString& number, const QString& title)
{
    m_groups.insert(number, title);
}

void KleIndex::addKeyword(const QString& number, const QString& term, int weight, KleSource source)
{
    if (term.trimmed().isEmpty()) {
        return;
    }
    m_keywords.append(Keyword{subjectFor(number), term, weight, source});
}

void KleIndex::clearPlan()
{
    // Learned cases keep their subjects; titles and keywords go.
    for (Subject& subject : m_subjects) {
        subject.title.clear();
    }
    m_groups.clear();
    m_keywords.clear();
    m_built = false;
}

float KleIndex::idfOf(quint64 key) const
{
    const auto it = m_featureIds.find(key);
    return it == m_featureIds.end() ? m_unknownIdf : m_features[it->second].idf;
}

std::vector<KleIndex::WeightedFeature> KleIndex::weigh(const KleTextAnalyzer::Features& features) const
{
    std::vector<WeightedFeature> result;
    result.reserve(features.words.size() + features.grams.size());
    for (const bool gram : {false, true}) {
        const KleTextAnalyzer::FeatureList& list = gram ? features.grams : features.words;
        const std::size_t first = result.size();
        double norm = 0;
        for (const auto& [key, tf] : list) {
            const float weight = tf * idfOf(key);
            result.push_back(WeightedFeature{key, weight, gram});
            norm += double(weight) * weight;
        }
        if (norm > 0) {
            const float scale = float(1.0 / std::sqrt(norm));
            for (std::size_t i = first; i < result.size(); ++i) {
                result[i].weight *= scale;
            }
        }
    }
    return result;
}

std::vector<std::vector<KleIndex::Posting>>
KleIndex::bm25Postings(std::vector<std::vector<std::pair<std::uint32_t, float>>>& documents) const
{
    // Merge repeated features, and measure each document per channel (words, n-grams).
    std::vector<std::array<double, 2>> lengths(documents.size(), {0, 0});
    double totals[2] = {0, 0};
    for (std::size_t d = 0; d < documents.size(); ++d) {
        auto& list = documents[d];
        std::sort(list.begin(), list.end());
        std::size_t out = 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (out > 0 && list[out - 1].first == list[i].first) {
                list[out - 1].second += list[i].second;
            } else {
                list[out++] = list[i];
            }
        }
        list.resize(out);
        for (const auto& [id, tf] : list) {
            lengths[d][m_features[id].gram ? 1 : 0] += tf;
        }
        totals[0] += lengths[d][0];
        totals[1] += lengths[d][1];
    }
    const double k1 = m_tuning.bm25K1;
    const double b = m_tuning.bm25B;
    std::vector<std::vector<Posting>> postings(m_features.size());
    for (std::size_t d = 0; d < documents.size(); ++d) {
        for (const auto& [id, tf] : documents[d]) {
            const std::size_t channel = m_features[id].gram ? 1 : 0;
            const double average = std::max(totals[channel] / double(documents.size()), 1e-9);
            const double norm = k1 * (1 - b + b * lengths[d][channel] / average);
            // The term-frequency part of BM25, scaled to 0..1 so that it adds up with cosines; the query
            // weights bring the idf.
            postings[id].push_back(Posting{std::uint32_t(d), float(tf / (tf + norm))});
        }
    }
    return postings;
}

void KleIndex::build()
{
    KleTextAnalyzer::Options options;
    options.partWeight = m_tuning.partWeight;
    options.paragraphWeight = m_tuning.paragraphWeight;
    options.minGram = m_tuning.minGram;
    options.maxGram = m_tuning.maxGram;
    m_analyzer.clear();
    m_analyzer.setOptions(options);
    for (const Subject& subject : m_subjects) {
        m_analyzer.addVocabulary(subject.title);
    }
    for (const QString& title : std::as_const(m_groups)) {
        m_analyzer.addVocabulary(title);
    }
    for (const Keyword& keyword : m_keywords) {
        m_analyzer.addVocabulary(keyword.term);
    }
    m_analyzer.freeze();

    // The documents (titles and keywords) and their raw features.
    m_docs.clear();
    std::vector<KleTextAnalyzer::Features> raw;
    for (int s = 0; s < int(m_subjects.size()); ++s) {
        if (!m_subjects[s].title.isEmpty()) {
            m_docs.push_back(Doc{s, -1, m_tuning.titleWeight});
            raw.push_back(m_analyzer.analyze(m_subjects[s].title));
        }
    }
    for (int k = 0; k < int(m_keywords.size()); ++k) {
        const Keyword& keyword = m_keywords[k];
        m_docs.push_back(Doc{keyword.subject, k, keywordPrior(keyword.weight)});
        raw.push_back(m_analyzer.analyze(keyword.term));
    }

    // Features get their ids here, and their idf from the number of subjects (not texts) that have them: a
    // word that many texts of one emne share says much about that emne.
    m_featureIds.clear();
    m_features.clear();
    std::vector<std::uint32_t> subjectDf, lastSubject;
    std::vector<std::size_t> order(
        raw.size()); // the texts by subject, so that a subject's texts come together
    for (std::size_t d = 0; d < order.size(); ++d) {
        order[d] = d;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return m_docs[a].subject < m_docs[b].subject; });
    for (const std::size_t d : order) {
        const std::uint32_t subject = std::uint32_t(m_docs[d].subject);
        for (const bool gram : {false, true}) {
            for (const auto& entry : gram ? raw[d].grams : raw[d].words) {
                const auto [it, added] =
                    m_featureIds.try_emplace(entry.first, std::uint32_t(m_features.size()));
                if (added) {
                    Feature feature;
                    feature.gram = gram;
                    m_features.push_back(feature);
                    subjectDf.push_back(0);
                    lastSubject.push_back(std::numeric_limits<std::uint32_t>::max());
                }
                if (lastSubject[it->second] != subject) {
                    lastSubject[it->second] = subject;
                    ++subjectDf[it->second];
                }
            }
        }
    }
    const float subjectTotal = float(std::max<qsizetype>(m_subjects.size(), 1));
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        m_features[f].idf = std::log(1.0f + subjectTotal / float(subjectDf[f]));
    }
    m_unknownIdf = std::log(1.0f + subjectTotal);

    // Postings of the documents' TF-IDF vectors.
    std::vector<std::vector<WeightedFeature>> vectors;
    vectors.reserve(m_docs.size());
    std::vector<std::uint32_t> postingCount(m_features.size(), 0);
    for (const KleTextAnalyzer::Features& features : raw) {
        vectors.push_back(weigh(features));
        for (const WeightedFeature& feature : vectors.back()) {
            ++postingCount[m_featureIds.at(feature.key)];
        }
    }
    std::uint32_t offset = 0;
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        m_features[f].docBegin = m_features[f].docEnd = offset;
        offset += postingCount[f];
    }
    m_postings.assign(offset, Posting{0, 0});
    for (std::uint32_t d = 0; d < m_docs.size(); ++d) {
        for (const WeightedFeature& feature : vectors[d]) {
            Feature& target = m_features[m_featureIds.at(feature.key)];
            m_postings[target.docEnd++] = Posting{d, feature.weight};
        }
    }

    // Each subject's texts as one document: term counts (times the texts' priors), with the gruppe and
    // hovedgruppe titles as weak context.
    const std::size_t subjectCount = std::size_t(m_subjects.size());
    std::vector<std::vector<std::pair<std::uint32_t, float>>> counts(subjectCount);
    const auto addCounts = [&](std::size_t subject, const KleTextAnalyzer::Features& features, float factor) {
        for (const bool gram : {false, true}) {
            for (const auto& [key, tf] : gram ? features.grams : features.words) {
                const auto id = m_featureIds.find(key);
                if (id != m_featureIds.end()) {
                    counts[subject].emplace_back(id->second, tf * factor);
                }
            }
        }
    };
    for (std::size_t d = 0; d < m_docs.size(); ++d) {
        addCounts(std::size_t(m_docs[d].subject), raw[d], m_docs[d].prior);
    }
    QHash<QString, KleTextAnalyzer::Features> groupFeatures;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        groupFeatures.insert(it.key(), m_analyzer.analyze(it.value()));
    }
    for (std::size_t s = 0; s < subjectCount; ++s) {
        const QString& number = m_subjects[qsizetype(s)].number;
        for (const QString& group : {number.left(5), number.left(2)}) {
            const auto it = groupFeatures.constFind(group);
            if (it != groupFeatures.cend()) {
                addCounts(s, it.value(), m_tuning.groupContext);
            }
        }
    }
    // Gruppe of each subject, and its prior from its number of keywords.
    QHash<QString, int> groupIds;
    std::vector<int> keywordCounts(subjectCount, 0);
    for (const Keyword& keyword : m_keywords) {
        ++keywordCounts[std::size_t(keyword.subject)];
    }
    for (std::size_t s = 0; s < subjectCount; ++s) {
        Subject& subject = m_subjects[qsizetype(s)];
        subject.prior = std::pow(1.0f + float(keywordCounts[s]), m_tuning.sizePrior);
        subject.group = -1;
        if (KleEntry::levelOf(subject.number) == 3) {
            const QString group = subject.number.left(5);
            if (!groupIds.contains(group)) {
                groupIds.insert(group, int(groupIds.size()));
            }
            subject.group = groupIds.value(group);
        }
    }
    m_groupCount = int(groupIds.size());

    // BM25 over the subjects' documents, and over the gruppers' (all their emner's texts together).
    const std::vector<std::vector<Posting>> subjectPostings = bm25Postings(counts);
    std::vector<std::vector<std::pair<std::uint32_t, float>>> groupCounts(
        static_cast<std::size_t>(m_groupCount));
    for (std::size_t s = 0; s < subjectCount; ++s) {
        const int group = m_subjects[qsizetype(s)].group;
        if (group >= 0) {
            auto& target = groupCounts[std::size_t(group)];
            target.insert(target.end(), counts[s].begin(), counts[s].end());
        }
    }
    const std::vector<std::vector<Posting>> groupPostings = bm25Postings(groupCounts);
    m_centroidPostings.clear();
    m_groupPostings.clear();
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        m_features[f].centroidBegin = std::uint32_t(m_centroidPostings.size());
        m_centroidPostings.insert(m_centroidPostings.end(), subjectPostings[f].begin(),
                                  subjectPostings[f].end());
        m_features[f].centroidEnd = std::uint32_t(m_centroidPostings.size());
        m_features[f].groupBegin = std::uint32_t(m_groupPostings.size());
        m_groupPostings.insert(m_groupPostings.end(), groupPostings[f].begin(), groupPostings[f].end());
        m_features[f].groupEnd = std::uint32_t(m_groupPostings.size());
    }

    // Learned cases, weighed with the new idf.
    m_learnedPostings.clear();
    for (int l = 0; l < int(m_learned.size()); ++l) {
        if (m_learned[std::size_t(l)].count > 0) {
            indexLearned(l);
        }
    }
    m_built = true;
}

QString KleIndex::learnedKey(const QString& title, const QString& emne)
{
    return emne + QLatin1Char('|') + DanishTokenizer::words(title).join(QLatin1Char(' '));
}

void KleIndex::indexLearned(int learnedDoc)
{
    LearnedDoc& doc = m_learned[std::size_t(learnedDoc)];
    doc.vector = weigh(m_analyzer.analyze(doc.title));
    for (const WeightedFeature& feature : doc.vector) {
        m_learnedPostings[feature.key].push_back(Posting{std::uint32_t(learnedDoc), feature.weight});
    }
}

void KleIndex::unindexLearned(int learnedDoc)
{
    for (const WeightedFeature& feature : m_learned[std::size_t(learnedDoc)].vector) {
        const auto it = m_learnedPostings.find(feature.key);
        if (it == m_learnedPostings.end()) {
            continue;
        }
        std::erase_if(it->second,
                      [learnedDoc](const Posting& p) { return p.target == std::uint32_t(learnedDoc); });
        if (it->second.empty()) {
            m_learnedPostings.erase(it);
        }
    }
}

void KleIndex::countContext(const KleCaseContext& context, int subject, int delta)
{
    const QString keys[] = {QStringLiteral("k:") + context.caseKind, QStringLiteral("p:") + context.partyKind,
                            QStringLiteral("u:") + context.unit};
    for (const QString& key : keys) {
        if (key.size() > 2) {
            m_contextCounts[key][subject] += delta;
            m_contextTotals[key] += delta;
        }
    }
}

float KleIndex::contextFactor(const KleCaseContext& context, int subject) const
{
    const QString keys[] = {QStringLiteral("k:") + context.caseKind, QStringLiteral("p:") + context.partyKind,
                            QStringLiteral("u:") + context.unit};
    float share = 0;
    for (const QString& key : keys) {
        const int total = m_contextTotals.value(key);
        if (key.size() > 2 && total > 0) {
            share = std::max(share, float(m_contextCounts.value(key).value(subject)) / float(total));
        }
    }
    return 1.0f + m_tuning.contextBoost * share;
}

void KleIndex::learnCase(const QString& title, const QString& emne, const KleCaseContext& context)
{
    const int subject = subjectFor(emne);
    const QString key = learnedKey(title, emne);
    int index = m_learnedByKey.value(key, -1);
    if (index < 0) {
        index = int(m_learned.size());
        m_learned.push_back(LearnedDoc{subject, title.simplified(), 0, {}});
        m_learnedByKey.insert(key, index);
    }
    LearnedDoc& doc = m_learned[std::size_t(index)];
    if (++doc.count == 1 && m_built) {
        indexLearned(index);
    }
    ++m_learnedCount;
    countContext(context, subject, +1);
}

bool KleIndex::unlearnCase(const QString& title, const QString& emne, const KleCaseContext& context)
{
    const int index = m_learnedByKey.value(learnedKey(title, emne), -1);
    if (index < 0 || m_learned[std::size_t(index)].count == 0) {
        return false;
    }
    LearnedDoc& doc = m_learned[std::size_t(index)];
    if (--doc.count == 0 && m_built) {
        unindexLearned(index);
        doc.vector.clear();
    }
    --m_learnedCount;
    countContext(context, doc.subject, -1);
    return true;
}

QList<KleSuggestion> KleIndex::suggest(const QString& text, const KleCaseContext& context, int top) const
{
    if (!m_built || top <= 0) {
        return {};
    }
    const std::vector<WeightedFeature> query = weigh(m_analyzer.analyze(text));
    if (query.empty()) {
        return {};
    }
    const std::size_t subjectCount = std::size_t(m_subjects.size());
    std::vector<float> docWord(m_docs.size(), 0), docGram(m_docs.size(), 0);
    std::vector<char> seen(m_docs.size(), 0);
    std::vector<std::uint32_t> touched;
    std::vector<float> centroid(subjectCount, 0);
    std::vector<float> groupDoc(std::size_t(m_groupCount), 0);
    std::vector<float> learnedWord(m_learned.size(), 0), learnedGram(m_learned.size(), 0);
    std::vector<char> learnedSeen(m_learned.size(), 0);
    std::vector<std::uint32_t> learnedTouched;
    for (const WeightedFeature& q : query) {
        const auto id = m_featureIds.find(q.key);
        if (id != m_featureIds.end()) {
            const Feature& feature = m_features[id->second];
            std::vector<float>& scores = q.gram ? docGram : docWord;
            for (std::uint32_t p = feature.docBegin; p < feature.docEnd; ++p) {
                const Posting& posting = m_postings[p];
                scores[posting.target] += q.weight * posting.weight;
                if (!seen[posting.target]) {
                    seen[posting.target] = 1;
                    touched.push_back(posting.target);
                }
            }
            const float channel = q.gram ? m_tuning.centroidGram : m_tuning.centroidWord;
            for (std::uint32_t p = feature.centroidBegin; p < feature.centroidEnd; ++p) {
                const Posting& posting = m_centroidPostings[p];
                centroid[posting.target] += channel * q.weight * posting.weight;
            }
            for (std::uint32_t p = feature.groupBegin; p < feature.groupEnd; ++p) {
                const Posting& posting = m_groupPostings[p];
                groupDoc[posting.target] += channel * q.weight * posting.weight;
            }
        }
        const auto learned = m_learnedPostings.find(q.key);
        if (learned != m_learnedPostings.end()) {
            std::vector<float>& scores = q.gram ? learnedGram : learnedWord;
            for (const Posting& posting : learned->second) {
                scores[posting.target] += q.weight * posting.weight;
                if (!learnedSeen[posting.target]) {
                    learnedSeen[posting.target] = 1;
                    learnedTouched.push_back(posting.target);
                }
            }
        }
    }

    // The best single text of each subject, and the best learned case.
    std::vector<float> docScores(m_docs.size(), 0), learnedScores(m_learned.size(), 0);
    std::vector<float> nearest(subjectCount, 0), learnedBest(subjectCount, 0);
    for (const std::uint32_t d : touched) {
        docScores[d] =
            m_docs[d].prior * (m_tuning.nearestWord * docWord[d] + m_tuning.nearestGram * docGram[d]);
        float& best = nearest[std::size_t(m_docs[d].subject)];
        best = std::max(best, docScores[d]);
    }
    for (const std::uint32_t l : learnedTouched) {
        learnedScores[l] = m_tuning.learnedWeight *
                           (m_tuning.nearestWord * learnedWord[l] + m_tuning.nearestGram * learnedGram[l]);
        float& best = learnedBest[std::size_t(m_learned[l].subject)];
        best = std::max(best, learnedScores[l]);
    }
    if (!learnedTouched.empty()) {
        // More cases like the text count more, with diminishing returns: 3 cases 1.5 times, 10 cases twice.
        std::vector<int> similarCases(subjectCount, 0);
        for (const std::uint32_t l : learnedTouched) {
            const std::size_t s = std::size_t(m_learned[l].subject);
            if (learnedScores[l] >= 0.5f * learnedBest[s]) {
                similarCases[s] += m_learned[l].count;
            }
        }
        for (std::size_t s = 0; s < subjectCount; ++s) {
            if (similarCases[s] > 1) {
                learnedBest[s] *= 1.0f + 0.5f * std::log(float(similarCases[s]));
            }
        }
    }

    std::vector<float> scores(subjectCount, 0);
    std::vector<float> groupBest(std::size_t(m_groupCount), 0);
    for (std::size_t s = 0; s < subjectCount; ++s) {
        const Subject& subject = m_subjects[qsizetype(s)];
        const float group = subject.group >= 0 ? groupDoc[std::size_t(subject.group)] : 0.0f;
        scores[s] = (std::max(nearest[s], learnedBest[s]) + centroid[s] + m_tuning.groupDocument * group) *
                    subject.prior;
        if (scores[s] > 0 && subject.group >= 0) {
            float& best = groupBest[std::size_t(subject.group)];
            best = std::max(best, scores[s]);
        }
    }
    std::vector<std::pair<float, int>> ranked;
    for (std::size_t s = 0; s < subjectCount; ++s) {
        const Subject& subject = m_subjects[qsizetype(s)];
        float score = scores[s];
        if (subject.group >= 0) {
            score += m_tuning.groupSpread * groupBest[std::size_t(subject.group)];
        }
        if (score > 0) {
            ranked.emplace_back(score * contextFactor(context, int(s)), int(s));
        }
    }
    const std::size_t count = std::min<std::size_t>(std::size_t(top), ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(count), ranked.end(),
                      [](const auto& a, const auto& b) {
                          return a.first > b.first || (a.first == b.first && a.second < b.second);
                      });
    ranked.resize(count);

    // The texts that matched, per suggested subject, for the reasons.
    QHash<int, int> rankOf;
    for (std::size_t r = 0; r < ranked.size(); ++r) {
        rankOf.insert(ranked[r].second, int(r));
    }
    std::vector<std::vector<std::uint32_t>> docsOf(ranked.size()), learnedOf(ranked.size());
    for (const std::uint32_t d : touched) {
        const auto it = rankOf.constFind(m_docs[d].subject);
        if (it != rankOf.cend()) {
            docsOf[std::size_t(it.value())].push_back(d);
        }
    }
    for (const std::uint32_t l : learnedTouched) {
        const auto it = rankOf.constFind(m_learned[l].subject);
        if (it != rankOf.cend()) {
            learnedOf[std::size_t(it.value())].push_back(l);
        }
    }
    QList<KleSuggestion> suggestions;
    suggestions.reserve(qsizetype(ranked.size()));
    for (std::size_t r = 0; r < ranked.size(); ++r) {
        const int s = ranked[r].second;
        suggestions.append(
            KleSuggestion{m_subjects[s].number, m_subjects[s].title, double(ranked[r].first),
                          reasonFor(s, nearest[std::size_t(s)], learnedBest[std::size_t(s)], docsOf[r],
                                    docWord, docScores, learnedOf[r], learnedScores)});
    }
    return suggestions;
}

QString KleIndex::reasonFor(int subject, float nearest, float learned, const std::vector<std::uint32_t>& docs,
                            const std::vector<float>& docWord, const std::vector<float>& docScores,
                            const std::vector<std::uint32_t>& learnedDocs,
                            const std::vector<float>& learnedScores) const
{
    QStringList parts;
    // Earlier cases first when they weigh as much as the plan's own texts.
    if (learned > 0 && learned >= 0.5f * nearest) {
        std::uint32_t best = learnedDocs.front();
        for (const std::uint32_t l : learnedDocs) {
            if (learnedScores[l] > learnedScores[best]) {
                best = l;
            }
        }
        int cases = 0;
        for (const std::uint32_t l : learnedDocs) {
            if (learnedScores[l] >= 0.5f * learnedScores[best]) {
                cases += m_learned[l].count;
            }
        }
        parts.append(learnedFrom(cases, quoted(m_learned[best].title)));
    }
    // The texts most like the query, whatever their prior: an exact stikord says more than a heavy title.
    const auto similarity = [&](std::uint32_t d) { return docScores[d] / m_docs[d].prior; };
    std::vector<std::uint32_t> sorted = docs;
    std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) {
        return similarity(a) > similarity(b) || (similarity(a) == similarity(b) && a < b);
    });
    QSet<QString> shown;
    for (const std::uint32_t d : sorted) {
        if (shown.size() >= 3 || similarity(d) < 0.5f * similarity(sorted.front())) {
            break;
        }
        if (docScores[d] < 0.5f * learned) {
            continue; // the learned cases explain it better
        }
        const Doc& doc = m_docs[d];
        const QString text = doc.keyword < 0 ? m_subjects[doc.subject].title : m_keywords[doc.keyword].term;
        if (shown.contains(text.toLower())) {
            continue;
        }
        shown.insert(text.toLower());
        const KleSource source = doc.keyword < 0 ? KleSource::Title : m_keywords[doc.keyword].source;
        parts.append(quoted(text) + QLatin1Char(' ') + sourceLabel(source, docWord[d] <= 0));
    }
    if (parts.isEmpty()) {
        // Only the gruppe's title or a close emne of the gruppe matched.
        const QString group = m_subjects[subject].number.left(5);
        parts.append(QCoreApplication::translate("akta::kle::KleClassifier", "gruppe %1 %2")
                         .arg(group, quoted(m_groups.value(group))));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace akta::kle

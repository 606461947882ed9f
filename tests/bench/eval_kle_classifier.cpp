// Evaluates KleClassifier on OS2KLE keywords it has never seen, next to a plain-word TF-IDF reference.
//
// Split: a keyword of OS2KLE-train.txt is held out when the 32-bit FNV-1a hash of the UTF-8 bytes of
// "<emne>\t<term, simplified and lower-cased>" is 0 modulo 10 (about 10%). All copies of a term within one
// emne fall on the same side, so no held-out (emne, term) is ever trained on; the program checks this.
// Training: every emne title (kle_emner.tsv), gruppe and hovedgruppe titles (kle_grupper.tsv,
// kle_hovedgrupper.tsv) and the remaining keywords with their weights. Query: the held-out keyword's text;
// gold: its emne. The reference, TF-IDF cosine over plain lower-cased words (one document per emne, smoothed
// idf as in scikit-learn's TfidfVectorizer), is trained on the same texts and measured on the same queries.
// Times are wall-clock per suggest() call (top 10 with their reasons), single-threaded.
//
// --split-by-term holds out by the text alone (hash of "<term>"), so that no held-out text is a keyword of
// any emne in training; each (emne, term) still counts as one query. --fold N holds out residue N instead of
// 0 (a second split, to check that tuning on the first generalises). --misses prints the queries whose emne
// is not first, marked "known" when the text is a trained keyword of another emne.
//
// Usage: eval_kle_classifier [DATA_DIR] [--json FILE] [--set name=value]... [--limit N] [--split-by-term]
//                            [--fold N] [--misses]
#include "kle/KleClassifier.h"
#include "kle/Os2KleKeywordFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unordered_map>
#include <vector>

using akta::kle::KleClassifier;
using akta::kle::Os2KleKeywordFile;

namespace {

struct Sample
{
    QString emne;
    QString term;
    int weight = 5;
};

struct Metrics
{
    int queries = 0;
    int top1 = 0, top3 = 0, top10 = 0;
    std::vector<double> micros;    // wall-clock time per query
    std::vector<double> cpuMicros; // processor time per query (less disturbed by other load)

    void add(int rank, double us, double cpuUs)
    {
        ++queries;
        top1 += rank == 0 ? 1 : 0;
        top3 += rank >= 0 && rank < 3 ? 1 : 0;
        top10 += rank >= 0 && rank < 10 ? 1 : 0;
        micros.push_back(us);
        cpuMicros.push_back(cpuUs);
    }
    double rate(int hits) const { return queries == 0 ? 0 : double(hits) / queries; }
    static double mean(const std::vector<double>& values)
    {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.empty() ? 0 : sum / double(values.size());
    }
    static double percentile(const std::vector<double>& values, double p)
    {
        if (values.empty()) {
            return 0;
        }
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
    }
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("queries"), queries},
                           {QStringLiteral("top1"), rate(top1)},
                           {QStringLiteral("top3"), rate(top3)},
                           {QStringLiteral("top10"), rate(top10)},
                           {QStringLiteral("meanMs"), mean(micros) / 1000.0},
                           {QStringLiteral("p50Ms"), percentile(micros, 0.50) / 1000.0},
                           {QStringLiteral("p95Ms"), percentile(micros, 0.95) / 1000.0},
                           {QStringLiteral("maxMs"), percentile(micros, 1.0) / 1000.0},
                           {QStringLiteral("cpuMeanMs"), mean(cpuMicros) / 1000.0},
                           {QStringLiteral("cpuP95Ms"), percentile(cpuMicros, 0.95) / 1000.0}};
    }
};

quint32 fnv1a32(const QByteArray& bytes)
{
    quint32 hash = 2166136261u;
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

QString normalizedTerm(const QString& term)
{
    return term.simplified().toLower();
}

bool g_splitByTerm = false;
quint32 g_fold = 0; // the held-out residue of the hash modulo 10

bool isHeldOut(const QString& emne, const QString& term)
{
    if (g_splitByTerm) {
        return fnv1a32(normalizedTerm(term).toUtf8()) % 10 == g_fold;
    }
    return fnv1a32((emne + QLatin1Char('\t') + normalizedTerm(term)).toUtf8()) % 10 == g_fold;
}

QString splitDescription()
{
    return (g_splitByTerm
                ? QStringLiteral("held out when fnv1a32(utf8(lower(simplified(term)))) % 10 == %1")
                : QStringLiteral("held out when fnv1a32(utf8(emne + \"\\t\" + lower(simplified(term)))) "
                                 "% 10 == %1"))
        .arg(g_fold);
}

// Rows after the header of a tab-separated file.
QList<QStringList> readTsv(const QString& path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return rows;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            rows.append(QString::fromUtf8(lines[i]).split(QLatin1Char('\t')));
        }
    }
    return rows;
}

// The reference: TF-IDF cosine over plain lower-cased words (no stemming, no n-grams), one document per emne.
class PlainTfIdf
{
public:
    void add(const QString& emne, const QString& text)
    {
        int& doc = m_docIndex[emne];
        if (doc == 0) {
            m_emner.append(emne);
            m_docs.emplace_back();
            doc = int(m_docs.size());
        }
        for (const QString& word : words(text)) {
            m_docs[std::size_t(doc - 1)][word] += 1;
        }
    }
    void build()
    {
        QHash<QString, int> df;
        for (const auto& doc : m_docs) {
            for (auto it = doc.cbegin(); it != doc.cend(); ++it) {
                ++df[it.key()];
            }
        }
        const double n = double(m_docs.size());
        for (auto it = df.cbegin(); it != df.cend(); ++it) {
            m_idf.insert(it.key(), std::log((1 + n) / (1 + it.value())) + 1);
        }
        for (std::size_t d = 0; d < m_docs.size(); ++d) {
            double norm = 0;
            for (auto it = m_docs[d].begin(); it != m_docs[d].end(); ++it) {
                it.value() *= m_idf.value(it.key());
                norm += it.value() * it.value();
            }
            norm = std::sqrt(norm);
            for (auto it = m_docs[d].begin(); it != m_docs[d].end(); ++it) {
                it.value() /= norm > 0 ? norm : 1;
                m_postings[it.key()].emplace_back(int(d), it.value());
            }
        }
    }
    QStringList rank(const QString& text, int top) const
    {
        QHash<QString, double> query;
        for (const QString& word : words(text)) {
            query[word] += m_idf.value(word);
        }
        std::vector<double> scores(m_docs.size(), 0);
        for (auto it = query.cbegin(); it != query.cend(); ++it) {
            const auto postings = m_postings.constFind(it.key());
            if (postings != m_postings.cend()) {
                for (const auto& [doc, weight] : postings.value()) {
                    scores[std::size_t(doc)] += it.value() * weight;
                }
            }
        }
        std::vector<int> order;
        for (std::size_t d = 0; d < scores.size(); ++d) {
            if (scores[d] > 0) {
                order.push_back(int(d));
            }
        }
        const std::size_t count = std::min<std::size_t>(std::size_t(top), order.size());
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(count), order.end(),
                          [&](int a, int b) { return scores[std::size_t(a)] > scores[std::size_t(b)]; });
        QStringList result;
        for (std::size_t i = 0; i < count; ++i) {
            result.append(m_emner[order[i]]);
        }
        return result;
    }

private:
    static QStringList words(const QString& text)
    {
        QStringList result;
        QString current;
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber()) {
                current += c;
            } else {
                if (current.size() >= 2) {
                    result.append(current);
                }
                current.clear();
            }
        }
        if (current.size() >= 2) {
            result.append(current);
        }
        return result;
    }

    QHash<QString, int> m_docIndex;
    QStringList m_emner;
    std::vector<QHash<QString, double>> m_docs;
    QHash<QString, double> m_idf;
    QHash<QString, std::vector<std::pair<int, double>>> m_postings;
};

bool applySetting(KleClassifier::Tuning& tuning, const QString& setting)
{
    const qsizetype eq = setting.indexOf(QLatin1Char('='));
    if (eq < 0) {
        return false;
    }
    const QString name = setting.left(eq);
    bool ok = false;
    const double value = setting.mid(eq + 1).toDouble(&ok);
    if (!ok) {
        return false;
    }
    const std::unordered_map<std::string, std::function<void(double)>> fields = {
        {"nearestWord", [&](double v) { tuning.nearestWord = float(v); }},
        {"nearestGram", [&](double v) { tuning.nearestGram = float(v); }},
        {"centroidWord", [&](double v) { tuning.centroidWord = float(v); }},
        {"centroidGram", [&](double v) { tuning.centroidGram = float(v); }},
        {"titleWeight", [&](double v) { tuning.titleWeight = float(v); }},
        {"groupContext", [&](double v) { tuning.groupContext = float(v); }},
        {"learnedWeight", [&](double v) { tuning.learnedWeight = float(v); }},
        {"contextBoost", [&](double v) { tuning.contextBoost = float(v); }},
        {"groupSpread", [&](double v) { tuning.groupSpread = float(v); }},
        {"sizePrior", [&](double v) { tuning.sizePrior = float(v); }},
        {"paragraphWeight", [&](double v) { tuning.paragraphWeight = float(v); }},
        {"bm25K1", [&](double v) { tuning.bm25K1 = float(v); }},
        {"bm25B", [&](double v) { tuning.bm25B = float(v); }},
        {"groupDocument", [&](double v) { tuning.groupDocument = float(v); }},
        {"partWeight", [&](double v) { tuning.partWeight = float(v); }},
        {"minGram", [&](double v) { tuning.minGram = int(v); }},
        {"maxGram", [&](double v) { tuning.maxGram = int(v); }},
    };
    const auto it = fields.find(name.toStdString());
    if (it == fields.end()) {
        return false;
    }
    it->second(value);
    return true;
}

void printRow(const char* name, const Metrics& m)
{
    std::printf("%-34s %7d %7.3f %7.3f %7.3f %9.3f %9.3f %9.3f %9.3f\n", name, m.queries, m.rate(m.top1),
                m.rate(m.top3), m.rate(m.top10), Metrics::mean(m.micros) / 1000.0,
                Metrics::percentile(m.micros, 0.95) / 1000.0, Metrics::mean(m.cpuMicros) / 1000.0,
                Metrics::percentile(m.cpuMicros, 0.95) / 1000.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir = QStringLiteral(AKTA_KLE_DATA_DIR);
    QString jsonPath;
    int limit = -1;
    bool showMisses = false;
    KleClassifier::Tuning tuning;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json") && i + 1 < args.size()) {
            jsonPath = args[++i];
        } else if (args[i] == QLatin1String("--set") && i + 1 < args.size()) {
            if (!applySetting(tuning, args[++i])) {
                std::fprintf(stderr, "bad setting %s\n", qPrintable(args[i]));
                return 2;
            }
        } else if (args[i] == QLatin1String("--limit") && i + 1 < args.size()) {
            limit = args[++i].toInt();
        } else if (args[i] == QLatin1String("--split-by-term")) {
            g_splitByTerm = true;
        } else if (args[i] == QLatin1String("--fold") && i + 1 < args.size()) {
            g_fold = args[++i].toUInt();
        } else if (args[i] == QLatin1String("--misses")) {
            showMisses = true;
        } else if (args[i].startsWith(QLatin1String("--"))) {
            std::fprintf(stderr, "usage: eval_kle_classifier [DATA_DIR] [--json FILE] [--set name=value]... "
                                 "[--limit N] [--split-by-term] [--fold N] [--misses]\n");
            return 2;
        } else {
            dataDir = args[i];
        }
    }

    const Os2KleKeywordFile file = Os2KleKeywordFile::read(dataDir + QStringLiteral("/OS2KLE-train.txt"));
    for (const Os2KleKeywordFile::Issue& issue : file.issues()) {
        std::fprintf(stderr, "OS2KLE-train.txt:%d: %s\n", issue.line, qPrintable(issue.reason));
    }
    if (file.subjects().isEmpty()) {
        std::fprintf(stderr, "no data in %s\n", qPrintable(dataDir));
        return 1;
    }

    // The split.
    std::vector<Sample> train, heldOut;
    for (const Os2KleKeywordFile::Subject& subject : file.subjects()) {
        for (const Os2KleKeywordFile::Keyword& keyword : subject.keywords) {
            (isHeldOut(subject.number, keyword.term) ? heldOut : train)
                .push_back(Sample{subject.number, keyword.term, keyword.weight});
        }
    }
    QSet<QString> trainedPairs, trainedTerms;
    for (const Sample& sample : train) {
        trainedPairs.insert(sample.emne + QLatin1Char('\t') + normalizedTerm(sample.term));
        trainedTerms.insert(normalizedTerm(sample.term));
    }
    int leaks = 0, seenElsewhere = 0;
    for (const Sample& sample : heldOut) {
        leaks += trainedPairs.contains(sample.emne + QLatin1Char('\t') + normalizedTerm(sample.term)) ? 1 : 0;
        seenElsewhere += trainedTerms.contains(normalizedTerm(sample.term)) ? 1 : 0;
    }
    if (leaks > 0) {
        std::fprintf(stderr, "%d held-out keywords leak into training\n", leaks);
        return 1;
    }
    if (limit > 0 && std::size_t(limit) < heldOut.size()) {
        heldOut.resize(std::size_t(limit));
    }

    // Training.
    QElapsedTimer buildTimer;
    buildTimer.start();
    KleClassifier classifier;
    classifier.setTuning(tuning);
    PlainTfIdf reference;
    QHash<QString, QString> titles;
    for (const QStringList& row : readTsv(dataDir + QStringLiteral("/kle_emner.tsv"))) {
        if (row.size() >= 4) {
            titles.insert(row[0], row[3].trimmed());
        }
    }
    for (const Os2KleKeywordFile::Subject& subject : file.subjects()) {
        const QString title = titles.value(subject.number, subject.title);
        classifier.addSubject(subject.number, title);
        reference.add(subject.number, title);
    }
    for (const QString& name :
         {QStringLiteral("/kle_grupper.tsv"), QStringLiteral("/kle_hovedgrupper.tsv")}) {
        const bool groups =
            name.contains(QLatin1String("grupper.tsv")) && !name.contains(QLatin1String("hoved"));
        for (const QStringList& row : readTsv(dataDir + name)) {
            const QString title = groups ? row.value(2).trimmed() : row.value(1).trimmed();
            if (!title.isEmpty()) {
                classifier.addGroup(row[0], title);
            }
        }
    }
    for (const Sample& sample : train) {
        classifier.addKeyword(sample.emne, sample.term, sample.weight);
        reference.add(sample.emne, sample.term);
    }
    classifier.build();
    reference.build();
    if (classifier.keywordCount() != int(train.size())) {
        std::fprintf(stderr, "the classifier holds %d keywords, not the %zu of training\n",
                     classifier.keywordCount(), train.size());
        return 1;
    }
    const double buildMs = double(buildTimer.nsecsElapsed()) / 1e6;

    // Queries.
    Metrics ours, ref, oursWords, oursCodes, oursElsewhere, oursNovel;
    QElapsedTimer timer;
    for (const Sample& sample : heldOut) {
        std::clock_t cpu = std::clock();
        timer.start();
        const QList<akta::kle::KleSuggestion> suggestions = classifier.suggest(sample.term, 10);
        const double us = double(timer.nsecsElapsed()) / 1000.0;
        const double cpuUs = double(std::clock() - cpu) * 1e6 / CLOCKS_PER_SEC;
        int rank = -1;
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (suggestions[i].emne == sample.emne) {
                rank = int(i);
                break;
            }
        }
        ours.add(rank, us, cpuUs);
        const bool code =
            std::any_of(sample.term.begin(), sample.term.end(), [](QChar c) { return c.isDigit(); });
        (code ? oursCodes : oursWords).add(rank, us, cpuUs);
        (trainedTerms.contains(normalizedTerm(sample.term)) ? oursElsewhere : oursNovel).add(rank, us, cpuUs);
        if (showMisses && rank != 0) {
            std::printf("MISS %s %d %s %-40s -> %s %s | %s\n",
                        trainedTerms.contains(normalizedTerm(sample.term)) ? "known" : "novel", rank,
                        qPrintable(sample.emne), qPrintable(sample.term),
                        suggestions.isEmpty() ? "-" : qPrintable(suggestions[0].emne),
                        suggestions.isEmpty() ? "" : qPrintable(suggestions[0].title),
                        suggestions.isEmpty() ? "" : qPrintable(suggestions[0].reason));
        }

        cpu = std::clock();
        timer.start();
        const QStringList refRanked = reference.rank(sample.term, 10);
        ref.add(int(refRanked.indexOf(sample.emne)), double(timer.nsecsElapsed()) / 1000.0,
                double(std::clock() - cpu) * 1e6 / CLOCKS_PER_SEC);
    }

    std::printf("KLE classifier evaluation: %s\n", qPrintable(dataDir));
    std::printf("split: %s; trained keywords %zu, held out %d (%d of them also a keyword of another emne), "
                "subjects %d, build %.0f ms\n\n",
                qPrintable(splitDescription()), train.size(), ours.queries, seenElsewhere,
                classifier.subjectCount(), buildMs);
    std::printf("%-34s %7s %7s %7s %7s %9s %9s %9s %9s\n", "method", "queries", "top1", "top3", "top10",
                "mean ms", "p95 ms", "cpu mean", "cpu p95");
    printRow("KleClassifier", ours);
    printRow("  keywords without digits", oursWords);
    printRow("  keywords with digits (codes)", oursCodes);
    printRow("  text also a keyword elsewhere", oursElsewhere);
    printRow("  text not a trained keyword", oursNovel);
    printRow("reference: plain-word TF-IDF", ref);

    const QJsonObject t{{QStringLiteral("nearestWord"), tuning.nearestWord},
                        {QStringLiteral("nearestGram"), tuning.nearestGram},
                        {QStringLiteral("centroidWord"), tuning.centroidWord},
                        {QStringLiteral("centroidGram"), tuning.centroidGram},
                        {QStringLiteral("bm25K1"), tuning.bm25K1},
                        {QStringLiteral("bm25B"), tuning.bm25B},
                        {QStringLiteral("titleWeight"), tuning.titleWeight},
                        {QStringLiteral("groupContext"), tuning.groupContext},
                        {QStringLiteral("groupDocument"), tuning.groupDocument},
                        {QStringLiteral("sizePrior"), tuning.sizePrior},
                        {QStringLiteral("groupSpread"), tuning.groupSpread},
                        {QStringLiteral("partWeight"), tuning.partWeight},
                        {QStringLiteral("paragraphWeight"), tuning.paragraphWeight},
                        {QStringLiteral("minGram"), tuning.minGram},
                        {QStringLiteral("maxGram"), tuning.maxGram}};
    const QJsonObject json{{QStringLiteral("split"), splitDescription()},
                           {QStringLiteral("trainKeywords"), int(train.size())},
                           {QStringLiteral("heldOutKeywords"), ours.queries},
                           {QStringLiteral("heldOutAlsoKeywordOfAnotherEmne"), seenElsewhere},
                           {QStringLiteral("leaks"), leaks},
                           {QStringLiteral("buildMs"), buildMs},
                           {QStringLiteral("tuning"), t},
                           {QStringLiteral("classifier"), ours.toJson()},
                           {QStringLiteral("classifierWithoutDigits"), oursWords.toJson()},
                           {QStringLiteral("classifierCodes"), oursCodes.toJson()},
                           {QStringLiteral("classifierTextAlsoKeywordElsewhere"), oursElsewhere.toJson()},
                           {QStringLiteral("classifierTextNotTrained"), oursNovel.toJson()},
                           {QStringLiteral("referencePlainTfIdf"), ref.toJson()}};
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (jsonPath.isEmpty()) {
        std::printf("\n%s", bytes.constData());
    } else {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
    }
    return 0;
}

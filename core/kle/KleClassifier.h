#pragma once

#include "kle/KleCaseContext.h"
#include "kle/KleSource.h"
#include "kle/KleSuggestion.h"
#include "kle/KleTuning.h"

#include <QList>
#include <QReadWriteLock>
#include <QString>

#include <memory>

namespace akta::kle {

class KleIndex;
class Os2KleKeywordFile;

// Suggests KLE emner for a case from its title (and, when known, its kind, party and unit).
//
// It compares the title with every emne's title, keywords (OS2KLE) and stikord (KLE-online), and with the
// municipality's own classified cases, in two ways at once: word stems (with compounds split into known
// words) and character n-grams of stems (inflections, other compounds, misspellings). An emne scores by its
// best single match (nearest keyword, title or case) and by all its texts as one document (BM25); titles and
// heavy OS2KLE weights count more, emner with many keywords a little more, and the emne's gruppe lends some
// of its score (see KleTuning). Cost: well under a millisecond per title on the full OS2KLE plan.
//
// Usage: addSubject()/addGroup()/addKeyword() for the plan, learnCase() for earlier cases, build(), then
// suggest(). Plan changes take effect at the next build(); learnCase(), unlearnCase() and reclassifyCase()
// take effect at once (without rebuilding), so the classifier learns while cases are created.
//
// Thread-safe: every member may be called from any thread; suggest() calls run concurrently with each other
// and wait only while a writer (learnCase(), build(), ...) holds the lock.
class KleClassifier final
{
public:
    using Source = KleSource;
    using Tuning = KleTuning;

    KleClassifier();
    ~KleClassifier();
    KleClassifier(const KleClassifier&) = delete;
    KleClassifier& operator=(const KleClassifier&) = delete;

    void setTuning(const Tuning& tuning);
    Tuning tuning() const;

    // An emne of the plan ("02.34.02", "Byggetilladelser"). Adding it again replaces the title.
    void addSubject(const QString& number, const QString& title);
    // A gruppe ("02.34") or hovedgruppe ("02") title: weak context for the emner under it.
    void addGroup(const QString& number, const QString& title);
    // A keyword or stikord of an emne. OS2KLE weights: 5 is normal, higher is stronger, below 5 weak.
    // An emne not added with addSubject() is created without a title.
    void addKeyword(const QString& number, const QString& term, int weight = 5,
                    Source source = Source::Keyword);
    // Every emne and keyword of an OS2KLE file.
    void addKeywordFile(const Os2KleKeywordFile& file);
    // Forgets the plan and its keywords (not the learned cases).
    void clearPlan();

    // A case of this municipality classified as `emne`. The same title may be learned more than once.
    void learnCase(const QString& title, const QString& emne, const KleCaseContext& context = {});
    // Takes back one learnCase() with the same arguments; false when there was none.
    bool unlearnCase(const QString& title, const QString& emne, const KleCaseContext& context = {});
    // A case moved from `oldEmne` to `newEmne`.
    void reclassifyCase(const QString& title, const QString& oldEmne, const QString& newEmne,
                        const KleCaseContext& context = {});

    // Indexes the plan, keywords and learned cases. Call it after changing the plan.
    void build();
    bool isBuilt() const;

    // The best emner for `text`, best first, at most `top`; empty before build() or when nothing matches.
    QList<KleSuggestion> suggest(const QString& text, int top = 10) const;
    QList<KleSuggestion> suggest(const QString& text, const KleCaseContext& context, int top = 10) const;

    int subjectCount() const;
    int keywordCount() const;
    int learnedCaseCount() const;

private:
    mutable QReadWriteLock m_lock;
    std::unique_ptr<KleIndex> m_index;
};

} // namespace akta::kle

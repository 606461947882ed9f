#include "kle/KleClassifier.h"

#include "kle/KleIndex.h"
#include "kle/Os2KleKeywordFile.h"

#include <QReadLocker>
#include <QWriteLocker>

namespace akta::kle {

KleClassifier::KleClassifier() : m_index(std::make_unique<KleIndex>()) {}

KleClassifier::~KleClassifier() = default;

void KleClassifier::setTuning(const Tuning& tuning)
{
    QWriteLocker locker(&m_lock);
    m_index->setTuning(tuning);
}

KleClassifier::Tuning KleClassifier::tuning() const
{
    QReadLocker locker(&m_lock);
    return m_index->tuning();
}

void KleClassifier::addSubject(const QString& number, const QString& title)
{
    QWriteLocker locker(&m_lock);
    m_index->addSubject(number, title);
}

void KleClassifier::addGroup(const QString& number, const QString& title)
{
    QWriteLocker locker(&m_lock);
    m_index->addGroup(number, title);
}

void KleClassifier::addKeyword(const QString& number, const QString& term, int weight, Source source)
{
    QWriteLocker locker(&m_lock);
    m_index->addKeyword(number, term, weight, source);
}

void KleClassifier::addKeywordFile(const Os2KleKeywordFile& file)
{
    QWriteLocker locker(&m_lock);
    for (const Os2KleKeywordFile::Subject& subject : file.subjects()) {
        m_index->addSubject(subject.number, subject.title);
        for (const Os2KleKeywordFile::Keyword& keyword : subject.keywords) {
            m_index->addKeyword(subject.number, keyword.term, keyword.weight, Source::Keyword);
        }
    }
}

void KleClassifier::clearPlan()
{
    QWriteLocker locker(&m_lock);
    m_index->clearPlan();
}

void KleClassifier::learnCase(const QString& title, const QString& emne, const KleCaseContext& context)
{
    QWriteLocker locker(&m_lock);
    m_index->learnCase(title, emne, context);
}

bool KleClassifier::unlearnCase(const QString& title, const QString& emne, const KleCaseContext& context)
{
    QWriteLocker locker(&m_lock);
    return m_index->unlearnCase(title, emne, context);
}

void KleClassifier::reclassifyCase(const QString& title, const QString& oldEmne, const QString& newEmne,
                                   const KleCaseContext& context)
{
    QWriteLocker locker(&m_lock);
    m_index->unlearnCase(title, oldEmne, context);
    m_index->learnCase(title, newEmne, context);
}

void KleClassifier::build()
{
    QWriteLocker locker(&m_lock);
    m_index->build();
}

bool KleClassifier::isBuilt() const
{
    QReadLocker locker(&m_lock);
    return m_index->isBuilt();
}

QList<KleSuggestion> KleClassifier::suggest(const QString& text, int top) const
{
    return suggest(text, KleCaseContext{}, top);
}

QList<KleSuggestion> KleClassifier::suggest(const QString& text, const KleCaseContext& context, int top) const
{
    QReadLocker locker(&m_lock);
    return m_index->suggest(text, context, top);
}

int KleClassifier::subjectCount() const
{
    QReadLocker locker(&m_lock);
    return m_index->subjectCount();
}

int KleClassifier::keywordCount() const
{
    QReadLocker locker(&m_lock);
    return m_index->keywordCount();
}

int KleClassifier::learnedCaseCount() const
{
    QReadLocker locker(&m_lock);
    return m_index->learnedCaseCount();
}

} // namespace akta::kle

#include "search/CompoundLexicon.h"

#include "kle/DanishTokenizer.h"
#include "kle/KlePlan.h"
#include "search/SearchWords.h"

#include <QCryptographicHash>

#include <algorithm>

namespace akta::search {

namespace {

// Words of case work that KLE titles lack or only have inside compounds. Lower case, uninflected.
const char* const kCaseWork[] = {
    "afgørelse",   "afslag",    "akt",         "aktindsigt",   "anmodning",    "ansøgning",  "barn",
    "behandling",  "bevilling", "bolig",       "borger",       "brev",         "bygge",      "byg",
    "dokument",    "ejendom",   "forløb",      "frist",        "handling",     "helbred",    "hjælp",
    "hjem",        "høring",    "journal",     "klage",        "kontrakt",     "lov",        "mail",
    "møde",        "notat",     "opfølgning",  "orientering",  "partshøring",  "plan",       "rapport",
    "redegørelse", "referat",   "sag",         "skole",        "svar",         "tilbud",     "tilladelse",
    "tilsyn",      "tilskud",   "udtalelse",   "underretning", "vejledning",   "ydelse",     "skrivelse",
    "attest",      "erklæring", "indstilling", "vurdering",    "undersøgelse", "beslutning", "aftale",
    "kommune",     "nabo",      "familie",     "pleje",        "pension",      "handicap",   "dagpenge",
    "bistand",     "støtte",    "bygning",     "miljø",        "affald",       "vand",       "vej",
    "skat",        "sundhed",   "ældre",       "forælder",     "forældre",     "myndighed",  "politi",
};

} // namespace

const CompoundLexicon& CompoundLexicon::builtIn()
{
    static const CompoundLexicon lexicon;
    return lexicon;
}

CompoundLexicon::CompoundLexicon()
{
    QSet<QString> words;
    const auto add = [&words](QStringView word) {
        const QString normalized = SearchWords::normalize(word);
        if (normalized.size() < 3 || kle::DanishTokenizer::isStopWord(normalized)) {
            return;
        }
        for (const QChar c : normalized) {
            if (!c.isLetter()) {
                return;
            }
        }
        words.insert(normalized);
        const QString stem = SearchWords::stem(normalized);
        if (stem.size() >= 3) {
            words.insert(stem);
        }
    };
    for (const char* word : kCaseWork) {
        add(QString::fromUtf8(word));
    }
    for (const kle::KleEntry& entry : kle::KlePlan::builtIn().entries()) {
        for (const QString& word : kle::DanishTokenizer::words(entry.title)) {
            add(word);
        }
    }
    m_words = words;
    QStringList sorted(words.cbegin(), words.cend());
    std::sort(sorted.begin(), sorted.end());
    m_version = QString::fromLatin1(
        QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace akta::search

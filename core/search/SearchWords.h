#pragma once

#include <QString>
#include <QStringView>

namespace akta::search {

// The word normalization shared by the search index and the query: Danish folding (case, accents,
// æ/ø/å kept as letters; kle::DanishTokenizer::fold), then "aa" read as "å" everywhere, so that
// "Aabenraa" and "Åbenrå" are one word. Both sides normalize the same way, so a word that really
// has "aa" ("ekstraarbejde") still finds itself. stem() is the Snowball Danish stem of a normalized
// word, from a stemmer of the calling thread.
class SearchWords final
{
public:
    static QString normalize(QStringView word);
    static QString stem(QStringView normalizedWord);
};

} // namespace akta::search

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace akta::search {

// The word normalization shared by the search index and the query: Danish folding (case, accents,
// æ/ø/å kept as letters; kle::DanishTokenizer::fold), then "aa" read as "å" everywhere, so that
// "Aabenraa" and "Åbenrå" are one word. Both sides normalize the same way, so a word that really
// has "aa" ("ekstraarbejde") still finds itself. stem() is the Snowball Danish stem of a normalized
// word, from a stemmer of the calling thread.
//
// otherFormStems() mends where Snowball gives one noun two stems: it strips a long ending from some
// base forms ("tagrende" -> "tagr", "-ende") that their definite and plural forms keep ("tagrenden",
// "tagrender" -> "tagrend"). For a word typed in a query it gives the stems of its other forms that
// differ from its own only that way: a longer stem of a definite or plural form, or the shorter stem
// of the base form of a definite or plural "-e" noun. Stems that are not an extension or a cut of
// the word's own stem never come back, so "Jensen" does not also find "Jens".
class SearchWords final
{
public:
    static QString normalize(QStringView word);
    static QString stem(QStringView normalizedWord);
    static QStringList otherFormStems(QStringView normalizedWord);
};

} // namespace akta::search

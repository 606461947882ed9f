#include "search/SearchWords.h"

#include "kle/DanishStemmer.h"
#include "kle/DanishTokenizer.h"

namespace akta::search {

QString SearchWords::normalize(QStringView word)
{
    QString folded = kle::DanishTokenizer::fold(word);
    if (folded.contains(QLatin1String("aa"))) {
        folded.replace(QLatin1String("aa"), QStringLiteral("å"));
    }
    return folded;
}

QString SearchWords::stem(QStringView normalizedWord)
{
    thread_local kle::DanishStemmer stemmer;
    return stemmer.stem(normalizedWord);
}

} // namespace akta::search

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

QStringList SearchWords::otherFormStems(QStringView normalizedWord)
{
    constexpr qsizetype kMinWord = 4;
    constexpr qsizetype kMinStem = 3;
    QStringList result;
    if (normalizedWord.size() < kMinWord) {
        return result;
    }
    const QString own = stem(normalizedWord);
    const auto consider = [&](const QString& form, bool longer) {
        const QString other = stem(form);
        const bool fits =
            longer ? other.size() > own.size() && other.startsWith(own)
                   : other.size() < own.size() && other.size() >= kMinStem && own.startsWith(other);
        if (fits && !result.contains(other)) {
            result.append(other);
        }
    };
    const QString word = normalizedWord.toString();
    // The definite and plural forms of an "-e" noun as typed: "tagrende" -> "tagrenden", "tagrender".
    if (word.endsWith(u'e')) {
        for (const QLatin1String ending : {QLatin1String("n"), QLatin1String("r"), QLatin1String("rne")}) {
            consider(word + ending, true);
        }
    }
    // The base form of a definite or plural "-e" noun: "tagrenden", "tagrender", "tagrenderne", "tæppet".
    for (const QLatin1String ending :
         {QLatin1String("n"), QLatin1String("r"), QLatin1String("rne"), QLatin1String("t")}) {
        const qsizetype baseSize = word.size() - ending.size();
        if (baseSize >= kMinWord && word.endsWith(ending) && word[baseSize - 1] == u'e') {
            consider(word.left(baseSize), false);
        }
    }
    return result;
}

} // namespace akta::search

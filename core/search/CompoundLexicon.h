#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace akta::search {

// The known words the search tokenizer splits compounds with ("byggetilladelsen" -> "bygge" +
// "tilladelsen"). They come from two fixed sources compiled into the program: the words of the
// built-in KLE plan's titles (the municipal vocabulary) and a short list of words common in case
// work that the titles lack. The list never comes from the store: the index must tokenize a text
// the same way on every machine and every day, or deleting a row would remove other tokens than
// it added. version() changes with the list; a store indexed with another version is rebuilt.
//
// Words are normalized (SearchWords::normalize) and kept with their Snowball stems.
class CompoundLexicon final
{
public:
    static const CompoundLexicon& builtIn();

    // Whether `word` (normalized, or a stem) is a known word.
    bool contains(QStringView word) const { return m_words.contains(word.toString()); }
    qsizetype size() const { return m_words.size(); }
    const QString& version() const { return m_version; }

private:
    CompoundLexicon();

    QSet<QString> m_words;
    QString m_version;
};

} // namespace akta::search

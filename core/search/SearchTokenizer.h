#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace akta::search {

// The Danish tokenizer of the search index (registered with FTS5 as "akta_danish").
//
// - Words are folded and normalized (SearchWords: case, accents, æ/ø/å as letters, "aa" as "å") and
//   replaced by their Snowball Danish stem.
// - In a document, a compound also yields its known parts (CompoundLexicon) as tokens at the same
//   place (FTS5_TOKEN_COLOCATED), so that "tilladelse" finds "byggetilladelsen". A query never
//   yields parts: "byggetilladelse" asks for that compound.
// - Numbers are kept whole with their inner dots, hyphens and slashes: case numbers
//   ("27.24.00-G01-123-26"), KLE numbers, dates (a Danish "15.01.2025" becomes "2025-01-15"), CPR
//   numbers (the hyphen dropped: "0101901234"), amounts ("1.234.567"). A word with a digit ("ok01")
//   is kept as it is, lower-cased.
// - A prefix query ("ansøgninge*") is stemmed like a word, so it matches the stems in the index.
//
// Offsets are byte offsets into the UTF-8 text. Thread-safe (per-thread stemmer and word cache).
class SearchTokenizer final
{
public:
    enum class Mode
    {
        Document,
        Query,
        Prefix
    };

    struct Token
    {
        QByteArray text;
        int start = 0;
        int end = 0;
        bool colocated = false;
    };

    // Calls `sink` for each token; stops and returns its result when that is not 0 (an SQLite code).
    using Emit = std::function<int(const Token&)>;
    static int tokenize(QByteArrayView utf8, Mode mode, const Emit& sink);
    static QList<Token> tokens(QByteArrayView utf8, Mode mode = Mode::Document);
};

} // namespace akta::search

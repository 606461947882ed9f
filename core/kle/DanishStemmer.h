#pragma once

#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace akta::kle {

// The Snowball Danish stemmer of libstemmer ("ansøgninger" -> "ansøgning", "partistøtte" -> "partistøt").
// Owns one libstemmer instance for its whole life (RAII).
//
// Not thread-safe: libstemmer keeps per-instance state while it stems, so stem() must never run on the same
// object from two threads at once. Use one DanishStemmer per thread (e.g. thread_local) or guard it with a
// mutex. Distinct objects may be used concurrently.
class DanishStemmer final
{
public:
    // Throws std::runtime_error when libstemmer has no Danish stemmer (never with a normal libstemmer).
    DanishStemmer();
    ~DanishStemmer();
    DanishStemmer(DanishStemmer&& other) noexcept;
    DanishStemmer& operator=(DanishStemmer&& other) noexcept;
    DanishStemmer(const DanishStemmer&) = delete;
    DanishStemmer& operator=(const DanishStemmer&) = delete;

    // The stem of one word. The word is lower-cased first (Snowball expects lower case); a word with a digit
    // or without a letter is returned lower-cased but otherwise unchanged, as stemming codes like "ok01"
    // would only damage them.
    QString stem(QStringView word);

private:
    sb_stemmer* m_stemmer = nullptr;
};

} // namespace akta::kle

#include "kle/DanishStemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <utility>

namespace akta::kle {

DanishStemmer::DanishStemmer() : m_stemmer(sb_stemmer_new("danish", "UTF_8"))
{
    if (m_stemmer == nullptr) {
        throw std::runtime_error("libstemmer has no Danish stemmer");
    }
}

DanishStemmer::~DanishStemmer()
{
    if (m_stemmer != nullptr) {
        sb_stemmer_delete(m_stemmer);
    }
}

DanishStemmer::DanishStemmer(DanishStemmer&& other) noexcept
    : m_stemmer(std::exchange(other.m_stemmer, nullptr))
{}

DanishStemmer& DanishStemmer::operator=(DanishStemmer&& other) noexcept
{
    if (this != &other) {
        if (m_stemmer != nullptr) {
            sb_stemmer_delete(m_stemmer);
        }
        m_stemmer = std::exchange(other.m_stemmer, nullptr);
    }
    return *this;
}

QString DanishStemmer::stem(QStringView word)
{
    const QString lower = word.toString().toLower();
    bool hasLetter = false;
    for (const QChar c : lower) {
        if (c.isDigit()) {
            return lower;
        }
        hasLetter = hasLetter || c.isLetter();
    }
    if (!hasLetter || m_stemmer == nullptr) {
        return lower;
    }
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol* stemmed =
        sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), int(utf8.size()));
    if (stemmed == nullptr) { // out of memory in libstemmer
        return lower;
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace akta::kle

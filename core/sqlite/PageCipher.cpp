#include "sqlite/PageCipher.h"

#include <sodium.h>

#include <cstring>
#include <stdexcept>

namespace akta::sqlite {

namespace {

constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(kTagBytes + kNonceBytes == PageCipher::kReservedBytes);

// Domain byte, 8-byte big-endian position and, for page 1, the plain header.
struct AssociatedData
{
    std::uint8_t bytes[1 + 8 + PageCipher::kHeaderBytes];
    unsigned long long size;

    AssociatedData(PageCipher::Domain domain, std::uint64_t position, const std::uint8_t* header)
    {
        bytes[0] = static_cast<std::uint8_t>(domain);
        for (int i = 0; i < 8; ++i) {
            bytes[1 + i] = static_cast<std::uint8_t>(position >> (56 - 8 * i));
        }
        size = 9;
        if (header) {
            std::memcpy(bytes + 9, header, PageCipher::kHeaderBytes);
            size += PageCipher::kHeaderBytes;
        }
    }
};

} // namespace

PageCipher::PageCipher(const Key& key) : m_key(key)
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot be initialised");
    }
    randombytes_buf(m_noncePrefix.data(), m_noncePrefix.size());
}

PageCipher::~PageCipher()
{
    sodium_memzero(m_key.data(), m_key.size());
}

bool PageCipher::reservedIsZero(const std::uint8_t* page, int pageSize)
{
    std::uint8_t any = 0;
    for (int i = pageSize - kReservedBytes; i < pageSize; ++i) {
        any |= page[i];
    }
    return any == 0;
}

void PageCipher::seal(std::uint8_t* page, int pageSize, Domain domain, std::uint64_t position,
                      bool plainHeader)
{
    const int start = plainHeader ? kHeaderBytes : 0;
    const int length = pageSize - kReservedBytes - start;
    std::uint8_t* tag = page + pageSize - kReservedBytes;
    std::uint8_t* nonce = tag + kTagBytes;
    std::memcpy(nonce, m_noncePrefix.data(), m_noncePrefix.size());
    const std::uint64_t counter = ++m_counter;
    std::memcpy(nonce + m_noncePrefix.size(), &counter, sizeof counter);
    const AssociatedData ad(domain, position, plainHeader ? page : nullptr);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(page + start, tag, nullptr, page + start,
                                                        static_cast<unsigned long long>(length), ad.bytes,
                                                        ad.size, nullptr, nonce, m_key.data());
}

bool PageCipher::open(std::uint8_t* page, int pageSize, Domain domain, std::uint64_t position,
                      bool plainHeader) const
{
    const int start = plainHeader ? kHeaderBytes : 0;
    const int length = pageSize - kReservedBytes - start;
    std::uint8_t* tag = page + pageSize - kReservedBytes;
    const std::uint8_t* nonce = tag + kTagBytes;
    const AssociatedData ad(domain, position, plainHeader ? page : nullptr);
    // libsodium checks the tag before it decrypts and clears the output when the tag is wrong.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(page + start, nullptr, page + start,
                                                            static_cast<unsigned long long>(length), tag,
                                                            ad.bytes, ad.size, nonce, m_key.data()) != 0) {
        return false;
    }
    std::memset(tag, 0, kReservedBytes);
    return true;
}

} // namespace akta::sqlite

#include "demo/DemoRandom.h"

#include <QUuid>

namespace akta::demo {

int DemoRandom::bounded(int bound)
{
    if (bound <= 0) {
        return 0;
    }
    // Lemire's multiply-shift: the high 32 bits of a 32x32 product are uniform enough for demo data.
    const std::uint64_t value = next() >> 32;
    return int((value * std::uint64_t(bound)) >> 32);
}

QString DemoRandom::uuid()
{
    const std::uint64_t high = next();
    const std::uint64_t low = next();
    char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(quint8(high >> (56 - 8 * i)));
        bytes[8 + i] = char(quint8(low >> (56 - 8 * i)));
    }
    bytes[6] = char((quint8(bytes[6]) & 0x0f) | 0x40); // version 4
    bytes[8] = char((quint8(bytes[8]) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

std::uint64_t DemoRandom::mix(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed * 0x9e3779b97f4a7c15ULL + (stream + 1) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace akta::demo

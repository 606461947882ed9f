#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <random>

namespace akta::demo {

// The deterministic random source of the demo data: a 64-bit Mersenne Twister (fully specified by
// the C++ standard) with small helpers of our own, because the std distributions differ between
// standard libraries and would make the data depend on the compiler.
class DemoRandom final
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}
    // A stream of its own for `stream` (e.g. a case index), independent of the other streams.
    DemoRandom(std::uint64_t seed, std::uint64_t stream) : m_engine(mix(seed, stream)) {}

    std::uint64_t next() { return m_engine(); }
    // Uniform in [0, bound); 0 when bound <= 0.
    int bounded(int bound);
    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + bounded(high - low + 1); }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return uniform() < probability; }
    // A UUID (version 4 layout) made from 16 random bytes, without braces.
    QString uuid();

    template <typename T> const T& pick(const QList<T>& list) { return list.at(bounded(int(list.size()))); }
    template <typename T, std::size_t N> const T& pick(const T (&array)[N]) { return array[bounded(int(N))]; }

    // Mixes two numbers into a well-spread seed (splitmix64 finaliser).
    static std::uint64_t mix(std::uint64_t seed, std::uint64_t stream);

private:
    std::mt19937_64 m_engine;
};

} // namespace akta::demo

#pragma once

#include <QDate>

#include <cstdint>
#include <functional>

namespace akta::demo {

// What `akta-cli demo seed` makes. The same options give the same data, byte for byte: nothing is
// taken from the clock or the system's random source.
struct DemoOptions
{
    int cases = 500;
    std::uint64_t seed = 1;
    // The demo data lies in the three years before this date.
    QDate referenceDate = QDate(2026, 11, 1);
    // Cases written per transaction.
    int batchSize = 1000;
    // Generator threads beside the writing one; 0 picks twice the number of cores (2 to 8).
    int workerThreads = 0;
    // Whether to write register.jsonl (the fictitious CPR/CVR register) into the store folder.
    bool writeRegister = true;
    // Called with (cases written, cases in all) after each batch, from the calling thread.
    std::function<void(int done, int total)> progress;
};

} // namespace akta::demo

#pragma once

#include "demo/DemoOptions.h"
#include "demo/DemoSummary.h"

#include <QString>

#include <stdexcept>

namespace akta::store {
class LocalStore;
}

namespace akta::demo {

// Raised before anything is written when the store already holds data; the message says what.
class StoreNotEmpty final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Fills an empty local store with a deterministic demo municipality: units and users (the current
// user becomes the caseworker "demo"), persons with replacement numbers in families, companies with
// valid CVR numbers, cases over many KLE emner with official case numbers, and documents whose
// contents (PDF letters, journal notes, e-mails) lie in the blob folder. The data stands for what the
// server has sent, so nothing goes into the outbox. Also writes register.jsonl beside the database.
class DemoSeeder final
{
public:
    explicit DemoSeeder(store::LocalStore& store) : m_store(store) {}

    // Throws StoreNotEmpty when the store has cases, parties, users or units, std::invalid_argument
    // for bad options, and sqlite::SqliteError or std::runtime_error when writing fails.
    DemoSummary seed(const DemoOptions& options);

    static QString registerFileName() { return QStringLiteral("register.jsonl"); }

private:
    store::LocalStore& m_store;
};

} // namespace akta::demo

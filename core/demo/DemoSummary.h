#pragma once

#include <QtGlobal>

namespace akta::demo {

// What a seed run wrote.
struct DemoSummary
{
    qint64 cases = 0;
    qint64 documents = 0;
    qint64 persons = 0;
    qint64 companies = 0;
    qint64 units = 0;
    qint64 users = 0;
    qint64 blobBytes = 0; // bytes of newly written blob files
    double seconds = 0;
};

} // namespace akta::demo

#pragma once

#include <QString>

namespace akta::demo {

class DemoPopulation;

// Writes the demo population as the fictitious CPR/CVR register the demo server will answer from:
// JSON lines, one person or company per line, persons first.
//   {"cpr", "firstName", "lastName", "address": {"street", "postalCode", "city"}, "protected",
//    "status": "alive"|"deceased"|"emigrated", "relations": [{"type": "parent"|"child"|"custody"|"spouse",
//    "cpr"}]}
//   {"cvr", "name", "address", "industry", "status": "active"|"ceased"}
// Protected persons' addresses are in it: it is the register, not a desktop store.
class DemoRegisterWriter final
{
public:
    // Throws std::runtime_error when the file cannot be written.
    static void write(const QString& path, const DemoPopulation& population);
};

} // namespace akta::demo

#include "demo/DemoRegisterWriter.h"

#include "demo/DemoPopulation.h"

#include <QSaveFile>

#include <stdexcept>

namespace akta::demo {

namespace {

// A JSON string literal.
void appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendField(QByteArray& out, const char* name, const QString& value)
{
    out.append('"').append(name).append("\":");
    appendString(out, value);
}

void appendAddress(QByteArray& out, const DemoAddress& address)
{
    out.append("\"address\":{");
    appendField(out, "street", address.street);
    out.append(',');
    appendField(out, "postalCode", address.postalCode);
    out.append(',');
    appendField(out, "city", address.city);
    out.append('}');
}

} // namespace

void DemoRegisterWriter::write(const QString& path, const DemoPopulation& population)
{
    QByteArray out;
    out.reserve(population.persons().size() * 300 + population.companies().size() * 250);
    const QList<DemoPerson>& persons = population.persons();
    for (const DemoPerson& person : persons) {
        out.append('{');
        appendField(out, "cpr", person.cpr);
        out.append(',');
        appendField(out, "firstName", person.firstName);
        out.append(',');
        appendField(out, "lastName", person.lastName);
        out.append(',');
        appendAddress(out, person.address);
        out.append(",\"protected\":").append(person.isProtected ? "true" : "false").append(',');
        appendField(out, "status", person.status);
        out.append(",\"relations\":[");
        bool first = true;
        auto relation = [&](const char* type, int other) {
            out.append(first ? "" : ",").append("{\"type\":\"").append(type).append("\",");
            appendField(out, "cpr", persons.at(other).cpr);
            out.append('}');
            first = false;
        };
        for (const int parent : person.parents) {
            relation("parent", parent);
        }
        for (const int child : person.children) {
            relation("child", child);
        }
        for (const int holder : person.custodyHolders) {
            relation("custody", holder);
        }
        if (person.spouse >= 0) {
            relation("spouse", person.spouse);
        }
        out.append("]}\n");
    }
    for (const DemoCompany& company : population.companies()) {
        out.append('{');
        appendField(out, "cvr", company.cvr);
        out.append(',');
        appendField(out, "name", company.name);
        out.append(',');
        appendAddress(out, company.address);
        out.append(',');
        appendField(out, "industry", company.industry);
        out.append(',');
        appendField(out, "status", company.status);
        out.append("}\n");
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        throw std::runtime_error("cannot write " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    }
}

} // namespace akta::demo

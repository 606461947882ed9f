#pragma once

#include "registry/RegisterRecords.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <variant>

class QIODevice;

namespace akta::sqlite {
class Database;
}

namespace akta::registry {

// Brings a register extract in JSON lines into the register tables of the store, one person or
// company per line:
//   {"cpr": "DDMMYYSSSS", "firstName", "lastName", "address": {"street", "postalCode", "city"},
//    "protected": bool, "status": "alive"|"deceased"|"emigrated",
//    "relations": [{"type": "parent"|"child"|"custody"|"spouse", "cpr"}]}
//   {"cvr", "name", "address", "industry", "status"}
// A line that breaks the format is reported with its number and why, and skipped; the others are
// imported, all in one transaction. Blank lines are ignored. A person or company already in the
// register is replaced (a person's relations too). A protected person's address is dropped while
// the line is read and never reaches SQLite. Afterwards the parties in the store are refreshed from
// the register (PartyMasterData) in the same transaction.
class RegisterImporter final
{
public:
    struct Rejection
    {
        qint64 line = 0; // 1-based
        QString reason;
    };

    struct Report
    {
        int persons = 0;
        int companies = 0;
        QList<Rejection> rejected;
        int refreshedParties = 0; // parties in the store brought up to date from the register
    };

    // One line read: a person, a company, or why the line was rejected.
    using Record = std::variant<PersonRecord, CompanyRecord, QString>;

    explicit RegisterImporter(sqlite::Database& db) : m_db(db) {}

    // The time written as updated_at, fetched_at and changed_at. Invalid (the default): the clock.
    void setNow(const QDateTime& now) { m_now = now; }
    // The day a birth date must not be after. Invalid (the default): the current date.
    void setToday(QDate today) { m_today = today; }

    // Throws std::runtime_error when the file cannot be opened or read, and sqlite::SqliteError when
    // writing fails; then nothing is imported.
    Report importFile(const QString& path);
    Report importData(const QByteArray& data);
    Report importDevice(QIODevice& device);

    // Reads one line (without its line break) as the format above describes. Dropping a protected
    // person's address happens here.
    static Record parseLine(const QByteArray& line, QDate today);

private:
    sqlite::Database& m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace akta::registry

#pragma once

#include <stdexcept>
#include <string>

namespace akta::sqlite {

// Thrown by the SQLite wrapper when SQLite reports an error. Carries the SQLite result code
// so that callers can tell a constraint violation or an interrupt from an I/O failure.
class SqliteError final : public std::runtime_error
{
public:
    SqliteError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}

    int code() const noexcept { return m_code; }
    bool isConstraint() const noexcept;
    bool isInterrupt() const noexcept;

private:
    int m_code;
};

} // namespace akta::sqlite

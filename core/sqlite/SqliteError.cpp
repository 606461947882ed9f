#include "sqlite/SqliteError.h"

#include <sqlite3.h>

namespace akta::sqlite {

bool SqliteError::isConstraint() const noexcept
{
    return (m_code & 0xff) == SQLITE_CONSTRAINT;
}

bool SqliteError::isInterrupt() const noexcept
{
    return (m_code & 0xff) == SQLITE_INTERRUPT;
}

} // namespace akta::sqlite

#include "cases/CaseListLoader.h"

#include "cases/CaseRepository.h"
#include "sqlite/Database.h"

#include <exception>

namespace akta::cases {

CaseListLoader::CaseListLoader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath)
{
    qRegisterMetaType<akta::cases::CaseQuery>();
    qRegisterMetaType<QList<akta::CaseRecord>>();
}

CaseListLoader::~CaseListLoader() = default;

sqlite::Database& CaseListLoader::database()
{
    if (!m_db) {
        m_db = std::make_unique<sqlite::Database>(m_databasePath, sqlite::Database::Mode::ReadOnly);
    }
    return *m_db;
}

void CaseListLoader::load(quint64 generation, const CaseQuery& query)
{
    if (isSuperseded(generation)) {
        return;
    }
    try {
        // One row more than asked for tells whether there is a next page (a negative limit means all).
        CaseQuery probe = query;
        if (query.limit >= 0) {
            probe.limit = query.limit + 1;
        }
        QList<CaseRecord> rows = CaseRepository(database()).list(probe);
        const bool more = query.limit >= 0 && rows.size() > query.limit;
        if (more) {
            rows.removeLast();
        }
        emit pageLoaded(generation, query.offset, rows, more);
    } catch (const std::exception& error) {
        emit failed(generation, QString::fromUtf8(error.what()));
    }
}

void CaseListLoader::count(quint64 generation, const CaseQuery& query)
{
    if (isSuperseded(generation)) {
        return;
    }
    try {
        emit counted(generation, CaseRepository(database()).count(query));
    } catch (const std::exception& error) {
        emit failed(generation, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cases

#pragma once

#include "cases/CaseQuery.h"
#include "domain/CaseRecord.h"

#include <QAtomicInteger>
#include <QList>
#include <QObject>

#include <memory>

namespace akta::sqlite {
class Database;
}

namespace akta::cases {

// Loads pages of the case list on a worker thread with a read-only connection of its own, so that
// the GUI thread never waits on the disk. Move it to a QThread and talk to it through queued calls.
class CaseListLoader final : public QObject
{
    Q_OBJECT

public:
    explicit CaseListLoader(const QString& databasePath, QObject* parent = nullptr);
    ~CaseListLoader() override;

    // Called from any thread when a new generation of requests starts: queued requests of older
    // generations are then dropped instead of run (the user typed on, or sorted again).
    void supersede(quint64 generation) { m_latest.storeRelaxed(generation); }

public slots:
    // Loads one page; answers with pageLoaded() or failed() carrying the same generation.
    void load(quint64 generation, const akta::cases::CaseQuery& query);
    // Counts what a query matches; answers with counted().
    void count(quint64 generation, const akta::cases::CaseQuery& query);

signals:
    void pageLoaded(quint64 generation, int offset, const QList<akta::CaseRecord>& rows, bool more);
    void counted(quint64 generation, qint64 total);
    void failed(quint64 generation, const QString& message);

private:
    sqlite::Database& database();

    bool isSuperseded(quint64 generation) const { return generation < m_latest.loadRelaxed(); }

    QString m_databasePath;
    QAtomicInteger<quint64> m_latest = 0;
    std::unique_ptr<sqlite::Database> m_db;
};

} // namespace akta::cases

Q_DECLARE_METATYPE(akta::cases::CaseQuery)
Q_DECLARE_METATYPE(akta::CaseRecord)

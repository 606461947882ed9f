#pragma once

#include "search/SearchEngine.h"
#include "search/SearchResult.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

namespace akta::search {

// Runs searches on the thread it lives in (move it to a QThread), newest request only: search() may be
// called from any thread; it replaces the waiting request and cancels the running one (sqlite3_interrupt
// on the worker's own connection), so that typing never queues up stale queries. Each request has a
// generation number; finished()/failed() carry it, so the caller can drop an answer that came too late.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(QString databasePath, QObject* parent = nullptr);
    ~SearchWorker() override;

    // Thread-safe. Returns the generation of this request.
    quint64 search(const SearchEngine::Request& request);
    // Thread-safe: drops the waiting request and stops the running one; nothing more is reported.
    void cancel();

signals:
    void finished(quint64 generation, const akta::search::SearchResult& result);
    void failed(quint64 generation, const QString& message);

private:
    void processLatest();

    QString m_databasePath;
    QMutex m_mutex;
    std::unique_ptr<SearchEngine> m_engine; // made and used on the worker's thread; cancelled from any
    SearchEngine::Request m_latest;
    quint64 m_generation = 0;
    quint64 m_done = 0;
};

} // namespace akta::search

Q_DECLARE_METATYPE(akta::search::SearchResult)

#include "search/SearchWorker.h"

#include "search/SearchQueryParser.h"

#include <QMutexLocker>

#include <exception>
#include <utility>

namespace akta::search {

SearchWorker::SearchWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<akta::search::SearchResult>();
}

SearchWorker::~SearchWorker() = default;

quint64 SearchWorker::search(const SearchEngine::Request& request)
{
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_mutex);
        m_latest = request;
        generation = ++m_generation;
        if (m_engine) {
            m_engine->cancel();
        }
    }
    QMetaObject::invokeMethod(this, &SearchWorker::processLatest, Qt::QueuedConnection);
    return generation;
}

void SearchWorker::cancel()
{
    const QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_done = m_generation;
    if (m_engine) {
        m_engine->cancel();
    }
}

void SearchWorker::processLatest()
{
    for (;;) {
        SearchEngine::Request request;
        quint64 generation = 0;
        {
            const QMutexLocker lock(&m_mutex);
            if (m_done == m_generation) {
                return;
            }
            request = m_latest;
            generation = m_generation;
        }
        try {
            if (!m_engine) {
                auto engine = std::make_unique<SearchEngine>(m_databasePath);
                const QMutexLocker lock(&m_mutex);
                m_engine = std::move(engine);
            }
            const SearchResult result = m_engine->search(request);
            {
                const QMutexLocker lock(&m_mutex);
                if (generation != m_generation) {
                    continue; // overtaken while it ran: answer the newer one
                }
                m_done = generation;
            }
            emit finished(generation, result);
        } catch (const SearchCancelled&) {
            continue; // a newer request is waiting (or this one runs again)
        } catch (const SearchQueryError& error) {
            {
                const QMutexLocker lock(&m_mutex);
                m_done = generation;
            }
            emit failed(generation, error.message());
        } catch (const std::exception& error) {
            {
                const QMutexLocker lock(&m_mutex);
                m_done = generation;
            }
            emit failed(generation, QString::fromUtf8(error.what()));
        }
    }
}

} // namespace akta::search

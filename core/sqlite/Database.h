#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace akta::sqlite {

class Statement;

// Owns one SQLite connection. Opened with foreign keys on, WAL journalling and a busy timeout,
// so that a reader thread and a writer can share the file. Not thread-safe: one Database per thread.
class Database final
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    Database() = default;
    explicit Database(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const noexcept { return m_db != nullptr; }
    const QString& path() const noexcept { return m_path; }

    // Runs one or more statements without results (schema, pragmas).
    void exec(const QString& sql);
    Statement prepare(const QString& sql);

    int userVersion();
    void setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Asks for the WAL to be checkpointed and truncated after the current transaction commits,
    // for changes that must not survive as old page images (a newly protected address).
    void requestWalScrub();
    // Called by Transaction after the outermost commit.
    void scrubWalIfRequested();

    // Cancels the statement running on this connection; safe to call from another thread.
    void interrupt();

    sqlite3* handle() const noexcept { return m_db; }

private:
    void close() noexcept;

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_walScrubRequested = false;
};

} // namespace akta::sqlite

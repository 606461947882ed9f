#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>
#include <unordered_map>

namespace akta::sqlite {
class Database;
class Statement;
} // namespace akta::sqlite

namespace akta::sync {

// Writes the server's state of synchronised entities into the local store: pulled changes, the
// fields returned for a pushed operation, and revocations. The caller holds the transaction.
//
// Fields that the user changed locally and that are still waiting in the outbox or in an open
// conflict are never overwritten. An entity whose parent is not here yet (a case before its party,
// a document before its case) is parked in sync_parked and applied by applyParked() once it is.
class ChangeApplier final
{
public:
    enum class Outcome
    {
        Applied,
        Skipped, // the local row already has this rev or a newer one
        Parked
    };

    explicit ChangeApplier(sqlite::Database& db);
    ~ChangeApplier();
    ChangeApplier(const ChangeApplier&) = delete;
    ChangeApplier& operator=(const ChangeApplier&) = delete;

    Outcome apply(const QString& entity, const QString& id, qint64 rev, const QJsonObject& fields);
    // Purges an entity the user may no longer see, with what hangs under it.
    void revoke(const QString& entity, const QString& id);
    // Applies parked entities whose parents have arrived; returns how many were applied.
    int applyParked();
    // At the end of the feed: cases still waiting for a party the server did not send are applied
    // without that party (logged), so a case never stays hidden for want of one link.
    int releaseParkedCases();
    qint64 parkedCount();
    // Writes `fields` over the local row as they are (a choice the user made), keeping its rev.
    void overwrite(const QString& entity, const QString& id, const QJsonObject& fields);
    // The local rev of an entity, 0 when it is not here.
    qint64 rev(const QString& entity, const QString& id);

private:
    // Empty when every parent is here, else what is missing ("case:<id>").
    QString missingParent(const QString& entity, const QJsonObject& fields);
    QSet<QString> localFields(const QString& id);
    QString partyId(const QString& remoteId);
    bool exists(const QString& table, const QString& id);
    qint64 localRev(const QString& table, const QString& id, bool* found);
    void park(const QString& entity, const QString& id, qint64 rev, const QJsonObject& fields,
              const QString& waitingFor);
    void prepareCase(const QString& id, QJsonObject& fields);
    void prepareDocument(const QString& id, QJsonObject& fields);
    void prepareVersion(const QString& id, QJsonObject& fields);
    bool prepareParty(const QString& id, QJsonObject& fields);
    void writeRow(const QString& entity, const QString& id, qint64 rev, const QJsonObject& fields,
                  bool insert);
    // The `parties` of a case ({partyId, role}) or a document (party ids), when the fields name them.
    void writeParties(const QString& entity, const QString& id, const QJsonObject& fields);
    void writeCaseParties(const QString& caseId, const QJsonObject& fields);
    void writeDocumentParties(const QString& documentId, const QJsonObject& fields);

    // A prepared statement for `sql`, kept for the applier's lifetime (a pull applies many
    // thousands of rows with the same few statements) and reset for its next use.
    sqlite::Statement& statement(const QString& sql);

    // Whether sync_parked may hold rows (a first sync of a big server parks nothing: no lookups then).
    bool mayHaveParked();

    sqlite::Database& m_db;
    std::unordered_map<QString, std::unique_ptr<sqlite::Statement>> m_statements;
    bool m_parkedChecked = false;
    bool m_parked = true;
};

} // namespace akta::sync

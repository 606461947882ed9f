// Tests of akta::sync::Outbox on a migrated SQLite store.

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/Migrations.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using akta::sqlite::Database;
using akta::sync::Outbox;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyAtFirst();
    void appendStoresTheOperation();
    void appendReturnsUniqueOpIds();
    void operationsKeepTheirOrder();
    void appendRollsBackWithTheChange();
    void batchStopsAtASecondOperationOnAnEntity();
    void removeAndRebase();
    void mergedRebasesOnlyOverlappingOperations();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("outbox.db")));
    akta::store::Migrations::migrate(*m_db);
}

void TestOutbox::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestOutbox::emptyAtFirst()
{
    QCOMPARE(Outbox(*m_db).pendingCount(), qint64(0));
}

void TestOutbox::appendStoresTheOperation()
{
    Outbox outbox(*m_db);
    const QJsonObject fields{
        {QStringLiteral("title"), QStringLiteral("Byggesag på Ærøvej")},
        {QStringLiteral("count"), 3},
        {QStringLiteral("parties"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
        {QStringLiteral("empty"), QJsonValue::Null}};
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QString opId = outbox.append(QStringLiteral("case"), QStringLiteral("case-1"), 12, fields);
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    QVERIFY(!QUuid::fromString(opId).isNull());
    QVERIFY(!opId.startsWith(QLatin1Char('{')));
    QCOMPARE(outbox.pendingCount(), qint64(1));

    auto row = m_db->prepare(
        QStringLiteral("SELECT op_id, entity, entity_id, base_rev, fields, created_at, seq FROM outbox"));
    QVERIFY(row.step());
    QCOMPARE(row.columnText(0), opId);
    QCOMPARE(row.columnText(1), QStringLiteral("case"));
    QCOMPARE(row.columnText(2), QStringLiteral("case-1"));
    QCOMPARE(row.columnInt64(3), qint64(12));
    QJsonParseError error{};
    const QJsonDocument stored = QJsonDocument::fromJson(row.columnText(4).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(stored.object(), fields);
    QVERIFY(!row.columnText(4).contains(QLatin1Char('\n'))); // compact, one line
    const QDateTime created = QDateTime::fromString(row.columnText(5), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(created >= before && created <= after);
    QVERIFY(row.columnInt64(6) > 0);
    QVERIFY(!row.step());
}

void TestOutbox::appendReturnsUniqueOpIds()
{
    Outbox outbox(*m_db);
    QSet<QString> ids;
    for (int i = 0; i < 50; ++i) {
        ids.insert(outbox.append(QStringLiteral("party"), QStringLiteral("p"), 0, {}));
    }
    QCOMPARE(ids.size(), 50);
    QCOMPARE(outbox.pendingCount(), qint64(50));
}

void TestOutbox::operationsKeepTheirOrder()
{
    Outbox outbox(*m_db);
    QStringList appended;
    for (int i = 0; i < 5; ++i) {
        appended << outbox.append(QStringLiteral("case"), QStringLiteral("c%1").arg(i), i, {});
    }
    QStringList stored;
    auto query = m_db->prepare(QStringLiteral("SELECT op_id FROM outbox ORDER BY seq"));
    while (query.step()) {
        stored << query.columnText(0);
    }
    QCOMPARE(stored, appended);
}

void TestOutbox::appendRollsBackWithTheChange()
{
    Outbox outbox(*m_db);
    outbox.append(QStringLiteral("case"), QStringLiteral("kept"), 0, {});
    {
        akta::sqlite::Transaction transaction(*m_db);
        outbox.append(QStringLiteral("case"), QStringLiteral("dropped"), 0, {});
        QCOMPARE(outbox.pendingCount(), qint64(2));
    }
    QCOMPARE(outbox.pendingCount(), qint64(1));
    auto query = m_db->prepare(QStringLiteral("SELECT entity_id FROM outbox"));
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("kept"));
}

void TestOutbox::batchStopsAtASecondOperationOnAnEntity()
{
    Outbox outbox(*m_db);
    const QString first = outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 0,
                                        {{QStringLiteral("title"), QStringLiteral("a")}});
    outbox.append(QStringLiteral("document"), QStringLiteral("d1"), 0, {});
    outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 0,
                  {{QStringLiteral("title"), QStringLiteral("b")}});
    outbox.append(QStringLiteral("case"), QStringLiteral("c2"), 0, {});
    QList<akta::sync::OutboxOperation> batch = outbox.nextBatch(10);
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.at(0).opId, first);
    QCOMPARE(batch.at(0).fields.value(QStringLiteral("title")).toString(), QStringLiteral("a"));
    QCOMPARE(batch.at(1).entityId, QStringLiteral("d1"));
    QCOMPARE(outbox.nextBatch(1).size(), 1);
}

void TestOutbox::removeAndRebase()
{
    Outbox outbox(*m_db);
    const QString first = outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 0, {});
    outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 0,
                  {{QStringLiteral("status"), QStringLiteral("decided")}});
    outbox.append(QStringLiteral("case"), QStringLiteral("c2"), 0, {});
    const qint64 seq = outbox.nextBatch(1).at(0).seq;
    outbox.remove(first);
    outbox.rebase(QStringLiteral("c1"), seq, 1);
    const QList<akta::sync::OutboxOperation> batch = outbox.nextBatch(10);
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.at(0).entityId, QStringLiteral("c1"));
    QCOMPARE(batch.at(0).baseRev, qint64(1));
    QCOMPARE(batch.at(1).entityId, QStringLiteral("c2"));
    QCOMPARE(batch.at(1).baseRev, qint64(0)); // another entity is left alone
}

void TestOutbox::mergedRebasesOnlyOverlappingOperations()
{
    // After a `merged` answer to {status}, a later {title} keeps its old base (the server may have changed
    // the title meanwhile: that must still conflict), a later {status, title} moves to the new rev.
    Outbox outbox(*m_db);
    const QString first = outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 3,
                                        {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 3,
                  {{QStringLiteral("title"), QStringLiteral("t")}});
    outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 3,
                  {{QStringLiteral("status"), QStringLiteral("decided")},
                   {QStringLiteral("title"), QStringLiteral("u")}});
    const qint64 seq = outbox.nextBatch(1).at(0).seq;
    outbox.remove(first);
    outbox.rebaseOverlapping(QStringLiteral("c1"), seq, 7, {QStringLiteral("status")});
    QList<akta::sync::OutboxOperation> all;
    for (QList<akta::sync::OutboxOperation> batch = outbox.nextBatch(1); !batch.isEmpty();
         batch = outbox.nextBatch(1)) {
        all += batch;
        outbox.remove(batch.at(0).opId);
    }
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).baseRev, qint64(3));
    QCOMPARE(all.at(1).baseRev, qint64(7));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

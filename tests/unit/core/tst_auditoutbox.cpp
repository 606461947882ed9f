// Tests of akta::sync::AuditOutbox on a migrated SQLite store: what an export report holds and that
// it stays queued (sending is tested against a real server in tests/integration/tst_auditcli).

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/Migrations.h"
#include "sync/AuditOutbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::sqlite::Database;
using akta::sync::AuditOutbox;
using akta::sync::ExportEvent;

class TestAuditOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void kindsHaveTheirWireNames();
    void appendQueuesTheEventAsItWillBeSent();
    void caseIsFoundFromTheDocument();
    void appendRollsBackWithItsTransaction();

private:
    QJsonObject queued(const QString& eventId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAuditOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("audit.db")));
    akta::store::Migrations::migrate(*m_db);
    m_db->exec(QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, created_at, "
        "modified_at) "
        "VALUES ('6d0c2c4e-0000-4000-8000-000000000001', '00.01.00-G01-1-26', 'Sag', '00.01.00', 'citizen', "
        "'opened', 'normal', 'x', 'x')"));
    m_db->exec(QStringLiteral(
        "INSERT INTO documents(id, case_id, number, title, kind, direction, status, created_at, "
        "modified_at) VALUES ('6d0c2c4e-0000-4000-8000-0000000000d1', "
        "'6d0c2c4e-0000-4000-8000-000000000001', 1, 'Brev', 'file', 'incoming', 'journaled', "
        "'x', 'x')"));
}

void TestAuditOutbox::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QJsonObject TestAuditOutbox::queued(const QString& eventId)
{
    auto query = m_db->prepare(QStringLiteral("SELECT event FROM audit_outbox WHERE event_id = ?1"));
    query.bind(1, eventId);
    return query.step() ? QJsonDocument::fromJson(query.columnText(0).toUtf8()).object() : QJsonObject();
}

void TestAuditOutbox::kindsHaveTheirWireNames()
{
    QCOMPARE(ExportEvent::kindName(ExportEvent::Kind::SaveCopy), QStringLiteral("export_save"));
    QCOMPARE(ExportEvent::kindName(ExportEvent::Kind::OpenExternal), QStringLiteral("export_open"));
    QCOMPARE(ExportEvent::kindName(ExportEvent::Kind::AuditCsv), QStringLiteral("export_csv"));
}

void TestAuditOutbox::appendQueuesTheEventAsItWillBeSent()
{
    AuditOutbox outbox(*m_db);
    QCOMPARE(outbox.pendingCount(), 0);
    ExportEvent csv;
    csv.kind = ExportEvent::Kind::AuditCsv;
    csv.entries = 42;
    csv.fileName = QString(300, QLatin1Char('x')) + QStringLiteral("revisionslog.csv");
    const QString id = outbox.append(csv, QStringLiteral("laptop-7"));
    QCOMPARE(outbox.pendingCount(), 1);
    const QJsonObject event = queued(id);
    QCOMPARE(event.value(QStringLiteral("eventId")).toString(), id);
    QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("export_csv"));
    QCOMPARE(event.value(QStringLiteral("entries")).toInteger(), 42);
    QCOMPARE(event.value(QStringLiteral("device")).toString(), QStringLiteral("laptop-7"));
    QVERIFY(!event.contains(QStringLiteral("caseId")));
    // The server takes at most 255 characters: the end of a long path is kept (the file's name).
    QCOMPARE(event.value(QStringLiteral("fileName")).toString().size(), 255);
    QVERIFY(event.value(QStringLiteral("fileName")).toString().endsWith(QStringLiteral("revisionslog.csv")));
    QVERIFY(QDateTime::fromString(event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(outbox.append(csv, {}) != id);
    QCOMPARE(outbox.pendingCount(), 2);
}

void TestAuditOutbox::caseIsFoundFromTheDocument()
{
    ExportEvent save;
    save.kind = ExportEvent::Kind::OpenExternal;
    save.documentId = QStringLiteral("6d0c2c4e-0000-4000-8000-0000000000d1");
    save.sha256 = QString(64, QLatin1Char('a'));
    const QJsonObject event = queued(AuditOutbox(*m_db).append(save, QStringLiteral("pc")));
    QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("export_open"));
    QCOMPARE(event.value(QStringLiteral("caseId")).toString(),
             QStringLiteral("6d0c2c4e-0000-4000-8000-000000000001"));
    QCOMPARE(event.value(QStringLiteral("documentId")).toString(), save.documentId);
    QCOMPARE(event.value(QStringLiteral("sha256")).toString(), save.sha256);
    QVERIFY(!event.contains(QStringLiteral("entries")));
}

void TestAuditOutbox::appendRollsBackWithItsTransaction()
{
    {
        akta::sqlite::Transaction transaction(*m_db);
        AuditOutbox(*m_db).append({}, QStringLiteral("pc"));
        QCOMPARE(AuditOutbox(*m_db).pendingCount(), 1);
    }
    QCOMPARE(AuditOutbox(*m_db).pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestAuditOutbox)
#include "tst_auditoutbox.moc"

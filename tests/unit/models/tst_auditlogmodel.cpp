// Tests of akta::models::AuditLogModel: rows and columns as shown and exported, labels for every
// action the server records, and a fetch that cannot reach the server ending in fetchFailed (the
// fetch against a real server is in tests/gui/tst_auditlogdialog).

#include "AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using akta::models::AuditLogModel;
using akta::sync::AuditEntry;

class TestAuditLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsShowTheEntries();
    void everyServerActionHasALabel();
    void unreachableServerFailsTheFetch();
};

void TestAuditLogModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditLogModel::rowsShowTheEntries()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEntry entry;
    entry.time = QStringLiteral("2026-11-28T09:30:00.000Z");
    entry.user = QStringLiteral("bo");
    entry.action = QStringLiteral("export_save");
    entry.caseId = QStringLiteral("c1");
    entry.caseNumber = QStringLiteral("27.24.00-G01-1-26");
    entry.entity = QStringLiteral("document");
    entry.entityId = QStringLiteral("d1");
    entry.document = QStringLiteral("Afgørelse; endelig");
    entry.detail = {
        {QStringLiteral("fileName"), QStringLiteral("a.pdf")},
        {QStringLiteral("fields"), QJsonArray{QStringLiteral("title"), QStringLiteral("status")}}};
    AuditEntry blob = entry;
    blob.action = QStringLiteral("read_blob_denied");
    blob.entity = QStringLiteral("blob");
    blob.entityId = QString(64, QLatin1Char('f'));
    blob.document.clear();
    blob.detail = {};
    model.setEntries({entry, blob});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.index(0, AuditLogModel::UserColumn).data().toString(), QStringLiteral("bo"));
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(),
             AuditLogModel::tr("Saved a copy"));
    QCOMPARE(model.index(0, AuditLogModel::CaseColumn).data().toString(),
             QStringLiteral("27.24.00-G01-1-26"));
    QCOMPARE(model.index(0, AuditLogModel::DocumentColumn).data().toString(),
             QStringLiteral("Afgørelse; endelig"));
    QCOMPARE(model.index(0, AuditLogModel::DetailColumn).data().toString(),
             QStringLiteral("fields: title, status; fileName: a.pdf"));
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data(AuditLogModel::ActionRole).toString(),
             QStringLiteral("export_save"));
    // A blob the store does not know is shown by its hash.
    QCOMPARE(model.index(1, AuditLogModel::DocumentColumn).data().toString(), blob.entityId);
    QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data().toString(),
             QDateTime::fromString(entry.time, Qt::ISODateWithMs)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QList<QStringList> table = model.tableText();
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.first().size(), int(AuditLogModel::ColumnCount));
    QCOMPARE(table.first().first(), AuditLogModel::tr("Time"));
    QCOMPARE(table.at(1).at(AuditLogModel::DocumentColumn), QStringLiteral("Afgørelse; endelig"));
}

void TestAuditLogModel::everyServerActionHasALabel()
{
    for (const char* action :
         {"read_case", "read_blob", "read_blob_denied", "write", "search", "grant_add", "grant_end",
          "audit_list", "export_save", "export_open", "export_csv", "report_refused", "review_request",
          "review_approve", "review_reject", "review_withdraw"}) {
        QVERIFY2(AuditLogModel::actionLabel(QLatin1String(action)) != QLatin1String(action), action);
    }
    QCOMPARE(AuditLogModel::actionLabel(QStringLiteral("something_new")), QStringLiteral("something_new"));
}

void TestAuditLogModel::unreachableServerFailsTheFetch()
{
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    akta::sync::SyncOptions account;
    account.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    account.username = QStringLiteral("lea");
    account.password = QStringLiteral("x");
    account.retry.attempts = 1;
    AuditLogModel model;
    AuditEntry kept;
    kept.user = QStringLiteral("bo");
    model.setEntries({kept});
    QSignalSpy failed(&model, &AuditLogModel::fetchFailed);
    QSignalSpy fetching(&model, &AuditLogModel::fetchingChanged);
    model.fetch(store.path(), account, {});
    QVERIFY(model.isFetching());
    QVERIFY(failed.wait(60000));
    QVERIFY(!model.isFetching());
    QCOMPARE(fetching.size(), 2);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(model.rowCount(), 1); // what was shown stays
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"

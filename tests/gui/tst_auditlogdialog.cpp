// The audit log view ("Revisionslog") against a real akta-server on loopback: a leader's stores
// synced through akta-cli, the entries fetched off the GUI thread and filtered by case, user and
// period, a CSV export that Danish Excel opens (and that is itself queued for the audit log), and a
// caseworker's refusal shown in the dialog. With AKTA_SCREENSHOT_DIR set, the dialog is saved there
// as audit-log.png (run under xvfb-run with QT_QPA_PLATFORM=xcb for a real rendering).

#include "AuditLogDialog.h"
#include "AuditLogModel.h"
#include "ServerProcess.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"
#include "sync/AuditOutbox.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::models::AuditLogModel;
using akta::widgets::AuditLogDialog;

class TestAuditLogDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void leaderSeesFiltersAndExports();
    void caseworkerIsToldNo();
    void everyInteractiveWidgetIsNamed();

private:
    QString store(const QString& name) const { return m_stores.filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    QByteArray cli(const QStringList& args, int* exitCode = nullptr);
    bool sync(const QString& user);
    akta::sync::SyncOptions account(const QString& user) const;
    QStringList column(const AuditLogModel& model, int column) const;

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_stores;
    QString m_caseNumber;
};

void TestAuditLogDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_stores.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("lea"), QStringLiteral("Børn og Unge/PPR"),
                               QStringLiteral("leader"), &error),
             qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("bo"), QStringLiteral("Børn og Unge/PPR/Syd"),
                               QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    // bo makes two cases with a document each; lea, his leader, syncs them.
    for (const QString& title : {QStringLiteral("Støtte i skolen"), QStringLiteral("Udredning hos PPR")}) {
        const QJsonObject made =
            QJsonDocument::fromJson(
                cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
                     store(QStringLiteral("bo")), QStringLiteral("--json"), QStringLiteral("--no-party"),
                     QStringLiteral("--title"), title, QStringLiteral("--kle"), QStringLiteral("00.01.00")}))
                .object();
        QVERIFY(!made.value(QStringLiteral("id")).toString().isEmpty());
        const QString file = m_stores.filePath(title + QStringLiteral(".txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Notat: " + title.toUtf8());
        out.close();
        cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
             store(QStringLiteral("bo")), QStringLiteral("--case"),
             made.value(QStringLiteral("id")).toString(), QStringLiteral("--json"), file});
    }
    QVERIFY(sync(QStringLiteral("bo")));
    QVERIFY(sync(QStringLiteral("lea")));
    akta::store::LocalStore local(store(QStringLiteral("lea")));
    auto number = local.database().prepare(
        QStringLiteral("SELECT case_number FROM cases WHERE title = 'Støtte i skolen'"));
    QVERIFY(number.step());
    m_caseNumber = number.columnText(0);
}

void TestAuditLogDialog::cleanupTestCase()
{
    if (m_server) {
        m_server->stop();
    }
}

QByteArray TestAuditLogDialog::cli(const QStringList& args, int* exitCode)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode) {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return process.readAllStandardOutput();
}

bool TestAuditLogDialog::sync(const QString& user)
{
    int exitCode = -1;
    cli({QStringLiteral("sync"), QStringLiteral("--store"), store(user), QStringLiteral("--server"), url(),
         QStringLiteral("--user"), user, QStringLiteral("--password-file"),
         m_server->filePath(QStringLiteral("password"))},
        &exitCode);
    return exitCode == 0;
}

akta::sync::SyncOptions TestAuditLogDialog::account(const QString& user) const
{
    akta::sync::SyncOptions options;
    options.server = QUrl(url());
    options.username = user;
    options.password = ServerProcess::kPassword;
    options.device = QStringLiteral("test");
    return options;
}

QStringList TestAuditLogDialog::column(const AuditLogModel& model, int column) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, column).data().toString();
    }
    return values;
}

void TestAuditLogDialog::leaderSeesFiltersAndExports()
{
    AuditLogDialog dialog(store(QStringLiteral("lea")), account(QStringLiteral("lea")));
    AuditLogModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("auditStatus"));
    auto* show = dialog.findChild<QPushButton*>(QStringLiteral("auditShowButton"));
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("auditExportButton"));
    QVERIFY(status && show && exportButton);
    QVERIFY(!exportButton->isEnabled());

    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    QVERIFY2(model->rowCount() >= 4, qPrintable(status->text())); // bo's writes in both cases
    QVERIFY(column(*model, AuditLogModel::UserColumn).contains(QStringLiteral("bo")));
    QVERIFY(column(*model, AuditLogModel::ActionColumn)
                .contains(AuditLogModel::actionLabel(QStringLiteral("write"))));
    QVERIFY(column(*model, AuditLogModel::DocumentColumn).contains(QStringLiteral("Støtte i skolen")));
    QVERIFY(exportButton->isEnabled());

    // By case: only that case's entries.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("auditCaseFilter")), m_caseNumber);
    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    QVERIFY(model->rowCount() > 0);
    const QStringList cases = column(*model, AuditLogModel::CaseColumn);
    QCOMPARE(cases.count(m_caseNumber), cases.size());
    const int caseRows = model->rowCount();

    // By user, on top: only bo's.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("auditUserFilter")), QStringLiteral("bo"));
    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->rowCount(), caseRows); // lea's look at the case's log since is left out
    const QStringList users = column(*model, AuditLogModel::UserColumn);
    QCOMPARE(users.count(QStringLiteral("bo")), users.size());

    if (qEnvironmentVariableIsSet("AKTA_SCREENSHOT_DIR")) {
        dialog.findChild<QLineEdit*>(QStringLiteral("auditUserFilter"))->clear();
        show->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(
            QDir(qEnvironmentVariable("AKTA_SCREENSHOT_DIR")).filePath(QStringLiteral("audit-log.png"))));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("auditUserFilter")),
                         QStringLiteral("bo"));
        show->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    }

    // A period long ago: nothing, and nothing to export.
    auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("auditFromDate"));
    auto* to = dialog.findChild<QDateEdit*>(QStringLiteral("auditToDate"));
    const QDate today = to->date();
    from->setDate(QDate(2001, 1, 1));
    to->setDate(QDate(2001, 12, 31));
    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!exportButton->isEnabled());
    to->setDate(today);
    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    const int rows = model->rowCount();
    QVERIFY(rows > 0);

    // CSV: BOM, ';', a header and one line per entry; the export is queued for the audit log.
    const QString path = m_stores.filePath(QStringLiteral("revisionslog.csv"));
    dialog.setSavePathChooser([path](const QString&) { return path; });
    QSignalSpy exported(&dialog, &AuditLogDialog::exported);
    exportButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = content.mid(3).split('\n');
    QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty rest after the last CRLF
    QVERIFY(lines.first().startsWith(AuditLogModel::tr("Time").toUtf8() + ';'));
    QVERIFY(lines.at(1).contains(";bo;"));
    QVERIFY(lines.at(1).contains(m_caseNumber.toUtf8()));
    {
        akta::store::LocalStore local(store(QStringLiteral("lea")));
        QCOMPARE(akta::sync::AuditOutbox(local.database()).pendingCount(), 1);
    }
    // At the next sync the server records it under the case.
    QVERIFY(sync(QStringLiteral("lea")));
    dialog.findChild<QLineEdit*>(QStringLiteral("auditUserFilter"))->setText(QStringLiteral("lea"));
    show->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 60000);
    QVERIFY(column(*model, AuditLogModel::ActionColumn)
                .contains(AuditLogModel::actionLabel(QStringLiteral("export_csv"))));
}

void TestAuditLogDialog::caseworkerIsToldNo()
{
    QVERIFY(sync(QStringLiteral("bo")));
    AuditLogDialog dialog(store(QStringLiteral("bo")), account(QStringLiteral("bo")));
    QSignalSpy failed(dialog.model(), &AuditLogModel::fetchFailed);
    dialog.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))
                 ->text()
                 .contains(QStringLiteral("only leaders and the data protection officer")),
             qPrintable(dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))->text()));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("auditExportButton"))->isEnabled());
}

void TestAuditLogDialog::everyInteractiveWidgetIsNamed()
{
    AuditLogDialog dialog(store(QStringLiteral("lea")), account(QStringLiteral("lea")));
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(widget) ||
            !widget->isVisibleTo(&dialog) || widget->parentWidget() != &dialog) {
            continue;
        }
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
    for (const char* name : {"auditCaseFilter", "auditUserFilter", "auditFromDate", "auditToDate",
                             "auditShowButton", "auditExportButton", "auditTable"}) {
        auto* widget = dialog.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
    }
}

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"

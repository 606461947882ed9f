// The desktop's sync pieces on real parts: the account dialog's checks, the conflict dialog's
// per-field choice, and the sync controller with its status widget against a real akta-server on
// loopback, keeping the session token in a secret store (in memory here; QtKeychain in the app).

#include "AccountDialog.h"
#include "ConflictDialog.h"
#include "ServerProcess.h"
#include "SyncController.h"
#include "SyncStatusWidget.h"
#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "secrets/InMemorySecretStore.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using akta::widgets::AccountDialog;
using akta::widgets::ConflictDialog;
using akta::widgets::SyncController;
using akta::widgets::SyncStatusWidget;

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void accountDialogChecksTheAddress_data();
    void accountDialogChecksTheAddress();
    void accountDialogNeedsEveryField();
    void conflictDialogChoosesPerField();
    void conflictDialogChoosesByKeyboard();
    void everyInteractiveWidgetHasAnAccessibleName();
    void controllerSyncsAndKeepsTheToken();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void TestSyncUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncUi::accountDialogChecksTheAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << QStringLiteral("https://akta.kommune.dk") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("remote http") << QStringLiteral("http://akta.kommune.dk") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://akta.kommune.dk") << false;
}

void TestSyncUi::accountDialogChecksTheAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, ok);
    QCOMPARE(AccountDialog::checkServer(address).isEmpty(), ok);
}

void TestSyncUi::accountDialogNeedsEveryField()
{
    AccountDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    QVERIFY(connectButton);
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("serverEdit")),
                     QStringLiteral("http://akta.kommune.dk"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("anna"));
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     QStringLiteral("hemmeligt"));
    QVERIFY(connectButton->isEnabled());
    // Plain http to another machine is refused with a reason, and the dialog stays open.
    connectButton->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("https")));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverEdit"))
        ->setText(QStringLiteral("https://akta.kommune.dk"));
    connectButton->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.server(), QUrl(QStringLiteral("https://akta.kommune.dk")));
    QCOMPARE(dialog.user(), QStringLiteral("anna"));
    QCOMPARE(dialog.password(), QStringLiteral("hemmeligt"));
}

void TestSyncUi::conflictDialogChoosesPerField()
{
    akta::sync::SyncConflict conflict;
    conflict.id = 1;
    conflict.entity = QStringLiteral("case");
    conflict.localFields = {{QStringLiteral("title"), QStringLiteral("Min titel")},
                            {QStringLiteral("status"), QStringLiteral("decided")},
                            {QStringLiteral("followUpDate"), QStringLiteral("2026-12-01")}};
    conflict.serverFields = {{QStringLiteral("title"), QStringLiteral("Serverens titel")},
                             {QStringLiteral("status"), QStringLiteral("opened")},
                             {QStringLiteral("followUpDate"), QStringLiteral("2026-12-24")}};
    conflict.conflictingFields = {QStringLiteral("title"), QStringLiteral("followUpDate")};
    ConflictDialog dialog(conflict);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Both versions are on screen; the server's is chosen until the user says otherwise.
    QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("local_title"))->text(),
             QStringLiteral("Min titel"));
    QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("server_title"))->text(),
             QStringLiteral("Serverens titel"));
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("local_status"))); // not contested
    QVERIFY(dialog.keepLocal().isEmpty());
    QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("local_title")), Qt::LeftButton);
    QCOMPARE(dialog.keepLocal(), QStringList{QStringLiteral("title")});
    dialog.findChild<QRadioButton*>(QStringLiteral("local_followUpDate"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(dialog.keepLocal(), (QStringList{QStringLiteral("followUpDate"), QStringLiteral("title")}));
    dialog.chooseLocal(QStringLiteral("title"), false);
    QCOMPARE(dialog.keepLocal(), QStringList{QStringLiteral("followUpDate")});
}

void TestSyncUi::conflictDialogChoosesByKeyboard()
{
    akta::sync::SyncConflict conflict;
    conflict.entity = QStringLiteral("case");
    conflict.subject = QStringLiteral("28.18.00-G01-1-26 Støtte i skolen");
    conflict.localFields = {{QStringLiteral("title"), QStringLiteral("Min titel")},
                            {QStringLiteral("status"), QStringLiteral("in_progress")},
                            {QStringLiteral("followUpDate"), QStringLiteral("2026-12-01")}};
    conflict.serverFields = {{QStringLiteral("title"), QStringLiteral("Serverens titel")},
                             {QStringLiteral("status"), QStringLiteral("opened")},
                             {QStringLiteral("followUpDate"), QStringLiteral("2026-12-24")}};
    conflict.conflictingFields = {QStringLiteral("title"), QStringLiteral("followUpDate")};
    ConflictDialog dialog(conflict);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_VERIFY(QApplication::focusWidget());
    const auto focused = [] { return QApplication::focusWidget()->objectName(); };
    const auto press = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };
    // What it is about, and the fields in the order of the case view, values by name.
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("subjectLabel"))->text(),
             QStringLiteral("Case 28.18.00-G01-1-26 Støtte i skolen"));
    QCOMPARE(
        ConflictDialog::orderedFields(conflict.localFields.keys()),
        (QStringList{QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("followUpDate")}));
    QCOMPARE(ConflictDialog::valueText(QStringLiteral("status"), QStringLiteral("in_progress")),
             QStringLiteral("In progress"));
    // The title's choice is the first stop; an arrow key moves between the two values and chooses.
    QCOMPARE(focused(), QStringLiteral("local_title"));
    press(Qt::Key_Space);
    QCOMPARE(dialog.keepLocal(), QStringList{QStringLiteral("title")});
    press(Qt::Key_Right);
    QCOMPARE(focused(), QStringLiteral("server_title"));
    QVERIFY(dialog.keepLocal().isEmpty());
    press(Qt::Key_Left);
    QCOMPARE(dialog.keepLocal(), QStringList{QStringLiteral("title")});
    // Tab goes on to the follow-up date's choice (not through the uncontested status), then the buttons.
    press(Qt::Key_Tab);
    QVERIFY2(focused().endsWith(QStringLiteral("_followUpDate")), qPrintable(focused()));
    QCOMPARE(dialog.keepLocal(), QStringList{QStringLiteral("title")});
    press(Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("resolveButton"));
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.keepLocal(), QStringList{QStringLiteral("title")});
}

void TestSyncUi::everyInteractiveWidgetHasAnAccessibleName()
{
    akta::sync::SyncConflict conflict;
    conflict.localFields = {{QStringLiteral("title"), QStringLiteral("A")}};
    conflict.serverFields = {{QStringLiteral("title"), QStringLiteral("B")}};
    conflict.conflictingFields = {QStringLiteral("title")};
    QTemporaryDir dir;
    akta::secrets::InMemorySecretStore secrets;
    SyncController controller(dir.path(), &secrets);
    AccountDialog account;
    ConflictDialog resolve(conflict);
    SyncStatusWidget status(&controller);
    for (QWidget* top : std::initializer_list<QWidget*>{&account, &resolve, &status}) {
        for (QWidget* widget : top->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(widget)) {
                continue;
            }
            const bool named = !widget->accessibleName().isEmpty() ||
                               (qobject_cast<QAbstractButton*>(widget) &&
                                !static_cast<QAbstractButton*>(widget)->text().isEmpty());
            QVERIFY2(named, qPrintable(top->objectName() + QLatin1Char('/') + widget->objectName()));
            QVERIFY2(!widget->objectName().isEmpty(),
                     qPrintable(top->objectName() + QLatin1Char('/') +
                                QString::fromLatin1(widget->metaObject()->className())));
        }
    }
}

void TestSyncUi::controllerSyncsAndKeepsTheToken()
{
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("anna"), QStringLiteral("PPR"), QStringLiteral("caseworker"),
                               &error),
             qPrintable(error));
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));

    QTemporaryDir dir;
    {
        akta::store::LocalStore store(dir.path());
        const QString actor = akta::directory::LocalAccount::ensure(store.database());
        akta::cases::NewCase request;
        request.title = QStringLiteral("Sag fra skrivebordet");
        request.kleSubject = QStringLiteral("00.01.00");
        akta::cases::CaseRepository(store.database()).create(request, actor);
    }
    akta::secrets::InMemorySecretStore secrets;
    SyncController controller(dir.path(), &secrets);
    SyncStatusWidget status(&controller);
    status.show();
    QCOMPARE(controller.state(), SyncController::State::NotConfigured);
    QSignalSpy changed(&controller, &SyncController::storeChanged);

    controller.connectAccount(url, QStringLiteral("anna"), ServerProcess::kPassword);
    QCOMPARE(controller.state(), SyncController::State::Syncing);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Online, 60000);
    QCOMPARE(status.stateText(), QStringLiteral("Online"));
    QCOMPARE(changed.count(), 1);
    const QString key = SyncController::secretKey(url, QStringLiteral("anna"));
    QTRY_VERIFY(secrets.contains(key));
    QVERIFY(!secrets.value(key).isEmpty());
    QVERIFY(secrets.value(key) != ServerProcess::kPassword);

    // A new start reads the token from the secret store; no password is needed.
    controller.setAccount(url, QStringLiteral("anna"));
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Online, 60000);

    // A token the server no longer accepts: login needed, and the stale token is forgotten.
    secrets.write(key, QStringLiteral("not-a-token"));
    controller.setAccount(url, QStringLiteral("anna"));
    QSignalSpy login(&controller, &SyncController::loginNeeded);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::LoginNeeded, 60000);
    QCOMPARE(login.count(), 1);
    QTRY_VERIFY(!secrets.contains(key));
    QCOMPARE(status.findChild<QToolButton*>(QStringLiteral("syncNowButton"))->text(),
             QStringLiteral("Log in…"));
    m_server->stop();
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"

// The idle lock on a real encrypted store with an injected short idle time: after no input the window is
// covered by the lock screen (the case data under it disabled, its shortcuts dead, the password field focused
// and reachable by keyboard); a wrong password is refused, the right one (checked offline against the
// store's Argon2id verifier) unlocks; input before the idle time keeps it unlocked; a store without a known
// password is not locked. With AKTA_SCREENSHOT_DIR set the locked window is saved as idle-lock.png there.

#include "IdleLock.h"
#include "IdleWatcher.h"
#include "LockScreen.h"
#include "store/LocalStore.h"
#include "store/PasswordVerifier.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::widgets::IdleLock;

namespace {

const QString kPassword = QStringLiteral("Hemmelig kode 7");

struct CaseWindow
{
    QMainWindow window;
    QLabel* data = nullptr;
    QAction* search = nullptr;
    int searches = 0;

    CaseWindow()
    {
        window.setObjectName(QStringLiteral("mainWindow"));
        data = new QLabel(QStringLiteral("Sag 27.24.00-G01-1-26: Emma Nielsen, CPR 010203-4567"), &window);
        data->setObjectName(QStringLiteral("caseData"));
        window.setCentralWidget(data);
        search = window.menuBar()->addMenu(QStringLiteral("&Filer"))->addAction(QStringLiteral("Søg"));
        search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        QObject::connect(search, &QAction::triggered, [this] { ++searches; });
        window.resize(1000, 700);
    }
};

} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void locksWhenIdleAndUnlocksWithThePassword();
    void inputKeepsItUnlocked();
    void noKnownPasswordNoLock();
};

void TestIdleLock::locksWhenIdleAndUnlocksWithThePassword()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    akta::store::LocalStore store(folder);
    akta::store::PasswordVerifier::remember(store.database(), kPassword);

    CaseWindow main;
    main.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main.window));
    IdleLock lock(&main.window, folder, 150);
    QSignalSpy locked(&lock, &IdleLock::locked);
    QTRY_VERIFY(lock.isLocked());
    QCOMPARE(locked.size(), 1);

    auto* screen = main.window.findChild<akta::widgets::LockScreen*>(QStringLiteral("lockScreen"));
    QVERIFY(screen && screen->isVisible());
    QCOMPARE(screen->geometry(), main.window.rect());
    QCOMPARE(screen->accessibleName(), QStringLiteral("Akta is locked"));
    QVERIFY(!main.data->isEnabled());
    QVERIFY(!main.window.menuBar()->isEnabled());
    auto* password = screen->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
    auto* unlock = screen->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    auto* error = screen->findChild<QLabel*>(QStringLiteral("lockError"));
    QVERIFY(password && unlock && error);
    QVERIFY(!password->accessibleName().isEmpty() && !unlock->accessibleName().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTRY_COMPARE(main.window.focusWidget(), password);

    // The window's shortcuts are dead while locked.
    QTest::keyClick(password, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(main.searches, 0);

    if (const QString shots = qEnvironmentVariable("AKTA_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::keyClicks(password, QStringLiteral("forkert"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!error->text().startsWith(QStringLiteral("Checking")) && !error->text().isEmpty());
        QVERIFY(main.window.grab().save(QDir(shots).filePath(QStringLiteral("idle-lock.png"))));
        password->clear();
    }

    // A wrong password: refused, still locked. Keyboard only.
    QTest::keyClicks(password, QStringLiteral("forkert"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(error->text(), QStringLiteral("Wrong password. Try again."));
    QVERIFY(lock.isLocked());
    QVERIFY(!main.data->isEnabled());

    // Tab reaches the Unlock button; the right password unlocks.
    password->clear();
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Tab);
    QCOMPARE(main.window.focusWidget(), unlock);
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    QTest::keyClick(unlock, Qt::Key_Space);
    QTRY_VERIFY(!lock.isLocked());
    QCOMPARE(unlocked.size(), 1);
    QVERIFY(!screen->isVisible());
    QVERIFY(main.data->isEnabled());
    QVERIFY(password->text().isEmpty());
    main.search->trigger();
    QCOMPARE(main.searches, 1);
}

void TestIdleLock::inputKeepsItUnlocked()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    akta::store::LocalStore store(folder);
    akta::store::PasswordVerifier::remember(store.database(), kPassword);
    CaseWindow main;
    main.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main.window));
    IdleLock lock(&main.window, folder, 60 * 60 * 1000);
    auto* watcher = lock.findChild<akta::widgets::IdleWatcher*>();
    QVERIFY(watcher);
    QCOMPARE(watcher->timeout(), 60 * 60 * 1000);
    // Input starts the count anew.
    QTest::qWait(100);
    const int before = watcher->remainingMs();
    QVERIFY(before < 60 * 60 * 1000);
    QTest::keyClick(main.data, Qt::Key_Shift);
    QVERIFY(watcher->remainingMs() > before);
    QVERIFY(!lock.isLocked());
    // And without input it locks.
    watcher->setTimeout(50);
    QTRY_VERIFY(lock.isLocked());
}

void TestIdleLock::noKnownPasswordNoLock()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    akta::store::LocalStore store(folder);
    CaseWindow main;
    main.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main.window));
    IdleLock lock(&main.window, folder, 50);
    lock.lockNow();
    QTest::qWait(300);
    QVERIFY(!lock.isLocked());
    QVERIFY(main.data->isEnabled());
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"

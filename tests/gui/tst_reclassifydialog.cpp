// Drives the real reclassify dialog by keyboard on a real store (temporary folder) with the official emneplan
// excerpt and the facet test file imported, and a classifier built by KleClassifierLoader.

#include "ReclassifyDialog.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "kle/KleClassifier.h"
#include "kle/KleClassifierLoader.h"
#include "kle/KlePlanImporter.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::cases::CaseRepository;
using akta::widgets::ReclassifyDialog;

class TestReclassifyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void opensOnTheCurrentClassification();
    void reclassifiesByKeyboard();
    void reclassifiesWithAnotherFacet();
    void escapeWritesNothing();
    void noEmneNoReclassify();

private:
    qint64 count(const char* table);
    QString createCase(const QString& title, const QString& emne);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    std::shared_ptr<akta::kle::KleClassifier> m_classifier;
};

void TestReclassifyDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    akta::kle::KlePlanImporter importer(m_store->database());
    importer.importFile(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    importer.importFile(QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml"));
    akta::directory::Directory directory(m_store->database());
    directory.addUnit({QStringLiteral("u1"), QString(), QStringLiteral("Sekretariatet")});
    directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Mette Hansen"),
                       QStringLiteral("u1"), QStringLiteral("caseworker")});
    m_classifier = akta::kle::KleClassifierLoader::load(m_store->database());
}

void TestReclassifyDialog::cleanup()
{
    m_classifier.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestReclassifyDialog::count(const char* table)
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    query.step();
    return query.columnInt64(0);
}

QString TestReclassifyDialog::createCase(const QString& title, const QString& emne)
{
    akta::cases::NewCase request;
    request.title = title;
    request.kleSubject = emne;
    return CaseRepository(m_store->database()).create(request, QStringLiteral("me")).id;
}

void TestReclassifyDialog::opensOnTheCurrentClassification()
{
    // The title would suggest 00.07.45, but the case's own emne is what the dialog starts with.
    const QString id =
        createCase(QStringLiteral("Indberetning til whistleblowerordningen"), QStringLiteral("00.01.00"));
    ReclassifyDialog dialog(m_store->database(), id, QStringLiteral("me"), m_classifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.previousSubject(), QStringLiteral("00.01.00"));
    QCOMPARE(dialog.caseTitle(), QStringLiteral("Indberetning til whistleblowerordningen"));
    QCOMPARE(dialog.chosenSubject(), QStringLiteral("00.01.00"));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("kleFacet"))->currentData().toString(),
             QStringLiteral("G01"));
    // Suggestions from the title are offered, the focus is in the filter field, and Reclassify is the
    // default.
    QVERIFY(dialog.findChild<QAbstractItemView*>(QStringLiteral("kleSuggestions"))->model()->rowCount() > 0);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("kleFilter"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("reclassifyButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QVERIFY(button->isDefault());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
}

void TestReclassifyDialog::reclassifiesByKeyboard()
{
    const QString id = createCase(QStringLiteral("Politisk styring 2026"), QStringLiteral("00.01.00"));
    auto before = CaseRepository(m_store->database()).find(id);
    QCOMPARE(before->retention, QStringLiteral("B"));
    const qint64 operations = count("outbox");

    ReclassifyDialog dialog(m_store->database(), id, QStringLiteral("me"), m_classifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("00.05.07"));
    QCOMPARE(dialog.chosenSubject(), QStringLiteral("00.05.07"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto after = CaseRepository(m_store->database()).find(id);
    QCOMPARE(after->kleSubject, QStringLiteral("00.05.07"));
    QCOMPARE(after->kleFacet, QStringLiteral("G01"));
    QCOMPARE(after->retention, QStringLiteral("K"));
    QVERIFY(after->deletion.isEmpty());
    QCOMPARE(after->modifiedBy, QStringLiteral("me"));
    QCOMPARE(count("case_history"), 1);
    QCOMPARE(count("outbox"), operations + 1);
    auto history = m_store->database().prepare(
        QStringLiteral("SELECT field, old_value, new_value, actor FROM case_history WHERE case_id = ?1"));
    history.bind(1, id);
    QVERIFY(history.step());
    QCOMPARE(history.columnText(0), QStringLiteral("kle"));
    QCOMPARE(history.columnText(1), QStringLiteral("00.01.00 G01"));
    QCOMPARE(history.columnText(2), QStringLiteral("00.05.07 G01"));
    QCOMPARE(history.columnText(3), QStringLiteral("me"));
}

void TestReclassifyDialog::reclassifiesWithAnotherFacet()
{
    const QString id = createCase(QStringLiteral("Klage over aktindsigt"), QStringLiteral("00.01.00"));
    ReclassifyDialog dialog(m_store->database(), id, QStringLiteral("me"), m_classifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("aktindsigt forvaltningsprincipper"));
    QCOMPARE(dialog.chosenSubject(), QStringLiteral("00.07.03"));
    // Tab on to the facet: suggestions, tree, facet.
    for (int i = 0; i < 3 && QApplication::focusWidget()->objectName() != QLatin1String("kleFacet"); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("kleFacet"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // G01 → K02
    QCOMPARE(qobject_cast<QComboBox*>(QApplication::focusWidget())->currentData().toString(),
             QStringLiteral("K02"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto after = CaseRepository(m_store->database()).find(id);
    QCOMPARE(after->kleSubject, QStringLiteral("00.07.03"));
    QCOMPARE(after->kleFacet, QStringLiteral("K02"));
    QCOMPARE(after->retention, QStringLiteral("K10"));
    QCOMPARE(after->deletion, QStringLiteral("P1825D"));
    auto op = m_store->database().prepare(
        QStringLiteral("SELECT fields FROM outbox WHERE entity_id = ?1 ORDER BY seq DESC LIMIT 1"));
    op.bind(1, id);
    QVERIFY(op.step());
    const QJsonObject fields = QJsonDocument::fromJson(op.columnText(0).toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("kleSubject")).toString(), QStringLiteral("00.07.03"));
    QCOMPARE(fields.value(QStringLiteral("kleFacet")).toString(), QStringLiteral("K02"));
    QCOMPARE(fields.value(QStringLiteral("retention")).toString(), QStringLiteral("K10"));
}

void TestReclassifyDialog::escapeWritesNothing()
{
    const QString id = createCase(QStringLiteral("Politisk styring 2026"), QStringLiteral("00.01.00"));
    const qint64 operations = count("outbox");
    ReclassifyDialog dialog(m_store->database(), id, QStringLiteral("me"), m_classifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("00.05.07"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(CaseRepository(m_store->database()).find(id)->kleSubject, QStringLiteral("00.01.00"));
    QCOMPARE(count("case_history"), 0);
    QCOMPARE(count("outbox"), operations);
}

void TestReclassifyDialog::noEmneNoReclassify()
{
    const QString id = createCase(QStringLiteral("Politisk styring 2026"), QStringLiteral("00.01.00"));
    const qint64 operations = count("outbox");
    ReclassifyDialog dialog(m_store->database(), id, QStringLiteral("me"), m_classifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("99.99.99"));
    QVERIFY(dialog.chosenSubject().isEmpty());
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("reclassifyButton"));
    QVERIFY(!button->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    // accept() called directly says why and writes nothing.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(CaseRepository(m_store->database()).find(id)->kleSubject, QStringLiteral("00.01.00"));
    QCOMPARE(count("case_history"), 0);
    QCOMPARE(count("outbox"), operations);

    // Typing a real emne enables it again.
    QLineEdit* filter = dialog.findChild<QLineEdit*>(QStringLiteral("kleFilter"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("00.06.02"));
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestReclassifyDialog)
#include "tst_reclassifydialog.moc"

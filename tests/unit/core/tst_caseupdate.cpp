// Tests of akta::cases::CaseUpdate on a real local store: only changed fields are written, each with
// a history row, and one outbox operation carries just them; a refused value writes nothing.

#include "cases/CaseRepository.h"
#include "cases/CaseUpdate.h"
#include "directory/LocalAccount.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::cases::CaseChanges;
using akta::cases::CaseUpdate;

class TestCaseUpdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void writesOnlyChangedFields();
    void sameValueQueuesNothing();
    void refusedValuesWriteNothing_data();
    void refusedValuesWriteNothing();
    void clearsTheFollowUpDate();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    QString scalar(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QString m_actor;
    QString m_caseId;
};

void TestCaseUpdate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    m_actor = akta::directory::LocalAccount::ensure(db());
    akta::cases::NewCase request;
    request.title = QStringLiteral("Bevilling af hjælpemidler");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = akta::cases::CaseRepository(db()).create(request, m_actor).id;
    db().exec(QStringLiteral("DELETE FROM outbox; UPDATE cases SET rev = 4"));
}

void TestCaseUpdate::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestCaseUpdate::scalar(const QString& sql)
{
    auto query = db().prepare(sql);
    return query.step() ? query.columnText(0) : QStringLiteral("<none>");
}

void TestCaseUpdate::writesOnlyChangedFields()
{
    CaseChanges changes;
    changes.title = QStringLiteral("  Bevilling af  kørestol ");
    changes.status = QStringLiteral("in_progress");
    changes.followUpDate = QStringLiteral("2026-12-24");
    QVERIFY(CaseUpdate(db()).apply(m_caseId, changes, m_actor));
    QCOMPARE(scalar(QStringLiteral("SELECT title || '|' || status || '|' || follow_up_date FROM cases")),
             QStringLiteral("Bevilling af kørestol|in_progress|2026-12-24"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_history WHERE case_id = '%1'").arg(m_caseId)),
             QStringLiteral("3"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT base_rev FROM outbox")), QStringLiteral("4"));
    const QJsonObject fields =
        QJsonDocument::fromJson(scalar(QStringLiteral("SELECT fields FROM outbox")).toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("Bevilling af kørestol"));
    QCOMPARE(fields.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(fields.size(), 3);
}

void TestCaseUpdate::sameValueQueuesNothing()
{
    CaseChanges changes;
    changes.title = QStringLiteral("Bevilling af hjælpemidler");
    changes.status = QStringLiteral("opened");
    QVERIFY(!CaseUpdate(db()).apply(m_caseId, changes, m_actor));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
}

void TestCaseUpdate::refusedValuesWriteNothing_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("date");
    QTest::newRow("blank title") << QStringLiteral("   ") << QString() << QString();
    QTest::newRow("unknown status") << QString() << QStringLiteral("done") << QString();
    QTest::newRow("bad date") << QString() << QString() << QStringLiteral("24.12.2026");
    QTest::newRow("good title, bad status") << QStringLiteral("Ny") << QStringLiteral("x") << QString();
}

void TestCaseUpdate::refusedValuesWriteNothing()
{
    QFETCH(QString, title);
    QFETCH(QString, status);
    QFETCH(QString, date);
    CaseChanges changes;
    if (!title.isNull()) {
        changes.title = title;
    }
    if (!status.isNull()) {
        changes.status = status;
    }
    if (!date.isNull()) {
        changes.followUpDate = date;
    }
    QVERIFY_THROWS_EXCEPTION(akta::cases::InvalidCase, CaseUpdate(db()).apply(m_caseId, changes, m_actor));
    QCOMPARE(scalar(QStringLiteral("SELECT title || '|' || status FROM cases")),
             QStringLiteral("Bevilling af hjælpemidler|opened"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_history")), QStringLiteral("0"));
}

void TestCaseUpdate::clearsTheFollowUpDate()
{
    CaseChanges set;
    set.followUpDate = QStringLiteral("2027-01-15");
    CaseUpdate(db()).apply(m_caseId, set, m_actor);
    CaseChanges clear;
    clear.followUpDate = QString();
    QVERIFY(CaseUpdate(db()).apply(m_caseId, clear, m_actor));
    QCOMPARE(scalar(QStringLiteral("SELECT coalesce(follow_up_date, 'null') FROM cases")),
             QStringLiteral("null"));
}

QTEST_GUILESS_MAIN(TestCaseUpdate)
#include "tst_caseupdate.moc"

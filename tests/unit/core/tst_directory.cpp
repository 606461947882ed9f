// Tests of akta::directory::Directory on a migrated SQLite store.

#include "directory/Directory.h"
#include "sqlite/Database.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::directory::Directory;
using akta::directory::Unit;
using akta::directory::User;
using akta::sqlite::Database;
using akta::sqlite::SqliteError;

class TestDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unitsWithAndWithoutParent();
    void unitWithUnknownParentIsRefused();
    void usersByIdAndName();
    void userWithoutUnit();
    void userWithEmptyUnitIdHasNoUnit();
    void usersAreSortedByFullName();
    void duplicateUsernameIsRefused();
    void unknownRoleIsRefused();
    void userWithUnknownUnitIsRefused();
    void currentUser();
    void currentUserPersists();

private:
    void addStandardUnits(Directory& directory);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDirectory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("directory.db")));
    akta::store::Migrations::migrate(*m_db);
}

void TestDirectory::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDirectory::addStandardUnits(Directory& directory)
{
    directory.addUnit({QStringLiteral("kommune"), QString(), QStringLiteral("Ærø Kommune")});
    directory.addUnit(
        {QStringLiteral("teknik"), QStringLiteral("kommune"), QStringLiteral("Teknik og Miljø")});
}

void TestDirectory::unitsWithAndWithoutParent()
{
    Directory directory(*m_db);
    addStandardUnits(directory);
    const auto top = directory.unit(QStringLiteral("kommune"));
    QVERIFY(top.has_value());
    QCOMPARE(top->id, QStringLiteral("kommune"));
    QCOMPARE(top->name, QStringLiteral("Ærø Kommune"));
    QVERIFY(top->parentId.isEmpty());
    const auto child = directory.unit(QStringLiteral("teknik"));
    QVERIFY(child.has_value());
    QCOMPARE(child->parentId, QStringLiteral("kommune"));
    QCOMPARE(child->name, QStringLiteral("Teknik og Miljø"));
    QVERIFY(!directory.unit(QStringLiteral("nope")).has_value());

    // An empty parent is stored as none (NULL), not as an empty id.
    auto query = m_db->prepare(QStringLiteral("SELECT count(*) FROM units WHERE parent_id IS NULL"));
    QVERIFY(query.step());
    QCOMPARE(query.columnInt(0), 1);
    directory.addUnit({QStringLiteral("other"), QStringLiteral(""), QStringLiteral("Anden")});
    QVERIFY(directory.unit(QStringLiteral("other")).has_value());
}

void TestDirectory::unitWithUnknownParentIsRefused()
{
    Directory directory(*m_db);
    try {
        directory.addUnit(
            {QStringLiteral("orphan"), QStringLiteral("missing"), QStringLiteral("Forældreløs")});
        QFAIL("a unit under a missing unit must be refused");
    } catch (const SqliteError& error) {
        QVERIFY(error.isConstraint());
    }
    QVERIFY(!directory.unit(QStringLiteral("orphan")).has_value());
}

void TestDirectory::usersByIdAndName()
{
    Directory directory(*m_db);
    addStandardUnits(directory);
    const User anne{QStringLiteral("u1"), QStringLiteral("anne"), QStringLiteral("Anne Ærø"),
                    QStringLiteral("teknik"), QStringLiteral("caseworker")};
    directory.addUser(anne);
    directory.addUser({QStringLiteral("u2"), QStringLiteral("bo"), QStringLiteral("Bo Berg"),
                       QStringLiteral("kommune"), QStringLiteral("leader")});

    const auto byId = directory.user(QStringLiteral("u1"));
    QVERIFY(byId.has_value());
    QCOMPARE(byId->id, anne.id);
    QCOMPARE(byId->username, anne.username);
    QCOMPARE(byId->fullName, anne.fullName);
    QCOMPARE(byId->unitId, anne.unitId);
    QCOMPARE(byId->role, anne.role);

    const auto byName = directory.userByName(QStringLiteral("bo"));
    QVERIFY(byName.has_value());
    QCOMPARE(byName->id, QStringLiteral("u2"));
    QCOMPARE(byName->role, QStringLiteral("leader"));

    QVERIFY(!directory.user(QStringLiteral("u3")).has_value());
    QVERIFY(!directory.userByName(QStringLiteral("Bo")).has_value()); // user names are exact
    QVERIFY(!directory.userByName(QStringLiteral("u1")).has_value()); // an id is not a user name
}

void TestDirectory::userWithoutUnit()
{
    Directory directory(*m_db);
    directory.addUser({QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("Admin"), QString(),
                       QStringLiteral("admin")});
    const auto user = directory.user(QStringLiteral("u1"));
    QVERIFY(user.has_value());
    QVERIFY(user->unitId.isEmpty());
}

// Regression test (bug found and fixed in core/directory/Directory.cpp:33): addUser() binds unitId as it is,
// so an empty but non-null unit id (as a line edit or a JSON field gives) is stored as '' and fails the
// foreign key, while addUnit() stores an empty parentId as NULL. Suggested fix: bind NULL when
// unitId.isEmpty(), as addUnit does.
void TestDirectory::userWithEmptyUnitIdHasNoUnit()
{
    Directory directory(*m_db);
    try {
        directory.addUser({QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("Admin"),
                           QStringLiteral(""), QStringLiteral("admin")});
    } catch (const SqliteError& error) {
        QFAIL(qPrintable(QStringLiteral("a user with an empty unit id was refused: ") +
                         QString::fromUtf8(error.what())));
    }
    const auto user = directory.user(QStringLiteral("u1"));
    QVERIFY(user.has_value());
    QVERIFY(user->unitId.isEmpty());
}

void TestDirectory::usersAreSortedByFullName()
{
    Directory directory(*m_db);
    addStandardUnits(directory);
    directory.addUser({QStringLiteral("u1"), QStringLiteral("c"), QStringLiteral("Carl"),
                       QStringLiteral("teknik"), QStringLiteral("caseworker")});
    directory.addUser({QStringLiteral("u2"), QStringLiteral("a"), QStringLiteral("Anne"),
                       QStringLiteral("teknik"), QStringLiteral("hr")});
    directory.addUser({QStringLiteral("u3"), QStringLiteral("b"), QStringLiteral("Bente"),
                       QStringLiteral("teknik"), QStringLiteral("dpo")});
    QStringList names;
    for (const User& user : directory.users()) {
        names << user.fullName;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Anne"), QStringLiteral("Bente"), QStringLiteral("Carl")}));
}

void TestDirectory::duplicateUsernameIsRefused()
{
    Directory directory(*m_db);
    directory.addUser({QStringLiteral("u1"), QStringLiteral("anne"), QStringLiteral("Anne"), QString(),
                       QStringLiteral("caseworker")});
    QVERIFY_THROWS_EXCEPTION(SqliteError, directory.addUser({QStringLiteral("u2"), QStringLiteral("anne"),
                                                             QStringLiteral("Anden Anne"), QString(),
                                                             QStringLiteral("caseworker")}));
    QCOMPARE(directory.users().size(), 1);
}

void TestDirectory::unknownRoleIsRefused()
{
    Directory directory(*m_db);
    try {
        directory.addUser({QStringLiteral("u1"), QStringLiteral("anne"), QStringLiteral("Anne"), QString(),
                           QStringLiteral("king")});
        QFAIL("an unknown role must be refused");
    } catch (const SqliteError& error) {
        QVERIFY(error.isConstraint());
    }
    QVERIFY(directory.users().isEmpty());
}

void TestDirectory::userWithUnknownUnitIsRefused()
{
    Directory directory(*m_db);
    try {
        directory.addUser({QStringLiteral("u1"), QStringLiteral("anne"), QStringLiteral("Anne"),
                           QStringLiteral("no-unit"), QStringLiteral("caseworker")});
        QFAIL("a user in a missing unit must be refused");
    } catch (const SqliteError& error) {
        QVERIFY(error.isConstraint());
    }
}

void TestDirectory::currentUser()
{
    Directory directory(*m_db);
    QVERIFY(!directory.currentUser().has_value());
    directory.addUser({QStringLiteral("u1"), QStringLiteral("anne"), QStringLiteral("Anne"), QString(),
                       QStringLiteral("caseworker")});
    directory.addUser({QStringLiteral("u2"), QStringLiteral("bo"), QStringLiteral("Bo"), QString(),
                       QStringLiteral("caseworker")});
    directory.setCurrentUser(QStringLiteral("u1"));
    QCOMPARE(directory.currentUser()->username, QStringLiteral("anne"));
    directory.setCurrentUser(QStringLiteral("u2"));
    QCOMPARE(directory.currentUser()->username, QStringLiteral("bo"));
    // Kept in store_meta as one value.
    auto query = m_db->prepare(
        QStringLiteral("SELECT count(*), max(value) FROM store_meta WHERE key = 'current_user'"));
    QVERIFY(query.step());
    QCOMPARE(query.columnInt(0), 1);
    QCOMPARE(query.columnText(1), QStringLiteral("u2"));
    // A current user the directory does not know is nobody.
    directory.setCurrentUser(QStringLiteral("ghost"));
    QVERIFY(!directory.currentUser().has_value());
}

void TestDirectory::currentUserPersists()
{
    {
        Directory directory(*m_db);
        directory.addUser({QStringLiteral("u1"), QStringLiteral("anne"), QStringLiteral("Anne"), QString(),
                           QStringLiteral("caseworker")});
        directory.setCurrentUser(QStringLiteral("u1"));
    }
    const QString path = m_db->path();
    m_db = std::make_unique<Database>(path, Database::Mode::ReadOnly);
    Directory directory(*m_db);
    QVERIFY(directory.currentUser().has_value());
    QCOMPARE(directory.currentUser()->id, QStringLiteral("u1"));
}

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"

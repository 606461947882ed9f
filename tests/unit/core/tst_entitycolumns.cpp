// Tests of akta::sync::EntityColumns against the real local schema: every mapped column exists
// in its table, so a pulled field always has somewhere to go.

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"
#include "sync/EntityColumns.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using akta::sync::EntityColumns;

class TestEntityColumns : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnExists_data();
    void everyColumnExists();
    void unknownEntity();
};

void TestEntityColumns::everyColumnExists_data()
{
    QTest::addColumn<QString>("entity");
    for (const char* entity : {"case", "party", "document", "document_version"}) {
        QTest::newRow(entity) << QString::fromLatin1(entity);
    }
}

void TestEntityColumns::everyColumnExists()
{
    QFETCH(QString, entity);
    QTemporaryDir dir;
    akta::sqlite::Database db(dir.filePath(QStringLiteral("s.db")));
    akta::store::Migrations::migrate(db);
    auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    info.bind(1, EntityColumns::table(entity));
    QSet<QString> columns;
    while (info.step()) {
        columns.insert(info.columnText(0));
    }
    QVERIFY(columns.contains(QStringLiteral("rev")));
    QVERIFY(!EntityColumns::columns(entity).isEmpty());
    for (const auto& column : EntityColumns::columns(entity)) {
        QVERIFY2(columns.contains(column.column), qPrintable(column.column));
    }
    const QJsonObject defaults = EntityColumns::insertDefaults(entity);
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        bool mapped = false;
        for (const auto& column : EntityColumns::columns(entity)) {
            mapped = mapped || column.key == it.key();
        }
        QVERIFY2(mapped, qPrintable(it.key()));
    }
}

void TestEntityColumns::unknownEntity()
{
    QVERIFY(!EntityColumns::isEntity(QStringLiteral("user")));
    QVERIFY(EntityColumns::columns(QStringLiteral("user")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEntityColumns)
#include "tst_entitycolumns.moc"

#include "SqlLiteralBinding.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTest>

#include <stdexcept>

using akta::server::SqlLiteralBinding;

class TestSqlLiteralBinding final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void valuesBecomeLiterals();
    void quotesAreEscaped();
    void placeholdersInLiteralsAreText();
    void mismatchThrows();

private:
    const QSqlDriver& driver() const
    {
        return *QSqlDatabase::database(QString::fromLatin1(kName), false).driver();
    }
    static constexpr const char* kName = "literal-binding";
};

void TestSqlLiteralBinding::initTestCase()
{
    // The PostgreSQL driver formats without a connection; the server uses it only with QPSQL.
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QString::fromLatin1(kName));
}

void TestSqlLiteralBinding::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QString::fromLatin1(kName));
}

void TestSqlLiteralBinding::valuesBecomeLiterals()
{
    QCOMPARE(
        SqlLiteralBinding::bind(QStringLiteral("SELECT a FROM t WHERE x = ? AND n > ? AND b = ? LIMIT ?"),
                                {QStringLiteral("sag"), qint64(42), true, 5}, driver()),
        QStringLiteral("SELECT a FROM t WHERE x = 'sag' AND n > 42 AND b = TRUE LIMIT 5"));
    QCOMPARE(SqlLiteralBinding::bind(QStringLiteral("UPDATE t SET v = ? WHERE id = ?"),
                                     {QVariant(QMetaType::fromType<QString>()), QStringLiteral("æøå")},
                                     driver()),
             QStringLiteral("UPDATE t SET v = NULL WHERE id = 'æøå'"));
}

void TestSqlLiteralBinding::quotesAreEscaped()
{
    QCOMPARE(SqlLiteralBinding::bind(QStringLiteral("SELECT 1 WHERE title = ?"),
                                     {QStringLiteral("x'); DROP TABLE entities; --")}, driver()),
             QStringLiteral("SELECT 1 WHERE title = 'x''); DROP TABLE entities; --'"));
}

void TestSqlLiteralBinding::placeholdersInLiteralsAreText()
{
    QCOMPARE(
        SqlLiteralBinding::bind(QStringLiteral("SELECT '?', \"a?\" FROM t WHERE e = 'it''s?' AND id = ?"),
                                {QStringLiteral("v")}, driver()),
        QStringLiteral("SELECT '?', \"a?\" FROM t WHERE e = 'it''s?' AND id = 'v'"));
}

void TestSqlLiteralBinding::mismatchThrows()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             SqlLiteralBinding::bind(QStringLiteral("SELECT ?, ?"), {1}, driver()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             SqlLiteralBinding::bind(QStringLiteral("SELECT ?"), {1, 2}, driver()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             SqlLiteralBinding::bind(QStringLiteral("SELECT 'open"), {}, driver()));
    // A NUL would cut the statement short in libpq: refused.
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        SqlLiteralBinding::bind(QStringLiteral("SELECT ?"),
                                {QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b")}, driver()));
}

QTEST_GUILESS_MAIN(TestSqlLiteralBinding)
#include "tst_sqlliteralbinding.moc"

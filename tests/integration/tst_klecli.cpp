#include <QTest>

// Placeholder until the KLE CLI tests are written; fails so it cannot be mistaken for coverage.
class TestKleCli : public QObject
{
    Q_OBJECT
private slots:
    void notWrittenYet() { QFAIL("tst_klecli is being written"); }
};

QTEST_GUILESS_MAIN(TestKleCli)
#include "tst_klecli.moc"

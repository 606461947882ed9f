// Tests of akta::sync::RetryPolicy: the wait doubles from the first delay up to the cap.

#include "sync/RetryPolicy.h"

#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCap();
};

void TestRetryPolicy::doublesUpToTheCap()
{
    akta::sync::RetryPolicy policy;
    policy.initialDelayMs = 100;
    policy.maxDelayMs = 1000;
    QCOMPARE(policy.delayBefore(1), 100);
    QCOMPARE(policy.delayBefore(2), 200);
    QCOMPARE(policy.delayBefore(3), 400);
    QCOMPARE(policy.delayBefore(4), 800);
    QCOMPARE(policy.delayBefore(5), 1000);
    QCOMPARE(policy.delayBefore(60), 1000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

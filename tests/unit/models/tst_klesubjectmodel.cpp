// Tests of akta::models::KleSubjectModel with the KLE plan of a real store.

#include "KleSubjectModel.h"
#include "kle/KleRepository.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::kle::KleEntry;
using akta::models::KleSubjectModel;

namespace {

// The emner of the reference file, read on their own: number → title.
QList<std::pair<QString, QString>> referenceSubjects()
{
    QFile tsv(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle_emner.tsv"));
    if (!tsv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal("cannot read kle_emner.tsv");
    }
    tsv.readLine();
    QList<std::pair<QString, QString>> result;
    while (!tsv.atEnd()) {
        const QStringList fields = QString::fromUtf8(tsv.readLine()).trimmed().split(QLatin1Char('\t'));
        if (fields.size() == 4) {
            result.append({fields.at(0), fields.at(3)});
        }
    }
    return result;
}

} // namespace

class TestKleSubjectModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void emptyAtFirst();
    void everyEmneOfTheStore();
    void roles();
    void rowOf();
    void retiredEmnerAreLeftOut();
    void setSubjectsResets();
    void invalidIndexes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QList<std::pair<QString, QString>> m_reference;
};

void TestKleSubjectModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    m_reference = referenceSubjects();
    std::sort(m_reference.begin(), m_reference.end());
}

void TestKleSubjectModel::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

void TestKleSubjectModel::emptyAtFirst()
{
    KleSubjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("00.01.00")), -1);
}

void TestKleSubjectModel::everyEmneOfTheStore()
{
    KleSubjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSubjects(akta::kle::KleRepository(m_store->database()).subjects());
    QCOMPARE(model.rowCount(), int(m_reference.size()));
    // In number order, "NN.NN.NN Title" for each.
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& [number, title] = m_reference.at(row);
        QCOMPARE(model.index(row).data().toString(), number + QLatin1Char(' ') + title);
    }
}

void TestKleSubjectModel::roles()
{
    KleSubjectModel model;
    model.setSubjects(akta::kle::KleRepository(m_store->database()).subjects());
    const int row = model.rowOf(QStringLiteral("02.34.02"));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(KleSubjectModel::NumberRole).toString(), QStringLiteral("02.34.02"));
    QCOMPARE(index.data(KleSubjectModel::TitleRole).toString(), QStringLiteral("Byggetilladelse"));
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("02.34.02 Byggetilladelse"));
    QCOMPARE(index.data(Qt::EditRole), index.data(Qt::DisplayRole)); // a completer matches what it shows
    QVERIFY(!index.data(Qt::ToolTipRole).isValid());
}

void TestKleSubjectModel::rowOf()
{
    KleSubjectModel model;
    model.setSubjects(akta::kle::KleRepository(m_store->database()).subjects());
    for (int i = 0; i < m_reference.size(); i += 97) {
        const QString number = m_reference.at(i).first;
        const int row = model.rowOf(number);
        QCOMPARE(row, i);
        QCOMPARE(model.index(row).data(KleSubjectModel::NumberRole).toString(), number);
    }
    QCOMPARE(model.rowOf(QStringLiteral("99.99.99")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("02.34")), -1); // a gruppe is not an emne
    QCOMPARE(model.rowOf(QString()), -1);
}

void TestKleSubjectModel::retiredEmnerAreLeftOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    akta::store::LocalStore store(dir.path());
    store.database().exec(QStringLiteral(
        "UPDATE kle_entries SET retired_at = '2025-12-31' WHERE number IN ('00.01.00', '02.34.02')"));
    KleSubjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSubjects(akta::kle::KleRepository(store.database()).subjects());
    QCOMPARE(model.rowCount(), int(m_reference.size()) - 2);
    QCOMPARE(model.rowOf(QStringLiteral("00.01.00")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("02.34.02")), -1);
    QVERIFY(model.rowOf(QStringLiteral("13.02.00")) >= 0);
}

void TestKleSubjectModel::setSubjectsResets()
{
    KleSubjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    KleEntry a;
    a.number = QStringLiteral("27.24.00");
    a.title = QStringLiteral("Partistøtte");
    KleEntry b;
    b.number = QStringLiteral("00.01.00");
    b.title = QStringLiteral("Kommunens styrelse");
    model.setSubjects({a, b});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("27.24.00")), 0); // the order given is kept
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("27.24.00 Partistøtte"));
    model.setSubjects({b});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("27.24.00")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("00.01.00")), 0);
}

void TestKleSubjectModel::invalidIndexes()
{
    KleSubjectModel model;
    model.setSubjects(akta::kle::KleRepository(m_store->database()).subjects());
    QVERIFY(!model.index(model.rowCount()).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

QTEST_GUILESS_MAIN(TestKleSubjectModel)
#include "tst_klesubjectmodel.moc"

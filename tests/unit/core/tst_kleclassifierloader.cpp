// Tests of akta::kle::KleClassifierLoader on real local stores (SQLite in a temporary folder, with the
// built-in plan installed and the official emneplan excerpt imported): the stikord of the plan, keywords of
// the store, the municipality's own cases, retired emner, and loading on a worker thread.

#include "cases/CaseRepository.h"
#include "kle/KleClassifier.h"
#include "kle/KleClassifierLoader.h"
#include "kle/KlePlanImporter.h"
#include "kle/KleRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>

using akta::cases::CaseRepository;
using akta::cases::NewCase;
using akta::kle::KleClassifier;
using akta::kle::KleClassifierLoader;
using akta::kle::KleKeyword;
using akta::kle::KlePlanImporter;
using akta::kle::KleRepository;
using akta::kle::KleSuggestion;

namespace {

QString excerptPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml");
}

int rankOf(const QList<KleSuggestion>& suggestions, const QString& emne)
{
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        if (suggestions.at(i).emne == emne) {
            return int(i);
        }
    }
    return -1;
}

QString describe(const QList<KleSuggestion>& suggestions)
{
    QStringList lines;
    for (const KleSuggestion& suggestion : suggestions) {
        lines << suggestion.emne + QStringLiteral(": ") + suggestion.reason;
    }
    return lines.join(QStringLiteral(" | "));
}

} // namespace

class TestKleClassifierLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void stikordOfTheExcerptFindEmner_data();
    void stikordOfTheExcerptFindEmner();
    void everyEmneInForceIsKnown();
    void onlyEmnerAreSuggested_data();
    void onlyEmnerAreSuggested();
    void keywordsOfTheStoreCount();
    void learnedCasesCount();
    void retiredEmnerAreNotSuggested_data();
    void retiredEmnerAreNotSuggested();
    void loadFromWorksOnAnotherThread();
    void loadFromMissingFileThrows();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    QString createCase(const QString& title, const QString& emne);
    // Imports the excerpt again with emne `number` retired on 2025-06-01.
    void retire(const QString& number);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestKleClassifierLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(excerptPath()), qPrintable(excerptPath()));
}

void TestKleClassifierLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    const auto report = KlePlanImporter(db()).importFile(excerptPath());
    QCOMPARE(report.subjects, 35);
}

void TestKleClassifierLoader::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestKleClassifierLoader::createCase(const QString& title, const QString& emne)
{
    NewCase request;
    request.title = title;
    request.kleSubject = emne;
    return CaseRepository(db()).create(request, QStringLiteral("tester")).id;
}

void TestKleClassifierLoader::retire(const QString& number)
{
    QFile file(excerptPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    const qsizetype start = xml.indexOf("<EmneNr>" + number.toUtf8() + "</EmneNr>");
    QVERIFY(start > 0);
    const qsizetype adminEnd = xml.indexOf("</EmneAdministrativInfo>", start);
    QVERIFY(adminEnd > start);
    QVERIFY(adminEnd < xml.indexOf("</Emne>", start));
    xml.insert(adminEnd, "<Historisk><UdgaaetDato>2025-06-01</UdgaaetDato></Historisk>");
    const QString path = m_dir->filePath(QStringLiteral("retired.xml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(xml), xml.size());
    out.close();
    const auto report = KlePlanImporter(db()).importFile(path);
    QCOMPARE(report.retired, QStringList{number});
    QVERIFY(KleRepository(db()).find(number)->isRetired());
}

void TestKleClassifierLoader::stikordOfTheExcerptFindEmner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("emne");
    QTest::addColumn<QString>("stikord");
    // Stikord that share no word with their emne's title.
    QTest::newRow("Æresborger") << QStringLiteral("Udnævnelse af æresborger") << QStringLiteral("00.05.07")
                                << QStringLiteral("Æresborger");
    QTest::newRow("INTERREG") << QStringLiteral("Ansøgning INTERREG") << QStringLiteral("00.03.04")
                              << QStringLiteral("INTERREG, EU regionaludvikling");
    QTest::newRow("Konfirmationslegater")
        << QStringLiteral("konfirmationslegater 2026") << QStringLiteral("00.06.00")
        << QStringLiteral("Konfirmationslegater");
    QTest::newRow("Dronningebesøg") << QStringLiteral("Dronningebesøg i juni") << QStringLiteral("00.05.11")
                                    << QStringLiteral("Dronningebesøg");
}

void TestKleClassifierLoader::stikordOfTheExcerptFindEmner()
{
    QFETCH(QString, text);
    QFETCH(QString, emne);
    QFETCH(QString, stikord);

    const auto classifier = KleClassifierLoader::load(db());
    QVERIFY(classifier);
    QVERIFY(classifier->isBuilt());
    const QList<KleSuggestion> suggestions = classifier->suggest(text, 5);
    QVERIFY2(!suggestions.isEmpty(), qPrintable(text));
    QVERIFY2(suggestions.constFirst().emne == emne, qPrintable(describe(suggestions)));
    QCOMPARE(suggestions.constFirst().title, KleRepository(db()).find(emne)->title);
    const QString reason = suggestions.constFirst().reason;
    QVERIFY2(reason.contains(QStringLiteral("\"%1\" (stikord").arg(stikord)), qPrintable(reason));

    // The same text on a store with only the built-in plan (no stikord) does not find the emne first.
    QTemporaryDir other;
    akta::store::LocalStore plain(other.path());
    const auto withoutStikord = KleClassifierLoader::load(plain.database())->suggest(text, 5);
    QVERIFY2(withoutStikord.isEmpty() || withoutStikord.constFirst().emne != emne,
             qPrintable(describe(withoutStikord)));
}

void TestKleClassifierLoader::everyEmneInForceIsKnown()
{
    const auto classifier = KleClassifierLoader::load(db());
    QCOMPARE(KleRepository(db()).subjects().size(), 2390);
    // 241 stikord in the excerpt: 41 repeat a title, 6 are retired and 23 more belong to a hovedgruppe or
    // gruppe (not choosable, so not suggested); the rest are the classifier's.
    QCOMPARE(classifier->keywordCount(), 241 - 41 - 6 - 23);
    QCOMPARE(classifier->learnedCaseCount(), 0);
    // Every emne in force can be suggested by its title.
    for (const QString& emne :
         {QStringLiteral("00.07.45"), QStringLiteral("00.13.00"), QStringLiteral("02.34.02")}) {
        const QString title = KleRepository(db()).find(emne)->title;
        const auto suggestions = classifier->suggest(title, 3);
        QVERIFY2(rankOf(suggestions, emne) >= 0,
                 qPrintable(title + QStringLiteral(" → ") + describe(suggestions)));
    }
}

void TestKleClassifierLoader::onlyEmnerAreSuggested_data()
{
    QTest::addColumn<QString>("text");
    // Stikord of grupper (GruppeStikord) in the excerpt, in force.
    QTest::newRow("00.05 Flagning, gruppe") << QStringLiteral("Flagning");
    QTest::newRow("00.06 Mindelegater, gruppe") << QStringLiteral("Mindelegater");
    QTest::newRow("00.05 Nytårsparade, gruppe") << QStringLiteral("Nytårsparade");
}

void TestKleClassifierLoader::onlyEmnerAreSuggested()
{
    QFETCH(QString, text);
    const auto classifier = KleClassifierLoader::load(db());
    const auto suggestions = classifier->suggest(text, 10);
    QVERIFY(!suggestions.isEmpty());
    KleRepository plan(db());
    // Regression test (bug found and fixed; core/kle/KleClassifierLoader.cpp:23-27): allStikord() also
    // returns the stikord of hovedgrupper and grupper (00.03, 00.05, 00.06, 00.07 have some in force), and
    // the loader hands them to addKeyword() under the gruppe's number, which creates an "emne" 00.05 without
    // a title. suggest() then offers the gruppe (e.g. "00.05" with an empty title for "Flagning"), which can
    // never be chosen for a case. Fix: add only stikord of level-3 entries as keywords (and give gruppe
    // stikord to addGroup() as context, e.g. appended to the gruppe's text), so that subjectCount() stays the
    // number of emner in force.
    for (const KleSuggestion& suggestion : suggestions) {
        const auto entry = plan.find(suggestion.emne);
        QVERIFY2(entry && entry->level == 3 && !entry->isRetired(), qPrintable(describe(suggestions)));
        QCOMPARE(suggestion.title, entry->title);
    }
    QCOMPARE(classifier->subjectCount(), 2390);
}

void TestKleClassifierLoader::keywordsOfTheStoreCount()
{
    const QString word = QStringLiteral("Zwixplonk");
    QVERIFY(rankOf(KleClassifierLoader::load(db())->suggest(word, 10), QStringLiteral("00.05.12")) < 0);

    KlePlanImporter(db()).importKeywords({KleKeyword{QStringLiteral("00.05.12"), word, 5}},
                                         QStringLiteral("test"));
    const auto classifier = KleClassifierLoader::load(db());
    QCOMPARE(classifier->keywordCount(), 241 - 41 - 6 - 23 + 1);
    const QList<KleSuggestion> suggestions = classifier->suggest(word.toLower(), 10);
    QVERIFY2(!suggestions.isEmpty() && suggestions.constFirst().emne == QStringLiteral("00.05.12"),
             qPrintable(describe(suggestions)));
    QVERIFY2(suggestions.constFirst().reason.contains(QStringLiteral("\"%1\" (keyword)").arg(word)),
             qPrintable(suggestions.constFirst().reason));
}

void TestKleClassifierLoader::learnedCasesCount()
{
    const QString word = QStringLiteral("blorptastisk");
    const QString emne = QStringLiteral("00.06.04");
    const auto unlearned = KleClassifierLoader::load(db());
    const auto before = unlearned->suggest(word, 10);
    QVERIFY2(rankOf(before, emne) < 0, qPrintable(describe(before)));

    const QString title = QStringLiteral("Ansøgning om blorptastisk rejselegat");
    createCase(title, emne);
    createCase(QStringLiteral("Reception for borgmesteren"), QStringLiteral("00.05.06"));
    const auto classifier = KleClassifierLoader::load(db());
    QCOMPARE(classifier->learnedCaseCount(), 2);
    // Learned cases do not add emner: both are in the plan already.
    QCOMPARE(classifier->subjectCount(), unlearned->subjectCount());
    const QList<KleSuggestion> suggestions = classifier->suggest(QStringLiteral("Blorptastisk"), 10);
    QVERIFY2(!suggestions.isEmpty() && suggestions.constFirst().emne == emne,
             qPrintable(describe(suggestions)));
    const QString reason = suggestions.constFirst().reason;
    QVERIFY2(reason.startsWith(QStringLiteral("learned from 1 earlier case like \"%1\"").arg(title)),
             qPrintable(reason));
}

void TestKleClassifierLoader::retiredEmnerAreNotSuggested_data()
{
    // Each row gives emne 00.05.09 "Indsamlinger" one kind of text, and searches for it.
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("Indsamlinger");
    QTest::newRow("stikord") << QStringLiteral("stikord") << QStringLiteral("velgørende formål");
    QTest::newRow("keyword") << QStringLiteral("keyword") << QStringLiteral("snurreplasker");
    QTest::newRow("learned case") << QStringLiteral("case") << QStringLiteral("quenzibar");
}

void TestKleClassifierLoader::retiredEmnerAreNotSuggested()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    const QString emne = QStringLiteral("00.05.09");
    if (source == QLatin1String("keyword")) {
        KlePlanImporter(db()).importKeywords({KleKeyword{emne, QStringLiteral("Snurreplasker"), 5}},
                                             QStringLiteral("test"));
    } else if (source == QLatin1String("case")) {
        createCase(QStringLiteral("Quenzibar indsamling til Røde Kors"), emne);
    }

    // While the emne is in force, the text finds it.
    const auto beforeRetiring = KleClassifierLoader::load(db());
    const auto inForce = beforeRetiring->suggest(text, 10);
    QVERIFY2(rankOf(inForce, emne) >= 0, qPrintable(describe(inForce)));

    retire(emne);
    const auto classifier = KleClassifierLoader::load(db());
    const auto suggestions = classifier->suggest(text, 10);
    // Regression test (bug found and fixed; core/kle/KleClassifierLoader.cpp:28-29 and :31-39): only the
    // plan's titles and stikord are filtered on retired_at. KleRepository::keywords() and the SELECT of cases
    // have no such filter, and KleClassifier::addKeyword()/learnCase() create the emne (without a title) when
    // it is not in the plan, so a retired emne is suggested from its OS2KLE keywords and from earlier cases
    // -- an emne that CaseRepository::create() and the picker refuse. Fix: skip keywords and learned cases
    // whose emne is not in force (join kle_entries with retired_at IS NULL in both queries, or keep the set
    // of emner in force and skip the others).
    QVERIFY2(rankOf(suggestions, emne) < 0, qPrintable(describe(suggestions)));
    QCOMPARE(classifier->subjectCount(), beforeRetiring->subjectCount() - 1);
}

void TestKleClassifierLoader::loadFromWorksOnAnotherThread()
{
    const QString emne = QStringLiteral("00.06.02");
    createCase(QStringLiteral("Fundats for Xylofrimps legat"), emne);
    const QString text = QStringLiteral("xylofrimp");
    const auto mine = KleClassifierLoader::load(db());
    const auto here = mine->suggest(text, 5);
    QVERIFY2(rankOf(here, emne) >= 0, qPrintable(describe(here)));
    QVERIFY(here.at(rankOf(here, emne)).reason.startsWith(QStringLiteral("learned from 1 earlier case")));

    // The writer holds an open transaction with one more case while the worker loads: the worker neither
    // waits for it nor sees it.
    akta::sqlite::Transaction transaction(db());
    createCase(QStringLiteral("Xylofrimp ukommitteret"), QStringLiteral("00.05.06"));

    std::shared_ptr<KleClassifier> loaded;
    QList<KleSuggestion> there;
    std::string error;
    const Qt::HANDLE mainThread = QThread::currentThreadId();
    Qt::HANDLE workerThread = nullptr;
    std::thread worker([&] {
        try {
            workerThread = QThread::currentThreadId();
            loaded = KleClassifierLoader::loadFrom(m_store->databasePath());
            there = loaded->suggest(text, 5);
        } catch (const std::exception& e) {
            error = e.what();
        }
    });
    worker.join();
    transaction.commit();

    QVERIFY2(error.empty(), error.c_str());
    QVERIFY(workerThread != mainThread);
    QVERIFY(loaded);
    QVERIFY(loaded->isBuilt());
    QCOMPARE(loaded->learnedCaseCount(), 1);
    QCOMPARE(loaded->subjectCount(), mine->subjectCount());
    QCOMPARE(loaded->keywordCount(), mine->keywordCount());
    QCOMPARE(there.size(), here.size());
    for (qsizetype i = 0; i < here.size(); ++i) {
        QCOMPARE(there.at(i).emne, here.at(i).emne);
        QCOMPARE(there.at(i).reason, here.at(i).reason);
    }
    // After the commit, a new load sees both cases.
    QCOMPARE(KleClassifierLoader::loadFrom(m_store->databasePath())->learnedCaseCount(), 2);
}

void TestKleClassifierLoader::loadFromMissingFileThrows()
{
    QVERIFY_THROWS_EXCEPTION(
        std::exception, KleClassifierLoader::loadFrom(m_dir->filePath(QStringLiteral("nowhere/akta.db"))));
}

QTEST_GUILESS_MAIN(TestKleClassifierLoader)
#include "tst_kleclassifierloader.moc"

// Tests of akta::cases::CaseClassification (reclassify, overrideRetention) and of the retention that
// CaseRepository::create() gives a case, on real local stores with the official emneplan excerpt and the
// facet test file imported. Every change must write the case, one case_history row and one outbox operation;
// every refused change must write nothing at all.

#include "cases/CaseClassification.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "kle/KlePlanImporter.h"
#include "kle/KleRepository.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::CaseRecord;
using akta::cases::CaseClassification;
using akta::cases::CaseRepository;
using akta::cases::InvalidCase;
using akta::cases::NewCase;
using akta::kle::KlePlanImporter;
using akta::kle::KleRepository;

namespace {

QString excerptPath()
{
    return QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml");
}

QString facetPath()
{
    return QStringLiteral(AKTA_SOURCE_DIR "/tests/data/kle/handlingsfacetter-test.xml");
}

// One history row or outbox operation, as stored.
struct HistoryRow
{
    QString caseId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    bool reasonIsNull = true;
    QString actor;
    QString at;
};

struct OutboxRow
{
    QString entity;
    QString entityId;
    qint64 baseRev = -1;
    QJsonObject fields;
};

} // namespace

class TestCaseClassification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createTakesRetentionFromTheEmne_data();
    void createTakesRetentionFromTheEmne();
    void reclassifyFromBToK();
    void reclassifyFromKToBWithFacetRetention();
    void reclassifyByCaseNumber();
    void reclassifyQueuesTheNewDeletion();
    void overrideRetentionWritesReasonAndHistory();
    void overriddenRetentionStandsAfterReclassify();
    void refusedReclassifyWritesNothing_data();
    void refusedReclassifyWritesNothing();
    void refusedOverrideWritesNothing_data();
    void refusedOverrideWritesNothing();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    CaseRecord createCase(const QString& emne, const QString& facet = QStringLiteral("G01"));
    // Pretends the case came back from the server at revision `rev`.
    void setRev(const QString& caseId, qint64 rev);
    void retire(const QString& number);
    qint64 count(const QString& table);
    QString rawCase(const QString& caseId);
    bool isNull(const QString& caseId, const QString& column);
    // Every row of cases, case_history and outbox, as text.
    QStringList snapshot();
    QList<HistoryRow> history(const QString& caseId);
    QList<OutboxRow> outbox(const QString& caseId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestCaseClassification::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(excerptPath()));
    QVERIFY(QFile::exists(facetPath()));
}

void TestCaseClassification::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    KlePlanImporter importer(db());
    QCOMPARE(importer.importFile(excerptPath()).subjects, 35);
    QCOMPARE(importer.importFile(facetPath()).facets, 5);
    akta::directory::Directory directory(db());
    directory.addUnit({QStringLiteral("u1"), QString(), QStringLiteral("Sekretariatet")});
    directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Mette Hansen"),
                       QStringLiteral("u1"), QStringLiteral("caseworker")});
    directory.addUser({QStringLiteral("other"), QStringLiteral("other"), QStringLiteral("Ole Jensen"),
                       QStringLiteral("u1"), QStringLiteral("caseworker")});
}

void TestCaseClassification::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

CaseRecord TestCaseClassification::createCase(const QString& emne, const QString& facet)
{
    NewCase request;
    request.title = QStringLiteral("Sag om ") + emne;
    request.kleSubject = emne;
    request.kleFacet = facet;
    return CaseRepository(db()).create(request, QStringLiteral("me"));
}

void TestCaseClassification::setRev(const QString& caseId, qint64 rev)
{
    auto update = db().prepare(QStringLiteral("UPDATE cases SET rev = ?2 WHERE id = ?1"));
    update.bind(1, caseId).bind(2, rev).exec();
}

void TestCaseClassification::retire(const QString& number)
{
    QFile file(excerptPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray xml = file.readAll();
    const qsizetype start = xml.indexOf("<EmneNr>" + number.toUtf8() + "</EmneNr>");
    QVERIFY(start > 0);
    const qsizetype adminEnd = xml.indexOf("</EmneAdministrativInfo>", start);
    QVERIFY(adminEnd > start && adminEnd < xml.indexOf("</Emne>", start));
    xml.insert(adminEnd, "<Historisk><UdgaaetDato>2025-06-01</UdgaaetDato></Historisk>");
    const QString path = m_dir->filePath(QStringLiteral("retired.xml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(xml), xml.size());
    out.close();
    QCOMPARE(KlePlanImporter(db()).importFile(path).retired, QStringList{number});
}

qint64 TestCaseClassification::count(const QString& table)
{
    auto query = db().prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    query.step();
    return query.columnInt64(0);
}

QString TestCaseClassification::rawCase(const QString& caseId)
{
    auto query = db().prepare(QStringLiteral("SELECT * FROM cases WHERE id = ?1"));
    query.bind(1, caseId);
    if (!query.step()) {
        return {};
    }
    QStringList columns;
    for (int c = 0; c < query.columnCount(); ++c) {
        columns << (query.isNull(c) ? QStringLiteral("<null>") : query.columnText(c));
    }
    return columns.join(QLatin1Char('|'));
}

bool TestCaseClassification::isNull(const QString& caseId, const QString& column)
{
    auto query = db().prepare(QStringLiteral("SELECT %1 IS NULL FROM cases WHERE id = ?1").arg(column));
    query.bind(1, caseId);
    return query.step() && query.columnInt(0) != 0;
}

QStringList TestCaseClassification::snapshot()
{
    QStringList rows;
    for (const char* table : {"cases", "case_history", "outbox"}) {
        auto query =
            db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (query.step()) {
            QStringList columns{QLatin1String(table)};
            for (int c = 0; c < query.columnCount(); ++c) {
                columns << (query.isNull(c) ? QStringLiteral("<null>") : query.columnText(c));
            }
            rows << columns.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QList<HistoryRow> TestCaseClassification::history(const QString& caseId)
{
    auto query =
        db().prepare(QStringLiteral("SELECT case_id, field, old_value, new_value, reason, reason IS NULL, "
                                    "actor, at FROM case_history WHERE case_id = ?1 ORDER BY id"));
    query.bind(1, caseId);
    QList<HistoryRow> rows;
    while (query.step()) {
        rows.append(HistoryRow{query.columnText(0), query.columnText(1), query.columnText(2),
                               query.columnText(3), query.columnText(4), query.columnInt(5) != 0,
                               query.columnText(6), query.columnText(7)});
    }
    return rows;
}

QList<OutboxRow> TestCaseClassification::outbox(const QString& caseId)
{
    auto query = db().prepare(QStringLiteral(
        "SELECT entity, entity_id, base_rev, fields FROM outbox WHERE entity_id = ?1 ORDER BY seq"));
    query.bind(1, caseId);
    QList<OutboxRow> rows;
    while (query.step()) {
        rows.append(OutboxRow{query.columnText(0), query.columnText(1), query.columnInt64(2),
                              QJsonDocument::fromJson(query.columnText(3).toUtf8()).object()});
    }
    return rows;
}

void TestCaseClassification::createTakesRetentionFromTheEmne_data()
{
    QTest::addColumn<QString>("emne");
    QTest::addColumn<QString>("facet");
    QTest::addColumn<QString>("retention");
    QTest::addColumn<QString>("deletion");
    QTest::newRow("B emne") << QStringLiteral("00.01.00") << QStringLiteral("G01") << QStringLiteral("B")
                            << QStringLiteral("P1825D");
    QTest::newRow("K emne") << QStringLiteral("00.05.07") << QStringLiteral("G01") << QStringLiteral("K")
                            << QString();
    QTest::newRow("facet K02 has its own retention") << QStringLiteral("00.07.03") << QStringLiteral("K02")
                                                     << QStringLiteral("K10") << QStringLiteral("P1825D");
    QTest::newRow("facet Ø34 has its own retention")
        << QStringLiteral("00.03.04") << QStringLiteral("Ø34") << QStringLiteral("K5") << QString();
    QTest::newRow("built-in emne without retention")
        << QStringLiteral("02.34.02") << QStringLiteral("G01") << QString() << QString();
}

void TestCaseClassification::createTakesRetentionFromTheEmne()
{
    QFETCH(QString, emne);
    QFETCH(QString, facet);
    QFETCH(QString, retention);
    QFETCH(QString, deletion);

    const CaseRecord record = createCase(emne, facet);
    QCOMPARE(record.kleSubject, emne);
    QCOMPARE(record.kleFacet, facet);
    QCOMPARE(record.retention, retention);
    QCOMPARE(record.deletion, deletion);
    QVERIFY(record.retentionReason.isEmpty());
    // Unknown values are stored as NULL, not as empty text.
    QCOMPARE(isNull(record.id, QStringLiteral("retention")), retention.isEmpty());
    QCOMPARE(isNull(record.id, QStringLiteral("deletion")), deletion.isEmpty());
    QVERIFY(isNull(record.id, QStringLiteral("retention_reason")));
}

void TestCaseClassification::reclassifyFromBToK()
{
    const CaseRecord before = createCase(QStringLiteral("00.07.03"));
    QCOMPARE(before.retention, QStringLiteral("B"));
    QCOMPARE(before.deletion, QStringLiteral("P1825D"));
    setRev(before.id, 7);
    const qint64 cases = count(QStringLiteral("cases"));
    const qint64 historyRows = count(QStringLiteral("case_history"));
    const qint64 operations = count(QStringLiteral("outbox"));

    CaseClassification(db()).reclassify(before.id, QStringLiteral("00.05.07"), QStringLiteral("G01"),
                                        QStringLiteral("other"));

    const auto after = CaseRepository(db()).find(before.id);
    QVERIFY(after);
    QCOMPARE(after->kleSubject, QStringLiteral("00.05.07"));
    QCOMPARE(after->kleFacet, QStringLiteral("G01"));
    QCOMPARE(after->retention, QStringLiteral("K"));
    QVERIFY(after->deletion.isEmpty());
    QVERIFY(isNull(before.id, QStringLiteral("deletion")));
    QVERIFY(after->retentionReason.isEmpty());
    QCOMPARE(after->modifiedBy, QStringLiteral("other"));
    QVERIFY(after->modifiedAt.isValid());
    QVERIFY(after->modifiedAt >= before.modifiedAt);
    // Nothing else of the case changes.
    QCOMPARE(after->title, before.title);
    QCOMPARE(after->caseNumber, before.caseNumber);
    QCOMPARE(after->status, before.status);
    QCOMPARE(after->kind, before.kind);
    QCOMPARE(after->createdBy, before.createdBy);
    QCOMPARE(after->rev, 7);

    QCOMPARE(count(QStringLiteral("cases")), cases);
    QCOMPARE(count(QStringLiteral("case_history")), historyRows + 1);
    QCOMPARE(count(QStringLiteral("outbox")), operations + 1);

    const QList<HistoryRow> rows = history(before.id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).caseId, before.id);
    QCOMPARE(rows.at(0).field, QStringLiteral("kle"));
    QCOMPARE(rows.at(0).oldValue, QStringLiteral("00.07.03 G01"));
    QCOMPARE(rows.at(0).newValue, QStringLiteral("00.05.07 G01"));
    QVERIFY(rows.at(0).reasonIsNull);
    QCOMPARE(rows.at(0).actor, QStringLiteral("other"));
    QVERIFY(QDateTime::fromString(rows.at(0).at, Qt::ISODateWithMs).isValid() ||
            QDateTime::fromString(rows.at(0).at, Qt::ISODate).isValid());

    const QList<OutboxRow> operationsOfCase = outbox(before.id);
    QCOMPARE(operationsOfCase.size(), 2); // create, reclassify
    const OutboxRow& op = operationsOfCase.constLast();
    QCOMPARE(op.entity, QStringLiteral("case"));
    QCOMPARE(op.entityId, before.id);
    QCOMPARE(op.baseRev, 7);
    QCOMPARE(op.fields.value(QStringLiteral("kleSubject")).toString(), QStringLiteral("00.05.07"));
    QCOMPARE(op.fields.value(QStringLiteral("kleFacet")).toString(), QStringLiteral("G01"));
    QCOMPARE(op.fields.value(QStringLiteral("retention")).toString(), QStringLiteral("K"));
}

void TestCaseClassification::reclassifyFromKToBWithFacetRetention()
{
    const CaseRecord before = createCase(QStringLiteral("00.03.04"));
    QCOMPARE(before.retention, QStringLiteral("K"));
    QVERIFY(before.deletion.isEmpty());
    setRev(before.id, 3);

    // K02 gives K10 whatever the emne says; the deletion comes from the emne.
    CaseClassification(db()).reclassify(before.id, QStringLiteral("00.07.17"), QStringLiteral("K02"),
                                        QStringLiteral("me"));
    auto after = CaseRepository(db()).find(before.id);
    QCOMPARE(after->kleSubject, QStringLiteral("00.07.17"));
    QCOMPARE(after->kleFacet, QStringLiteral("K02"));
    QCOMPARE(after->retention, QStringLiteral("K10"));
    QCOMPARE(after->deletion, QStringLiteral("P1825D"));
    QCOMPARE(outbox(before.id).constLast().fields.value(QStringLiteral("retention")).toString(),
             QStringLiteral("K10"));
    QCOMPARE(outbox(before.id).constLast().baseRev, 3);

    // And on to the emne's own retention with G01, facet letters beyond ASCII accepted.
    CaseClassification(db()).reclassify(before.id, QStringLiteral("00.07.45"), QStringLiteral("G01"),
                                        QStringLiteral("me"));
    QCOMPARE(CaseRepository(db()).find(before.id)->retention, QStringLiteral("B"));
    CaseClassification(db()).reclassify(before.id, QStringLiteral("00.03.04"), QStringLiteral("Ø34"),
                                        QStringLiteral("me"));
    after = CaseRepository(db()).find(before.id);
    QCOMPARE(after->kleFacet, QStringLiteral("Ø34"));
    QCOMPARE(after->retention, QStringLiteral("K5"));
    QVERIFY(after->deletion.isEmpty());

    const QList<HistoryRow> rows = history(before.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).oldValue, QStringLiteral("00.03.04 G01"));
    QCOMPARE(rows.at(0).newValue, QStringLiteral("00.07.17 K02"));
    QCOMPARE(rows.at(1).oldValue, QStringLiteral("00.07.17 K02"));
    QCOMPARE(rows.at(2).newValue, QStringLiteral("00.03.04 Ø34"));
    QCOMPARE(outbox(before.id).size(), 1 + 3);
}

void TestCaseClassification::reclassifyByCaseNumber()
{
    const CaseRecord before = createCase(QStringLiteral("00.06.02"));
    CaseClassification(db()).reclassify(before.caseNumber, QStringLiteral("00.06.04"), QStringLiteral("G01"),
                                        QStringLiteral("me"));
    QCOMPARE(CaseRepository(db()).find(before.id)->kleSubject, QStringLiteral("00.06.04"));
    QCOMPARE(history(before.id).size(), 1);
    QCOMPARE(outbox(before.id).size(), 2);
}

void TestCaseClassification::reclassifyQueuesTheNewDeletion()
{
    const CaseRecord before = createCase(QStringLiteral("00.07.03"));
    CaseClassification(db()).reclassify(before.id, QStringLiteral("00.05.07"), QStringLiteral("G01"),
                                        QStringLiteral("me"));
    const auto after = CaseRepository(db()).find(before.id);
    QCOMPARE(before.deletion, QStringLiteral("P1825D"));
    QVERIFY(after->deletion.isEmpty());
    const QJsonObject fields = outbox(before.id).constLast().fields;
    // Regression test (bug found and fixed; core/cases/CaseClassification.cpp:61-65): reclassify() writes the
    // new deletion (here P1825D → none, 00.05.07 is a K emne) to the case, but the outbox operation carries
    // only kleSubject, kleFacet and retention, so the server keeps the old deletion period. Fix: add
    // fields.insert("deletion", retention.deletion) (null when empty) next to kleSubject/kleFacet.
    QVERIFY2(fields.contains(QStringLiteral("deletion")),
             QJsonDocument(fields).toJson(QJsonDocument::Compact).constData());
    QVERIFY(fields.value(QStringLiteral("deletion")).toString().isEmpty());
}

void TestCaseClassification::overrideRetentionWritesReasonAndHistory()
{
    const CaseRecord before = createCase(QStringLiteral("00.07.03"));
    setRev(before.id, 12);
    CaseClassification(db()).overrideRetention(before.id, QStringLiteral("K10"),
                                               QStringLiteral("  Ingen   arkivværdi\n for kommunen "),
                                               QStringLiteral("other"));
    const auto after = CaseRepository(db()).find(before.id);
    QCOMPARE(after->retention, QStringLiteral("K10"));
    QCOMPARE(after->retentionReason, QStringLiteral("Ingen arkivværdi for kommunen"));
    QCOMPARE(after->deletion, QStringLiteral("P1825D"));
    QCOMPARE(after->kleSubject, QStringLiteral("00.07.03"));
    QCOMPARE(after->modifiedBy, QStringLiteral("other"));

    const QList<HistoryRow> rows = history(before.id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).field, QStringLiteral("retention"));
    QCOMPARE(rows.at(0).oldValue, QStringLiteral("B"));
    QCOMPARE(rows.at(0).newValue, QStringLiteral("K10"));
    QVERIFY(!rows.at(0).reasonIsNull);
    QCOMPARE(rows.at(0).reason, QStringLiteral("Ingen arkivværdi for kommunen"));
    QCOMPARE(rows.at(0).actor, QStringLiteral("other"));

    const QList<OutboxRow> operations = outbox(before.id);
    QCOMPARE(operations.size(), 2);
    QCOMPARE(operations.constLast().baseRev, 12);
    QCOMPARE(operations.constLast().fields, (QJsonObject{{QStringLiteral("retention"), QStringLiteral("K10")},
                                                         {QStringLiteral("retentionReason"),
                                                          QStringLiteral("Ingen arkivværdi for kommunen")}}));
}

void TestCaseClassification::overriddenRetentionStandsAfterReclassify()
{
    const CaseRecord before = createCase(QStringLiteral("00.07.03"));
    CaseClassification classification(db());
    classification.overrideRetention(before.id, QStringLiteral("K5"), QStringLiteral("Dublet af sag 2019"),
                                     QStringLiteral("me"));
    setRev(before.id, 4);

    // 00.05.07 would give K, and K02 would give K10: the override stands in both.
    classification.reclassify(before.id, QStringLiteral("00.05.07"), QStringLiteral("G01"),
                              QStringLiteral("me"));
    auto after = CaseRepository(db()).find(before.id);
    QCOMPARE(after->kleSubject, QStringLiteral("00.05.07"));
    QCOMPARE(after->retention, QStringLiteral("K5"));
    QCOMPARE(after->retentionReason, QStringLiteral("Dublet af sag 2019"));
    QVERIFY(after->deletion.isEmpty()); // the deletion follows the emne

    classification.reclassify(before.id, QStringLiteral("00.07.17"), QStringLiteral("K02"),
                              QStringLiteral("me"));
    after = CaseRepository(db()).find(before.id);
    QCOMPARE(after->retention, QStringLiteral("K5"));
    QCOMPARE(after->retentionReason, QStringLiteral("Dublet af sag 2019"));
    QCOMPARE(after->deletion, QStringLiteral("P1825D"));

    const QList<HistoryRow> rows = history(before.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).field, QStringLiteral("retention"));
    QCOMPARE(rows.at(1).field, QStringLiteral("kle"));
    QCOMPARE(rows.at(2).field, QStringLiteral("kle"));

    // The reclassifications do not send a retention: the overridden one stays what the server has.
    const QList<OutboxRow> operations = outbox(before.id);
    QCOMPARE(operations.size(), 4);
    for (qsizetype i = 2; i < operations.size(); ++i) {
        QCOMPARE(operations.at(i).baseRev, 4);
        QVERIFY(operations.at(i).fields.contains(QStringLiteral("kleSubject")));
        QVERIFY(!operations.at(i).fields.contains(QStringLiteral("retention")));
    }
}

void TestCaseClassification::refusedReclassifyWritesNothing_data()
{
    QTest::addColumn<QString>("caseId"); // empty: the case created by the test
    QTest::addColumn<QString>("emne");
    QTest::addColumn<QString>("facet");
    const QString g01 = QStringLiteral("G01");
    QTest::newRow("unknown emne") << QString() << QStringLiteral("99.99.99") << g01;
    QTest::newRow("gruppe") << QString() << QStringLiteral("00.05") << g01;
    QTest::newRow("hovedgruppe") << QString() << QStringLiteral("00") << g01;
    QTest::newRow("empty emne") << QString() << QString() << g01;
    QTest::newRow("retired emne") << QString() << QStringLiteral("00.05.09") << g01;
    QTest::newRow("facet without letter") << QString() << QStringLiteral("00.05.07") << QStringLiteral("101");
    QTest::newRow("facet one digit") << QString() << QStringLiteral("00.05.07") << QStringLiteral("G1");
    QTest::newRow("facet three digits") << QString() << QStringLiteral("00.05.07") << QStringLiteral("G001");
    QTest::newRow("facet lower case") << QString() << QStringLiteral("00.05.07") << QStringLiteral("g01");
    QTest::newRow("facet with space") << QString() << QStringLiteral("00.05.07") << QStringLiteral(" G01");
    QTest::newRow("empty facet") << QString() << QStringLiteral("00.05.07") << QString();
    QTest::newRow("unknown case") << QStringLiteral("no-such-case") << QStringLiteral("00.05.07") << g01;
}

void TestCaseClassification::refusedReclassifyWritesNothing()
{
    QFETCH(QString, caseId);
    QFETCH(QString, emne);
    QFETCH(QString, facet);

    const CaseRecord existing = createCase(QStringLiteral("00.07.03"));
    retire(QStringLiteral("00.05.09"));
    if (caseId.isEmpty()) {
        caseId = existing.id;
    }
    const QStringList before = snapshot();
    const QString row = rawCase(existing.id);
    QVERIFY(!row.isEmpty());
    QCOMPARE(count(QStringLiteral("case_history")), 0);

    QVERIFY_THROWS_EXCEPTION(InvalidCase,
                             CaseClassification(db()).reclassify(caseId, emne, facet, QStringLiteral("me")));

    QCOMPARE(rawCase(existing.id), row);
    QCOMPARE(count(QStringLiteral("cases")), 1);
    QCOMPARE(count(QStringLiteral("case_history")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), 1);
    QCOMPARE(snapshot(), before);
}

void TestCaseClassification::refusedOverrideWritesNothing_data()
{
    QTest::addColumn<QString>("caseId"); // empty: the case created by the test
    QTest::addColumn<QString>("retention");
    QTest::addColumn<QString>("reason");
    const QString reason = QStringLiteral("Lokalhistorisk værdi");
    QTest::newRow("unknown code") << QString() << QStringLiteral("X") << reason;
    QTest::newRow("lower case code") << QString() << QStringLiteral("k") << reason;
    QTest::newRow("K1") << QString() << QStringLiteral("K1") << reason;
    QTest::newRow("empty code") << QString() << QString() << reason;
    QTest::newRow("deletion as code") << QString() << QStringLiteral("P1825D") << reason;
    QTest::newRow("empty reason") << QString() << QStringLiteral("K") << QString();
    QTest::newRow("blank reason") << QString() << QStringLiteral("K") << QStringLiteral("  \n\t ");
    QTest::newRow("unknown case") << QStringLiteral("no-such-case") << QStringLiteral("K") << reason;
}

void TestCaseClassification::refusedOverrideWritesNothing()
{
    QFETCH(QString, caseId);
    QFETCH(QString, retention);
    QFETCH(QString, reason);

    const CaseRecord existing = createCase(QStringLiteral("00.07.03"));
    if (caseId.isEmpty()) {
        caseId = existing.id;
    }
    const QStringList before = snapshot();
    const QString row = rawCase(existing.id);

    QVERIFY_THROWS_EXCEPTION(InvalidCase, CaseClassification(db()).overrideRetention(
                                              caseId, retention, reason, QStringLiteral("me")));

    QCOMPARE(rawCase(existing.id), row);
    QCOMPARE(count(QStringLiteral("cases")), 1);
    QCOMPARE(count(QStringLiteral("case_history")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), 1);
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCaseClassification)
#include "tst_caseclassification.moc"

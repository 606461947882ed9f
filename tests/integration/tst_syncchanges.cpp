// Every kind of change a desktop makes reaches the other desktop through a real akta-server with no
// conflict and nothing rejected: cases and their register parties, updates, reclassification, retention;
// a PDF, an e-mail with its attachment, notes, a kladde journaled, document properties, a new version.
// akta-cli where it has a command, else the core calls the desktop's dialogs make. SQLite and PostgreSQL.

#include "ServerProcess.h"
#include "cases/CaseClassification.h"
#include "demo/SimplePdfWriter.h"
#include "directory/LocalAccount.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentLifecycle.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kUnit = QStringLiteral("Børn og Unge/PPR");
const QString kChild = QStringLiteral("6510154322");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Lille Hansen and her mother Anna, as the desktop's own register knows them.
const QByteArray kRegister =
    R"({"cpr": "0101801234", "firstName": "Anna", "lastName": "Hansen", "address": {"street": )"
    R"("Vestergade 1", "postalCode": "5000", "city": "Odense C"}, "protected": false, "status": "alive", )"
    R"("relations": [{"type": "child", "cpr": "6510154322"}, {"type": "custody", "cpr": "6510154322"}]})"
    "\n"
    R"({"cpr": "6510154322", "firstName": "Lille", "lastName": "Hansen", "address": {"street": )"
    R"("Vestergade 1", "postalCode": "5000", "city": "Odense C"}, "protected": false, "status": "alive", )"
    R"("relations": [{"type": "parent", "cpr": "0101801234"}]})"
    "\n";

} // namespace

class TestSyncChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void everyKindOfChangeArrives();
    void documentEditsOnTwoDesktopsMerge();

private:
    QString store(const QString& name) const { return m_dir->filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    QString writeFile(const QString& name, const QByteArray& content) const;
    Result cli(const QStringList& args);
    QJsonValue cliJson(const QStringList& args);
    // One sync; fails the test unless it ran and the server rejected nothing.
    QJsonObject sync(const QString& storeName, const QString& user);
    QJsonArray conflicts(const QString& storeName);
    // Everything the case holds that syncs, one line per row, parties named by CPR/CVR (their ids may
    // differ between desktops), sorted: equal on two desktops when both hold the same.
    QStringList snapshot(const QString& storeName, const QString& caseId);
    QString documentOfCase(const QString& storeName, const QString& caseId, const QString& title);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncChanges::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QString error;
    const QStringList backends = ServerProcess::backends(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& backend : backends) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

void TestSyncChanges::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<ServerProcess>(backend);
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    for (const QString& user : {QStringLiteral("anna"), QStringLiteral("bo")}) {
        QVERIFY2(m_server->addUser(user, kUnit, QStringLiteral("caseworker"), &error), qPrintable(error));
    }
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
}

void TestSyncChanges::cleanup()
{
    if (m_server) {
        m_server->stop();
    }
    m_server.reset();
    m_dir.reset();
}

QString TestSyncChanges::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

Result TestSyncChanges::cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonValue TestSyncChanges::cliJson(const QStringList& args)
{
    const Result result = cli(args + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0) {
        qWarning() << args << "failed:" << result.err;
        return {};
    }
    const QJsonDocument json = QJsonDocument::fromJson(result.out);
    return json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
}

QJsonObject TestSyncChanges::sync(const QString& storeName, const QString& user)
{
    const QJsonObject summary =
        cliJson({QStringLiteral("sync"), QStringLiteral("--store"), store(storeName),
                 QStringLiteral("--server"), url(), QStringLiteral("--user"), user,
                 QStringLiteral("--password-file"), m_server->filePath(QStringLiteral("password"))})
            .toObject();
    if (summary.isEmpty()) {
        QTest::qFail("the sync failed", __FILE__, __LINE__);
    } else if (summary.value(QStringLiteral("rejected")).toInt(-1) != 0) {
        qWarning() << "rejected operations:" << conflicts(storeName);
        QTest::qFail("the server rejected operations", __FILE__, __LINE__);
    }
    return summary;
}

QJsonArray TestSyncChanges::conflicts(const QString& storeName)
{
    return cliJson({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--store"),
                    store(storeName)})
        .toArray();
}

QStringList TestSyncChanges::snapshot(const QString& storeName, const QString& caseId)
{
    akta::store::LocalStore local(store(storeName));
    akta::sqlite::Database& db = local.database();
    QStringList rows;
    const auto collect = [&](const char* sql) {
        auto query = db.prepare(QString::fromLatin1(sql));
        query.bind(1, caseId);
        const int columns = query.columnCount();
        while (query.step()) {
            QStringList values;
            for (int i = 0; i < columns; ++i) {
                values << query.columnText(i);
            }
            rows << values.join(QLatin1Char('|'));
        }
    };
    collect("SELECT 'case', case_number, number_provisional, title, kle_subject, kle_facet, kind, status, "
            "access_class, retention, retention_reason, follow_up_date, rev FROM cases WHERE id = ?1");
    collect("SELECT 'party', p.identifier, p.kind, p.name, cp.role FROM case_parties cp "
            "JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = ?1");
    collect(
        "SELECT 'document', id, parent_document_id, number, title, kind, direction, document_date, status, "
        "sender, recipients, access_class, subject, message_id, rev FROM documents WHERE case_id = ?1");
    collect("SELECT 'document party', d.id, p.identifier FROM document_parties dp "
            "JOIN documents d ON d.id = dp.document_id JOIN parties p ON p.id = dp.party_id "
            "WHERE d.case_id = ?1");
    collect("SELECT 'version', v.id, v.document_id, v.version, v.sha256, v.file_name, v.mime_type, v.size, "
            "v.rev FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.case_id = ?1");
    rows.sort();
    return rows;
}

QString TestSyncChanges::documentOfCase(const QString& storeName, const QString& caseId, const QString& title)
{
    akta::store::LocalStore local(store(storeName));
    auto query = local.database().prepare(
        QStringLiteral("SELECT id FROM documents WHERE case_id = ?1 AND title = ?2 ORDER BY number"));
    query.bind(1, caseId).bind(2, title);
    return query.step() ? query.columnText(0) : QString();
}

void TestSyncChanges::everyKindOfChangeArrives()
{
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");

    // A case for a child the desktop's register knows, with her mother as a secondary party: both
    // parties come from the register and were never in the outbox.
    QVERIFY(!cliJson({QStringLiteral("person"), QStringLiteral("import"), QStringLiteral("--store"), store(a),
                      writeFile(QStringLiteral("register.jsonl"), kRegister)})
                 .toObject()
                 .isEmpty());
    const QJsonObject created =
        cliJson({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"), store(a),
                 QStringLiteral("--cpr"), kChild, QStringLiteral("--secondary"), QStringLiteral("parents"),
                 QStringLiteral("--title"), QStringLiteral("Støtte i skolen"), QStringLiteral("--kle"),
                 QStringLiteral("00.01.00")})
            .toObject();
    const QString caseId = created.value(QStringLiteral("id")).toString();
    QVERIFY2(!caseId.isEmpty(), "case create failed");
    QCOMPARE(created.value(QStringLiteral("parties")).toArray().size(), 2);

    // A real PDF, a real e-mail with a PDF attachment, a journal note: journaled as they arrive.
    akta::demo::SimplePdfWriter pdf;
    pdf.setTitle(QStringLiteral("Afgørelse"));
    pdf.addHeading(QStringLiteral("Afgørelse om støtte"));
    pdf.addParagraph(QStringLiteral("Lille Hansen får støtte i skolen fra 1. december."));
    const QString pdfPath = writeFile(QStringLiteral("afgørelse.pdf"), pdf.toPdf());
    QFile mail(QStringLiteral(AKTA_SOURCE_DIR "/tests/data/email/multipart-mixed.eml"));
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QString mailPath = writeFile(QStringLiteral("høringssvar.eml"), mail.readAll());
    const QJsonArray added = cliJson({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
                                      store(a), QStringLiteral("--case"), caseId, pdfPath, mailPath})
                                 .toArray();
    QCOMPARE(added.size(), 2);
    const QString pdfId = added.at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(added.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("email"));
    QVERIFY(
        !cliJson({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--store"), store(a),
                  QStringLiteral("--case"), caseId, QStringLiteral("--title"), QStringLiteral("Telefonnotat"),
                  writeFile(QStringLiteral("notat.txt"), "Mor ringede om skolestart.\n")})
             .toObject()
             .isEmpty());
    // A kladde (draft note), as the desktop's note editor saves one.
    QString draftId;
    {
        akta::store::LocalStore local(store(a));
        akta::sqlite::Database& db = local.database();
        const akta::blobs::BlobStore blobs = local.blobStore();
        akta::documents::DocumentJournal journal(db, blobs, {}, {},
                                                 akta::directory::LocalAccount::ensure(db));
        draftId =
            journal
                .journalNote(caseId, QStringLiteral("Udkast til referat"), "Referat: endnu ikke færdigt.",
                             QStringLiteral("text/plain"), QDate(2026, 11, 27), true)
                .document.record.id;
    }
    // An edit before the first sync: the second operation on the case goes on the rev the first gets.
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"), store(a),
                  caseId, QStringLiteral("--status"), QStringLiteral("in_progress")})
                 .exitCode,
             0);

    const QJsonObject first = sync(a, QStringLiteral("anna"));
    QCOMPARE(first.value(QStringLiteral("conflicts")).toInt(), 0);
    // 2 parties, the case and its update, 5 documents (PDF, e-mail, its attachment, note, kladde), 5
    // versions.
    QCOMPARE(first.value(QStringLiteral("pushed")).toInt(), 14);
    QCOMPARE(sync(b, QStringLiteral("bo")).value(QStringLiteral("conflicts")).toInt(), 0);
    const QStringList afterFirst = snapshot(a, caseId);
    QCOMPARE(snapshot(b, caseId), afterFirst);
    QVERIFY2(afterFirst.filter(QStringLiteral("document|")).size() == 5,
             qPrintable(afterFirst.join(QLatin1Char('\n'))));

    // Now every kind of edit of what the server has.
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"), store(a),
                  caseId, QStringLiteral("--title"), QStringLiteral("Støtte i skolen 2026/27"),
                  QStringLiteral("--status"), QStringLiteral("decided"), QStringLiteral("--follow-up"),
                  QStringLiteral("2026-12-31"), QStringLiteral("--kle"), QStringLiteral("02.34.02")})
                 .exitCode,
             0);
    QString motherId;
    {
        akta::store::LocalStore local(store(a));
        akta::sqlite::Database& db = local.database();
        const QString actor = akta::directory::LocalAccount::ensure(db);
        akta::cases::CaseClassification(db).overrideRetention(caseId, QStringLiteral("K"),
                                                              QStringLiteral("Principiel sag"), actor);
        auto mother = db.prepare(QStringLiteral("SELECT id FROM parties WHERE identifier = '0101801234'"));
        QVERIFY(mother.step());
        motherId = mother.columnText(0);
        akta::documents::DocumentLifecycle lifecycle(db);
        akta::documents::DocumentMetadata metadata = lifecycle.metadata(pdfId);
        metadata.title = QStringLiteral("Afgørelse om støtte");
        metadata.direction = QStringLiteral("outgoing");
        metadata.documentDate = QDate(2026, 11, 20);
        metadata.sender = QStringLiteral("PPR");
        metadata.recipients = QStringLiteral("Anna Hansen");
        metadata.partyIds = {motherId};
        metadata.accessClass = QStringLiteral("confidential");
        QCOMPARE(lifecycle.updateMetadata(pdfId, metadata, actor).size(), 7);
        lifecycle.journalize(draftId, actor);
        const akta::blobs::BlobStore blobs = local.blobStore();
        akta::documents::DocumentJournal journal(db, blobs, {}, {}, actor);
        pdf.addParagraph(QStringLiteral("Rettet: støtten gælder også i frikvartererne."));
        journal.journalVersion(pdfId, writeFile(QStringLiteral("afgørelse-v2.pdf"), pdf.toPdf()));
    }
    const QJsonObject second = sync(a, QStringLiteral("anna"));
    QCOMPARE(second.value(QStringLiteral("conflicts")).toInt(), 0);
    // The case (update + reclassification in one transaction, retention), the PDF's properties, the
    // kladde journaled, the new version.
    QCOMPARE(second.value(QStringLiteral("pushed")).toInt(), 6);
    QCOMPARE(sync(b, QStringLiteral("bo")).value(QStringLiteral("conflicts")).toInt(), 0);

    const QStringList onA = snapshot(a, caseId);
    QCOMPARE(snapshot(b, caseId), onA);
    const QString caseRow = onA.filter(QStringLiteral("case|")).value(0);
    QVERIFY2(caseRow.contains(QStringLiteral("|Støtte i skolen 2026/27|02.34.02|G01|citizen|decided|normal|K|"
                                             "Principiel sag|2026-12-31|")),
             qPrintable(caseRow));
    QVERIFY2(onA.contains(QStringLiteral("document party|%1|0101801234").arg(pdfId)),
             qPrintable(onA.join(QLatin1Char('\n'))));
    const QString pdfRow = onA.filter(QStringLiteral("document|%1|").arg(pdfId)).value(0);
    QVERIFY2(pdfRow.contains(QStringLiteral("|Afgørelse om støtte|file|outgoing|2026-11-20|journaled|PPR|"
                                            "Anna Hansen|confidential|")),
             qPrintable(pdfRow));
    QVERIFY2(onA.filter(QStringLiteral("document|%1|").arg(draftId))
                 .value(0)
                 .contains(QStringLiteral("|journaled|")),
             qPrintable(onA.join(QLatin1Char('\n'))));
    QCOMPARE(onA.filter(QStringLiteral("|%1|2|").arg(pdfId)).size(), 1); // version 2 of the PDF
    for (const QString& name : {a, b}) {
        QVERIFY2(conflicts(name).isEmpty(), qPrintable(name));
    }
}

void TestSyncChanges::documentEditsOnTwoDesktopsMerge()
{
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    const QString caseId =
        cliJson({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"), store(a),
                 QStringLiteral("--no-party"), QStringLiteral("--title"), QStringLiteral("Skoleskift"),
                 QStringLiteral("--kle"), QStringLiteral("00.01.00")})
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!caseId.isEmpty());
    const QJsonArray added = cliJson({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
                                      store(a), QStringLiteral("--case"), caseId,
                                      writeFile(QStringLiteral("brev.txt"), "Brev til skolen.\n")})
                                 .toArray();
    const QString documentId = added.at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!documentId.isEmpty());
    sync(a, QStringLiteral("anna"));
    sync(b, QStringLiteral("bo"));
    QCOMPARE(documentOfCase(b, caseId, QStringLiteral("brev")), documentId);

    // Anna renames the document while Bo, offline, changes its direction: different fields merge.
    const auto edit = [this, &documentId](const QString& storeName, const auto& change) {
        akta::store::LocalStore local(store(storeName));
        akta::sqlite::Database& db = local.database();
        akta::documents::DocumentLifecycle lifecycle(db);
        akta::documents::DocumentMetadata metadata = lifecycle.metadata(documentId);
        change(metadata);
        lifecycle.updateMetadata(documentId, metadata, akta::directory::LocalAccount::ensure(db));
    };
    edit(a, [](akta::documents::DocumentMetadata& m) { m.title = QStringLiteral("Brev om skoleskift"); });
    edit(b, [](akta::documents::DocumentMetadata& m) { m.direction = QStringLiteral("outgoing"); });
    QCOMPARE(sync(a, QStringLiteral("anna")).value(QStringLiteral("conflicts")).toInt(), 0);
    QCOMPARE(sync(b, QStringLiteral("bo")).value(QStringLiteral("conflicts")).toInt(), 0);
    sync(a, QStringLiteral("anna"));
    const QStringList onA = snapshot(a, caseId);
    QCOMPARE(snapshot(b, caseId), onA);
    QVERIFY2(onA.filter(QStringLiteral("document|%1|").arg(documentId))
                 .value(0)
                 .contains(QStringLiteral("|Brev om skoleskift|file|outgoing|")),
             qPrintable(onA.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSyncChanges)
#include "tst_syncchanges.moc"

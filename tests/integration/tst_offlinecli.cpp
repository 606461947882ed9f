// Cases taken offline (issue 9, "Done when"), end to end with a real akta-server on loopback and desktop
// stores driven by real akta-cli processes: a PDF and an e-mail journaled on desktop A reach desktop B
// with their content, byte-identical; B takes cases offline (a case, a person, a saved search) and the
// "ready to go" check fetches everything; with the server STOPPED, B journals a document, adds a note and
// edits a case while A edits the same field; the server comes back, both sync: nothing is lost, A sees
// B's work with its content, and the edit of the same field is a listed conflict. Afterwards no CPR
// number, name, title or document text lies in plain anywhere under B's store folder, and no temporary
// file of the session is left behind.

#include "ServerProcess.h"
#include "demo/SimplePdfWriter.h"
#include "registry/CprNumber.h"

#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOfflineCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void contentReachesTheOtherDesktop();
    void takenOfflineAndReadyToGo();
    void workWithoutTheServerLosesNothing();
    void storeFolderHoldsNoPlaintext();

private:
    QString store(const QString& name) const { return m_dir.filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QStringList account(const QString& user) const;
    Result cli(const QStringList& args, const QByteArray& input = {});
    QJsonObject json(const QStringList& args);
    bool sync(const QString& storeName, const QString& user);
    QString writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QString m_tmp; // TMPDIR of every akta-cli run: what the session leaves there is checked
    int m_port = 0;
    QString m_cpr;
    QString m_caseId; // journaled on A, taken offline on B by case number
    QString m_caseNumber;
    QString m_personCaseId; // the person's case, taken offline by CPR
    QString m_searchCaseId; // found by the saved search
    QString m_pdfId;
    QString m_mailId;
    QByteArray m_pdf;
    QByteArray m_mail;
    QString m_offlineDocId; // journaled on B while the server was down
    QByteArray m_offlineDoc;
};

void TestOfflineCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_tmp = m_dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_tmp));
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    for (const QString& user : {QStringLiteral("anna"), QStringLiteral("bo")}) {
        QVERIFY2(
            m_server->addUser(user, QStringLiteral("Børn og Unge/PPR"), QStringLiteral("caseworker"), &error),
            qPrintable(error));
    }
    m_port = freePort();
    QVERIFY2(
        m_server->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}, &error),
        qPrintable(error));
    m_cpr = akta::registry::CprNumber::replacementFor(QDate(2014, 3, 9), 7, false);
    QVERIFY(!m_cpr.isEmpty());
}

void TestOfflineCli::cleanupTestCase()
{
    if (m_server) {
        m_server->stop();
    }
}

QStringList TestOfflineCli::account(const QString& user) const
{
    return {QStringLiteral("--server"),        url(),
            QStringLiteral("--user"),          user,
            QStringLiteral("--password-file"), m_server->filePath(QStringLiteral("password"))};
}

Result TestOfflineCli::cli(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AKTA_EXTRACT_PATH"), QStringLiteral(AKTA_EXTRACT_PATH));
    environment.insert(QStringLiteral("TMPDIR"), m_tmp);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    const Result result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                        process.readAllStandardOutput(), process.readAllStandardError()};
    if (result.exitCode != 0) {
        qInfo() << args.mid(0, 2) << "exit" << result.exitCode << result.err.trimmed();
    }
    return result;
}

QJsonObject TestOfflineCli::json(const QStringList& args)
{
    const Result result = cli(args);
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out).object() : QJsonObject();
}

bool TestOfflineCli::sync(const QString& storeName, const QString& user)
{
    return cli(QStringList{QStringLiteral("sync"), QStringLiteral("--store"), store(storeName),
                           QStringLiteral("--json")}
               << account(user))
               .exitCode == 0;
}

QString TestOfflineCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestOfflineCli::contentReachesTheOtherDesktop()
{
    // Desktop A: a case for a child (by CPR), two others, a PDF and an e-mail journaled.
    const QJsonObject personCase =
        json({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
              store(QStringLiteral("a")), QStringLiteral("--json"), QStringLiteral("--cpr"), m_cpr,
              QStringLiteral("--name"), QStringLiteral("Ulrikke Zebrafinke"), QStringLiteral("--title"),
              QStringLiteral("Pædagogisk-psykologisk vurdering af Ulrikke"), QStringLiteral("--kle"),
              QStringLiteral("00.01.00")});
    m_personCaseId = personCase.value(QStringLiteral("id")).toString();
    QVERIFY(!m_personCaseId.isEmpty());
    const QJsonObject created =
        json({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
              store(QStringLiteral("a")), QStringLiteral("--json"), QStringLiteral("--no-party"),
              QStringLiteral("--title"), QStringLiteral("Underretning fra Kvædeskolen"),
              QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    m_caseId = created.value(QStringLiteral("id")).toString();
    QVERIFY(!m_caseId.isEmpty());
    const QJsonObject searched =
        json({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
              store(QStringLiteral("a")), QStringLiteral("--json"), QStringLiteral("--no-party"),
              QStringLiteral("--title"), QStringLiteral("Talehøreundersøgelse Marsvinestuen"),
              QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    m_searchCaseId = searched.value(QStringLiteral("id")).toString();
    QVERIFY(!m_searchCaseId.isEmpty());
    QVERIFY(!json({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
                   store(QStringLiteral("a")), QStringLiteral("--json"), QStringLiteral("--no-party"),
                   QStringLiteral("--title"), QStringLiteral("Sag der bliver hjemme"),
                   QStringLiteral("--kle"), QStringLiteral("00.01.00")})
                 .isEmpty());

    akta::demo::SimplePdfWriter writer;
    writer.setTitle(QStringLiteral("Underretning"));
    writer.addHeading(QStringLiteral("Underretning om Ulrikke Zebrafinke"));
    writer.addParagraph(
        QStringLiteral("Kvædeskolen underretter om Ulrikke Zebrafinke, der ofte kommer sulten og "
                       "fortæller om Spurvehøgens-aftalen derhjemme."));
    m_pdf = writer.toPdf();
    const QString pdfPath = writeFile(QStringLiteral("underretning.pdf"), m_pdf);
    m_mail = readFile(QStringLiteral(AKTA_SOURCE_DIR "/tests/data/email/multipart-mixed.eml"));
    QVERIFY(!m_mail.isEmpty());
    const QString mailPath = writeFile(QStringLiteral("mail.eml"), m_mail);
    const Result added = cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
                              store(QStringLiteral("a")), QStringLiteral("--case"), m_caseId,
                              QStringLiteral("--json"), pdfPath, mailPath});
    QCOMPARE(added.exitCode, 0);
    const QJsonArray documents = QJsonDocument::fromJson(added.out).array();
    QCOMPARE(documents.size(), 2);
    m_pdfId = documents.at(0).toObject().value(QStringLiteral("id")).toString();
    m_mailId = documents.at(1).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(sync(QStringLiteral("a"), QStringLiteral("anna")));
    m_caseNumber = json({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--store"),
                         store(QStringLiteral("a")), QStringLiteral("--json"), m_caseId})
                       .value(QStringLiteral("caseNumber"))
                       .toString();
    QVERIFY(!m_caseNumber.isEmpty());

    // Desktop B: the metadata arrives with the sync, the content only on demand.
    QVERIFY(sync(QStringLiteral("b"), QStringLiteral("bo")));
    const QJsonObject shown = json({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("--store"),
                                    store(QStringLiteral("b")), QStringLiteral("--json"), m_pdfId});
    QCOMPARE(shown.value(QStringLiteral("caseId")).toString(), m_caseId);
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    const Result offline = cli({QStringLiteral("doc"), QStringLiteral("export"), QStringLiteral("--store"),
                                store(QStringLiteral("b")), QStringLiteral("--to"), exported, m_pdfId});
    QCOMPARE(offline.exitCode, 1);
    QVERIFY2(offline.err.contains("not on this computer"), offline.err.constData());
    QVERIFY(!QFile::exists(exported));

    const QJsonObject fetched =
        json(QStringList{QStringLiteral("doc"), QStringLiteral("export"), QStringLiteral("--store"),
                         store(QStringLiteral("c")), QStringLiteral("--to"), exported,
                         QStringLiteral("--json"), m_pdfId}
             << account(QStringLiteral("bo")));
    QVERIFY2(fetched.isEmpty(), "desktop C has not synced: it knows no such document");
    QVERIFY(sync(QStringLiteral("c"), QStringLiteral("bo")));
    const QJsonObject onC =
        json(QStringList{QStringLiteral("doc"), QStringLiteral("export"), QStringLiteral("--store"),
                         store(QStringLiteral("c")), QStringLiteral("--to"), exported,
                         QStringLiteral("--json"), m_pdfId}
             << account(QStringLiteral("bo")));
    QCOMPARE(onC.value(QStringLiteral("fetched")).toBool(), true);
    QCOMPARE(readFile(exported), m_pdf);
}

void TestOfflineCli::takenOfflineAndReadyToGo()
{
    const QString b = store(QStringLiteral("b"));
    const QJsonObject before = json({QStringLiteral("offline"), QStringLiteral("status"),
                                     QStringLiteral("--store"), b, QStringLiteral("--json")});
    QCOMPARE(before.value(QStringLiteral("cases")).toArray().size(), 0);
    QVERIFY(!before.value(QStringLiteral("lastSync")).toString().isEmpty());

    QVERIFY(!json({QStringLiteral("offline"), QStringLiteral("add"), QStringLiteral("--store"), b,
                   QStringLiteral("--case"), m_caseNumber, QStringLiteral("--json")})
                 .isEmpty());
    const QString formatted = m_cpr.left(6) + QLatin1Char('-') + m_cpr.mid(6);
    QVERIFY(!json({QStringLiteral("offline"), QStringLiteral("add"), QStringLiteral("--store"), b,
                   QStringLiteral("--person"), formatted, QStringLiteral("--json")})
                 .isEmpty());
    const QJsonObject added =
        json({QStringLiteral("offline"), QStringLiteral("add"), QStringLiteral("--store"), b,
              QStringLiteral("--search"), QStringLiteral("Marsvinestuen"), QStringLiteral("--json")});
    QCOMPARE(added.value(QStringLiteral("pins")).toArray().size(), 3);
    QSet<QString> offlineCases;
    for (const QJsonValue& one : added.value(QStringLiteral("cases")).toArray()) {
        offlineCases.insert(one[QStringLiteral("id")].toString());
    }
    QCOMPARE(offlineCases, (QSet<QString>{m_caseId, m_personCaseId, m_searchCaseId}));
    QCOMPARE(added.value(QStringLiteral("versions")).toInt(), 3); // the PDF, the e-mail and its attachment
    QCOMPARE(added.value(QStringLiteral("missing")).toInt(), 3);
    QCOMPARE(added.value(QStringLiteral("ready")).toBool(), false);

    // Bad input: a clear error, nothing stored.
    const Result unknown = cli({QStringLiteral("offline"), QStringLiteral("add"), QStringLiteral("--store"),
                                b, QStringLiteral("--case"), QStringLiteral("99.99.99-G01-9-26")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no case"));
    QCOMPARE(cli({QStringLiteral("offline"), QStringLiteral("add"), QStringLiteral("--store"), b}).exitCode,
             2);

    // "Ready to go": everything is fetched, and it says so.
    const QJsonObject ready = json(QStringList{QStringLiteral("offline"), QStringLiteral("check"),
                                               QStringLiteral("--store"), b, QStringLiteral("--json")}
                                   << account(QStringLiteral("bo")));
    QCOMPARE(ready.value(QStringLiteral("ready")).toBool(), true);
    QCOMPARE(ready.value(QStringLiteral("fetched")).toInt(), 3);
    QCOMPARE(ready.value(QStringLiteral("missing")).toInt(), 0);
    QVERIFY(!ready.value(QStringLiteral("lastCheck")).toString().isEmpty());

    // The content is on B now: exported without the server, byte-identical.
    const QString pdf = m_dir.filePath(QStringLiteral("b-underretning.pdf"));
    const QString mail = m_dir.filePath(QStringLiteral("b-mail.eml"));
    QCOMPARE(cli({QStringLiteral("doc"), QStringLiteral("export"), QStringLiteral("--store"), b,
                  QStringLiteral("--to"), pdf, m_pdfId})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("doc"), QStringLiteral("export"), QStringLiteral("--store"), b,
                  QStringLiteral("--to"), mail, m_mailId})
                 .exitCode,
             0);
    QCOMPARE(readFile(pdf), m_pdf);
    QCOMPARE(readFile(mail), m_mail);
    QFile::remove(pdf);
    QFile::remove(mail);
}

void TestOfflineCli::workWithoutTheServerLosesNothing()
{
    const QString a = store(QStringLiteral("a"));
    const QString b = store(QStringLiteral("b"));
    QCOMPARE(m_server->stop(), 0);

    // The check says clearly that the server cannot be reached; the content is all here.
    const Result check = cli(QStringList{QStringLiteral("offline"), QStringLiteral("check"),
                                         QStringLiteral("--store"), b, QStringLiteral("--json")}
                             << account(QStringLiteral("bo")));
    QCOMPARE(check.exitCode, 1);
    const QJsonObject checked = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(checked.value(QStringLiteral("missing")).toInt(), 0);
    QVERIFY(!checked.value(QStringLiteral("syncError")).toString().isEmpty());

    // B works offline: journal a document, add a note, edit the case; A edits the same field.
    m_offlineDoc =
        QByteArrayLiteral("Referat af moede paa Kvaedeskolen om Ulrikke: aftalt Hjortevagt-forloeb.\n");
    const QString docPath = writeFile(QStringLiteral("referat.txt"), m_offlineDoc);
    const Result added = cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"), b,
                              QStringLiteral("--case"), m_caseId, QStringLiteral("--json"), docPath});
    QCOMPARE(added.exitCode, 0);
    m_offlineDocId =
        QJsonDocument::fromJson(added.out).array().at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_offlineDocId.isEmpty());
    QFile::remove(docPath);
    const Result note =
        cli({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--store"), b,
             QStringLiteral("--case"), m_caseId, QStringLiteral("--title"),
             QStringLiteral("Telefonnotat fra skolebesøg"), QStringLiteral("--json"), QStringLiteral("-")},
            "Moderen fortalte om Odderbakke-ordningen.");
    QCOMPARE(note.exitCode, 0);
    const QString noteId = QJsonDocument::fromJson(note.out).object().value(QStringLiteral("id")).toString();
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"), b, m_caseId,
                  QStringLiteral("--status"), QStringLiteral("in_progress")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"), b, m_caseId,
                  QStringLiteral("--title"), QStringLiteral("Underretning fra Kvædeskolen (B)")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("--store"), a, m_caseId,
                  QStringLiteral("--title"), QStringLiteral("Underretning fra Kvædeskolen (A)")})
                 .exitCode,
             0);
    QVERIFY(!sync(QStringLiteral("b"), QStringLiteral("bo"))); // no server: fails, keeps everything

    QString error;
    QVERIFY2(
        m_server->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}, &error),
        qPrintable(error));
    QVERIFY(sync(QStringLiteral("a"), QStringLiteral("anna")));
    QVERIFY(sync(QStringLiteral("b"), QStringLiteral("bo")));
    QVERIFY(sync(QStringLiteral("a"), QStringLiteral("anna")));

    // The same field edited on both: a conflict on B, listed, with B's title kept; the other field went
    // through.
    const Result listed = cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--store"),
                               b, QStringLiteral("--json")});
    const QJsonArray conflicts = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0)[QStringLiteral("entityId")].toString(), m_caseId);
    QCOMPARE(conflicts.at(0)[QStringLiteral("local")].toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Underretning fra Kvædeskolen (B)"));
    const QJsonObject onA = json({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--store"),
                                  a, QStringLiteral("--json"), m_caseId});
    QCOMPARE(onA.value(QStringLiteral("title")).toString(),
             QStringLiteral("Underretning fra Kvædeskolen (A)"));
    QCOMPARE(onA.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));

    // Nothing lost: A has B's document (with its content, fetched on demand) and note.
    const QString exported = m_dir.filePath(QStringLiteral("a-referat.txt"));
    const QJsonObject fetched =
        json(QStringList{QStringLiteral("doc"), QStringLiteral("export"), QStringLiteral("--store"), a,
                         QStringLiteral("--to"), exported, QStringLiteral("--json"), m_offlineDocId}
             << account(QStringLiteral("anna")));
    QVERIFY(!fetched.isEmpty());
    QCOMPARE(readFile(exported), m_offlineDoc);
    QFile::remove(exported);
    const QJsonObject noteOnA = json({QStringLiteral("doc"), QStringLiteral("show"),
                                      QStringLiteral("--store"), a, QStringLiteral("--json"), noteId});
    QCOMPARE(noteOnA.value(QStringLiteral("title")).toString(),
             QStringLiteral("Telefonnotat fra skolebesøg"));

    // B's offline cases are still complete and fresh.
    const QJsonObject status = json({QStringLiteral("offline"), QStringLiteral("status"),
                                     QStringLiteral("--store"), b, QStringLiteral("--json")});
    QCOMPARE(status.value(QStringLiteral("missing")).toInt(), 0);
    QCOMPARE(status.value(QStringLiteral("versions")).toInt(), 5); // + the document and the note
    QVERIFY(status.value(QStringLiteral("lastSync")).toString() >=
            checked.value(QStringLiteral("lastSync")).toString());
}

void TestOfflineCli::storeFolderHoldsNoPlaintext()
{
    const QString b = store(QStringLiteral("b"));
    QList<QByteArray> secrets{m_cpr.toUtf8(),
                              (m_cpr.left(6) + QLatin1Char('-') + m_cpr.mid(6)).toUtf8(),
                              "Zebrafinke",
                              "Ulrikke",
                              "Kvædeskolen",
                              "Marsvinestuen",
                              "Spurvehøgens-aftalen",
                              "Hjortevagt-forloeb",
                              "Odderbakke-ordningen",
                              "Telefonnotat fra skolebesøg",
                              "Pædagogisk-psykologisk"};
    // The document text as the PDF holds it (WinAnsi), and the e-mail's own words.
    secrets.append(akta::demo::SimplePdfWriter::toWinAnsi(QStringLiteral("Spurvehøgens")));
    secrets.append(QByteArrayLiteral("Zebrafinke"));
    const qsizetype body =
        m_mail.indexOf("\r\n\r\n") > 0 ? m_mail.indexOf("\r\n\r\n") : m_mail.indexOf("\n\n");
    QVERIFY(body > 0);
    int files = 0;
    QDirIterator it(b, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readFile(path);
        ++files;
        for (const QByteArray& secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret),
                     qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(secret)));
        }
        QVERIFY2(!bytes.contains(m_pdf.mid(m_pdf.size() / 3, 48)), qPrintable(path));
        QVERIFY2(!bytes.contains(m_mail.mid(body + 4, 40)), qPrintable(path));
        QVERIFY2(!bytes.contains(m_offlineDoc.left(40)), qPrintable(path));
    }
    QVERIFY(files >= 6); // the database, its WAL, and the blobs
    // No part file of a download, and no temporary copy of the session, is left behind.
    QDirIterator parts(b, {QStringLiteral("*.part"), QStringLiteral(".incoming-*")},
                       QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!parts.hasNext(), qPrintable(parts.hasNext() ? parts.next() : QString()));
    QDirIterator temporary(m_tmp, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!temporary.hasNext(), qPrintable(temporary.hasNext() ? temporary.next() : QString()));

    // The scan finds what it looks for: the same secrets are in A's originals outside the store.
    QVERIFY(m_pdf.contains(akta::demo::SimplePdfWriter::toWinAnsi(QStringLiteral("Spurvehøgens"))));
}

QTEST_GUILESS_MAIN(TestOfflineCli)
#include "tst_offlinecli.moc"

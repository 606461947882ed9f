#include "email/MsgWriter.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// akta-cli doc add / doc show / note add against a real store, with the real e-mail parser and the
// akta-extract helper.
class TestDocCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void journalsFileAndShowsText();
    void emailWithAttachmentOnceOnly();
    void outgoingEmail();
    void outlookMsg();
    void badInput();
    void noteFromStdin();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(QStringList args, const QByteArray& input = {});
    QJsonArray add(const QStringList& files);
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    QString m_store;
    QString m_caseId;
};

namespace {

const QByteArray kMail = "From: Anna Jensen <anna@example.dk>\r\n"
                         "To: Sagsbehandler <sag@koege.dk>, Leder <leder@koege.dk>\r\n"
                         "Subject: =?UTF-8?Q?Ans=C3=B8gning_om_tilskud?=\r\n"
                         "Date: Tue, 24 Nov 2026 10:00:00 +0100\r\n"
                         "Message-ID: <abc123@example.dk>\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed; boundary=\"XX\"\r\n"
                         "\r\n"
                         "--XX\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n"
                         "Content-Transfer-Encoding: 8bit\r\n"
                         "\r\n"
                         "Jeg ans\xc3\xb8ger hermed om tilskud.\r\n"
                         "--XX\r\n"
                         "Content-Type: text/plain; charset=utf-8; name=\"budget.txt\"\r\n"
                         "Content-Disposition: attachment; filename=\"budget.txt\"\r\n"
                         "\r\n"
                         "Budget: 10.000 kr.\r\n"
                         "--XX--\r\n";

} // namespace

TestDocCli::Result TestDocCli::run(QStringList args, const QByteArray& input)
{
    args.insert(2, QStringLiteral("--store"));
    args.insert(3, m_store);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AKTA_EXTRACT_PATH"), QStringLiteral(AKTA_EXTRACT_PATH));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonArray TestDocCli::add(const QStringList& files)
{
    const Result result = run(QStringList{QStringLiteral("doc"), QStringLiteral("add"),
                                          QStringLiteral("--case"), m_caseId, QStringLiteral("--json")} +
                              files);
    if (result.exitCode != 0) {
        qWarning() << result.err;
    }
    return QJsonDocument::fromJson(result.out).array();
}

QString TestDocCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("in/") + name);
    QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestDocCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("store"));
    {
        akta::store::LocalStore store(m_store);
        store.setMeta(QStringLiteral("mail_domains"), QStringLiteral("koege.dk"));
    }
    const Result created =
        run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--json"),
             QStringLiteral("--no-party"), QStringLiteral("--title"), QStringLiteral("Tilskud til forening"),
             QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    QCOMPARE(created.exitCode, 0);
    m_caseId = QJsonDocument::fromJson(created.out).object().value(QStringLiteral("id")).toString();
    QVERIFY(!m_caseId.isEmpty());
}

void TestDocCli::journalsFileAndShowsText()
{
    const QString path = writeFile(QStringLiteral("Referat fra møde (endelig).txt"), "Mødet blev holdt.\n");
    const QJsonArray documents = add({path});
    QCOMPARE(documents.size(), 1);
    const QJsonObject document = documents.at(0).toObject();
    QCOMPARE(document.value(QStringLiteral("title")).toString(),
             QStringLiteral("Referat fra møde (endelig)"));
    QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
    QCOMPARE(document.value(QStringLiteral("direction")).toString(), QStringLiteral("incoming"));
    QCOMPARE(document.value(QStringLiteral("fileName")).toString(),
             QStringLiteral("Referat fra møde (endelig).txt"));
    QCOMPARE(document.value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(document.value(QStringLiteral("size")).toInt(), QByteArray("Mødet blev holdt.\n").size());
    QCOMPARE(document.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(document.value(QStringLiteral("textStatus")).toString(), QStringLiteral("ok"));
    QVERIFY(document.value(QStringLiteral("textLength")).toInt() > 0);
    QVERIFY(document.value(QStringLiteral("attachments")).toArray().isEmpty());
    QVERIFY(document.value(QStringLiteral("number")).toInt() >= 1);
    const QString sha = document.value(QStringLiteral("sha256")).toString();
    QVERIFY(QFile::exists(m_store + QStringLiteral("/blobs/") + sha.left(2) + QLatin1Char('/') + sha));

    const Result shown = run({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("--json"),
                              document.value(QStringLiteral("id")).toString()});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject full = QJsonDocument::fromJson(shown.out).object();
    QVERIFY(full.value(QStringLiteral("text")).toString().contains(QStringLiteral("Mødet blev holdt.")));
    QCOMPARE(full.value(QStringLiteral("id")), document.value(QStringLiteral("id")));
    QCOMPARE(full.value(QStringLiteral("versions")).toArray().size(), 1);

    const Result missing = run(
        {QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 1);
}

void TestDocCli::emailWithAttachmentOnceOnly()
{
    const QJsonArray first = add({writeFile(QStringLiteral("ansøgning.eml"), kMail)});
    QCOMPARE(first.size(), 1);
    const QJsonObject mail = first.at(0).toObject();
    QCOMPARE(mail.value(QStringLiteral("kind")).toString(), QStringLiteral("email"));
    QCOMPARE(mail.value(QStringLiteral("title")).toString(), QStringLiteral("Ansøgning om tilskud"));
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("Ansøgning om tilskud"));
    QCOMPARE(mail.value(QStringLiteral("messageId")).toString(), QStringLiteral("abc123@example.dk"));
    QCOMPARE(mail.value(QStringLiteral("direction")).toString(), QStringLiteral("incoming"));
    QCOMPARE(mail.value(QStringLiteral("documentDate")).toString(), QStringLiteral("2026-11-24"));
    QVERIFY(mail.value(QStringLiteral("sender")).toString().contains(QStringLiteral("anna@example.dk")));
    QCOMPARE(mail.value(QStringLiteral("recipients")).toArray().size(), 2);
    QCOMPARE(mail.value(QStringLiteral("textStatus")).toString(), QStringLiteral("ok"));
    QCOMPARE(mail.value(QStringLiteral("duplicate")).toBool(), false);
    const QJsonArray attachments = mail.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject budget = attachments.at(0).toObject();
    QCOMPARE(budget.value(QStringLiteral("title")).toString(), QStringLiteral("budget"));
    QCOMPARE(budget.value(QStringLiteral("fileName")).toString(), QStringLiteral("budget.txt"));
    QCOMPARE(budget.value(QStringLiteral("textStatus")).toString(), QStringLiteral("ok"));
    QCOMPARE(budget.value(QStringLiteral("number")).toInt(),
             mail.value(QStringLiteral("number")).toInt() + 1);

    const Result shown = run({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("--json"),
                              mail.value(QStringLiteral("id")).toString()});
    QVERIFY(QJsonDocument::fromJson(shown.out)
                .object()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("Jeg ansøger hermed")));

    // The same message again, under another name: recognised, not journaled twice.
    const QJsonArray again = add({writeFile(QStringLiteral("kopi.eml"), kMail)});
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).toObject().value(QStringLiteral("id")), mail.value(QStringLiteral("id")));
    QCOMPARE(again.at(0).toObject().value(QStringLiteral("duplicate")).toBool(), true);
}

void TestDocCli::outgoingEmail()
{
    QByteArray reply = kMail;
    reply.replace("From: Anna Jensen <anna@example.dk>", "From: Sagsbehandler <Sag@Koege.dk>");
    reply.replace("<abc123@example.dk>", "<reply1@koege.dk>");
    const QJsonArray documents = add({writeFile(QStringLiteral("svar.eml"), reply)});
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("direction")).toString(),
             QStringLiteral("outgoing"));
}

void TestDocCli::outlookMsg()
{
    akta::email::EmailMessage message;
    message.subject = QStringLiteral("Byggetilladelse Ærøvej 3");
    message.from = QStringLiteral("Bo Hansen <bo@example.dk>");
    message.fromAddress = QStringLiteral("bo@example.dk");
    message.to = {QStringLiteral("Byg <byg@koege.dk>")};
    message.date = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    message.textBody = QStringLiteral("Vedlagt tegninger.");
    akta::email::EmailAttachment drawing;
    drawing.fileName = QStringLiteral("tegning.txt");
    drawing.mimeType = QStringLiteral("text/plain");
    drawing.data = "Facade mod vej";
    message.attachments.append(drawing);
    QByteArray data;
    try {
        data = akta::email::MsgWriter::write(message);
    } catch (const std::exception& error) {
        QSKIP(error.what());
    }
    const QJsonArray documents = add({writeFile(QStringLiteral("byggesag.msg"), data)});
    QCOMPARE(documents.size(), 1);
    const QJsonObject mail = documents.at(0).toObject();
    QCOMPARE(mail.value(QStringLiteral("kind")).toString(), QStringLiteral("email"));
    QCOMPARE(mail.value(QStringLiteral("title")).toString(), QStringLiteral("Byggetilladelse Ærøvej 3"));
    QCOMPARE(mail.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/vnd.ms-outlook"));
    QCOMPARE(mail.value(QStringLiteral("textStatus")).toString(), QStringLiteral("ok"));
    QCOMPARE(mail.value(QStringLiteral("attachments")).toArray().size(), 1);
}

void TestDocCli::badInput()
{
    const QString empty = writeFile(QStringLiteral("tom.pdf"), {});
    const QString broken = writeFile(QStringLiteral("skadet.pdf"), "%PDF-1.4\n1 0 obj garbage");
    const QString truncated = writeFile(QStringLiteral("afbrudt.eml"), "garbage without headers\n");
    const QString odd = writeFile(QStringLiteral("  mærkeligt ;navn$ 'x'.docx.txt"), "tekst");
    const Result result = run({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--case"),
                               m_caseId, QStringLiteral("--json"), empty, broken, truncated, odd});
    QCOMPARE(result.exitCode, 1); // one file was refused
    QVERIFY2(result.err.contains("tom.pdf: the file is empty"), result.err.constData());
    const QJsonArray documents = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(documents.size(), 3);
    const QJsonObject pdf = documents.at(0).toObject();
    QCOMPARE(pdf.value(QStringLiteral("fileName")).toString(), QStringLiteral("skadet.pdf"));
    QCOMPARE(pdf.value(QStringLiteral("textStatus")).toString(), QStringLiteral("failed"));
    const QJsonObject eml = documents.at(1).toObject();
    QCOMPARE(eml.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
    QCOMPARE(eml.value(QStringLiteral("textStatus")).toString(), QStringLiteral("failed"));
    QVERIFY(!eml.value(QStringLiteral("textError")).toString().isEmpty());
    QCOMPARE(documents.at(2).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("mærkeligt ;navn$ 'x'.docx"));

    const Result noCase = run({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--case"),
                               QStringLiteral("no-such-case"), QStringLiteral("--json"), odd});
    QCOMPARE(noCase.exitCode, 1);
    const Result usage = run({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--json")});
    QCOMPARE(usage.exitCode, 2);
}

void TestDocCli::noteFromStdin()
{
    const Result result = run({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--case"),
                               m_caseId, QStringLiteral("--title"), QStringLiteral("Telefonnotat"),
                               QStringLiteral("--json"), QStringLiteral("-")},
                              "<p>Borgeren ringede om <b>tilskud</b>.</p>");
    QCOMPARE(result.exitCode, 0);
    const QJsonObject note = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(note.value(QStringLiteral("direction")).toString(), QStringLiteral("internal"));
    QCOMPARE(note.value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/html"));
    QCOMPARE(note.value(QStringLiteral("title")).toString(), QStringLiteral("Telefonnotat"));
    QCOMPARE(note.value(QStringLiteral("textStatus")).toString(), QStringLiteral("ok"));
    const Result shown = run({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("--json"),
                              note.value(QStringLiteral("id")).toString()});
    const QString text = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("Borgeren ringede om tilskud")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("<p>")));
}

QTEST_GUILESS_MAIN(TestDocCli)
#include "tst_doccli.moc"

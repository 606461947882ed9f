#include "email/AttachmentFileName.h"
#include "email/EmailParser.h"
#include "email/MsgWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using akta::email::AttachmentFileName;
using akta::email::EmailAttachment;
using akta::email::EmailMessage;
using akta::email::EmailParseError;
using akta::email::EmailParser;
using akta::email::MsgWriter;

namespace {

QString fixturePath(const QString& name)
{
    return QStringLiteral(AKTA_SOURCE_DIR "/tests/data/email/") + name;
}

QByteArray fixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

// The reference decoding of a message by Python's stdlib email package (an independent MIME parser):
// subject, first From address, first text/plain and text/html body parts, and the other leaf parts
// (name, type, SHA-256 of the decoded bytes; message/rfc822 parts are not descended into).
const char* const PythonReference = R"PY(
import email, email.policy, hashlib, json, sys
with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
out = {"subject": str(msg["subject"] or ""), "fromAddress": "", "text": None, "html": None, "attachments": []}
frm = msg["from"]
if frm is not None and len(frm.addresses) > 0:
    out["fromAddress"] = frm.addresses[0].addr_spec.lower()
def walk(part):
    if part.get_content_type() != "message/rfc822" and part.is_multipart():
        for sub in part.iter_parts():
            walk(sub)
        return
    ctype = part.get_content_type()
    disp = part.get_content_disposition()
    name = part.get_filename()
    if ctype == "message/rfc822":
        out["attachments"].append({"name": name or "", "type": ctype, "sha256": ""})
        return
    if disp != "attachment" and not name and ctype in ("text/plain", "text/html"):
        key = "text" if ctype == "text/plain" else "html"
        if out[key] is None:
            out[key] = part.get_content()
            return
    data = part.get_payload(decode=True) or b""
    out["attachments"].append({"name": name or "", "type": ctype, "sha256": hashlib.sha256(data).hexdigest()})
walk(msg)
print(json.dumps(out))
)PY";

QJsonObject pythonReference(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(PythonReference), path});
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        qWarning("python3 failed: %s %s", qPrintable(python.errorString()),
                 python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QString normalisedBody(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

QString parseErrorOf(const QByteArray& data)
{
    try {
        EmailParser::parse(data);
    } catch (const EmailParseError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestEmailParser : public QObject
{
    Q_OBJECT

private slots:
    void multipartMixed()
    {
        const EmailMessage message = EmailParser::parse(fixture(QStringLiteral("multipart-mixed.eml")));
        QCOMPARE(message.subject, QStringLiteral("Høringssvar vedr. lokalplan 2026 – Ærø"));
        QCOMPARE(message.from, QStringLiteral("Søren Østergaard <Soeren.Oestergaard@Example.DK>"));
        QCOMPARE(message.fromAddress, QStringLiteral("soeren.oestergaard@example.dk"));
        QCOMPARE(message.to, (QStringList{QStringLiteral("Teknik og Miljø <teknik@kommune.dk>"),
                                          QStringLiteral("Byggesag <byg@kommune.dk>")}));
        QCOMPARE(message.cc, QStringList{QStringLiteral("Jørgen Hansen <jh@example.dk>")});
        QCOMPARE(message.date, QDateTime(QDate(2026, 3, 3), QTime(8, 14, 55), QTimeZone::utc()));
        QCOMPARE(message.date.offsetFromUtc(), 3600);
        QCOMPARE(message.messageId, QStringLiteral("20260303091455.4711@mail.example.dk"));
        QCOMPARE(
            normalisedBody(message.textBody),
            QStringLiteral("Hej,\n\nVedlagt høringssvar til lokalplanen. Venlig hilsen Søren Østergaard"));
        QVERIFY(
            message.htmlBody.contains(QStringLiteral("<p>Vedlagt høringssvar til lokalplanen.</p></body>")));
        QCOMPARE(message.attachments.size(), 1);
        const EmailAttachment& pdf = message.attachments.first();
        QCOMPARE(pdf.fileName, QStringLiteral("hoeringssvar.pdf"));
        QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
        QVERIFY(pdf.data.startsWith("%PDF-1.4\n"));
        QCOMPARE(pdf.data.size(), 142 + 256);
        QVERIFY(!pdf.isInline);
    }

    void latin1QuotedPrintable()
    {
        const EmailMessage message = EmailParser::parseEml(fixture(QStringLiteral("latin1-qp.eml")));
        QCOMPARE(message.subject, QStringLiteral("Kvittering for ansøgning om byggetilladelse - Åbenrå Vej"));
        QCOMPARE(message.to, QStringList{QStringLiteral("Anne Ørsted <anne@example.dk>")});
        QVERIFY(
            message.textBody.startsWith(QStringLiteral("Kære borger,\n\nDin ansøgning om byggetilladelse på "
                                                       "Åbenrå Vej 7 er modtaget.")));
        QVERIFY(message.textBody.contains(QStringLiteral("Æblerød Kommune")));
        QVERIFY(message.htmlBody.isEmpty());
        QVERIFY(message.attachments.isEmpty());
        QCOMPARE(message.date, QDateTime(QDate(2026, 3, 4), QTime(14, 2, 11), QTimeZone::utc()));
    }

    void encodedFileNames()
    {
        const EmailMessage message = EmailParser::parse(fixture(QStringLiteral("rfc2231-filenames.eml")));
        QCOMPARE(message.subject, QStringLiteral("Bilag til sag – æøå"));
        QCOMPARE(message.from, QStringLiteral("Hansen, Jens <JENS@example.dk>"));
        QCOMPARE(message.fromAddress, QStringLiteral("jens@example.dk"));
        QCOMPARE(message.textBody.trimmed(), QStringLiteral("Se bilag."));
        QStringList names;
        for (const EmailAttachment& attachment : message.attachments)
            names.append(attachment.fileName);
        QCOMPARE(names, (QStringList{QStringLiteral("ændringsforslag øst.txt"),
                                     QStringLiteral("Bemærkninger til åbent møde.txt"),
                                     QStringLiteral("Købsaftale.doc"), QStringLiteral("passwd"),
                                     QStringLiteral("bilag-5.pdf")}));
        QCOMPARE(message.attachments.at(1).data, QByteArray("Bem\xe6rkninger"));
        QCOMPARE(message.attachments.at(1).mimeType, QStringLiteral("text/plain"));
    }

    void nestedMessage()
    {
        const EmailMessage message = EmailParser::parse(fixture(QStringLiteral("nested-rfc822.eml")));
        QCOMPARE(message.textBody.trimmed(), QStringLiteral("Videresendt som bilag."));
        QCOMPARE(message.attachments.size(), 1);
        const EmailAttachment& forwarded = message.attachments.first();
        QCOMPARE(forwarded.mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(forwarded.fileName, QStringLiteral("henvendelse.eml"));
        const EmailMessage inner = EmailParser::parseEml(forwarded.data);
        QCOMPARE(inner.subject, QStringLiteral("Oprindelig henvendelse"));
        QCOMPARE(inner.messageId, QStringLiteral("inner-1@kommune.dk"));
        QCOMPARE(inner.textBody.trimmed(), QStringLiteral("Den oprindelige besked."));
    }

    void inlineImage()
    {
        const EmailMessage message = EmailParser::parse(fixture(QStringLiteral("inline-image.eml")));
        QVERIFY(message.textBody.isEmpty());
        QVERIFY(message.htmlBody.contains(QStringLiteral("cid:logo@kommune.dk")));
        QCOMPARE(message.attachments.size(), 1);
        const EmailAttachment& logo = message.attachments.first();
        QVERIFY(logo.isInline);
        QCOMPARE(logo.contentId, QStringLiteral("logo@kommune.dk"));
        QCOMPARE(logo.mimeType, QStringLiteral("image/png"));
        QCOMPARE(logo.fileName, QStringLiteral("bilag-1.png"));
        QVERIFY(logo.data.startsWith("\x89PNG\r\n\x1a\n"));
    }

    // A message cut off inside the base64 attachment: headers and bodies survive, the attachment is a
    // prefix of the original.
    void truncatedMessage()
    {
        const EmailMessage full = EmailParser::parse(fixture(QStringLiteral("multipart-mixed.eml")));
        const EmailMessage cut = EmailParser::parse(fixture(QStringLiteral("truncated.eml")));
        QCOMPARE(cut.subject, full.subject);
        QCOMPARE(cut.textBody, full.textBody);
        QCOMPARE(cut.htmlBody, full.htmlBody);
        QCOMPARE(cut.attachments.size(), 1);
        QCOMPARE(cut.attachments.first().fileName, QStringLiteral("hoeringssvar.pdf"));
        QVERIFY(cut.attachments.first().data.size() < full.attachments.first().data.size());
        QVERIFY(full.attachments.first().data.startsWith(cut.attachments.first().data));
    }

    void rejectsNonMessages_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << fixture(QStringLiteral("empty.eml"))
                                    << QStringLiteral("the message is empty");
        QTest::newRow("whitespace") << QByteArray("\r\n \n\t\n") << QStringLiteral("the message is empty");
        QTest::newRow("binary garbage")
            << fixture(QStringLiteral("garbage.bin")) << QStringLiteral("no headers found");
        QTest::newRow("plain text") << QByteArray("Dear sir,\nthis is not a mail.\n")
                                    << QStringLiteral("no headers found");
        QTest::newRow("unknown headers only")
            << QByteArray("Note: remember the milk\n\nbody\n") << QStringLiteral("no e-mail headers found");
        QTest::newRow("NUL in headers")
            << QByteArray("From: a@b.dk\nSub\0ject: x\n\nbody", 30) << QStringLiteral("no headers found");
#ifndef Q_OS_WIN // (.msg is not read on Windows yet)
        QTest::newRow("msg signature only")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1garbage") << QStringLiteral("OLE2 compound file");
#endif
    }

    void rejectsNonMessages()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        const QString error = parseErrorOf(data);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void headersOnly()
    {
        const EmailMessage message =
            EmailParser::parseEml(QByteArrayLiteral("Subject: =?utf-8?q?kun_hoved?=\r\nFrom: x@y.dk\r\n"));
        QCOMPARE(message.subject, QStringLiteral("kun hoved"));
        QCOMPARE(message.fromAddress, QStringLiteral("x@y.dk"));
        QVERIFY(message.attachments.isEmpty());
    }

    void mboxSeparatorLine()
    {
        const EmailMessage message = EmailParser::parseEml(
            QByteArrayLiteral("From jens@example.dk Tue Mar  3 09:14:55 2026\nFrom: Jens <jens@example.dk>\n"
                              "Subject: fra mbox\n\nkrop\n"));
        QCOMPARE(message.subject, QStringLiteral("fra mbox"));
        QCOMPARE(message.fromAddress, QStringLiteral("jens@example.dk"));
        QCOMPARE(message.textBody.trimmed(), QStringLiteral("krop"));
    }

    void agreesWithPython_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"multipart-mixed.eml", "latin1-qp.eml", "rfc2231-filenames.eml",
                                 "nested-rfc822.eml", "inline-image.eml", "truncated.eml"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // Python is installed on every developer and CI machine; a missing python3 fails the test.
    void agreesWithPython()
    {
        QFETCH(QString, name);
        const QJsonObject reference = pythonReference(fixturePath(name));
        QVERIFY2(!reference.isEmpty(), "python3 with the email package is required");
        const EmailMessage message = EmailParser::parse(fixture(name));

        QCOMPARE(message.subject, reference.value(QStringLiteral("subject")).toString());
        QCOMPARE(message.fromAddress, reference.value(QStringLiteral("fromAddress")).toString());
        QCOMPARE(normalisedBody(message.textBody),
                 normalisedBody(reference.value(QStringLiteral("text")).toString()));
        QCOMPARE(normalisedBody(message.htmlBody),
                 normalisedBody(reference.value(QStringLiteral("html")).toString()));

        const QJsonArray attachments = reference.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(message.attachments.size(), attachments.size());
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const QJsonObject expected = attachments.at(i).toObject();
            const EmailAttachment& actual = message.attachments.at(i);
            const QString type = expected.value(QStringLiteral("type")).toString();
            QCOMPARE(actual.mimeType, type);
            QCOMPARE(actual.fileName,
                     AttachmentFileName::sanitise(expected.value(QStringLiteral("name")).toString(),
                                                  int(i) + 1, type));
            if (type == QStringLiteral("message/rfc822"))
                continue; // we keep the raw message; Python gives a parsed object
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(actual.data, QCryptographicHash::Sha256).toHex()),
                     expected.value(QStringLiteral("sha256")).toString());
        }
    }

    void sanitisesFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("referat.docx") << QStringLiteral("referat.docx");
        QTest::newRow("unix path") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("windows path")
            << QStringLiteral("C:\\Users\\x\\tilbud.pdf") << QStringLiteral("tilbud.pdf");
        QTest::newRow("control chars") << QStringLiteral("a\tb\nc\x01.txt") << QStringLiteral("abc.txt");
        QTest::newRow("reserved") << QStringLiteral("hvad?<nu>.txt") << QStringLiteral("hvad__nu_.txt");
        QTest::newRow("rtl override")
            << QStringLiteral("faktura\u202Efdp.exe") << QStringLiteral("fakturafdp.exe");
        QTest::newRow("empty") << QString() << QStringLiteral("bilag-3.pdf");
        QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("bilag-3.pdf");
        QTest::newRow("trailing slash") << QStringLiteral("mappe/") << QStringLiteral("bilag-3.pdf");
    }

    void sanitisesFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(AttachmentFileName::sanitise(name, 3, QStringLiteral("application/pdf")), expected);
    }

    void unknownMimeTypeFallsBackToBin()
    {
        QCOMPARE(AttachmentFileName::sanitise(QString(), 2, QStringLiteral("x-unknown/x-thing")),
                 QStringLiteral("bilag-2.bin"));
        QCOMPARE(AttachmentFileName::sanitise(QString(), 2, QString()), QStringLiteral("bilag-2.bin"));
        const QString longName = QString(300, QLatin1Char('a')) + QStringLiteral(".pdf");
        const QString shortened = AttachmentFileName::sanitise(longName, 1, QString());
        QCOMPARE(shortened.size(), 200);
        QVERIFY(shortened.endsWith(QStringLiteral(".pdf")));
    }

    void detectsMsgByContent()
    {
        QVERIFY(EmailParser::looksLikeMsg(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest")));
        QVERIFY(!EmailParser::looksLikeMsg(fixture(QStringLiteral("multipart-mixed.eml"))));
        QVERIFY(!EmailParser::looksLikeMsg(QByteArray("\xD0\xCF\x11")));
    }

#ifndef Q_OS_WIN
    // outlook-klage.msg was written by MsgWriter (libgsf's OLE2 writer); it is also a fuzzing seed.
    void msgFixture()
    {
        const EmailMessage message = EmailParser::parse(fixture(QStringLiteral("outlook-klage.msg")));
        QCOMPARE(message.subject, QStringLiteral("Klage over afgørelse"));
        QCOMPARE(message.from, QStringLiteral("Søren Østergaard <soeren@example.dk>"));
        QCOMPARE(message.fromAddress, QStringLiteral("soeren@example.dk"));
        QCOMPARE(message.to, QStringList{QStringLiteral("Teknik <teknik@kommune.dk>")});
        QCOMPARE(message.cc, QStringList{QStringLiteral("jh@example.dk")});
        QCOMPARE(message.date, QDateTime(QDate(2026, 3, 3), QTime(8, 14, 55), QTimeZone::utc()));
        QCOMPARE(message.messageId, QStringLiteral("klage-42@example.dk"));
        QCOMPARE(message.textBody, QStringLiteral("Jeg klager hermed.\r\n"));
        QCOMPARE(message.htmlBody, QStringLiteral("<p>Jeg klager hermed.</p>"));
        QCOMPARE(message.attachments.size(), 1);
        QCOMPARE(message.attachments.first().fileName, QStringLiteral("klage.txt"));
        QCOMPARE(message.attachments.first().mimeType, QStringLiteral("text/plain"));
        QCOMPARE(message.attachments.first().data, QByteArray("klage"));
        QVERIFY(!message.attachments.first().isInline);
    }

    // Builds a .msg with libgsf's OLE2 writer and reads it back.
    void msgRoundTrip()
    {
        EmailMessage original;
        original.subject = QStringLiteral("Klage over afgørelse – Ærø");
        original.from = QStringLiteral("Søren Østergaard <Soeren@Example.DK>");
        original.to = {QStringLiteral("Teknik og Miljø <teknik@kommune.dk>"),
                       QStringLiteral("byg@kommune.dk")};
        original.cc = {QStringLiteral("Jørgen Hansen <jh@example.dk>")};
        original.date = QDateTime(QDate(2026, 3, 3), QTime(8, 14, 55), QTimeZone::utc());
        original.messageId = QStringLiteral("klage-42@example.dk");
        original.textBody = QStringLiteral("Hej,\r\nJeg klager hermed over afgørelsen.\r\n");
        original.htmlBody = QStringLiteral(
            "<html><body><p>Jeg klager over afgørelsen.</p><img src=\"cid:sig\"></body></html>");
        EmailAttachment pdf;
        pdf.fileName = QStringLiteral("Klage æøå.pdf");
        pdf.mimeType = QStringLiteral("application/pdf");
        pdf.data = QByteArray("%PDF-1.4\n") + QByteArray(5000, '\x07');
        EmailAttachment image;
        image.fileName = QStringLiteral("sig.png");
        image.mimeType = QStringLiteral("image/png");
        image.data = QByteArray("\x89PNG\r\n\x1a\n", 8);
        image.contentId = QStringLiteral("sig");
        image.isInline = true;
        original.attachments = {pdf, image};

        const QByteArray msg = MsgWriter::write(original);
        QVERIFY(EmailParser::looksLikeMsg(msg));
        const EmailMessage parsed = EmailParser::parse(msg);
        QCOMPARE(parsed.subject, original.subject);
        QCOMPARE(parsed.from, original.from);
        QCOMPARE(parsed.fromAddress, QStringLiteral("soeren@example.dk"));
        QCOMPARE(parsed.to, original.to);
        QCOMPARE(parsed.cc, original.cc);
        QCOMPARE(parsed.date, original.date);
        QCOMPARE(parsed.messageId, original.messageId);
        QCOMPARE(parsed.textBody, original.textBody);
        QCOMPARE(parsed.htmlBody, original.htmlBody);
        QCOMPARE(parsed.attachments.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(parsed.attachments.at(i).fileName, original.attachments.at(i).fileName);
            QCOMPARE(parsed.attachments.at(i).mimeType, original.attachments.at(i).mimeType);
            QCOMPARE(parsed.attachments.at(i).data, original.attachments.at(i).data);
            QCOMPARE(parsed.attachments.at(i).contentId, original.attachments.at(i).contentId);
            QCOMPARE(parsed.attachments.at(i).isInline, original.attachments.at(i).isInline);
        }

        // Cut-off copies must fail cleanly (or parse what is there), never crash.
        for (const qsizetype length : {msg.size() / 2, qsizetype(600), qsizetype(512), qsizetype(9)}) {
            try {
                EmailParser::parse(msg.left(length));
            } catch (const EmailParseError&) {
            }
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestEmailParser)
#include "tst_emailparser.moc"

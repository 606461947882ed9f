// Tests of akta::documents::DocumentJournal with a fake e-mail parser and a fake text extractor:
// files, e-mails with attachments, direction, duplicates, damaged and empty input, notes.

#include "blobs/BlobStore.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/Migrations.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::documents::DocumentJournal;
using akta::documents::DocumentRepository;
using akta::documents::JournalError;
using akta::email::EmailMessage;
using akta::extraction::ExtractionResult;

class TestDocumentJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void journalsPlainFile();
    void oddFileNames();
    void refusesEmptyAndMissing();
    void emailWithAttachments();
    void outgoingFromMunicipality();
    void sameEmailTwiceIsNotDuplicated();
    void unreadableEmailJournaledAsFile();
    void extractionFailureIsRecorded();
    void withoutHelpersTextIsPending();
    void notes();
    void changeMakesNewVersion();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    DocumentJournal journal();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::sqlite::Database> m_db;
    std::unique_ptr<akta::blobs::BlobStore> m_blobs;
    QList<QString> m_extracted; // mime types the extractor was asked for
};

void TestDocumentJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<akta::sqlite::Database>(m_dir->filePath(QStringLiteral("akta.db")));
    akta::store::Migrations::migrate(*m_db);
    m_db->exec(
        QStringLiteral("INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, "
                       "created_at, modified_at) VALUES ('case-1', 'n-1', 'Sag', '27.24.00', 'subject', "
                       "'opened', 'normal', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    m_db->exec(
        QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('mail_domains', 'koege.dk, Kommune.dk')"));
    m_blobs = std::make_unique<akta::blobs::BlobStore>(m_dir->filePath(QStringLiteral("blobs")),
                                                       akta::blobs::BlobCipher::Key{1, 2, 3});
    m_extracted.clear();
}

void TestDocumentJournal::cleanup()
{
    m_blobs.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestDocumentJournal::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

// The fake parser reads "Subject|From|Message-ID|body|attachment-name=content" and refuses anything
// not starting with "MAIL|".
DocumentJournal TestDocumentJournal::journal()
{
    auto parse = [](const QByteArray& data) {
        if (!data.startsWith("MAIL|")) {
            throw akta::email::EmailParseError("the message is truncated");
        }
        const QList<QByteArray> parts = data.trimmed().split('|');
        EmailMessage message;
        message.subject = QString::fromUtf8(parts.value(1));
        message.from = QString::fromUtf8(parts.value(2));
        message.fromAddress =
            message.from.section(QLatin1Char('<'), 1).section(QLatin1Char('>'), 0, 0).toLower();
        message.messageId = QString::fromUtf8(parts.value(3));
        message.date = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        message.to = {QStringLiteral("Sag <sag@koege.dk>")};
        message.htmlBody = QString::fromUtf8(parts.value(4));
        for (const QByteArray& part : parts.mid(5)) {
            akta::email::EmailAttachment attachment;
            const qsizetype equals = part.indexOf('=');
            attachment.fileName = QString::fromUtf8(part.left(equals));
            attachment.data = part.mid(equals + 1);
            attachment.mimeType = QStringLiteral("text/plain");
            message.attachments.append(attachment);
        }
        return message;
    };
    auto extract = [this](const QString& path, const QString& mimeType) {
        m_extracted.append(mimeType);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return ExtractionResult{QStringLiteral("failed"), {}, QStringLiteral("cannot open")};
        }
        const QByteArray data = file.readAll();
        if (data.startsWith("%PDF-broken")) {
            return ExtractionResult{QStringLiteral("failed"), {}, QStringLiteral("the PDF is damaged")};
        }
        QString text = QString::fromUtf8(data);
        if (mimeType == QLatin1String("text/html")) {
            text.remove(QStringLiteral("<p>")).remove(QStringLiteral("</p>"));
        }
        return ExtractionResult{QStringLiteral("ok"), text, {}};
    };
    return DocumentJournal(*m_db, *m_blobs, parse, extract, QStringLiteral("user-1"));
}

void TestDocumentJournal::journalsPlainFile()
{
    const QString path = writeFile(QStringLiteral("Ansøgning om tilskud.txt"), "Jeg søger tilskud.");
    const auto outcome = journal().journalFile(QStringLiteral("case-1"), path);
    QVERIFY(!outcome.duplicate);
    const auto& document = outcome.document;
    QCOMPARE(document.record.title, QStringLiteral("Ansøgning om tilskud"));
    QCOMPARE(document.record.kind, QStringLiteral("file"));
    QCOMPARE(document.record.direction, QStringLiteral("incoming"));
    QCOMPARE(document.record.number, 1);
    QCOMPARE(document.record.documentDate, QDate::currentDate());
    QCOMPARE(document.latest.fileName, QStringLiteral("Ansøgning om tilskud.txt"));
    QCOMPARE(document.latest.mimeType, QStringLiteral("text/plain"));
    QCOMPARE(document.latest.textStatus, QStringLiteral("ok"));
    QCOMPARE(document.latest.text, QStringLiteral("Jeg søger tilskud."));
    QVERIFY(m_blobs->verify(document.latest.sha256));
}

void TestDocumentJournal::oddFileNames()
{
    auto subject = journal();
    const QString dotted = writeFile(QStringLiteral("rapport.v2.final.pdf"), "%PDF-1.4 x");
    QCOMPARE(subject.journalFile(QStringLiteral("case-1"), dotted).document.record.title,
             QStringLiteral("rapport.v2.final"));
    const QString hidden = writeFile(QStringLiteral(".pdf"), "data");
    QCOMPARE(subject.journalFile(QStringLiteral("case-1"), hidden).document.record.title,
             QStringLiteral(".pdf"));
    const QString spaced = writeFile(QStringLiteral("  brev\tmed   mellemrum .txt"), "data");
    QCOMPARE(subject.journalFile(QStringLiteral("case-1"), spaced).document.record.title,
             QStringLiteral("brev med mellemrum"));
    QCOMPARE(DocumentJournal::titleFromFileName(QStringLiteral("ÆØÅ æøå — ü.docx")),
             QStringLiteral("ÆØÅ æøå — ü"));
}

void TestDocumentJournal::refusesEmptyAndMissing()
{
    auto subject = journal();
    const QString empty = writeFile(QStringLiteral("tom.pdf"), {});
    try {
        subject.journalFile(QStringLiteral("case-1"), empty);
        QFAIL("an empty file was journaled");
    } catch (const JournalError& error) {
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("the file is empty"));
    }
    QVERIFY_THROWS_EXCEPTION(
        JournalError, subject.journalFile(QStringLiteral("case-1"), m_dir->filePath(QStringLiteral("nope"))));
    QVERIFY_THROWS_EXCEPTION(JournalError, subject.journalFile(QStringLiteral("case-1"), m_dir->path()));
    QVERIFY(DocumentRepository(*m_db).children(QStringLiteral("x")).isEmpty());
}

void TestDocumentJournal::emailWithAttachments()
{
    const QString path = writeFile(QStringLiteral("besked.eml"),
                                   "MAIL|Klage over afgørelse|Anna Jensen <anna@example.dk>|m1@example.dk|"
                                   "<p>Jeg klager.</p>|klage.txt=Klagen i fuld længde|../../etc/passwd=x");
    const auto outcome = journal().journalFile(QStringLiteral("case-1"), path);
    const auto& mail = outcome.document;
    QCOMPARE(mail.record.kind, QStringLiteral("email"));
    QCOMPARE(mail.record.title, QStringLiteral("Klage over afgørelse"));
    QCOMPARE(mail.subject, QStringLiteral("Klage over afgørelse"));
    QCOMPARE(mail.messageId, QStringLiteral("m1@example.dk"));
    QCOMPARE(mail.record.direction, QStringLiteral("incoming"));
    QCOMPARE(mail.record.sender, QStringLiteral("Anna Jensen <anna@example.dk>"));
    QCOMPARE(mail.record.recipients, QStringLiteral("Sag <sag@koege.dk>"));
    QCOMPARE(mail.record.documentDate,
             QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC).toLocalTime().date());
    QCOMPARE(mail.latest.mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(mail.latest.fileName, QStringLiteral("besked.eml"));
    QCOMPARE(mail.latest.textStatus, QStringLiteral("ok"));
    QCOMPARE(mail.latest.text, QStringLiteral("Jeg klager."));
    QVERIFY(m_extracted.contains(QStringLiteral("text/html")));

    const auto children = DocumentRepository(*m_db).children(mail.record.id);
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(0).record.title, QStringLiteral("klage"));
    QCOMPARE(children.at(0).record.number, 2);
    QCOMPARE(children.at(0).latest.text, QStringLiteral("Klagen i fuld længde"));
    QCOMPARE(children.at(0).record.parentDocumentId, mail.record.id);
    QCOMPARE(children.at(1).latest.fileName, QStringLiteral("passwd")); // never a path
}

void TestDocumentJournal::outgoingFromMunicipality()
{
    auto subject = journal();
    const QString ours =
        writeFile(QStringLiteral("svar.eml"), "MAIL|Svar|Sagsbehandler <SB@Koege.dk>|m2@koege.dk|x");
    QCOMPARE(subject.journalFile(QStringLiteral("case-1"), ours).document.record.direction,
             QStringLiteral("outgoing"));
    const QString sub =
        writeFile(QStringLiteral("svar2.eml"), "MAIL|Svar|Post <post@mail.kommune.dk>|m3@x|x");
    QCOMPARE(subject.journalFile(QStringLiteral("case-1"), sub).document.record.direction,
             QStringLiteral("outgoing"));
    const QString lookalike =
        writeFile(QStringLiteral("svar3.eml"), "MAIL|Svar|Falsk <a@notkoege.dk>|m4@x|x");
    QCOMPARE(subject.journalFile(QStringLiteral("case-1"), lookalike).document.record.direction,
             QStringLiteral("incoming"));
    QCOMPARE(subject.mailDomains(), (QStringList{QStringLiteral("koege.dk"), QStringLiteral("kommune.dk")}));
}

void TestDocumentJournal::sameEmailTwiceIsNotDuplicated()
{
    auto subject = journal();
    const QByteArray content = "MAIL|Ansøgning|Anna <anna@example.dk>|same@example.dk|tekst|a.txt=bilag";
    const auto first =
        subject.journalFile(QStringLiteral("case-1"), writeFile(QStringLiteral("a.eml"), content));
    const auto second =
        subject.journalFile(QStringLiteral("case-1"), writeFile(QStringLiteral("b.eml"), content));
    QVERIFY(!first.duplicate);
    QVERIFY(second.duplicate);
    QCOMPARE(second.document.record.id, first.document.record.id);
    auto count = m_db->prepare(QStringLiteral("SELECT count(*) FROM documents"));
    count.step();
    QCOMPARE(count.columnInt(0), 2); // the e-mail and its attachment, once
}

void TestDocumentJournal::unreadableEmailJournaledAsFile()
{
    const QString path = writeFile(QStringLiteral("afskåret.eml"), "From: someone\r\nSubj");
    const auto outcome = journal().journalFile(QStringLiteral("case-1"), path);
    QCOMPARE(outcome.document.record.kind, QStringLiteral("file"));
    QCOMPARE(outcome.document.record.title, QStringLiteral("afskåret"));
    QCOMPARE(outcome.document.latest.textStatus, QStringLiteral("failed"));
    QVERIFY2(outcome.document.latest.textError.contains(QStringLiteral("truncated")),
             qPrintable(outcome.document.latest.textError));
    QVERIFY(m_blobs->verify(outcome.document.latest.sha256)); // kept as received
}

void TestDocumentJournal::extractionFailureIsRecorded()
{
    auto subject = journal();
    const auto before =
        subject.journalFile(QStringLiteral("case-1"), writeFile(QStringLiteral("god.txt"), "god tekst"));
    const QString path = writeFile(QStringLiteral("skadet.pdf"), "%PDF-broken");
    const auto outcome = subject.journalFile(QStringLiteral("case-1"), path);
    QCOMPARE(outcome.document.latest.textStatus, QStringLiteral("failed"));
    QCOMPARE(outcome.document.latest.textError, QStringLiteral("the PDF is damaged"));
    QCOMPARE(outcome.document.latest.mimeType, QStringLiteral("application/pdf"));
    const auto kept = DocumentRepository(*m_db).find(before.document.record.id);
    QCOMPARE(kept->latest.text, QStringLiteral("god tekst"));
}

void TestDocumentJournal::withoutHelpersTextIsPending()
{
    DocumentJournal bare(*m_db, *m_blobs, {}, {});
    const QString path = writeFile(QStringLiteral("mail.eml"), "MAIL|S|a <a@b.dk>|id@x|body");
    const auto outcome = bare.journalFile(QStringLiteral("case-1"), path);
    QCOMPARE(outcome.document.record.kind, QStringLiteral("file"));
    QCOMPARE(outcome.document.latest.textStatus, QStringLiteral("pending"));
}

void TestDocumentJournal::notes()
{
    auto subject = journal();
    const auto plain = subject.journalNote(QStringLiteral("case-1"), QStringLiteral("Telefonnotat"),
                                           "Borgeren ringede.", QStringLiteral("text/plain"));
    QCOMPARE(plain.document.record.kind, QStringLiteral("note"));
    QCOMPARE(plain.document.record.direction, QStringLiteral("internal"));
    QCOMPARE(plain.document.latest.mimeType, QStringLiteral("text/plain"));
    QCOMPARE(plain.document.latest.text, QStringLiteral("Borgeren ringede."));
    const auto html = subject.journalNote(QStringLiteral("case-1"), QStringLiteral("Mødenotat"),
                                          "<p>Referat</p>", QStringLiteral("text/html"));
    QCOMPARE(html.document.latest.mimeType, QStringLiteral("text/html"));
    QCOMPARE(html.document.latest.text, QStringLiteral("Referat"));
    QCOMPARE(html.document.record.number, 2);
    QVERIFY_THROWS_EXCEPTION(JournalError, subject.journalNote(QStringLiteral("case-1"), QStringLiteral(" "),
                                                               "x", QStringLiteral("text/plain")));
    QVERIFY_THROWS_EXCEPTION(JournalError, subject.journalNote(QStringLiteral("case-1"), QStringLiteral("T"),
                                                               "  ", QStringLiteral("text/plain")));
}

void TestDocumentJournal::changeMakesNewVersion()
{
    auto subject = journal();
    const auto first =
        subject.journalFile(QStringLiteral("case-1"), writeFile(QStringLiteral("afgørelse.txt"), "udkast"));
    const auto second = subject.journalVersion(first.document.record.id,
                                               writeFile(QStringLiteral("afgørelse rettet.txt"), "endelig"));
    QCOMPARE(second.version, 2);
    QCOMPARE(second.text, QStringLiteral("endelig"));
    DocumentRepository repository(*m_db);
    const auto versions = repository.versions(first.document.record.id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).text, QStringLiteral("udkast"));
    QVERIFY(m_blobs->verify(versions.at(0).sha256));
    const auto found = repository.find(first.document.record.id);
    QCOMPARE(found->record.number, first.document.record.number);
    QCOMPARE(found->record.title, QStringLiteral("afgørelse")); // the document itself is unchanged
    QCOMPARE(found->latest.fileName, QStringLiteral("afgørelse rettet.txt"));
    QVERIFY_THROWS_EXCEPTION(JournalError, subject.journalVersion(QStringLiteral("nope"),
                                                                  writeFile(QStringLiteral("x.txt"), "x")));
    QVERIFY_THROWS_EXCEPTION(JournalError, subject.journalVersion(first.document.record.id,
                                                                  writeFile(QStringLiteral("tom.txt"), {})));
    QCOMPARE(repository.versions(first.document.record.id).size(), 2);
}

QTEST_GUILESS_MAIN(TestDocumentJournal)
#include "tst_documentjournal.moc"

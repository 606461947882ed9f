#include "kle/KlePlanImporter.h"

#include "kle/KleFacetReader.h"
#include "kle/KleImportError.h"
#include "kle/KleRepository.h"
#include "kle/Os2KleKeywordFile.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/StoreMeta.h"

#include <QBuffer>
#include <QFile>
#include <QSet>

namespace akta::kle {

namespace {

void bindText(sqlite::Statement& statement, int index, const QString& text)
{
    text.isEmpty() ? statement.bindNull(index) : statement.bind(index, text);
}

// True when the stored entry differs from the file's in anything the plan says.
bool differs(const KleEntryDetails& stored, const KleEntryDetails& incoming)
{
    const KleEntry& a = stored.entry;
    const KleEntry& b = incoming.entry;
    if (a.title != b.title || a.parent != b.parent || a.retention != b.retention ||
        a.deletion != b.deletion || a.retiredAt != b.retiredAt || stored.guidance != incoming.guidance ||
        stored.changedOn != incoming.changedOn || stored.createdOn != incoming.createdOn ||
        stored.stikord.size() != incoming.stikord.size() ||
        stored.legalReferences.size() != incoming.legalReferences.size()) {
        return true;
    }
    for (qsizetype i = 0; i < stored.stikord.size(); ++i) {
        const KleStikord& x = stored.stikord.at(i);
        const KleStikord& y = incoming.stikord.at(i);
        if (x.text != y.text || x.facet != y.facet || x.retired != y.retired || x.isTitle != y.isTitle) {
            return true;
        }
    }
    for (qsizetype i = 0; i < stored.legalReferences.size(); ++i) {
        const KleLegalReference& x = stored.legalReferences.at(i);
        const KleLegalReference& y = incoming.legalReferences.at(i);
        if (x.title != y.title || x.paragraph != y.paragraph || x.accession != y.accession ||
            x.url != y.url) {
            return true;
        }
    }
    return false;
}

bool differs(const KleFacet& a, const KleFacet& b)
{
    return a.title != b.title || a.category != b.category || a.categoryTitle != b.categoryTitle ||
           a.retention != b.retention || a.guidance != b.guidance || a.createdOn != b.createdOn ||
           a.changedOn != b.changedOn || a.retiredAt != b.retiredAt;
}

} // namespace

KleImportReport KlePlanImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw KleImportError(0, 0, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    const QByteArray content = file.readAll();
    if (content.trimmed().isEmpty()) {
        throw KleImportError(0, 0, QStringLiteral("the file is empty"));
    }
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QByteArray head = content.left(4096);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.mid(3); // a UTF-8 byte-order mark, as some editors write
    }
    if (head.contains("<KLE-Emneplan")) {
        return importEmneplan(KleEmneplanReader::read(buffer));
    }
    if (head.contains("<KLE-Handlingsfacetter")) {
        QString published;
        const QList<KleFacet> facets = KleFacetReader::read(buffer, &published);
        return importFacets(facets, published);
    }
    if (head.trimmed().startsWith("KLENummer=")) {
        const Os2KleKeywordFile keywords = Os2KleKeywordFile::parse(content);
        QList<KleKeyword> list;
        for (const auto& subject : keywords.subjects()) {
            for (const auto& keyword : subject.keywords) {
                list.append(KleKeyword{subject.number, keyword.term, keyword.weight});
            }
        }
        KleImportReport report = importKeywords(list, QStringLiteral("os2kle"));
        for (const auto& problem : keywords.issues()) {
            report.rejectedLines.append({problem.line, problem.reason});
        }
        return report;
    }
    throw KleImportError(1, 1, QStringLiteral("not a KLE emneplan, handlingsfacet or OS2KLE keyword file"));
}

KleImportReport KlePlanImporter::importEmneplan(const KleEmneplan& plan)
{
    KleImportReport report;
    report.format = QStringLiteral("emneplan");
    report.published = plan.published;
    KleRepository repository(m_db);
    sqlite::Transaction transaction(m_db);

    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO kle_entries(number, level, parent, title, retention, deletion, retired_at, guidance, "
        "created_on, "
        "changed_on, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(number) DO UPDATE SET level = excluded.level, parent = excluded.parent, title = "
        "excluded.title, "
        "retention = excluded.retention, deletion = excluded.deletion, retired_at = excluded.retired_at, "
        "guidance = excluded.guidance, created_on = excluded.created_on, changed_on = excluded.changed_on, "
        "uuid = excluded.uuid"));
    auto clearStikord = m_db.prepare(QStringLiteral("DELETE FROM kle_stikord WHERE number = ?1"));
    auto clearLegal = m_db.prepare(QStringLiteral("DELETE FROM kle_legal_references WHERE number = ?1"));
    auto addStikord = m_db.prepare(QStringLiteral("INSERT INTO kle_stikord(number, position, text, facet, "
                                                  "retired, is_title) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    auto addLegal =
        m_db.prepare(QStringLiteral("INSERT INTO kle_legal_references(number, position, title, paragraph, "
                                    "accession, url) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));

    QSet<QString> inFile;
    for (const KleEntryDetails& incoming : plan.entries) {
        const KleEntry& entry = incoming.entry;
        if (inFile.contains(entry.number)) {
            throw KleImportError(0, 0, QStringLiteral("%1 appears twice in the file").arg(entry.number));
        }
        inFile.insert(entry.number);
        const auto stored = repository.details(entry.number);
        if (!stored) {
            report.added << entry.number;
        } else if (differs(*stored, incoming)) {
            report.changed << entry.number;
        }
        if (entry.isRetired() && (!stored || !stored->entry.isRetired())) {
            report.retired << entry.number;
        }
        (entry.level == 1 ? report.mainGroups : entry.level == 2 ? report.groups : report.subjects) += 1;

        upsert.bind(1, entry.number).bind(2, entry.level);
        bindText(upsert, 3, entry.parent);
        upsert.bind(4, entry.title);
        bindText(upsert, 5, entry.retention);
        bindText(upsert, 6, entry.deletion);
        bindText(upsert, 7, entry.retiredAt);
        bindText(upsert, 8, incoming.guidance);
        bindText(upsert, 9, incoming.createdOn);
        bindText(upsert, 10, incoming.changedOn);
        bindText(upsert, 11, incoming.uuid);
        upsert.exec();
        clearStikord.bind(1, entry.number).exec();
        clearLegal.bind(1, entry.number).exec();
        for (qsizetype i = 0; i < incoming.stikord.size(); ++i) {
            const KleStikord& stikord = incoming.stikord.at(i);
            addStikord.bind(1, entry.number).bind(2, int(i)).bind(3, stikord.text);
            bindText(addStikord, 4, stikord.facet);
            addStikord.bind(5, stikord.retired).bind(6, stikord.isTitle).exec();
            ++report.stikord;
        }
        for (qsizetype i = 0; i < incoming.legalReferences.size(); ++i) {
            const KleLegalReference& reference = incoming.legalReferences.at(i);
            addLegal.bind(1, entry.number).bind(2, int(i)).bind(3, reference.title);
            bindText(addLegal, 4, reference.paragraph);
            bindText(addLegal, 5, reference.accession);
            bindText(addLegal, 6, reference.url);
            addLegal.exec();
        }
    }
    auto all = m_db.prepare(QStringLiteral("SELECT number FROM kle_entries ORDER BY number"));
    while (all.step()) {
        const QString number = all.columnText(0);
        if (!inFile.contains(number)) {
            report.missing << number;
        }
    }
    store::StoreMeta(m_db).setValue(QStringLiteral("kle_published"), plan.published);
    transaction.commit();
    return report;
}

KleImportReport KlePlanImporter::importFacets(const QList<KleFacet>& facets, const QString& published)
{
    KleImportReport report;
    report.format = QStringLiteral("facets");
    report.published = published;
    sqlite::Transaction transaction(m_db);
    KleRepository repository(m_db);
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO kle_facets(number, category, category_title, title, retention, guidance, created_on, "
        "changed_on, "
        "retired_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(number) DO UPDATE SET "
        "category = excluded.category, category_title = excluded.category_title, title = excluded.title, "
        "retention = excluded.retention, guidance = excluded.guidance, created_on = excluded.created_on, "
        "changed_on = excluded.changed_on, retired_at = excluded.retired_at"));
    for (const KleFacet& facet : facets) {
        const auto stored = repository.facet(facet.number);
        if (!stored) {
            report.added << facet.number;
        } else if (differs(*stored, facet)) {
            report.changed << facet.number;
        }
        if (!facet.retiredAt.isEmpty() && (!stored || stored->retiredAt.isEmpty())) {
            report.retired << facet.number;
        }
        upsert.bind(1, facet.number);
        bindText(upsert, 2, facet.category);
        bindText(upsert, 3, facet.categoryTitle);
        upsert.bind(4, facet.title);
        bindText(upsert, 5, facet.retention);
        bindText(upsert, 6, facet.guidance);
        bindText(upsert, 7, facet.createdOn);
        bindText(upsert, 8, facet.changedOn);
        bindText(upsert, 9, facet.retiredAt);
        upsert.exec();
        ++report.facets;
    }
    transaction.commit();
    return report;
}

KleImportReport KlePlanImporter::importKeywords(const QList<KleKeyword>& keywords, const QString& source)
{
    KleImportReport report;
    report.format = QStringLiteral("keywords");
    sqlite::Transaction transaction(m_db);
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM kle_keywords WHERE source = ?1"));
    clear.bind(1, source).exec();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO kle_keywords(number, term, weight, source) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(number, term, source) DO UPDATE SET weight = max(weight, excluded.weight)"));
    QSet<QString> subjects;
    for (const KleKeyword& keyword : keywords) {
        insert.bind(1, keyword.number).bind(2, keyword.term).bind(3, keyword.weight).bind(4, source).exec();
        subjects.insert(keyword.number);
        ++report.keywords;
    }
    report.subjects = int(subjects.size());
    transaction.commit();
    return report;
}

} // namespace akta::kle

// Tests of akta::kle::KleEmneplanReader: KL's official emneplan export (the excerpt in the shared data,
// /work/shared/data/kle/kle-emneplan-excerpt.xml) checked field by field against an independent reading of
// the same file, hard-coded facts read off the file by hand (line numbers cited), and refusals of broken,
// truncated and foreign files.

#include "kle/KleEmneplanReader.h"
#include "kle/KleImportError.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>
#include <optional>

using akta::kle::KleEmneplan;
using akta::kle::KleEmneplanReader;
using akta::kle::KleEntryDetails;
using akta::kle::KleImportError;
using akta::kle::KleLegalReference;
using akta::kle::KleStikord;

namespace {

QByteArray readExcerpt()
{
    QFile file(QStringLiteral(AKTA_SHARED_DIR "/data/kle/kle-emneplan-excerpt.xml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

KleEmneplan readBytes(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return KleEmneplanReader::read(buffer);
}

// What reading bytes that must be refused gave: whether KleImportError was thrown, its line and reason.
struct Refusal
{
    bool thrown = false;
    qint64 line = -1;
    QString reason;
};

Refusal refusalOf(const QByteArray& bytes)
{
    try {
        readBytes(bytes);
    } catch (const KleImportError& error) {
        return {true, error.line(), error.reason()};
    }
    return {};
}

const KleEntryDetails* entryOf(const KleEmneplan& plan, const QString& number)
{
    for (const KleEntryDetails& details : plan.entries) {
        if (details.entry.number == number) {
            return &details;
        }
    }
    return nullptr;
}

// A tiny tree read with its own QXmlStreamReader walk, independent of the reader under test.
struct Node
{
    QString name;
    QString text; // all character data inside, children's included, in document order
    QList<Node> children;

    const Node* first(const QString& childName) const
    {
        for (const Node& child : children) {
            if (child.name == childName) {
                return &child;
            }
        }
        return nullptr;
    }
    QString value(const QString& childName) const
    {
        const Node* child = first(childName);
        return child ? child->text : QString();
    }
    // The names of every element inside, in document order.
    QStringList elementNames() const
    {
        QStringList names;
        for (const Node& child : children) {
            names << child.name << child.elementNames();
        }
        return names;
    }
};

Node readNode(QXmlStreamReader& xml)
{
    Node node;
    node.name = xml.name().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            Node child = readNode(xml);
            node.text += child.text;
            node.children.append(std::move(child));
        } else if (token == QXmlStreamReader::Characters) {
            node.text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    return node;
}

std::optional<Node> parseTree(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (!xml.isStartElement()) {
        return std::nullopt;
    }
    Node root = readNode(xml);
    while (!xml.atEnd()) {
        xml.readNext();
    }
    if (xml.hasError()) {
        return std::nullopt;
    }
    return root;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString stikordLine(const QString& number, qsizetype index, const QString& text, const QString& facet,
                    bool retired, bool isTitle)
{
    return QStringLiteral("%1 stikord[%2]=\"%3\" facet=%4 retired=%5 title=%6")
        .arg(number)
        .arg(index)
        .arg(text, facet, yesNo(retired), yesNo(isTitle));
}

QString legalLine(const QString& number, qsizetype index, const QStringList& fields)
{
    return QStringLiteral("%1 legal[%2]=%3").arg(number).arg(index).arg(fields.join(QStringLiteral(" | ")));
}

// Every field of every entry, one line each, from the independent tree of the official file.
QStringList describeTree(const Node& root)
{
    const QStringList prefixes{QStringLiteral("Hovedgruppe"), QStringLiteral("Gruppe"),
                               QStringLiteral("Emne")};
    QStringList lines;
    std::function<void(const Node&, int, const QString&)> visit = [&](const Node& node, int level,
                                                                      const QString& parent) {
        const QString& prefix = prefixes.at(level - 1);
        const QString number = node.value(prefix + QStringLiteral("Nr")).trimmed();
        lines << number + QStringLiteral(" level=") + QString::number(level);
        lines << number + QStringLiteral(" parent=") + parent;
        lines << number + QStringLiteral(" title=") +
                     node.value(prefix + QStringLiteral("Titel")).simplified();
        lines << number + QStringLiteral(" retention=") +
                     node.value(QStringLiteral("BevaringJaevnfoerArkivloven")).trimmed();
        lines << number + QStringLiteral(" deletion=") +
                     node.value(QStringLiteral("SletningJaevnfoerPersondataloven")).trimmed();
        const Node* admin = node.first(prefix + QStringLiteral("AdministrativInfo"));
        const Node* historic = admin ? admin->first(QStringLiteral("Historisk")) : nullptr;
        lines << number + QStringLiteral(" retiredAt=") +
                     (historic ? historic->value(QStringLiteral("UdgaaetDato")).trimmed() : QString());
        lines << number + QStringLiteral(" createdOn=") +
                     (admin ? admin->value(QStringLiteral("OprettetDato")).trimmed() : QString());
        lines << number + QStringLiteral(" changedOn=") +
                     (admin ? admin->value(QStringLiteral("RettetDato")).trimmed() : QString());
        lines << number + QStringLiteral(" uuid=") + node.value(QStringLiteral("UUID")).trimmed();
        const Node* guidance = node.first(prefix + QStringLiteral("Vejledning"));
        const Node* guidanceText = guidance ? guidance->first(QStringLiteral("VejledningTekst")) : nullptr;
        lines << number + QStringLiteral(" guidance.text=") +
                     (guidanceText ? guidanceText->text.trimmed() : QString());
        lines << number + QStringLiteral(" guidance.elements=") +
                     (guidanceText ? guidanceText->elementNames().join(QLatin1Char(',')) : QString());
        qsizetype legal = 0;
        qsizetype stikord = 0;
        for (const Node& child : node.children) {
            if (child.name == prefix + QStringLiteral("RetskildeReference")) {
                lines << legalLine(number, legal++,
                                   {child.value(QStringLiteral("RetskildeTitel")).trimmed(),
                                    child.value(QStringLiteral("ParagrafEllerKapitel")).trimmed(),
                                    child.value(QStringLiteral("RetsinfoAccessionsNr")).trimmed(),
                                    child.value(QStringLiteral("RetsinfoURL")).trimmed()});
            } else if (child.name == prefix + QStringLiteral("Stikord") ||
                       child.name == QStringLiteral("EmneOgHandlingsfacetStikord")) {
                QString text = child.value(QStringLiteral("Tekst")).trimmed();
                const QString retiredMark = QStringLiteral("[udgået]");
                const QString titleMark = QStringLiteral("[=") + prefix + QLatin1Char(']');
                const bool retired = text.endsWith(retiredMark);
                const bool isTitle = text.endsWith(titleMark);
                text.chop(retired ? retiredMark.size() : isTitle ? titleMark.size() : 0);
                lines << stikordLine(number, stikord++, text.trimmed(),
                                     child.value(QStringLiteral("HandlingsfacetNr")).trimmed(), retired,
                                     isTitle);
            }
        }
        if (level < 3) {
            for (const Node& child : node.children) {
                if (child.name == prefixes.at(level)) {
                    visit(child, level + 1, number);
                }
            }
        }
    };
    for (const Node& child : root.children) {
        if (child.name == QStringLiteral("Hovedgruppe")) {
            visit(child, 1, QString());
        }
    }
    return lines;
}

// The same lines from what the reader returned; the guidance is parsed back to compare its text and elements.
QStringList describePlan(const KleEmneplan& plan)
{
    QStringList lines;
    for (const KleEntryDetails& details : plan.entries) {
        const QString& number = details.entry.number;
        lines << number + QStringLiteral(" level=") + QString::number(details.entry.level);
        lines << number + QStringLiteral(" parent=") + details.entry.parent;
        lines << number + QStringLiteral(" title=") + details.entry.title;
        lines << number + QStringLiteral(" retention=") + details.entry.retention;
        lines << number + QStringLiteral(" deletion=") + details.entry.deletion;
        lines << number + QStringLiteral(" retiredAt=") + details.entry.retiredAt;
        lines << number + QStringLiteral(" createdOn=") + details.createdOn;
        lines << number + QStringLiteral(" changedOn=") + details.changedOn;
        lines << number + QStringLiteral(" uuid=") + details.uuid;
        QString guidanceText;
        QString guidanceElements;
        if (!details.guidance.isEmpty()) {
            const auto tree =
                parseTree(QByteArrayLiteral("<g>") + details.guidance.toUtf8() + QByteArrayLiteral("</g>"));
            guidanceText = tree ? tree->text.trimmed() : QStringLiteral("<not well-formed>");
            guidanceElements = tree ? tree->elementNames().join(QLatin1Char(',')) : QString();
        }
        lines << number + QStringLiteral(" guidance.text=") + guidanceText;
        lines << number + QStringLiteral(" guidance.elements=") + guidanceElements;
        for (qsizetype i = 0; i < details.legalReferences.size(); ++i) {
            const KleLegalReference& reference = details.legalReferences.at(i);
            lines << legalLine(number, i,
                               {reference.title, reference.paragraph, reference.accession, reference.url});
        }
        for (qsizetype i = 0; i < details.stikord.size(); ++i) {
            const KleStikord& stikord = details.stikord.at(i);
            lines << stikordLine(number, i, stikord.text, stikord.facet, stikord.retired, stikord.isTitle);
        }
    }
    return lines;
}

// A small emneplan, one element a line: `emner` start on line 10, inside gruppe `group` of hovedgruppe 00.
QByteArray smallPlan(const QString& emner, const QString& group = QStringLiteral("00.01"))
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<KLE-Emneplan>\n"
                          "<UdgivelsesDato>2025-05-01</UdgivelsesDato>\n"
                          "<Hovedgruppe>\n"
                          "<HovedgruppeNr>00</HovedgruppeNr>\n"
                          "<HovedgruppeTitel>Kommunens styrelse</HovedgruppeTitel>\n"
                          "<Gruppe>\n"
                          "<GruppeNr>%1</GruppeNr>\n"
                          "<GruppeTitel>Testgruppe</GruppeTitel>\n"
                          "%2\n"
                          "</Gruppe>\n"
                          "</Hovedgruppe>\n"
                          "</KLE-Emneplan>\n")
        .arg(group, emner)
        .toUtf8();
}

const int kFirstEmneLine = 10;

QString emne(const QString& number, const QString& title, const QString& retention = QStringLiteral("B"))
{
    return QStringLiteral("<Emne>\n"
                          "<EmneNr>%1</EmneNr>\n"
                          "<EmneTitel>%2</EmneTitel>\n"
                          "<BevaringJaevnfoerArkivloven>%3</BevaringJaevnfoerArkivloven>\n"
                          "</Emne>")
        .arg(number, title, retention);
}

} // namespace

class TestKleEmneplanReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void excerptCounts();
    void excerptMatchesAnIndependentReading();
    void excerptFactsReadByHand();
    void guidanceIsRichTextWithTextIntact();
    void titleStikordAreMarked();
    void retiredStikordAreMarked();

    void smallPlanReads();
    void everyRetentionCodeIsAccepted();
    void retiredEmneHasRetiredAt();
    void historicWithoutDateStillRetires();

    void truncatedCopiesAreRefused_data();
    void truncatedCopiesAreRefused();
    void truncatedAnywhereIsRefused();
    void badEmneIsRefused_data();
    void badEmneIsRefused();
    void groupNotUnderItsMainGroupIsRefused();
    void wrongRootIsRefused();
    void notXmlIsRefused_data();
    void notXmlIsRefused();
    void emptyFileIsRefused_data();
    void emptyFileIsRefused();
    void noMainGroupIsRefused();
    void malformedXmlIsNotCalledTruncated();

private:
    QByteArray m_excerpt;
};

void TestKleEmneplanReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_excerpt = readExcerpt();
    QVERIFY2(m_excerpt.size() > 90000, "the shared KLE excerpt is missing");
}

void TestKleEmneplanReader::excerptCounts()
{
    const KleEmneplan plan = readBytes(m_excerpt);
    QCOMPARE(plan.published, QStringLiteral("2025-05-01")); // line 4
    int levels[4] = {0, 0, 0, 0};
    int stikord = 0;
    int withFacet = 0;
    int retiredStikord = 0;
    int titleStikord = 0;
    int legal = 0;
    int withGuidance = 0;
    int withUuid = 0;
    int created = 0;
    int changed = 0;
    QHash<QString, int> retention;
    QHash<QString, int> deletion;
    QHash<QString, int> facets;
    for (const KleEntryDetails& details : plan.entries) {
        QVERIFY(details.entry.level >= 1 && details.entry.level <= 3);
        ++levels[details.entry.level];
        QVERIFY2(!details.entry.isRetired(), qPrintable(details.entry.number));
        stikord += int(details.stikord.size());
        for (const KleStikord& keyword : details.stikord) {
            withFacet += keyword.facet.isEmpty() ? 0 : 1;
            retiredStikord += keyword.retired ? 1 : 0;
            titleStikord += keyword.isTitle ? 1 : 0;
            if (!keyword.facet.isEmpty()) {
                ++facets[keyword.facet];
            }
        }
        legal += int(details.legalReferences.size());
        withGuidance += details.guidance.isEmpty() ? 0 : 1;
        withUuid += details.uuid.isEmpty() ? 0 : 1;
        created += details.createdOn.isEmpty() ? 0 : 1;
        changed += details.changedOn.isEmpty() ? 0 : 1;
        if (details.entry.level == 3) {
            QVERIFY2(!details.entry.retention.isEmpty(), qPrintable(details.entry.number));
            ++retention[details.entry.retention];
            ++deletion[details.entry.deletion];
        } else {
            QVERIFY(details.entry.retention.isEmpty());
        }
    }
    // grep -c "<HovedgruppeNr>" 1, "<GruppeNr>" 5, "<EmneNr>" 35.
    QCOMPARE(levels[1], 1);
    QCOMPARE(levels[2], 5);
    QCOMPARE(levels[3], 35);
    QCOMPARE(plan.entries.size(), 41);
    // grep -c: <HovedgruppeStikord> 2 + <GruppeStikord> 33 + <EmneStikord> 169 +
    // <EmneOgHandlingsfacetStikord> 37.
    QCOMPARE(stikord, 241);
    QCOMPARE(withFacet, 37);    // grep -c "<HandlingsfacetNr>"
    QCOMPARE(titleStikord, 41); // "[=Emne]" 35, "[=Gruppe]" 5, "[=Hovedgruppe]" 1
    QCOMPARE(legal, 27);        // 27 <…RetskildeReference> elements: 4 on grupper, 23 on emner
    QCOMPARE(withGuidance, 27); // 27 <VejledningTekst> elements
    QCOMPARE(withUuid, 41);     // grep -c "<UUID>"
    QCOMPARE(created, 41);      // grep -c "<OprettetDato>"
    QCOMPARE(changed, 21);      // grep -c "<RettetDato>"
    QCOMPARE(retention.value(QStringLiteral("B")), 20);
    QCOMPARE(retention.value(QStringLiteral("K")), 15);
    QCOMPARE(retention.size(), 2);
    // Every B emne of the excerpt has SletningJaevnfoerPersondataloven P1825D (grep -c ">P1825D<" 20); no K
    // emne has one.
    QCOMPARE(deletion.value(QStringLiteral("P1825D")), 20);
    QCOMPARE(deletion.value(QString()), 15);
    // The HandlingsfacetNr values, counted with grep -o "<HandlingsfacetNr>[^<]*" | sort | uniq -c.
    const QHash<QString, int> expectedFacets{
        {QStringLiteral("K02"), 6}, {QStringLiteral("P22"), 5}, {QStringLiteral("Ø34"), 5},
        {QStringLiteral("A26"), 5}, {QStringLiteral("G01"), 3}, {QStringLiteral("K07"), 3},
        {QStringLiteral("Ø39"), 2}, {QStringLiteral("S55"), 2}, {QStringLiteral("A21"), 2},
        {QStringLiteral("P05"), 2}, {QStringLiteral("A30"), 1}, {QStringLiteral("A53"), 1}};
    QCOMPARE(facets, expectedFacets);
    // Regression test (bug found and fixed in KleEmneplanReader.cpp:34): "[udgået]" is compared as
    // QLatin1String of UTF-8 source bytes, so no retired stikord is ever recognised (0 instead of 6) and the
    // suffix stays in the text.
    QCOMPARE(retiredStikord, 6); // grep -c "\[udgået\]": lines 68, 86, 94, 216, 228, 1141
}

void TestKleEmneplanReader::excerptMatchesAnIndependentReading()
{
    // Regression test (bug found and fixed in KleEmneplanReader.cpp:34): fails at the first "[udgået]"
    // stikord (line 68) until it is recognised as retired.
    const auto tree = parseTree(m_excerpt);
    QVERIFY(tree.has_value());
    QCOMPARE(tree->name, QStringLiteral("KLE-Emneplan"));
    const QStringList expected = describeTree(*tree);
    const QStringList actual = describePlan(readBytes(m_excerpt));
    // 11 lines for each of the 41 entries, one for each of the 241 stikord and 27 legal references.
    QCOMPARE(expected.size(), 41 * 11 + 241 + 27);
    QCOMPARE(actual.size(), expected.size());
    // Every difference is listed, not just the first.
    QStringList differences;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (actual.at(i) != expected.at(i)) {
            differences << QStringLiteral("read:     ") + actual.at(i)
                        << QStringLiteral("expected: ") + expected.at(i);
        }
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

void TestKleEmneplanReader::excerptFactsReadByHand()
{
    const KleEmneplan plan = readBytes(m_excerpt);
    QCOMPARE(plan.entries.size(), 41);

    // Lines 5-70: the hovedgruppe comes first, then its grupper and emner.
    const KleEntryDetails& main = plan.entries.constFirst();
    QCOMPARE(main.entry.number, QStringLiteral("00"));
    QCOMPARE(main.entry.level, 1);
    QVERIFY(main.entry.parent.isEmpty());
    QCOMPARE(main.entry.title, QStringLiteral("Kommunens styrelse"));            // line 7
    QCOMPARE(main.createdOn, QStringLiteral("1988-01-01"));                      // line 58
    QCOMPARE(main.changedOn, QStringLiteral("2011-05-01"));                      // line 59
    QCOMPARE(main.uuid, QStringLiteral("4eba8818-da19-4e37-b3e1-b9b6be2f2f13")); // line 70
    QCOMPARE(plan.entries.at(1).entry.number, QStringLiteral("00.01"));
    QCOMPARE(plan.entries.at(2).entry.number, QStringLiteral("00.01.00"));
    QCOMPARE(plan.entries.constLast().entry.number, QStringLiteral("00.07.45")); // line 1944

    // Lines 97-134: emne 00.01.00.
    const KleEntryDetails* styrelse = entryOf(plan, QStringLiteral("00.01.00"));
    QVERIFY(styrelse);
    QCOMPARE(styrelse->entry.level, 3);
    QCOMPARE(styrelse->entry.parent, QStringLiteral("00.01"));
    QCOMPARE(styrelse->entry.title, QStringLiteral("Kommunens styrelse i almindelighed"));
    QCOMPARE(styrelse->entry.retention, QStringLiteral("B"));                         // line 121
    QCOMPARE(styrelse->entry.deletion, QStringLiteral("P1825D"));                     // line 122
    QCOMPARE(styrelse->createdOn, QStringLiteral("2004-02-01"));                      // line 118
    QCOMPARE(styrelse->changedOn, QStringLiteral("2011-05-01"));                      // line 119
    QCOMPARE(styrelse->uuid, QStringLiteral("15b97b4f-08c6-42fc-9a37-3ec048d8d01b")); // line 133
    QVERIFY(!styrelse->entry.isRetired());
    QCOMPARE(styrelse->legalReferences.size(), 1); // lines 112-116
    QCOMPARE(styrelse->legalReferences.at(0).title, QStringLiteral("Kommunestyrelsesloven"));
    QVERIFY(styrelse->legalReferences.at(0).paragraph.isEmpty());
    QCOMPARE(styrelse->legalReferences.at(0).accession, QStringLiteral("A20240006929"));
    QCOMPARE(styrelse->legalReferences.at(0).url,
             QStringLiteral("https://www.retsinformation.dk/eli/accn/A20240006929"));
    QCOMPARE(styrelse->stikord.size(), 1); // line 131
    QCOMPARE(styrelse->stikord.at(0).text, QStringLiteral("Kommunens styrelse i almindelighed"));
    QVERIFY(styrelse->stikord.at(0).isTitle);
    QVERIFY(!styrelse->stikord.at(0).retired);
    QVERIFY(styrelse->stikord.at(0).facet.isEmpty());

    // Lines 135-183: emne 00.01.10 has no RettetDato and five stikord with facet P22.
    const KleEntryDetails* tvaers = entryOf(plan, QStringLiteral("00.01.10"));
    QVERIFY(tvaers);
    QCOMPARE(tvaers->entry.title, QStringLiteral("Opgaver der dækker flere hovedgrupper"));
    QCOMPARE(tvaers->createdOn, QStringLiteral("2011-05-01"));
    QVERIFY(tvaers->changedOn.isEmpty());
    QVERIFY(tvaers->legalReferences.isEmpty());
    QCOMPARE(tvaers->stikord.size(), 6);
    QCOMPARE(tvaers->stikord.at(1).text, QStringLiteral("Børn- og ungepolitik")); // line 165
    QCOMPARE(tvaers->stikord.at(1).facet, QStringLiteral("P22"));                 // line 166
    QVERIFY(!tvaers->stikord.at(1).isTitle);
    for (qsizetype i = 1; i < tvaers->stikord.size(); ++i) {
        QCOMPARE(tvaers->stikord.at(i).facet, QStringLiteral("P22"));
    }

    // Line 253: a K emne without SletningJaevnfoerPersondataloven.
    const KleEntryDetails* international = entryOf(plan, QStringLiteral("00.03.00"));
    QVERIFY(international);
    QCOMPARE(international->entry.retention, QStringLiteral("K"));
    QVERIFY(international->entry.deletion.isEmpty());

    // Lines 467 and 782: titles with æøå and a slash as the official file spells them.
    QCOMPARE(entryOf(plan, QStringLiteral("00.05"))->entry.title,
             QStringLiteral("Besøg, repræsentation mv."));
    QCOMPARE(entryOf(plan, QStringLiteral("00.05.10"))->entry.title,
             QStringLiteral("Gaver til og fra kommunen/institutionen"));

    // Lines 1199-1240: emne 00.07.01 and its legal reference with ParagrafEllerKapitel (lines 1208-1213).
    const KleEntryDetails* inhabilitet = entryOf(plan, QStringLiteral("00.07.01"));
    QVERIFY(inhabilitet);
    QCOMPARE(inhabilitet->legalReferences.size(), 1);
    const KleLegalReference& forvaltningsloven = inhabilitet->legalReferences.at(0);
    QCOMPARE(forvaltningsloven.title, QStringLiteral("Forvaltningsloven"));
    QCOMPARE(forvaltningsloven.paragraph, QStringLiteral("§ 3-6"));
    QCOMPARE(forvaltningsloven.accession, QStringLiteral("A20140043329#P3"));
    QCOMPARE(forvaltningsloven.url,
             QStringLiteral("https://www.retsinformation.dk/eli/accn/A20140043329#P3"));
    QCOMPARE(inhabilitet->changedOn, QStringLiteral("2013-05-01"));

    // Lines 1309-1437: emne 00.07.03 has six legal references (paragraphs on lines 1322-1352, in order) and
    // 15 stikord, 7 of them with a facet; line 1432 ends in a space that is not part of the stikord.
    const KleEntryDetails* aktindsigt = entryOf(plan, QStringLiteral("00.07.03"));
    QVERIFY(aktindsigt);
    QStringList paragraphs;
    for (const KleLegalReference& reference : aktindsigt->legalReferences) {
        paragraphs << reference.paragraph;
    }
    QCOMPARE(paragraphs,
             (QStringList{QStringLiteral("§ 1-2"), QStringLiteral("§ 9-16"), QStringLiteral("§ 14"),
                          QStringLiteral("§ 37"), QStringLiteral("§ 39"), QStringLiteral("§ 7-12")}));
    QCOMPARE(aktindsigt->legalReferences.at(0).title,
             QStringLiteral("BEK om aktindsigt i visse interne kommunale og regionale dokumenter"));
    QCOMPARE(aktindsigt->stikord.size(), 15);
    int aktindsigtFacets = 0;
    bool foundTrailingSpace = false;
    for (const KleStikord& keyword : aktindsigt->stikord) {
        aktindsigtFacets += keyword.facet.isEmpty() ? 0 : 1;
        if (keyword.text.startsWith(QStringLiteral("Procedurer ifm. ekstrahering"))) {
            foundTrailingSpace = true;
            QCOMPARE(keyword.text, QStringLiteral("Procedurer ifm. ekstrahering, aktindsigt"));
            QCOMPARE(keyword.facet, QStringLiteral("A26"));
        }
    }
    QCOMPARE(aktindsigtFacets, 7);
    QVERIFY(foundTrailingSpace);

    // Lines 1944-2046: the last emne, with two "Kap." references.
    const KleEntryDetails* whistleblower = entryOf(plan, QStringLiteral("00.07.45"));
    QVERIFY(whistleblower);
    QCOMPARE(whistleblower->entry.title, QStringLiteral("Whistleblowerordning"));
    QCOMPARE(whistleblower->uuid, QStringLiteral("6adf517f-ff4c-11eb-8257-0050c2490048")); // line 2045
    QCOMPARE(whistleblower->legalReferences.size(), 2);
    QCOMPARE(whistleblower->legalReferences.at(0).title,
             QStringLiteral("Lov om beskyttelse af whistleblowere"));
    QCOMPARE(whistleblower->legalReferences.at(0).paragraph, QStringLiteral("Kap. 3")); // line 1971
    QCOMPARE(whistleblower->legalReferences.at(1).paragraph, QStringLiteral("Kap. 5")); // line 1977
    QCOMPARE(whistleblower->legalReferences.at(0).url,
             QStringLiteral("https://www.retsinformation.dk/eli/accn/A20210143630#K3"));

    // Gruppe references: 00.06 has one (Fondsloven), 00.07 three.
    QCOMPARE(entryOf(plan, QStringLiteral("00.06"))->legalReferences.size(), 1);
    QCOMPARE(entryOf(plan, QStringLiteral("00.06"))->legalReferences.at(0).title,
             QStringLiteral("Fondsloven"));
    QCOMPARE(entryOf(plan, QStringLiteral("00.07"))->legalReferences.size(), 3);
}

void TestKleEmneplanReader::guidanceIsRichTextWithTextIntact()
{
    const KleEmneplan plan = readBytes(m_excerpt);

    // Lines 9-51: the hovedgruppe's guidance, p and ul/li elements, æøå and single quotes.
    const QString& main = plan.entries.constFirst().guidance;
    QVERIFY(main.startsWith(QStringLiteral("<p>Hovedgruppe 00 'Kommunens styrelse' dækker sager")));
    QVERIFY(main.contains(QStringLiteral("<ul>")));
    QVERIFY(
        main.contains(QStringLiteral("<li>LBK af forvaltningsloven (Forvaltningsloven)</li>"))); // line 18
    QVERIFY(main.contains(QStringLiteral("00.05 'Besøg, repræsentation'")));
    QVERIFY(main.endsWith(QStringLiteral("</p>")));
    QVERIFY(!main.contains(QStringLiteral("VejledningTekst")));
    QVERIFY(!main.contains(QStringLiteral("&lt;"))); // elements, not escaped HTML
    const auto mainTree = parseTree(QByteArrayLiteral("<g>") + main.toUtf8() + QByteArrayLiteral("</g>"));
    QVERIFY(mainTree.has_value());
    const QStringList elements = mainTree->elementNames();
    QCOMPARE(elements.count(QStringLiteral("li")), 36); // lines 18-53
    QCOMPARE(elements.count(QStringLiteral("ul")), 1);
    QCOMPARE(elements.count(QStringLiteral("p")), 5);

    // Line 1678: double quotes in the guidance of 00.07.15 survive (as text of the rich text).
    const KleEntryDetails* skik = entryOf(plan, QStringLiteral("00.07.15"));
    QVERIFY(skik);
    const auto skikTree =
        parseTree(QByteArrayLiteral("<g>") + skik->guidance.toUtf8() + QByteArrayLiteral("</g>"));
    QVERIFY(skikTree.has_value());
    QVERIFY2(
        skikTree->text.contains(QStringLiteral(
            "Nummeret anvendes til sager om emnet \"god forvaltningsskik\". Herunder også sager vedrørende "
            "Ombudsmandens institution.")),
        qPrintable(skik->guidance));
    QCOMPARE(skikTree->elementNames(), (QStringList{QStringLiteral("p"), QStringLiteral("ul"),
                                                    QStringLiteral("li"), QStringLiteral("li")}));

    // Gruppe 00.01 and emne 00.05.00 have no Vejledning.
    QVERIFY(entryOf(plan, QStringLiteral("00.01"))->guidance.isEmpty());
    QVERIFY(entryOf(plan, QStringLiteral("00.05.00"))->guidance.isEmpty());
}

void TestKleEmneplanReader::titleStikordAreMarked()
{
    const KleEmneplan plan = readBytes(m_excerpt);
    // Line 64: "Kommunens styrelse [=Hovedgruppe]".
    const QList<KleStikord>& main = plan.entries.constFirst().stikord;
    QCOMPARE(main.size(), 2);
    QCOMPARE(main.at(0).text, QStringLiteral("Kommunens styrelse"));
    QVERIFY(main.at(0).isTitle);
    QVERIFY(!main.at(0).retired);
    QVERIFY(!main.at(1).isTitle);

    // Lines 212-247: gruppe 00.03, with a title stikord and one with a typographic apostrophe.
    const KleEntryDetails* group = entryOf(plan, QStringLiteral("00.03"));
    QVERIFY(group);
    QCOMPARE(group->stikord.size(), 9);
    QCOMPARE(group->stikord.at(1).text, QStringLiteral("FN’s organisation og udvikling, gruppe")); // line 220
    QVERIFY(!group->stikord.at(1).retired);
    QVERIFY(!group->stikord.at(1).isTitle);
    QCOMPARE(group->stikord.at(4).text, QStringLiteral("International virksomhed og EU")); // line 232
    QVERIFY(group->stikord.at(4).isTitle);
    QVERIFY(!group->stikord.at(4).retired);

    // Lines 1644-1665: the title stikord of emne 00.07.10 differs from the title; it is still marked title.
    const KleEntryDetails* notat = entryOf(plan, QStringLiteral("00.07.10"));
    QVERIFY(notat);
    QCOMPARE(notat->entry.title, QStringLiteral("Notatpligt mv."));
    QCOMPARE(notat->stikord.at(0).text, QStringLiteral("Notatpligt mv., forvaltningsprincipper"));
    QVERIFY(notat->stikord.at(0).isTitle);

    // No stikord text keeps a title marker or surrounding space.
    for (const KleEntryDetails& details : plan.entries) {
        for (const KleStikord& keyword : details.stikord) {
            QVERIFY2(!keyword.text.contains(QStringLiteral("[=")), qPrintable(keyword.text));
            QCOMPARE(keyword.text, keyword.text.trimmed());
            QVERIFY(!keyword.text.isEmpty());
        }
    }
}

void TestKleEmneplanReader::retiredStikordAreMarked()
{
    // Regression test (bug found and fixed; KleEmneplanReader.cpp:34, QLatin1String("[udgået]") on UTF-8
    // source bytes): fails until
    // "[udgået]" is recognised; today the stikord are read as in force with the suffix left in the text.
    const KleEmneplan plan = readBytes(m_excerpt);
    // Line 68.
    const QList<KleStikord>& main = plan.entries.constFirst().stikord;
    QCOMPARE(main.size(), 2);
    QCOMPARE(main.at(1).text, QStringLiteral("Offentlig virksomhed i almindelighed, hovedgruppe"));
    QVERIFY(main.at(1).retired);
    QVERIFY(!main.at(1).isTitle);

    // Lines 216 and 228 of gruppe 00.03.
    const KleEntryDetails* group = entryOf(plan, QStringLiteral("00.03"));
    QVERIFY(group);
    QCOMPARE(group->stikord.at(0).text, QStringLiteral("EU's organisation og udvikling (før 1/1 00)"));
    QVERIFY(group->stikord.at(0).retired);
    QCOMPARE(group->stikord.at(3).text, QStringLiteral("International virksomhed - herunder EU, gruppe"));
    QVERIFY(group->stikord.at(3).retired);

    // A hand-written emne with one of each kind.
    const KleEmneplan small = readBytes(smallPlan(QStringLiteral(
        "<Emne>\n<EmneNr>00.01.00</EmneNr>\n<EmneTitel>Testemne</EmneTitel>\n"
        "<EmneStikord><Orden>1</Orden><Tekst>Testemne [=Emne]</Tekst></EmneStikord>\n"
        "<EmneStikord><Orden>1</Orden><Tekst>Gammelt teststikord [udgået]</Tekst></EmneStikord>\n"
        "<EmneOgHandlingsfacetStikord><Orden>1</Orden><Tekst>Teststikord med facet</Tekst>"
        "<HandlingsfacetNr>G01</HandlingsfacetNr></EmneOgHandlingsfacetStikord>\n"
        "</Emne>")));
    const KleEntryDetails* emneDetails = entryOf(small, QStringLiteral("00.01.00"));
    QVERIFY(emneDetails);
    QCOMPARE(emneDetails->stikord.size(), 3);
    QVERIFY(emneDetails->stikord.at(0).isTitle);
    QCOMPARE(emneDetails->stikord.at(2).facet, QStringLiteral("G01"));
    QCOMPARE(emneDetails->stikord.at(2).text, QStringLiteral("Teststikord med facet"));
    QCOMPARE(emneDetails->stikord.at(1).text, QStringLiteral("Gammelt teststikord"));
    QVERIFY(emneDetails->stikord.at(1).retired);
    QVERIFY(!emneDetails->stikord.at(1).isTitle);

    for (const KleEntryDetails& details : plan.entries) {
        for (const KleStikord& keyword : details.stikord) {
            QVERIFY2(!keyword.text.contains(QLatin1Char('[')), qPrintable(keyword.text));
        }
    }
}

void TestKleEmneplanReader::smallPlanReads()
{
    const KleEmneplan plan =
        readBytes(smallPlan(emne(QStringLiteral("00.01.00"), QStringLiteral("Første testemne"))));
    QCOMPARE(plan.published, QStringLiteral("2025-05-01"));
    QCOMPARE(plan.entries.size(), 3);
    QCOMPARE(plan.entries.at(2).entry.number, QStringLiteral("00.01.00"));
    QCOMPARE(plan.entries.at(2).entry.parent, QStringLiteral("00.01"));
    QCOMPARE(plan.entries.at(2).entry.title, QStringLiteral("Første testemne"));
    QCOMPARE(plan.entries.at(2).entry.retention, QStringLiteral("B"));
}

void TestKleEmneplanReader::everyRetentionCodeIsAccepted()
{
    const KleEmneplan plan = readBytes(
        smallPlan(emne(QStringLiteral("00.01.01"), QStringLiteral("Emne B"), QStringLiteral("B")) +
                  emne(QStringLiteral("00.01.02"), QStringLiteral("Emne K"), QStringLiteral("K")) +
                  emne(QStringLiteral("00.01.03"), QStringLiteral("Emne K5"), QStringLiteral("K5")) +
                  emne(QStringLiteral("00.01.04"), QStringLiteral("Emne K10"), QStringLiteral(" K10 ")) +
                  emne(QStringLiteral("00.01.05"), QStringLiteral("Emne uden"), QString())));
    QStringList retention;
    for (const KleEntryDetails& details : plan.entries) {
        if (details.entry.level == 3) {
            retention << details.entry.retention;
        }
    }
    QCOMPARE(retention, (QStringList{QStringLiteral("B"), QStringLiteral("K"), QStringLiteral("K5"),
                                     QStringLiteral("K10"), QString()}));
}

void TestKleEmneplanReader::retiredEmneHasRetiredAt()
{
    const QString retired =
        QStringLiteral("<Emne>\n"
                       "<EmneNr>00.01.02</EmneNr>\n"
                       "<EmneTitel>Udgået testemne</EmneTitel>\n"
                       "<EmneAdministrativInfo>\n"
                       "<OprettetDato>1988-01-01</OprettetDato>\n"
                       "<RettetDato>2010-01-01</RettetDato>\n"
                       "<Historisk>\n"
                       "<UdgaaetDato>2011-05-01</UdgaaetDato>\n"
                       "</Historisk>\n"
                       "</EmneAdministrativInfo>\n"
                       "<BevaringJaevnfoerArkivloven></BevaringJaevnfoerArkivloven>\n"
                       "<EmneStikord><Orden>1</Orden><Tekst>Udgået testemne [=Emne]</Tekst></EmneStikord>\n"
                       "</Emne>");
    const KleEmneplan plan =
        readBytes(smallPlan(emne(QStringLiteral("00.01.00"), QStringLiteral("Testemne i kraft")) + retired));
    const KleEntryDetails* inForce = entryOf(plan, QStringLiteral("00.01.00"));
    QVERIFY(inForce);
    QVERIFY(!inForce->entry.isRetired());
    const KleEntryDetails* gone = entryOf(plan, QStringLiteral("00.01.02"));
    QVERIFY(gone);
    QVERIFY(gone->entry.isRetired());
    QCOMPARE(gone->entry.retiredAt, QStringLiteral("2011-05-01"));
    QCOMPARE(gone->createdOn, QStringLiteral("1988-01-01"));
    QCOMPARE(gone->changedOn, QStringLiteral("2010-01-01"));
    QVERIFY(gone->entry.retention.isEmpty()); // old retired emner may have no retention
    QCOMPARE(gone->stikord.size(), 1);
    QCOMPARE(gone->stikord.at(0).text, QStringLiteral("Udgået testemne"));
    QVERIFY(gone->stikord.at(0).isTitle);
}

void TestKleEmneplanReader::historicWithoutDateStillRetires()
{
    // Older versions record a move instead of UdgaaetDato; the child element's name here is made up for the
    // test.
    const QString moved = QStringLiteral("<Emne>\n"
                                         "<EmneNr>00.01.03</EmneNr>\n"
                                         "<EmneTitel>Flyttet testemne</EmneTitel>\n"
                                         "<EmneAdministrativInfo>\n"
                                         "<OprettetDato>1988-01-01</OprettetDato>\n"
                                         "<RettetDato>2009-09-09</RettetDato>\n"
                                         "<Historisk><FlyttetTil>00.01.00</FlyttetTil></Historisk>\n"
                                         "</EmneAdministrativInfo>\n"
                                         "</Emne>");
    const KleEmneplan plan = readBytes(smallPlan(moved));
    const KleEntryDetails* gone = entryOf(plan, QStringLiteral("00.01.03"));
    QVERIFY(gone);
    QVERIFY(gone->entry.isRetired());
    QCOMPARE(gone->entry.retiredAt, QStringLiteral("2009-09-09"));
}

void TestKleEmneplanReader::truncatedCopiesAreRefused_data()
{
    const QByteArray excerpt = readExcerpt();
    QTest::addColumn<qsizetype>("cut");
    const auto after = [&](const char* needle, qsizetype extra) {
        const qsizetype at = excerpt.indexOf(needle);
        return at < 0 ? qsizetype(-1) : at + extra;
    };
    QTest::newRow("inside the XML declaration") << qsizetype(20);
    QTest::newRow("inside an attribute of the root") << after("xsi:noNamespaceSchemaLocation=\"http", 40);
    QTest::newRow("inside a start tag") << after("<EmneNr>00.05.06", 4);
    QTest::newRow("inside an end tag") << after("Receptioner</EmneTitel>", 14);
    QTest::newRow("between elements, after an emne") << after("</Emne>", 7);
    QTest::newRow("between elements, after a gruppe") << after("</Gruppe>", 10);
    QTest::newRow("inside a title") << after("<EmneTitel>Kommunens styrelse i alm", 24);
    QTest::newRow("inside the guidance") << after("<li>LBK om folkeskolen", 10);
    QTest::newRow("inside a multi-byte character") << after("Emnet dækker:", 7);
    QTest::newRow("before the closing root tag") << excerpt.size() - qsizetype(sizeof("</KLE-Emneplan>") - 1);
    QTest::newRow("inside the closing root tag") << excerpt.size() - 3;
}

void TestKleEmneplanReader::truncatedCopiesAreRefused()
{
    QFETCH(qsizetype, cut);
    QVERIFY(cut > 0 && cut < m_excerpt.size());
    const QByteArray copy = m_excerpt.left(cut);
    const Refusal refusal = refusalOf(copy);
    QVERIFY2(refusal.thrown, "a truncated file was read without complaint");
    QVERIFY2(refusal.line > 0, qPrintable(QString::number(refusal.line)));
    QVERIFY2(refusal.line <= copy.count('\n') + 1, qPrintable(QString::number(refusal.line)));
    QVERIFY2(refusal.reason.contains(QStringLiteral("truncated")), qPrintable(refusal.reason));
}

void TestKleEmneplanReader::truncatedAnywhereIsRefused()
{
    // A sweep over the whole file: every cut must be refused, with a line, as truncated.
    int cuts = 0;
    for (qsizetype cut = 1; cut < m_excerpt.size(); cut += 997) {
        const QByteArray copy = m_excerpt.left(cut);
        const Refusal refusal = refusalOf(copy);
        const QString where =
            QStringLiteral("cut at byte %1: line %2, %3").arg(cut).arg(refusal.line).arg(refusal.reason);
        QVERIFY2(refusal.thrown, qPrintable(where));
        QVERIFY2(refusal.line > 0 && refusal.line <= copy.count('\n') + 1, qPrintable(where));
        QVERIFY2(refusal.reason.contains(QStringLiteral("truncated")), qPrintable(where));
        ++cuts;
    }
    QVERIFY(cuts > 90);
}

void TestKleEmneplanReader::badEmneIsRefused_data()
{
    QTest::addColumn<QString>("emner");
    QTest::addColumn<QString>("reason");
    const QString valid =
        emne(QStringLiteral("00.01.00"), QStringLiteral("Gyldigt testemne")) + QLatin1Char('\n');
    QTest::newRow("no number") << valid + QStringLiteral(
                                              "<Emne>\n<EmneTitel>Testemne uden nummer</EmneTitel>\n"
                                              "<BevaringJaevnfoerArkivloven>B</BevaringJaevnfoerArkivloven>\n"
                                              "</Emne>")
                               << QStringLiteral("no valid number");
    QTest::newRow("empty number") << emne(QString(), QStringLiteral("Testemne"))
                                  << QStringLiteral("no valid number");
    QTest::newRow("gruppe-shaped number")
        << emne(QStringLiteral("00.01"), QStringLiteral("Testemne")) << QStringLiteral("no valid number");
    QTest::newRow("malformed number")
        << emne(QStringLiteral("00.01.0x"), QStringLiteral("Testemne")) << QStringLiteral("no valid number");
    QTest::newRow("no title") << valid + QStringLiteral(
                                             "<Emne>\n<EmneNr>00.01.05</EmneNr>\n"
                                             "<BevaringJaevnfoerArkivloven>B</BevaringJaevnfoerArkivloven>\n"
                                             "</Emne>")
                              << QStringLiteral("00.01.05 has no title");
    QTest::newRow("blank title") << emne(QStringLiteral("00.01.05"), QStringLiteral("  \n  "))
                                 << QStringLiteral("00.01.05 has no title");
    QTest::newRow("number of another gruppe")
        << valid + emne(QStringLiteral("00.02.01"), QStringLiteral("Testemne i forkert gruppe"))
        << QStringLiteral("00.02.01 does not belong under 00.01");
    QTest::newRow("number of another hovedgruppe")
        << emne(QStringLiteral("01.01.01"), QStringLiteral("Testemne i forkert hovedgruppe"))
        << QStringLiteral("01.01.01 does not belong under 00.01");
    QTest::newRow("unknown retention X")
        << valid + emne(QStringLiteral("00.01.06"), QStringLiteral("Testemne"), QStringLiteral("X"))
        << QStringLiteral("unknown retention \"X\"");
    QTest::newRow("unknown retention K7")
        << emne(QStringLiteral("00.01.06"), QStringLiteral("Testemne"), QStringLiteral("K7"))
        << QStringLiteral("unknown retention \"K7\"");
    QTest::newRow("lower-case retention")
        << emne(QStringLiteral("00.01.06"), QStringLiteral("Testemne"), QStringLiteral("b"))
        << QStringLiteral("unknown retention \"b\"");
}

void TestKleEmneplanReader::badEmneIsRefused()
{
    QFETCH(QString, emner);
    QFETCH(QString, reason);
    const Refusal refusal = refusalOf(smallPlan(emner));
    QVERIFY2(refusal.thrown, "a bad emne was read without complaint");
    QVERIFY2(refusal.reason.contains(reason), qPrintable(refusal.reason));
    // The line points into the emner, which run from line 10.
    const qint64 lastLine = kFirstEmneLine + emner.count(QLatin1Char('\n'));
    QVERIFY2(
        refusal.line >= kFirstEmneLine && refusal.line <= lastLine,
        qPrintable(
            QStringLiteral("line %1, expected %2-%3").arg(refusal.line).arg(kFirstEmneLine).arg(lastLine)));
}

void TestKleEmneplanReader::groupNotUnderItsMainGroupIsRefused()
{
    const Refusal refusal = refusalOf(
        smallPlan(emne(QStringLiteral("01.02.00"), QStringLiteral("Testemne")), QStringLiteral("01.02")));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("01.02 does not belong under 00")),
             qPrintable(refusal.reason));
    QVERIFY(refusal.line > 0);

    // A gruppe before the hovedgruppe's number cannot be placed either.
    const Refusal early =
        refusalOf(QByteArrayLiteral("<KLE-Emneplan>\n<Hovedgruppe>\n<Gruppe>\n"
                                    "<GruppeNr>00.01</GruppeNr><GruppeTitel>T</GruppeTitel>\n"
                                    "</Gruppe>\n<HovedgruppeNr>00</HovedgruppeNr>\n"
                                    "</Hovedgruppe>\n</KLE-Emneplan>\n"));
    QVERIFY(early.thrown);
    QVERIFY2(early.reason.contains(QStringLiteral("before its number")), qPrintable(early.reason));
    QCOMPARE(early.line, 3);
}

void TestKleEmneplanReader::wrongRootIsRefused()
{
    const Refusal refusal = refusalOf(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                                        "<KLE-Handlingsfacetter>\n"
                                                        "<UdgivelsesDato>2025-05-01</UdgivelsesDato>\n"
                                                        "</KLE-Handlingsfacetter>\n"));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("<KLE-Emneplan>")), qPrintable(refusal.reason));
    QVERIFY2(refusal.reason.contains(QStringLiteral("<KLE-Handlingsfacetter>")), qPrintable(refusal.reason));
    QCOMPARE(refusal.line, 2);

    // The emneplan's elements under another root are not read either.
    QByteArray renamed = m_excerpt;
    renamed.replace("KLE-Emneplan", "KLE-Andet");
    QVERIFY(refusalOf(renamed).thrown);
}

void TestKleEmneplanReader::notXmlIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("plain text") << QByteArrayLiteral(
        "Dette er ikke XML, bare tekst om Kommunens styrelse.\n");
    QTest::newRow("OS2KLE line") << QByteArrayLiteral(
        "KLENummer='00.01.00':KLETitel='Kommunens styrelse i almindelighed':Keywords[Weight]=tilskud[5];\n");
    QTest::newRow("TSV") << QByteArrayLiteral("emne_nr\tgruppe_nr\thovedgruppe_nr\temne_titel\n"
                                              "00.01.00\t00.01\t00\tKommunens styrelse i almindelighed\n");
    QTest::newRow("JSON") << QByteArrayLiteral("{\"KLE-Emneplan\": []}\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\x80<\x00", 8);
    QTest::newRow("HTML") << QByteArrayLiteral("<html><body><p>Not KLE</p></body></html>\n");
}

void TestKleEmneplanReader::notXmlIsRefused()
{
    QFETCH(QByteArray, content);
    const Refusal refusal = refusalOf(content);
    QVERIFY(refusal.thrown);
    QVERIFY(!refusal.reason.isEmpty());
}

void TestKleEmneplanReader::emptyFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArrayLiteral("  \n\t\n");
    QTest::newRow("declaration only") << QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

void TestKleEmneplanReader::emptyFileIsRefused()
{
    QFETCH(QByteArray, content);
    const Refusal refusal = refusalOf(content);
    QVERIFY(refusal.thrown);
    QVERIFY(!refusal.reason.isEmpty());
}

void TestKleEmneplanReader::noMainGroupIsRefused()
{
    const Refusal refusal = refusalOf(
        QByteArrayLiteral("<KLE-Emneplan>\n<UdgivelsesDato>2025-05-01</UdgivelsesDato>\n</KLE-Emneplan>\n"));
    QVERIFY(refusal.thrown);
    QVERIFY2(refusal.reason.contains(QStringLiteral("hovedgruppe")), qPrintable(refusal.reason));
}

void TestKleEmneplanReader::malformedXmlIsNotCalledTruncated()
{
    QByteArray broken = smallPlan(emne(QStringLiteral("00.01.00"), QStringLiteral("Testemne")));
    broken.replace("<EmneTitel>Testemne</EmneTitel>", "<EmneTitel>Testemne</EmneNr>");
    const Refusal refusal = refusalOf(broken);
    QVERIFY(refusal.thrown);
    QCOMPARE(refusal.line, kFirstEmneLine + 2);
    QVERIFY2(!refusal.reason.contains(QStringLiteral("truncated")), qPrintable(refusal.reason));

    // Content after the root element is found too.
    const Refusal trailing =
        refusalOf(smallPlan(emne(QStringLiteral("00.01.00"), QStringLiteral("Testemne"))) +
                  QByteArrayLiteral("<Hovedgruppe/>\n"));
    QVERIFY(trailing.thrown);
    QVERIFY(trailing.line > kFirstEmneLine);
}

QTEST_GUILESS_MAIN(TestKleEmneplanReader)
#include "tst_kleemneplanreader.moc"

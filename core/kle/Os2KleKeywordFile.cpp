#include "kle/Os2KleKeywordFile.h"

#include "kle/KleEntry.h"

#include <QFile>

namespace akta::kle {

namespace {

const QLatin1String NumberPrefix("KLENummer='");
const QLatin1String TitlePrefix("':KLETitel='");
const QLatin1String KeywordsPrefix("':Keywords[Weight]=");

// Where the weight "[<digits>]" that ends a keyword starts, at or after `from`, with the end of the
// keyword's separator; -1 when there is none.
qsizetype findWeight(QStringView text, qsizetype from, qsizetype* weightEnd)
{
    for (qsizetype open = text.indexOf(u'[', from); open >= 0; open = text.indexOf(u'[', open + 1)) {
        qsizetype i = open + 1;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 0x80) {
            ++i;
        }
        if (i == open + 1 || i >= text.size() || text[i] != u']') {
            continue;
        }
        const qsizetype close = i;
        if (close + 1 == text.size() || text[close + 1] == u';') {
            *weightEnd = close + 1;
            return open;
        }
        // "[5]" followed by more text: a bracket inside the term ("Norm [12] for ..."), keep looking.
    }
    return -1;
}

} // namespace

Os2KleKeywordFile Os2KleKeywordFile::parse(const QByteArray& data)
{
    Os2KleKeywordFile file;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        file.parseLine(line, lineNumber);
    }
    return file;
}

Os2KleKeywordFile Os2KleKeywordFile::read(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        Os2KleKeywordFile file;
        file.m_issues.append(Issue{0, QStringLiteral("cannot open %1: %2").arg(path, in.errorString())});
        return file;
    }
    return parse(in.readAll());
}

int Os2KleKeywordFile::keywordCount() const
{
    int count = 0;
    for (const Subject& subject : m_subjects) {
        count += int(subject.keywords.size());
    }
    return count;
}

void Os2KleKeywordFile::parseLine(QStringView line, int lineNumber)
{
    const auto report = [&](const QString& reason) { m_issues.append(Issue{lineNumber, reason}); };
    line = line.trimmed();
    if (!line.startsWith(NumberPrefix)) {
        report(QStringLiteral("does not start with KLENummer='"));
        return;
    }
    const qsizetype numberEnd = line.indexOf(TitlePrefix, NumberPrefix.size());
    if (numberEnd < 0) {
        report(QStringLiteral("no ':KLETitel=' after the number"));
        return;
    }
    Subject subject;
    subject.line = lineNumber;
    subject.number = line.sliced(NumberPrefix.size(), numberEnd - NumberPrefix.size()).trimmed().toString();
    if (KleEntry::levelOf(subject.number) != 3) {
        report(QStringLiteral("\"%1\" is not an emne number (NN.NN.NN)").arg(subject.number));
        return;
    }
    const qsizetype titleStart = numberEnd + TitlePrefix.size();
    // The first marker ends the title: titles may hold "'" and ":" but never the whole marker.
    const qsizetype titleEnd = line.indexOf(KeywordsPrefix, titleStart);
    if (titleEnd < 0) {
        report(QStringLiteral("no ':Keywords[Weight]=' after the title"));
        return;
    }
    subject.title = line.sliced(titleStart, titleEnd - titleStart).trimmed().toString();
    if (subject.title.isEmpty()) {
        report(QStringLiteral("emne %1 has an empty title").arg(subject.number));
    }

    const QStringView keywords = line.sliced(titleEnd + KeywordsPrefix.size());
    qsizetype pos = 0;
    while (pos < keywords.size()) {
        qsizetype weightEnd = 0;
        const qsizetype open = findWeight(keywords, pos, &weightEnd);
        if (open < 0) {
            const QStringView rest = keywords.sliced(pos).trimmed();
            if (!rest.isEmpty() && rest != u";") {
                report(QStringLiteral("keyword \"%1\" has no [weight]").arg(rest.toString()));
            }
            break;
        }
        const QString term = keywords.sliced(pos, open - pos).trimmed().toString();
        bool ok = false;
        const int weight = keywords.sliced(open + 1, weightEnd - open - 2).toInt(&ok);
        if (term.isEmpty()) {
            report(QStringLiteral("empty keyword at character %1 of the keyword list").arg(pos + 1));
        } else if (!ok) {
            report(QStringLiteral("keyword \"%1\" has a weight out of range").arg(term));
        } else {
            subject.keywords.append(Keyword{term, weight});
        }
        pos = weightEnd + 1; // past the ';'
    }
    m_subjects.append(std::move(subject));
}

} // namespace akta::kle

#include "search/SearchQueryParser.h"

#include "kle/DanishTokenizer.h"
#include "search/SearchTokenizer.h"
#include "search/SearchWords.h"

#include <QRegularExpression>

#include <utility>

namespace akta::search {

namespace {

struct Item
{
    enum class Kind
    {
        Word,
        Phrase,
        Or,
        Filter
    };
    Kind kind = Kind::Word;
    QString text;
    QString key;
    bool exclude = false;
    bool prefix = false;
};

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool hasTokens(const QString& text)
{
    return !SearchTokenizer::tokens(text.toUtf8(), SearchTokenizer::Mode::Query).isEmpty();
}

// Reads a quoted string starting at text[i] == '"'; i ends after the closing quote.
QString readQuoted(const QString& text, qsizetype& i)
{
    const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
    if (close < 0) {
        throw SearchQueryError(SearchQueryParser::tr("A quotation mark is not closed."));
    }
    QString value = text.mid(i + 1, close - i - 1);
    i = close + 1;
    return value;
}

QList<Item> lex(const QString& text)
{
    QList<Item> items;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Item item;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            item.exclude = true;
            ++i;
        }
        if (text[i] == u'"') {
            item.kind = Item::Kind::Phrase;
            item.text = readQuoted(text, i);
            items.append(item);
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace() && text[i] != u'"') {
            ++i;
        }
        QString word = text.mid(start, i - start);
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        bool isKey = colon > 0;
        for (qsizetype k = 0; isKey && k < colon; ++k) {
            isKey = word[k].isLetter();
        }
        if (isKey) {
            item.kind = Item::Kind::Filter;
            item.key = word.left(colon).toLower();
            item.text = word.mid(colon + 1);
            if (item.text.isEmpty() && i < n && text[i] == u'"') {
                item.text = readQuoted(text, i);
            }
            items.append(item);
            continue;
        }
        if (word == QLatin1String("OR") && !item.exclude) {
            item.kind = Item::Kind::Or;
        } else if (word.endsWith(QLatin1Char('*'))) {
            while (word.endsWith(QLatin1Char('*'))) {
                word.chop(1);
            }
            item.prefix = true;
        }
        item.text = word;
        items.append(item);
    }
    return items;
}

QDate parseDay(const QString& text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        static const QRegularExpression danish(
            QStringLiteral("^(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4})$"));
        if (const auto m = danish.match(text); m.hasMatch()) {
            date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        }
    }
    return date;
}

// A date, month ("2025-03") or year ("2025") as the days it covers.
std::pair<QDate, QDate> parsePeriod(const QString& text)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    if (year.match(text).hasMatch()) {
        const int y = text.toInt();
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    if (const auto m = month.match(text); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid()) {
            return {first, first.addMonths(1).addDays(-1)};
        }
    }
    const QDate day = parseDay(text);
    if (!day.isValid()) {
        throw SearchQueryError(
            SearchQueryParser::tr("\"%1\" is not a date; write it as 2025-01-31 or 31-01-2025.").arg(text));
    }
    return {day, day};
}

void applyDate(SearchFilters& filters, const QString& value)
{
    const qsizetype dots = value.indexOf(QLatin1String(".."));
    if (dots < 0) {
        std::tie(filters.from, filters.to) = parsePeriod(value);
    } else {
        const QString first = value.left(dots);
        const QString last = value.mid(dots + 2);
        if (first.isEmpty() && last.isEmpty()) {
            throw SearchQueryError(SearchQueryParser::tr("dato: needs a date before or after \"..\"."));
        }
        if (!first.isEmpty()) {
            filters.from = parsePeriod(first).first;
        }
        if (!last.isEmpty()) {
            filters.to = parsePeriod(last).second;
        }
    }
    if (filters.from.isValid() && filters.to.isValid() && filters.from > filters.to) {
        throw SearchQueryError(SearchQueryParser::tr("dato: the first date is after the last."));
    }
}

QString statusCode(const QString& value)
{
    const QString v = SearchWords::normalize(value).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    const std::pair<const char*, const char*> names[] = {
        {"opstået", "opened"},
        {"opened", "opened"},
        {"ny", "opened"},
        {"underbehandling", "in_progress"},
        {"inprogress", "in_progress"},
        {"behandling", "in_progress"},
        {"afgjort", "decided"},
        {"decided", "decided"},
        {"afsluttet", "closed"},
        {"closed", "closed"},
        {"arkiveret", "archived"},
        {"archived", "archived"},
    };
    for (const auto& [name, code] : names) {
        if (v == SearchWords::normalize(QString::fromUtf8(name))) {
            return QString::fromLatin1(code);
        }
    }
    throw SearchQueryError(SearchQueryParser::tr("Unknown status \"%1\"; use opstået, \"under behandling\", "
                                                 "afgjort, afsluttet or arkiveret.")
                               .arg(value));
}

QString typeCode(const QString& value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("mail") || v == QLatin1String("email") || v == QLatin1String("e-mail")) {
        return QStringLiteral("email");
    }
    if (v == QLatin1String("notat") || v == QLatin1String("note") || v == QLatin1String("journalnotat")) {
        return QStringLiteral("note");
    }
    if (v == QLatin1String("fil") || v == QLatin1String("file") || v == QLatin1String("dokument")) {
        return QStringLiteral("file");
    }
    if (v == QLatin1String("sag") || v == QLatin1String("case")) {
        return QStringLiteral("case");
    }
    throw SearchQueryError(
        SearchQueryParser::tr("Unknown type \"%1\"; use mail, notat, fil or sag.").arg(value));
}

QString digitsOnly(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        } else if (c != u'-' && c != u' ') {
            return {};
        }
    }
    return digits;
}

void applyFilter(SearchFilters& filters, const Item& item)
{
    if (item.exclude) {
        throw SearchQueryError(SearchQueryParser::tr("A filter cannot be excluded: -%1:").arg(item.key));
    }
    const QString value = item.text.trimmed();
    if (value.isEmpty()) {
        throw SearchQueryError(SearchQueryParser::tr("The filter %1: needs a value.").arg(item.key));
    }
    const QString& key = item.key;
    if (key == QLatin1String("kle")) {
        static const QRegularExpression number(QStringLiteral("^\\d\\d(\\.\\d\\d(\\.\\d\\d)?)?$"));
        if (!number.match(value).hasMatch()) {
            throw SearchQueryError(
                SearchQueryParser::tr("kle: needs a KLE number such as 27, 27.24 or 27.24.00, not \"%1\".")
                    .arg(value));
        }
        filters.kle = value;
    } else if (key == QLatin1String("facet")) {
        static const QRegularExpression facet(QStringLiteral("^[A-Za-z]\\d\\d$"));
        if (!facet.match(value).hasMatch()) {
            throw SearchQueryError(SearchQueryParser::tr("facet: needs a handlingsfacet such as G01."));
        }
        filters.facet = value.toUpper();
    } else if (key == QLatin1String("status")) {
        filters.statuses.append(statusCode(value));
    } else if (key == QLatin1String("sagsbeh") || key == QLatin1String("sagsbehandler")) {
        filters.caseworker = value;
    } else if (key == QLatin1String("enhed")) {
        filters.unit = value;
    } else if (key == QLatin1String("part")) {
        const QString digits = digitsOnly(value);
        filters.party = (digits.size() == 10 || digits.size() == 8) ? digits : value;
    } else if (key == QLatin1String("dato")) {
        applyDate(filters, value);
    } else if (key == QLatin1String("type")) {
        filters.type = typeCode(value);
    } else {
        throw SearchQueryError(SearchQueryParser::tr("Unknown filter \"%1:\"; the filters are kle:, facet:, "
                                                     "status:, sagsbeh:, enhed:, part:, dato: and type:.")
                                   .arg(key));
    }
}

bool isStopWordItem(const Item& item)
{
    return item.kind == Item::Kind::Word && !item.prefix &&
           kle::DanishTokenizer::isStopWord(kle::DanishTokenizer::fold(item.text));
}

} // namespace

SearchQuery SearchQueryParser::parse(const QString& text, bool prefixLastWord)
{
    SearchQuery query;
    const QString trimmed = text.trimmed();
    static const QRegularExpression caseNumber(
        QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d-[A-Za-z]\\d\\d-\\d+-\\d\\d$"));
    static const QRegularExpression partyNumber(QStringLiteral("^(\\d{6}-?\\d{4}|\\d{8})$"));
    if (caseNumber.match(trimmed).hasMatch()) {
        query.direct = SearchQuery::Direct::CaseNumber;
        query.directValue = trimmed.toUpper();
    } else if (partyNumber.match(trimmed).hasMatch()) {
        query.direct = SearchQuery::Direct::Party;
        query.directValue = digitsOnly(trimmed);
    }

    QList<Item> items = lex(text);
    if (prefixLastWord && !items.isEmpty() && !text.isEmpty() && !text.back().isSpace()) {
        Item& last = items.last();
        if (last.kind == Item::Kind::Word && !last.exclude && last.text.size() >= 2) {
            last.prefix = true;
        }
    }

    QList<QList<Item>> groups; // OR inside a group, AND between groups
    QList<Item> excluded;
    bool pendingOr = false;
    bool lastWasTerm = false;
    for (const Item& item : std::as_const(items)) {
        switch (item.kind) {
        case Item::Kind::Filter:
            applyFilter(query.filters, item);
            lastWasTerm = false;
            break;
        case Item::Kind::Or:
            if (!lastWasTerm || pendingOr) {
                throw SearchQueryError(tr("OR needs a word on each side."));
            }
            pendingOr = true;
            lastWasTerm = false;
            break;
        case Item::Kind::Word:
        case Item::Kind::Phrase:
            if (item.prefix && item.text.size() < 2) {
                throw SearchQueryError(tr("A word ending in * needs at least two letters before the *."));
            }
            if (item.exclude) {
                if (pendingOr) {
                    throw SearchQueryError(tr("OR cannot join an excluded word."));
                }
                excluded.append(item);
                lastWasTerm = false;
                break;
            }
            if (pendingOr) {
                groups.last().append(item);
                pendingOr = false;
            } else {
                groups.append(QList<Item>{item});
            }
            lastWasTerm = true;
            break;
        }
    }
    if (pendingOr) {
        throw SearchQueryError(tr("OR needs a word on each side."));
    }

    // Words with nothing to search for (punctuation) go; so do lone function words beside real ones.
    const auto termText = [](const Item& item) {
        return quoted(item.text) + (item.prefix ? QStringLiteral("*") : QString());
    };
    QStringList andParts;
    bool hasContent = false;
    for (const QList<Item>& group : std::as_const(groups)) {
        hasContent = hasContent || !(group.size() == 1 && isStopWordItem(group.front()));
    }
    for (const QList<Item>& group : std::as_const(groups)) {
        if (hasContent && group.size() == 1 && isStopWordItem(group.front())) {
            continue;
        }
        QStringList alternatives;
        for (const Item& item : group) {
            if (hasTokens(item.text)) {
                alternatives.append(termText(item));
                query.terms.append(item.text);
            }
        }
        if (!alternatives.isEmpty()) {
            andParts.append(alternatives.size() == 1
                                ? alternatives.front()
                                : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                                      QLatin1Char(')'));
        }
    }
    QStringList notParts;
    for (const Item& item : std::as_const(excluded)) {
        if (hasTokens(item.text)) {
            notParts.append(termText(item));
        }
    }
    if (andParts.isEmpty()) {
        if (!notParts.isEmpty()) {
            throw SearchQueryError(tr("Say what to search for, not only what to leave out."));
        }
        if (query.filters.isEmpty()) {
            throw SearchQueryError(tr("Nothing to search for."));
        }
        return query;
    }
    query.match = andParts.join(QLatin1String(" AND "));
    if (!notParts.isEmpty()) {
        query.match = QLatin1Char('(') + query.match + QLatin1Char(')');
    }
    for (const QString& part : std::as_const(notParts)) {
        query.match += QLatin1String(" NOT ") + part;
    }
    return query;
}

} // namespace akta::search

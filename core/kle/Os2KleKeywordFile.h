#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace akta::kle {

// The OS2KLE keyword file: one line per emne,
//   KLENummer='00.01.00':KLETitel='Kommunens styrelse i almindelighed':Keywords[Weight]=term[5];term[10];...
//
// Parsing is tolerant: a line that cannot be read is reported in issues() with its line number and reason and
// skipped; a bad keyword is reported and skipped while the rest of its line is kept. A keyword ends at
// "[<digits>];" (or "[<digits>]" at the end of the line), so terms may hold ';', '[' and ']' themselves
// ("Dagpenge [jobcenter-fagsystemsag]", "a;b[5];" is the term "a;b"). Titles may hold "'" and ':'.
class Os2KleKeywordFile final
{
public:
    struct Keyword
    {
        QString term;
        int weight = 0;
    };
    struct Subject
    {
        QString number; // "00.01.00"
        QString title;
        QList<Keyword> keywords;
        int line = 0; // 1-based
    };
    struct Issue
    {
        int line = 0; // 1-based; 0 for the file as a whole
        QString reason;
    };

    static Os2KleKeywordFile parse(const QByteArray& data);
    // Reads and parses a file; a file that cannot be opened gives one issue with line 0.
    static Os2KleKeywordFile read(const QString& path);

    const QList<Subject>& subjects() const { return m_subjects; }
    const QList<Issue>& issues() const { return m_issues; }
    int keywordCount() const;

private:
    void parseLine(QStringView line, int lineNumber);

    QList<Subject> m_subjects;
    QList<Issue> m_issues;
};

} // namespace akta::kle

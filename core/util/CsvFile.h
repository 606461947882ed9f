#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace akta::util {

// A CSV file as Danish Excel opens it: UTF-8 with a byte order mark (so æ, ø and å survive), fields
// separated by ';' (the comma is the decimal sign), CRLF line ends, and a field quoted when it holds
// a ';', a quote or a line break. Written through QSaveFile: the file is whole or not there at all.
class CsvFile final
{
public:
    // Any thread. Returns an empty string, or why the file could not be written (nothing then is).
    static QString write(const QString& path, const QList<QStringList>& rows);

    static QString field(const QString& text);
};

} // namespace akta::util

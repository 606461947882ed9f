#include "sqlite/SqliteFunctions.h"

#include "search/SearchSqlFunctions.h"
#include "sqlite/SqliteError.h"

#include <QCollator>
#include <QLocale>
#include <QString>

#include <sqlite3.h>

namespace akta::sqlite {

namespace {

int danishCompare(void* context, int leftSize, const void* left, int rightSize, const void* right)
{
    const auto* collator = static_cast<const QCollator*>(context);
    const QString a = QString::fromUtf8(static_cast<const char*>(left), leftSize);
    const QString b = QString::fromUtf8(static_cast<const char*>(right), rightSize);
    // Equal under the collator (differing in case only) compares equal; ORDER BY adds the id after it.
    return collator->compare(a, b);
}

void destroyCollator(void* context)
{
    delete static_cast<QCollator*>(context);
}

void fold(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(values[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerFunctions(sqlite3* db)
{
    auto* collator = new QCollator(QLocale(QLocale::Danish, QLocale::Denmark));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    int rc = sqlite3_create_collation_v2(db, "DANISH", SQLITE_UTF8, collator, danishCompare, destroyCollator);
    if (rc != SQLITE_OK) {
        throw SqliteError(rc, "cannot register the DANISH collation");
    }
    rc = sqlite3_create_function_v2(db, "akta_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    nullptr, fold, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        throw SqliteError(rc, "cannot register akta_fold()");
    }
    search::registerSearchFunctions(db);
}

} // namespace akta::sqlite

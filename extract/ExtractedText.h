#pragma once

#include <QString>

#include <utility>

namespace akta::extract {

// The answer of one extractor; main() writes it as the JSON line of the helper's contract.
// status: "ok" (text found), "none" (nothing to extract), "failed" (`error` says why).
struct ExtractedText
{
    QString status;
    QString text;
    QString error;
    bool truncated = false; // the text was cut at TextLimit::maxChars

    static ExtractedText ok(QString text, bool truncated = false)
    {
        return {QStringLiteral("ok"), std::move(text), {}, truncated};
    }
    static ExtractedText none() { return {QStringLiteral("none"), {}, {}, false}; }
    static ExtractedText failed(QString error)
    {
        return {QStringLiteral("failed"), {}, std::move(error), false};
    }
};

} // namespace akta::extract

#pragma once

#include <QString>

namespace akta::extraction {

// What text extraction made of one file. status: "ok" (text found), "none" (nothing to extract, e.g. an
// image), "failed" (damaged, encrypted, the extractor crashed or hung: `error` says which), or
// "cancelled" (stopped through TextExtractor::setCancelFlag before it finished: nothing is known yet).
struct ExtractionResult
{
    QString status;
    QString text;
    QString error;
};

} // namespace akta::extraction

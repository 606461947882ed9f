#pragma once

#include <QString>

namespace akta::kle {

// One ranked emne from KleClassifier::suggest().
struct KleSuggestion
{
    QString emne;  // "02.34.02"
    QString title; // the emne's title
    double score = 0;
    // What the suggestion rests on, as a short fragment without a leading verb for the UI to wrap in tr(),
    // e.g. `"Partistøtteloven §4" (keyword), "Kommunens styrelse i almindelighed" (title)` or
    // `learned from 2 earlier cases: "Carport ved sommerhus"`.
    QString reason;
};

} // namespace akta::kle

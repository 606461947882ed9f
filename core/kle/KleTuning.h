#pragma once

namespace akta::kle {

// The weights of KleClassifier's scoring. The defaults are the ones tuned on the OS2KLE hold-out
// (tests/bench/eval_kle_classifier.cpp, where --set name=value changes them).
//
// An emne's score is
//   (max(nearest, learned) + emne document + groupDocument * gruppe document) * (1 + keywords)^sizePrior
//   + groupSpread * (the best such score in its gruppe),
// times the factor of a KleCaseContext, where
// - nearest is its best single title or keyword: TF-IDF cosine of word stems (nearestWord) plus that of
//   character n-grams (nearestGram), times the text's prior (titleWeight, or from the OS2KLE weight);
// - learned is the same over the municipality's cases of the emne (learnedWeight), more so the more such
// cases;
// - the emne document is all of its texts together (with gruppe and hovedgruppe titles at groupContext),
//   scored with BM25 (centroidWord, centroidGram); the gruppe document all texts of the emne's gruppe.
struct KleTuning
{
    float nearestWord = 1.0f;
    float nearestGram = 1.0f;
    float centroidWord = 1.0f;
    float centroidGram = 1.0f;
    float bm25K1 = 1.2f;
    float bm25B = 0.75f;
    float titleWeight = 2.5f;     // an emne title against a keyword of weight 5
    float groupContext = 0.15f;   // gruppe and hovedgruppe titles in an emne's document
    float groupDocument = 0.3f;   // the gruppe's document against the emne's own
    float sizePrior = 0.2f;       // emner with many keywords are the ones used most
    float groupSpread = 0.2f;     // share of the best score in a gruppe given to all its emner
    float learnedWeight = 1.2f;   // a learned case against a keyword of weight 5
    float contextBoost = 0.5f;    // the most an emne gains from a KleCaseContext (a factor 1 + this)
    float partWeight = 0.5f;      // a compound part against a whole word
    float paragraphWeight = 1.0f; // a law paragraph's neighbours ("§90-94" for "§92")
    int minGram = 3;
    int maxGram = 5;
};

} // namespace akta::kle

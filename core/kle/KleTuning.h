#pragma once

namespace akta::kle {

// The weights of KleClassifier's scoring. The defaults are the ones tuned on the OS2KLE hold-out
// (tests/bench/eval_kle_classifier.cpp, where --set name=value changes them).
//
// An emne's score is
//   (max(nearest, learned) + centroidWord * bm25Word + centroidGram * bm25Gram) * (1 + keywords)^sizePrior
//   + groupSpread * (the best such score in its gruppe)
// where nearest is its best single title or keyword (cosine, words and n-grams weighted by nearestWord and
// nearestGram, times the keyword's weight prior), learned the same over its learned cases, and bm25* treat
// all of the emne's texts together as one document.
struct KleTuning
{
    float nearestWord = 1.0f;  // best single text, word stems
    float nearestGram = 1.0f;  // best single text, character n-grams
    float centroidWord = 1.0f; // all of the emne's texts as one document (BM25), word stems
    float centroidGram = 1.0f; // the same, character n-grams
    float bm25K1 = 1.2f;
    float bm25B = 0.75f;
    float titleWeight = 1.5f;     // an emne title against a keyword of weight 5
    float groupContext = 0.15f;   // gruppe and hovedgruppe titles in an emne's document
    float sizePrior = 0.2f;       // emner with many keywords are the ones used most
    float groupSpread = 0.2f;     // share of the best score in a gruppe given to all its emner
    float learnedWeight = 1.2f;   // a learned case against a keyword of weight 5
    float contextBoost = 0.5f;    // the most an emne gains from a KleCaseContext (as a factor 1 + this)
    float partWeight = 0.5f;      // a compound part against a whole word
    float paragraphWeight = 1.0f; // a law paragraph's neighbours ("§90-94" for "§92")
    int minGram = 3;
    int maxGram = 5;
};

} // namespace akta::kle

#pragma once

namespace akta::kle {

// Where a text the KleClassifier matches comes from.
enum class KleSource
{
    Title,   // the emne's own title
    Keyword, // an OS2KLE keyword
    Stikord, // a stikord of the official KLE plan
    Learned  // a case of this municipality
};

} // namespace akta::kle

#pragma once

#include <stdexcept>

namespace akta::review {

// A review request or decision that cannot be made: the message says why. Nothing was stored.
class ReviewError final : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

} // namespace akta::review

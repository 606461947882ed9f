#pragma once

#include <QString>

namespace akta::review {

// The local store's part of personnel cases and leaders' review (migration v9,
// docs/adr/0013-personnel-review.md): a personnel case names its employee (a user name); HR's
// directory holds the CPR numbers of the users who have one; a document carries its review (state,
// the leader asked, who asked and when, the decision's comment, who decided and when), with an index
// that finds what waits for a leader.
class ReviewSchema final
{
public:
    static QString migration();
};

} // namespace akta::review

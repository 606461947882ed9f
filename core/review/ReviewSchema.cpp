#include "review/ReviewSchema.h"

namespace akta::review {

QString ReviewSchema::migration()
{
    return QStringLiteral(R"SQL(
ALTER TABLE cases ADD COLUMN employee TEXT;
ALTER TABLE users ADD COLUMN cpr TEXT;
ALTER TABLE documents ADD COLUMN review_state TEXT NOT NULL DEFAULT 'none'
    CHECK (review_state IN ('none','pending','approved','rejected'));
ALTER TABLE documents ADD COLUMN reviewer TEXT;
ALTER TABLE documents ADD COLUMN review_requested_by TEXT;
ALTER TABLE documents ADD COLUMN review_requested_at TEXT;
ALTER TABLE documents ADD COLUMN review_comment TEXT;
ALTER TABLE documents ADD COLUMN review_decided_by TEXT;
ALTER TABLE documents ADD COLUMN review_decided_at TEXT;
CREATE INDEX documents_review ON documents(reviewer, review_state);
)SQL");
}

} // namespace akta::review

#pragma once

#include "ExtractedText.h"

namespace akta::extract {

// HTML to plain text with QTextDocument::setHtml + toPlainText (entities, block structure; the contents of
// <script>, <style> and <head> are left out). Needs a QGuiApplication: main() creates one on the
// "offscreen" platform for HTML files only. The charset comes from a BOM or <meta charset>, else the
// plain-text rules (UTF-8 if valid, else Windows-1252).
class HtmlTextExtractor final
{
public:
    static ExtractedText extract(const QString& filePath);
};

} // namespace akta::extract

#pragma once

#include <QString>

// The readable plain-text twin of an HTML body, for the text/plain half of
// multipart/alternative. QtCore only (no QTextDocument): a forgiving one-pass reader that keeps
// what a person needs — paragraphs, line breaks, lists ("- ", "1. "), quotes ("> "), link targets
// ("text <url>"), image alt text, decoded entities — and drops <head>, <style> and <script>.
// Lines are separated by '\n'; there is no trailing line break.
class HtmlToText
{
public:
    static QString convert(const QString &html);
};

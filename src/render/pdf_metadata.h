#pragma once
// PDF document properties and bookmarks that Qt's PDF writer cannot set (it writes Title, Creator and
// Producer only): Author, Subject, Keywords, and one bookmark per page, added with qpdf to the bytes Qt
// produced before they are written to disk.

#include <QByteArray>
#include <string>
#include <vector>

namespace couverture::render {

struct PdfMetadata {
    std::string title;
    std::string author; // the producer of the map
    std::string subject;
    std::string keywords;               // separated by "; "
    std::vector<std::string> bookmarks; // one per page, in order; empty: no outline
};

// The same PDF with the properties set and the bookmarks as its outline (opened in the viewer's side
// panel when there are bookmarks). Throws OutputError when qpdf cannot read what Qt wrote.
QByteArray withPdfMetadata(const QByteArray& pdf, const PdfMetadata& metadata);
// The same for a document written in parts (an atlas's page ranges drawn on several threads): the pages of
// `parts` joined in order, then the properties and bookmarks as above. Properties Qt wrote come from the
// first part.
QByteArray withPdfMetadata(const std::vector<QByteArray>& parts, const PdfMetadata& metadata);

} // namespace couverture::render

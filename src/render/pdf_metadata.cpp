#include "render/pdf_metadata.h"

#include "core/problem.h"
#include "core/table_writer.h"
#include "core/texts.h"

// qpdf 11: std::shared_ptr everywhere, no PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <memory>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

namespace couverture::render {

QByteArray withPdfMetadata(const QByteArray& bytes, const PdfMetadata& metadata) {
    return withPdfMetadata(std::vector<QByteArray>{bytes}, metadata);
}

QByteArray withPdfMetadata(const std::vector<QByteArray>& parts, const PdfMetadata& metadata) {
    try {
        QPDF pdf;
        const QByteArray& bytes = parts.front();
        pdf.processMemoryFile("map.pdf", bytes.constData(), static_cast<std::size_t>(bytes.size()));
        std::vector<std::unique_ptr<QPDF>> others; // their objects are copied when the writer runs
        for (std::size_t i = 1; i < parts.size(); ++i) {
            auto other = std::make_unique<QPDF>();
            other->processMemoryFile("part.pdf", parts[i].constData(),
                                     static_cast<std::size_t>(parts[i].size()));
            QPDFPageDocumentHelper joined(pdf);
            for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*other).getAllPages()) {
                joined.addPage(page, false);
            }
            others.push_back(std::move(other));
        }
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        auto set = [&](const char* key, const std::string& value) {
            if (!value.empty()) {
                info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value));
            }
        };
        set("/Title", metadata.title);
        set("/Author", metadata.author);
        set("/Subject", metadata.subject);
        set("/Keywords", metadata.keywords);

        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        const std::size_t count = std::min(pages.size(), metadata.bookmarks.size());
        if (count > 0) {
            QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            std::vector<QPDFObjectHandle> items;
            for (std::size_t i = 0; i < count; ++i) {
                QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
                item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(metadata.bookmarks[i]));
                item.replaceKey("/Parent", outlines);
                QPDFObjectHandle destination = QPDFObjectHandle::newArray();
                destination.appendItem(pages[i].getObjectHandle());
                destination.appendItem(QPDFObjectHandle::newName("/Fit"));
                item.replaceKey("/Dest", destination);
                if (!items.empty()) {
                    item.replaceKey("/Prev", items.back());
                    items.back().replaceKey("/Next", item);
                }
                items.push_back(item);
            }
            outlines.replaceKey("/First", items.front());
            outlines.replaceKey("/Last", items.back());
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(items.size())));
            pdf.getRoot().replaceKey("/Outlines", outlines);
            pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setStaticID(false);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception& error) {
        throwOutputError({}, fill(translate("Render", "cannot add the PDF properties: %1"), {error.what()}));
    }
}

} // namespace couverture::render

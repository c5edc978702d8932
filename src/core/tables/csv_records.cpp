#include "core/tables/csv_records.h"

#include "core/problem.h"
#include "core/texts.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace couverture {
namespace {

constexpr std::size_t kChunk = 4 << 20;
constexpr std::size_t kSniffRecords = 21; // the header and 20 records decide the separator

// Separator counts outside double quotes.
std::array<std::size_t, 3> separatorCounts(std::string_view record) {
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    for (const char c : record) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            counts[0] += c == ',' ? 1 : 0;
            counts[1] += c == ';' ? 1 : 0;
            counts[2] += c == '\t' ? 1 : 0;
        }
    }
    return counts;
}

} // namespace

CsvRecords::CsvRecords(const std::string& path) : path_(path) {
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) {
        throwInputError(path, {}, 0, translate("Problem", "the file could not be opened"));
    }
    std::fseek(file_, 0, SEEK_END);
    size_ = static_cast<std::uint64_t>(std::max(0L, std::ftell(file_)));
    std::fseek(file_, 0, SEEK_SET);
    refill();
    const std::string_view start = buffer_;
    if (start.starts_with("\xEF\xBB\xBF")) {
        position_ = 3;
    }
    std::string_view text;
    std::int64_t line = 0, index = 0;
    while (lookahead_.size() < kSniffRecords && nextText(text, line, index)) {
        lookahead_.push_back({std::string(text), line, index, textEndLine_});
    }
    if (lookahead_.empty()) {
        throwInputError(path, {}, 0, translate("Problem", "empty table: the file has no rows"));
    }
    // The separator that splits the header and the following records into the same number of cells, the
    // most frequent one on ties.
    static constexpr char kSeparators[3] = {',', ';', '\t'};
    const auto headerCounts = separatorCounts(lookahead_.front().text);
    std::array<std::size_t, 3> consistent{};
    for (std::size_t r = 1; r < lookahead_.size(); ++r) {
        const auto counts = separatorCounts(lookahead_[r].text);
        for (std::size_t k = 0; k < 3; ++k) {
            consistent[k] += counts[k] == headerCounts[k] ? 1 : 0;
        }
    }
    std::size_t best = 0;
    bool found = false;
    for (std::size_t k = 0; k < 3; ++k) {
        if (headerCounts[k] == 0) {
            continue;
        }
        if (!found || consistent[k] > consistent[best] ||
            (consistent[k] == consistent[best] && headerCounts[k] > headerCounts[best])) {
            best = k;
            found = true;
        }
    }
    if (!found) {
        throwInputError(path, {}, 0,
                        translate("Problem", "not a table GDAL can open: the header row has a single column "
                                             "(expected columns separated by commas, semicolons or tabs)"));
    }
    separator_ = kSeparators[best];
    std::size_t sampled = 0;
    for (const auto& record : lookahead_) {
        sampled += record.text.size() + 1;
    }
    // Half as many again as the first records' size suggests: reserved memory that stays unused costs
    // address space only, a vector that must grow costs a copy of everything read so far.
    estimate_ =
        static_cast<std::int64_t>(1.5 * static_cast<double>(size_) * static_cast<double>(lookahead_.size()) /
                                  static_cast<double>(std::max<std::size_t>(sampled, 1))) +
        16;
    std::vector<std::string_view> header;
    split(lookahead_.front().text, header);
    width_ = header.size();
}

CsvRecords::~CsvRecords() {
    if (file_ != nullptr) {
        std::fclose(file_);
    }
}

double CsvRecords::fraction() const {
    if (size_ == 0) {
        return 1.0;
    }
    const auto unread = static_cast<double>(buffer_.size() - position_);
    return std::clamp((static_cast<double>(consumed_) - unread) / static_cast<double>(size_), 0.0, 1.0);
}

bool CsvRecords::refill() {
    if (eof_) {
        return false;
    }
    buffer_.erase(0, position_);
    position_ = 0;
    const std::size_t old = buffer_.size();
    // No more than the file holds (and one byte to see its end): a small table's reader does not clear 4 MB
    // on every pass (11 reads a second of a 1 KB table under the fuzzer's sanitizers, 180 without).
    const std::size_t chunk =
        size_ > consumed_ ? std::min<std::uint64_t>(kChunk, size_ - consumed_ + 1) : std::size_t{kChunk};
    buffer_.resize(old + chunk);
    const std::size_t got = std::fread(buffer_.data() + old, 1, chunk, file_);
    buffer_.resize(old + got);
    consumed_ += got;
    if (got < chunk) {
        if (std::ferror(file_) != 0) {
            throwInputError(path_, {}, 0, translate("Problem", "the file could not be read"));
        }
        eof_ = true;
    }
    const std::string_view first(buffer_.data(), consumed_ == got ? got : 0);
    // Excel's "Unicode text" and some exports write UTF-16: an encoding this reader does not read.
    if (first.starts_with("\xFF\xFE") || first.starts_with("\xFE\xFF")) {
        throwInputError(
            path_, {}, 0,
            translate("Problem",
                      "unreadable encoding: the file is UTF-16 (Excel's \"Unicode text\"); save it "
                      "as \"CSV UTF-8\", CSV or XLSX"));
    }
    if (std::memchr(buffer_.data() + old, '\0', got) != nullptr) {
        throwInputError(path_, {}, 0,
                        translate("Problem", "not a table GDAL can open: expected a CSV (comma, semicolon or "
                                             "tab), XLSX or ODS file"));
    }
    return got > 0;
}

bool CsvRecords::nextText(std::string_view& text, std::int64_t& line, std::int64_t& index) {
    for (;;) {
        // Offsets are relative to position_, which a refill moves to 0.
        std::size_t scan = 0;
        std::size_t quotes = 0;
        std::size_t end = 0, after = 0;
        const std::int64_t startLine = line_;
        for (;;) {
            const char* data = buffer_.data() + position_;
            const std::size_t n = buffer_.size() - position_;
            std::size_t e = scan;
            while (e < n && data[e] != '\n' && data[e] != '\r') {
                quotes += data[e] == '"' ? 1 : 0;
                ++e;
            }
            if (e >= n) {
                scan = e;
                if (refill()) {
                    continue;
                }
                if (e == 0) {
                    return false; // nothing left
                }
                if (quotes % 2 != 0) {
                    throwInputError(
                        path_, {}, 0,
                        fill(translate("Problem", "line %1: a double quote opened on this line is "
                                                  "never closed, so every line after it would be "
                                                  "read as one cell; close or remove the quote"),
                             {std::to_string(startLine)}));
                }
                ++line_;
                end = after = e;
                break;
            }
            if (data[e] == '\r' && e + 1 >= n && !eof_) {
                scan = e; // a CR at the end of the buffer: is an LF next?
                refill();
                continue;
            }
            const std::size_t next = data[e] == '\r' && e + 1 < n && data[e + 1] == '\n' ? e + 2 : e + 1;
            ++line_;
            if (quotes % 2 == 0) {
                end = e;
                after = next;
                break;
            }
            scan = next;
        }
        const std::string_view record(buffer_.data() + position_, end);
        position_ += after;
        const std::int64_t recordIndex = totalRecords_++;
        textEndLine_ = line_ - 1;
        if (record.empty()) {
            continue;
        }
        text = record;
        line = startLine;
        index = recordIndex;
        return true;
    }
}

void CsvRecords::split(std::string_view record, std::vector<std::string_view>& cells) {
    cells.clear();
    lastHoldsRows_ = false;
    std::size_t used = 0; // scratch strings used by this record
    std::size_t i = 0;
    const std::size_t n = record.size();
    for (;;) {
        const std::size_t start = i;
        bool quoted = false;
        bool anyQuote = false;
        while (i < n) {
            const char c = record[i];
            if (c == '"') {
                anyQuote = true;
                quoted = !quoted;
            } else if (c == separator_ && !quoted) {
                break;
            }
            ++i;
        }
        const std::string_view raw = record.substr(start, i - start);
        if (!anyQuote) {
            cells.push_back(raw);
        } else {
            if (width_ > 1 && raw.find_first_of("\r\n") != std::string_view::npos &&
                static_cast<std::size_t>(std::count(raw.begin(), raw.end(), separator_)) + 1 >= width_) {
                lastHoldsRows_ = true;
            }
            if (used == scratch_.size()) {
                scratch_.emplace_back(); // a deque: earlier strings, and views of them, stay in place
            }
            std::string& out = scratch_[used++];
            out.clear();
            bool inside = false;
            for (std::size_t k = 0; k < raw.size(); ++k) {
                if (raw[k] != '"') {
                    out += raw[k];
                } else if (inside && k + 1 < raw.size() && raw[k + 1] == '"') {
                    out += '"';
                    ++k;
                } else {
                    inside = !inside;
                }
            }
            cells.push_back(out);
        }
        if (i >= n) {
            break;
        }
        ++i; // the separator
    }
}

bool CsvRecords::next(std::vector<std::string_view>& cells, std::int64_t& line, std::int64_t& index) {
    if (!lookahead_.empty()) {
        current_ = std::move(lookahead_.front());
        lookahead_.pop_front();
        split(current_.text, cells);
        line = current_.line;
        index = current_.index;
        lastEndLine_ = current_.endLine;
    } else {
        std::string_view text;
        if (!nextText(text, line, index)) {
            return false;
        }
        split(text, cells);
        lastEndLine_ = textEndLine_;
    }
    lastOverflow_ = 0;
    for (std::size_t i = width_; i < cells.size(); ++i) {
        if (cells[i].find_first_not_of(" \t") != std::string_view::npos) {
            lastOverflow_ = cells.size();
            break;
        }
    }
    cells.resize(width_);
    return true;
}

} // namespace couverture

#pragma once
// CSV records read as a stream, split as GDAL's CSV driver splits them (a record is a physical line, extended
// while its count of double quotes is odd; "" is a quote inside quotes), with the separator sniffed.
//
// Why not GDAL's CSV driver: on the 1.5-million-row, 202 MB 3W it spent most of `coverage`'s time building an
// OGRFeature per row, and its callers kept the whole file in memory to find blank lines and separators GDAL
// 3.6 misreads (it looks at the header line only). This reader reads 4 MB at a time and knows every line.

#include <cstdint>
#include <cstdio>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

class CsvRecords {
public:
    // Opens the file and reads ahead as far as the separator needs. Throws InputError for a missing or
    // unreadable file, UTF-16, binary content, no rows, or a header with a single column; next() throws it
    // for a double quote that is never closed (it would swallow every following line into one cell).
    explicit CsvRecords(const std::string& path);
    ~CsvRecords();
    CsvRecords(const CsvRecords&) = delete;
    CsvRecords& operator=(const CsvRecords&) = delete;

    char separator() const { return separator_; }
    std::size_t width() const { return width_; } // cells of the first non-blank record
    // The next non-blank record split into cells (views valid until the next call; fewer cells than width()
    // are padded with empty ones, further ones dropped). `line` is where it starts (1-based), `index` its
    // position among all records, blank lines included. False at the end of the file.
    bool next(std::vector<std::string_view>& cells, std::int64_t& line, std::int64_t& index);
    std::int64_t totalRecords() const { return totalRecords_; } // blank ones included, so far
    double fraction() const;                                    // of the file's bytes read
    // Records the file holds, estimated from the size of the first ones: generous, for reserving.
    std::int64_t estimatedRecords() const { return estimate_; }
    // The line the last record returned by next() ends on: past its first line when a quoted cell holds line
    // breaks (or a stray quote took the following lines into the record).
    std::int64_t lastEndLine() const { return lastEndLine_; }
    // The cells the last record had when some beyond width() were not empty (and were dropped), else 0.
    std::size_t lastOverflow() const { return lastOverflow_; }
    // Whether a quoted cell of the last record holds line breaks and as many separators as a whole row: what
    // a stray quote makes of the rows it takes into one cell (a note over two lines does not look so).
    bool lastHoldsRows() const { return lastHoldsRows_; }

private:
    struct Pending {
        std::string text;
        std::int64_t line = 0, index = 0, endLine = 0;
    };
    bool nextText(std::string_view& text, std::int64_t& line, std::int64_t& index);
    bool refill();
    void split(std::string_view record, std::vector<std::string_view>& cells);

    std::string path_;
    std::FILE* file_ = nullptr;
    std::uint64_t size_ = 0, consumed_ = 0;
    std::string buffer_;
    std::size_t position_ = 0;
    bool eof_ = false;
    std::int64_t line_ = 1;
    std::int64_t totalRecords_ = 0;
    std::deque<Pending> lookahead_;
    Pending current_;
    char separator_ = ',';
    std::size_t width_ = 0;
    std::int64_t estimate_ = 1;
    std::int64_t textEndLine_ = 0, lastEndLine_ = 0;
    std::size_t lastOverflow_ = 0;
    bool lastHoldsRows_ = false;
    std::deque<std::string> scratch_; // unquoted cells; a deque keeps them in place as it grows
};

} // namespace couverture

#include "core/store/release_reader.h"

#include "core/texts.h"

#include <algorithm>
#include <optional>

namespace couverture::store {
namespace {

struct Publication {
    std::int64_t id = 0;
    std::string cluster;
    bool sensitive = false;
    std::string sourceFile, sourceSheet;
    bool hasHxlRow = false;
    std::int64_t emptyRows = 0;
    std::int64_t rowCount = 0;
};

std::vector<Publication> publicationsOf(Connection& connection, const std::string& release,
                                        const std::vector<std::string>& clusters) {
    const Result result = connection.exec(
        "SELECT id, cluster, sensitive, source_file, source_sheet, has_hxl_row, empty_rows, row_count "
        "FROM couverture.publications WHERE release = $1 ORDER BY cluster",
        {text(release)});
    std::vector<Publication> publications;
    for (int i = 0; i < result.rows(); ++i) {
        Publication publication{result.integerValue(i, 0), result.value(i, 1),
                                result.value(i, 2) == "t", result.value(i, 3),
                                result.value(i, 4),        result.value(i, 5) == "t",
                                result.integerValue(i, 6), result.integerValue(i, 7)};
        if (clusters.empty() ||
            std::find(clusters.begin(), clusters.end(), publication.cluster) != clusters.end()) {
            publications.push_back(std::move(publication));
        }
    }
    return publications;
}

std::vector<int> parseIntegerArray(const std::string& text) {
    std::vector<int> values;
    std::string number;
    for (char c : text) {
        if ((c >= '0' && c <= '9') || c == '-') {
            number += c;
        } else if (!number.empty()) {
            values.push_back(std::stoi(number));
            number.clear();
        }
    }
    return values;
}

void readColumns(Connection& connection, std::int64_t publication, ActivityTable& table) {
    const Result columns = connection.exec(
        "SELECT role, column_index, header, hxl, how, summed_with FROM couverture.publication_columns "
        "WHERE publication_id = $1 ORDER BY position",
        {integer(publication)});
    for (int i = 0; i < columns.rows(); ++i) {
        Role role{};
        if (columns.isNull(i, 0) || !parseRole(columns.value(i, 0), role)) {
            if (std::find(table.unmappedHeaders.begin(), table.unmappedHeaders.end(), columns.value(i, 2)) ==
                table.unmappedHeaders.end()) {
                table.unmappedHeaders.push_back(columns.value(i, 2));
            }
            continue;
        }
        ColumnMapping mapping;
        mapping.column = static_cast<int>(columns.integerValue(i, 1));
        mapping.header = columns.value(i, 2);
        mapping.hxl = columns.value(i, 3);
        mapping.how = columns.value(i, 4);
        mapping.summedWith = parseIntegerArray(columns.value(i, 5));
        table.mapping.emplace(role, std::move(mapping));
    }
}

Severity parseSeverity(const std::string& key) {
    return key == "info" ? Severity::Info : key == "error" ? Severity::Error : Severity::Warning;
}

void readProblems(Connection& connection, std::int64_t publication, ActivityTable& table) {
    const Result problems = connection.exec(
        "SELECT severity, file, place, row_number, message FROM couverture.publication_problems "
        "WHERE publication_id = $1 ORDER BY position",
        {integer(publication)});
    for (int i = 0; i < problems.rows(); ++i) {
        table.problems.push_back({parseSeverity(problems.value(i, 0)), problems.value(i, 1),
                                  problems.value(i, 2), problems.integerValue(i, 3), problems.value(i, 4)});
    }
}

std::optional<double> optionalNumber(const Result& result, int row, int column) {
    if (column < 0 || result.isNull(row, column)) {
        return std::nullopt;
    }
    return std::stod(result.value(row, column));
}

std::optional<Date> optionalDate(const Result& result, int row, int column) {
    if (column < 0 || result.isNull(row, column)) {
        return std::nullopt;
    }
    return parseDate(result.value(row, column));
}

std::int64_t readRows(Connection& connection, std::int64_t publication, ActivityTable& table) {
    const Result rows = connection.exec(
        "SELECT * FROM couverture.activity_rows WHERE publication_id = $1 ORDER BY row_number",
        {integer(publication)});
    // Role columns are found by name: a store upgraded by a newer Couverture may hold more of them.
    std::vector<std::pair<int, Role>> roleColumns;
    for (int column = 0; column < rows.columns(); ++column) {
        Role role{};
        if (parseRole(rows.columnName(column), role)) {
            roleColumns.emplace_back(column, role);
        }
    }
    const int rowNumber = rows.column("row_number");
    const int sourceLine = rows.column("source_line");
    const int start = rows.column("parsed_start");
    const int end = rows.column("parsed_end");
    const int targeted = rows.column("people_targeted");
    const int reached = rows.column("people_reached");
    for (int i = 0; i < rows.rows(); ++i) {
        ActivityRow row;
        row.row = rows.integerValue(i, rowNumber);
        row.sourceLine = rows.integerValue(i, sourceLine);
        for (const auto& [column, role] : roleColumns) {
            row.cell(role) = rows.value(i, column);
        }
        row.start = optionalDate(rows, i, start);
        row.end = optionalDate(rows, i, end);
        row.targeted = optionalNumber(rows, i, targeted);
        row.reached = optionalNumber(rows, i, reached);
        table.rows.push_back(std::move(row));
    }
    return rows.rows();
}

} // namespace

std::vector<ReleaseInfo> listReleases(Connection& connection) {
    const Result result = connection.exec(
        "SELECT r.release, to_char(r.first_published AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "r.rows, p.cluster FROM couverture.releases r JOIN couverture.publications p USING (release) "
        "ORDER BY r.first_published, r.release, p.cluster");
    std::vector<ReleaseInfo> releases;
    for (int i = 0; i < result.rows(); ++i) {
        if (releases.empty() || releases.back().release != result.value(i, 0)) {
            releases.push_back({result.value(i, 0), result.value(i, 1), {}, result.integerValue(i, 2)});
        }
        releases.back().clusters.push_back(result.value(i, 3));
    }
    return releases;
}

std::string latestRelease(Connection& connection) {
    const Result result = connection.exec("SELECT release FROM couverture.latest_release");
    return result.rows() == 0 ? std::string() : result.value(0, 0);
}

ActivityTable readRelease(Connection& connection, const std::string& release,
                          const std::vector<std::string>& clusters) {
    // One snapshot for the whole read: a publish that commits meanwhile is seen whole or not at all.
    Transaction snapshot(connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    ActivityTable table;
    table.path = connection.target() + " release=" + release;
    const std::vector<Publication> publications = publicationsOf(connection, release, clusters);
    if (publications.empty()) {
        throwInputError(table.path, clusters.empty() ? "" : "cluster", 0,
                        fill(clusters.empty()
                                 ? translate("Store", "the store has no release '%1'")
                                 : translate("Store", "release '%1' has none of the clusters asked for"),
                             {release}));
    }
    for (const Publication& publication : publications) {
        table.sheet += table.sheet.empty() ? "cluster " : ", cluster ";
        table.sheet += publication.cluster;
        table.hasHxlRow = table.hasHxlRow || publication.hasHxlRow;
        table.emptyRows += publication.emptyRows;
        readColumns(connection, publication.id, table);
        readProblems(connection, publication.id, table);
        const std::int64_t read = readRows(connection, publication.id, table);
        if (read < publication.rowCount) {
            table.problems.push_back(
                {Severity::Warning, table.path, "cluster " + publication.cluster, 0,
                 fill(publication.sensitive
                          ? translate("Store", "%1 of the cluster's %2 rows are not readable by this role (a "
                                               "sensitive table: only its coverage is published to readers)")
                          : translate("Store", "%1 of the cluster's %2 rows are not readable by this role"),
                      {std::to_string(publication.rowCount - read), std::to_string(publication.rowCount)})});
        }
    }
    snapshot.commit();
    if (table.rows.empty()) {
        throwInputError(
            table.path, table.sheet, 0,
            translate("Store", "no row of this release is readable by this role (sensitive tables show their "
                               "coverage only, in couverture.coverage_region/cercle/commune)"));
    }
    return table;
}

ActivityTable readStoreActivities(const std::string& source) {
    const StoreSource parsed = parseStoreSource(source);
    try {
        Connection connection(parsed.conninfo);
        std::string release = parsed.release;
        if (release.empty()) {
            release = latestRelease(connection);
            if (release.empty()) {
                throwInputError(connection.target(), "", 0,
                                translate("Store", "the store has no release yet"));
            }
        }
        return readRelease(connection, release, parsed.clusters);
    } catch (const StoreError& error) {
        throwInputError(describeTarget(parsed.conninfo), "", 0, error.what());
    }
}

} // namespace couverture::store

#include "core/store/publish.h"

#include "core/store/schema.h"
#include "core/table_writer.h"
#include "core/texts.h"

#include <cstdio>
#include <sstream>

namespace couverture::store {
namespace {

std::string wkbOf(const GEOSGeometry* geometry) {
    if (geometry == nullptr) {
        return {};
    }
    GEOSContextHandle_t context = geos::context();
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(context);
    GEOSWKBWriter_setOutputDimension_r(context, writer, 2);
    std::size_t size = 0;
    unsigned char* wkb = GEOSWKBWriter_write_r(context, writer, geometry, &size);
    std::string bytes(reinterpret_cast<const char*>(wkb), size);
    GEOSFree_r(context, wkb);
    GEOSWKBWriter_destroy_r(context, writer);
    return bytes;
}

std::string parentPcode(const AdminTree& tree, const AdminUnit& unit) {
    return unit.parent == kNoUnit || tree.unit(unit.parent).level == AdminLevel::Country
               ? std::string()
               : tree.unit(unit.parent).pcode;
}

// The boundary set the publication refers to: found by fingerprint, inserted the first time.
std::int64_t ensureBoundarySet(Connection& connection, const AdminTree& tree, const std::string& source) {
    const std::string fingerprint = boundaryFingerprint(tree);
    const Result inserted = connection.exec(
        "INSERT INTO couverture.boundary_sets (fingerprint, source, units) VALUES ($1, $2, $3) "
        "ON CONFLICT (fingerprint) DO NOTHING RETURNING id",
        {text(fingerprint), text(source), integer(static_cast<std::int64_t>(tree.size()))});
    if (inserted.rows() == 0) {
        return connection
            .exec("SELECT id FROM couverture.boundary_sets WHERE fingerprint = $1", {text(fingerprint)})
            .integerValue(0, 0);
    }
    const std::int64_t id = inserted.integerValue(0, 0);
    std::vector<std::vector<Param>> units;
    for (AdminLevel level : kMappedLevels) {
        for (UnitId unitId : tree.level(level)) {
            const AdminUnit& unit = tree.unit(unitId);
            const std::string wkb = wkbOf(unit.geometry.get());
            units.push_back({integer(id), text(std::string(levelKey(level))), text(unit.pcode),
                             text(unit.name), optionalText(parentPcode(tree, unit)),
                             wkb.empty() ? null() : bytes(wkb)});
        }
    }
    connection.execBatch("INSERT INTO couverture.boundary_units "
                         "(boundary_set_id, level, pcode, name, parent_pcode, geom) "
                         "VALUES ($1, $2, $3, $4, $5, ST_Multi(ST_GeomFromWKB($6, 4326)))",
                         units);
    return id;
}

void insertColumns(Connection& connection, std::int64_t publication, const ActivityTable& table) {
    std::vector<std::vector<Param>> rows;
    for (const auto& [role, mapping] : table.mapping) {
        std::string summed = "{";
        for (int column : mapping.summedWith) {
            summed += summed.size() > 1 ? "," : "";
            summed += std::to_string(column);
        }
        rows.push_back({integer(publication), integer(static_cast<std::int64_t>(rows.size())),
                        text(std::string(roleKey(role))), integer(mapping.column), text(mapping.header),
                        text(mapping.hxl), text(mapping.how), text(summed + "}")});
    }
    for (const std::string& header : table.unmappedHeaders) {
        rows.push_back({integer(publication), integer(static_cast<std::int64_t>(rows.size())), null(),
                        integer(-1), text(header), text(""), text("not used"), text("{}")});
    }
    connection.execBatch("INSERT INTO couverture.publication_columns "
                         "(publication_id, position, role, column_index, header, hxl, how, summed_with) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                         rows);
}

std::string_view severityKey(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        break;
    }
    return "error";
}

void insertProblems(Connection& connection, std::int64_t publication, const Problems& problems) {
    std::vector<std::vector<Param>> rows;
    for (const Problem& problem : problems) {
        rows.push_back({integer(publication), integer(static_cast<std::int64_t>(rows.size())),
                        text(std::string(severityKey(problem.severity))), text(problem.file),
                        text(problem.where), integer(problem.row), text(problem.message)});
    }
    connection.execBatch("INSERT INTO couverture.publication_problems "
                         "(publication_id, position, severity, file, place, row_number, message) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                         rows);
}

void insertAliases(Connection& connection, std::int64_t publication, const ReleaseContent& content) {
    std::vector<std::vector<Param>> rows;
    for (const Alias& alias : content.aliases) {
        std::int64_t placed = 0;
        for (const Match& match : content.reconciled->matches) {
            placed += match.method == MatchMethod::Alias && match.unit != kNoUnit &&
                      content.tree->unit(match.unit).pcode == alias.pcode;
        }
        rows.push_back({integer(publication), integer(static_cast<std::int64_t>(rows.size())),
                        text(std::string(levelKey(alias.level))), text(alias.input), text(alias.parent),
                        text(alias.pcode), integer(placed)});
    }
    connection.execBatch("INSERT INTO couverture.publication_aliases "
                         "(publication_id, position, level, input, parent, pcode, rows_placed) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                         rows);
}

// The statement's text is made of constant column names (this file's and the role keys), never of values.
std::string insertStatement(Connection& connection, const std::string& table,
                            const std::vector<std::string>& columns) {
    std::string names;
    std::string placeholders;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        names += i == 0 ? "" : ", ";
        names += connection.quoteIdentifier(columns[i]);
        placeholders += i == 0 ? "$" : ", $";
        placeholders += std::to_string(i + 1);
    }
    return "INSERT INTO couverture." + table + " (" + names + ") VALUES (" + placeholders + ")";
}

Param optionalDate(const std::optional<Date>& date) {
    return date ? text(formatDate(*date)) : null();
}
Param optionalReal(const std::optional<double>& value) {
    return value ? real(*value) : null();
}

void insertRows(Connection& connection, std::int64_t publication, const ReleaseContent& content) {
    std::vector<std::string> columns = {
        "publication_id",     "row_number",  "source_file",     "source_sheet",   "source_line",
        "parsed_start",       "parsed_end",  "people_targeted", "people_reached", "match_method",
        "match_level",        "match_pcode", "match_name",      "match_score",    "match_reason",
        "code_name_conflict", "needs_review"};
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        columns.emplace_back(roleKey(static_cast<Role>(i)));
    }
    const ActivityTable& table = *content.table;
    const std::vector<Match>& matches = content.reconciled->matches;
    std::vector<std::vector<Param>> rows;
    rows.reserve(table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const ActivityRow& row = table.rows[i];
        const Match& match = matches[i];
        const bool placed = match.unit != kNoUnit;
        std::vector<Param> params = {integer(publication),
                                     integer(row.row),
                                     text(table.path),
                                     text(table.sheet),
                                     integer(row.sourceLine),
                                     optionalDate(row.start),
                                     optionalDate(row.end),
                                     optionalReal(row.targeted),
                                     optionalReal(row.reached),
                                     text(std::string(methodKey(match.method))),
                                     text(std::string(levelKey(match.level))),
                                     placed ? text(content.tree->unit(match.unit).pcode) : null(),
                                     placed ? text(content.tree->unit(match.unit).name) : null(),
                                     placed ? real(match.score) : null(),
                                     text(match.reason),
                                     boolean(match.codeNameConflict),
                                     boolean(match.needsReview)};
        for (const std::string& cell : row.cells) {
            params.push_back(optionalText(cell));
        }
        rows.push_back(std::move(params));
    }
    connection.execBatch(insertStatement(connection, "activity_rows", columns), rows);
}

void insertCoverage(Connection& connection, std::int64_t publication, const ReleaseContent& content) {
    for (AdminLevel level : kMappedLevels) {
        const OutputTable table = coverageTable(*content.tree, *content.coverage, level, false);
        std::vector<std::string> columns = {"publication_id"};
        for (const OutputColumn& column : table.columns) {
            columns.push_back(column.name);
        }
        std::vector<std::vector<Param>> rows;
        for (const auto& cells : table.rows) {
            std::vector<Param> params = {integer(publication)};
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const bool isText = table.columns[i].type == OutputColumn::Type::Text;
                params.push_back(isText ? text(cells[i]) : optionalText(cells[i]));
            }
            rows.push_back(std::move(params));
        }
        connection.execBatch(insertStatement(connection, "coverage_units", columns), rows);
    }
}

void writeLayerStyles(Connection& connection, const ReleaseContent& content) {
    for (const auto& [level, qml] : content.layerStyles) {
        if (qml.empty()) {
            continue;
        }
        const std::string view = "coverage_" + std::string(levelKey(level)) + "_latest";
        connection.exec("SELECT couverture.set_layer_style($1, $2, $3, $4)",
                        {text(view), text("Couverture " + std::string(levelKey(level))), text(qml),
                         text("Coverage of the latest release, as the Couverture maps (release " +
                              content.release + ", cluster " + content.cluster + ")")});
    }
}

bool report(const Progress& progress, double fraction, const char* message) {
    if (!progress.report(fraction, message)) {
        throw Cancelled{};
    }
    return true;
}

} // namespace

std::string boundaryFingerprint(const AdminTree& tree) {
    // FNV-1a over codes, names, parents and each geometry's size and envelope: cheap, and any edit of the
    // boundaries that matters to a map changes it.
    std::uint64_t hash = 14695981039346656037ULL;
    const auto mix = [&hash](std::string_view bytes) {
        for (unsigned char c : bytes) {
            hash = (hash ^ c) * 1099511628211ULL;
        }
        hash = (hash ^ 0x1fU) * 1099511628211ULL;
    };
    for (AdminLevel level : kMappedLevels) {
        for (UnitId id : tree.level(level)) {
            const AdminUnit& unit = tree.unit(id);
            mix(levelKey(level));
            mix(unit.pcode);
            mix(unit.name);
            mix(parentPcode(tree, unit));
            if (unit.geometry) {
                char envelope[160];
                std::snprintf(envelope, sizeof envelope, "%d %.9f %.9f %.9f %.9f",
                              GEOSGetNumCoordinates_r(geos::context(), unit.geometry.get()), unit.bounds.minX,
                              unit.bounds.minY, unit.bounds.maxX, unit.bounds.maxY);
                mix(envelope);
            }
        }
    }
    char text[32];
    std::snprintf(text, sizeof text, "fnv1a64:%016llx", static_cast<unsigned long long>(hash));
    return text;
}

PublishResult publishRelease(Connection& connection, const ReleaseContent& content,
                             const Progress& progress) {
    if (content.release.empty() || content.cluster.empty()) {
        throw StoreError(translate("Store", "a publication needs a release name and a cluster name"),
                         "22023");
    }
    PublishResult result;
    Transaction transaction(connection);
    // Two publishes of the same cluster and release wait for each other instead of failing on the key.
    connection.exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                    {text("couverture publication\x1f" + content.release + "\x1f" + content.cluster)});
    const Result allowed =
        connection.exec("SELECT couverture.may_edit($1) OR pg_has_role('couverture_admin', 'USAGE')",
                        {text(content.cluster)});
    if (allowed.value(0, 0) != "t") {
        throw StoreError(
            fill(translate("Store", "this role may not publish for cluster '%1' (an administrator "
                                    "adds it to couverture.editor_clusters)"),
                 {content.cluster}),
            "42501");
    }
    report(progress, 0.0, translate("Progress", "replacing the cluster's part of the release").c_str());
    result.replaced = connection
                          .exec("DELETE FROM couverture.publications WHERE release = $1 AND cluster = $2 "
                                "RETURNING id",
                                {text(content.release), text(content.cluster)})
                          .rows() > 0;
    report(progress, 0.05, translate("Progress", "storing the boundaries").c_str());
    result.boundarySetId = ensureBoundarySet(connection, *content.tree, content.boundarySource);
    const ActivityTable& table = *content.table;
    result.publicationId =
        connection
            .exec("INSERT INTO couverture.publications (release, cluster, sensitive, source_file, "
                  "source_sheet, "
                  "has_hxl_row, empty_rows, row_count, boundary_set_id, boundary_source, fuzzy_threshold, "
                  "people_rule, coverage_filter) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                  {text(content.release), text(content.cluster), boolean(content.sensitive), text(table.path),
                   text(table.sheet), boolean(table.hasHxlRow), integer(table.emptyRows),
                   integer(static_cast<std::int64_t>(table.rows.size())), integer(result.boundarySetId),
                   text(content.boundarySource), real(content.fuzzyThreshold),
                   text(std::string(peopleRuleKey(content.coverage->options.peopleRule))),
                   text(content.coverage->options.filter.dataText())})
            .integerValue(0, 0);
    insertColumns(connection, result.publicationId, table);
    insertProblems(connection, result.publicationId, table.problems);
    insertAliases(connection, result.publicationId, content);
    report(progress, 0.15, translate("Progress", "storing the activity rows and their matches").c_str());
    insertRows(connection, result.publicationId, content);
    report(progress, 0.8, translate("Progress", "storing the coverage tables").c_str());
    insertCoverage(connection, result.publicationId, content);
    writeLayerStyles(connection, content);
    report(progress, 0.95, translate("Progress", "committing").c_str());
    transaction.commit();
    result.rows = static_cast<std::int64_t>(table.rows.size());
    report(progress, 1.0, translate("Progress", "published").c_str());
    return result;
}

namespace {

std::string describeSource(const std::string& source) {
    return isStoreSource(source) ? describeTarget(parseStoreSource(source).conninfo) : source;
}

} // namespace

CommandOutput runPublish(const PublishCommandOptions& options) {
    if (options.release.empty() || options.cluster.empty()) {
        throwInputError(
            describeSource(options.target), options.release.empty() ? "--release" : "--cluster", 0,
            translate("Store", "a publication needs a release name (--release) and a cluster name "
                               "(--cluster)"));
    }
    const StoreSource target = parseStoreSource(options.target);
    JoinedActivities joined = loadAndReconcile(options.inputs, options.progress);
    const AdminTree& tree = joined.boundaries.tree;
    const CoverageTable coverage =
        computeCoverage(tree, joined.table.rows, joined.reconciled, options.coverage);
    ReleaseContent content;
    content.release = options.release;
    content.cluster = options.cluster;
    content.sensitive = options.sensitive;
    content.table = &joined.table;
    content.tree = &tree;
    content.reconciled = &joined.reconciled;
    content.coverage = &coverage;
    content.boundarySource = describeSource(options.inputs.boundaries);
    content.fuzzyThreshold = options.inputs.fuzzyThreshold;
    if (!options.inputs.aliases.empty()) {
        content.aliases = readAliases(options.inputs.aliases, tree);
    }
    if (options.layerStyles) {
        content.layerStyles = options.layerStyles(tree, coverage);
    }
    PublishResult published;
    MigrationReport migrated;
    try {
        Connection connection(target.conninfo);
        try {
            requireCurrentSchema(connection);
        } catch (const StoreError& outdated) {
            if (!options.upgradeSchema) {
                throw;
            }
            try {
                migrated = migrateStore(connection);
            } catch (const StoreError& refused) {
                throw StoreError(fill(translate("Store", "%1 (upgrading it failed: %2)"),
                                      {outdated.what(), refused.what()}),
                                 refused.sqlstate);
            }
        }
        published = publishRelease(connection, content, {});
    } catch (const StoreError& error) {
        throwOutputError(describeTarget(target.conninfo), error.what());
    }
    CommandOutput output;
    output.problems = joined.boundaries.problems;
    output.problems.insert(output.problems.end(), joined.table.problems.begin(), joined.table.problems.end());
    std::ostringstream text;
    for (const std::string& step : migrated.applied) {
        text << fill(translate("Store", "store schema: applied %1"), {step}) << "\n";
    }
    const std::string publishedText =
        options.sensitive
            ? (published.replaced
                   ? translate("Store", "published release '%1', cluster '%2' (sensitive: readers see "
                                        "its coverage only) to %3: %4 rows, replacing the cluster's "
                                        "previous part (publication %5)")
                   : translate("Store", "published release '%1', cluster '%2' (sensitive: readers see "
                                        "its coverage only) to %3: %4 rows (publication %5)"))
            : (published.replaced
                   ? translate("Store", "published release '%1', cluster '%2' to %3: %4 rows, "
                                        "replacing the cluster's previous part (publication %5)")
                   : translate("Store", "published release '%1', cluster '%2' to %3: %4 rows "
                                        "(publication %5)"));
    text << fill(publishedText, {options.release, options.cluster, describeTarget(target.conninfo),
                                 std::to_string(published.rows), std::to_string(published.publicationId)});
    output.summary = text.str();
    options.progress.report(1.0, translate("Progress", "published").c_str());
    return output;
}

} // namespace couverture::store

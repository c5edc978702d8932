#pragma once
// Publishing a release: one cluster's activity table as read, every row's match, the aliases used and the
// coverage per level, written in ONE transaction. An interrupted publish (killed process, lost connection)
// leaves nothing: the server rolls the transaction back, and the previous content stays as it was.

#include "core/commands.h"
#include "core/store/connection.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace couverture::store {

// What one publish writes. The pointers must outlive the call.
struct ReleaseContent {
    std::string release;    // "2023-12"
    std::string cluster;    // "Protection", "GBV", "OCHA" ...: a publish replaces only this cluster's part
    bool sensitive = false; // readers see only the coverage, never the rows (GBV)
    const ActivityTable* table = nullptr;
    const AdminTree* tree = nullptr;
    const ReconcileResult* reconciled = nullptr;
    const CoverageTable* coverage = nullptr;
    std::vector<Alias> aliases;
    std::string
        boundarySource; // how the boundaries were named (a path or describeTarget(), never a password)
    double fuzzyThreshold = 0.85;
    std::map<AdminLevel, std::string> layerStyles; // QGIS QML per level for the *_latest views; may be empty
};

struct PublishResult {
    std::int64_t publicationId = 0;
    std::int64_t rows = 0;
    bool replaced = false; // the cluster already had a part in this release
    std::int64_t boundarySetId = 0;
    Problems problems;
};

// The caller must be an editor of content.cluster (or an administrator); the schema must be current.
// Throws StoreError; nothing is left written when it does.
PublishResult publishRelease(Connection& connection, const ReleaseContent& content,
                             const Progress& progress = {});

// --- couverture publish ------------------------------------------------------------------------------------
struct PublishCommandOptions {
    JoinInputs inputs;        // boundaries, the activity table, aliases
    CoverageOptions coverage; // the coverage published with the rows
    std::string target;       // "PG:service=couverture" (a libpq connection string after PG:)
    std::string release;
    std::string cluster;
    bool sensitive = false;
    bool upgradeSchema = true; // apply missing migrations first (needs an administrator)
    // QGIS styles of the coverage layers, made by the caller (the CLI uses the map classes and palettes).
    std::function<std::map<AdminLevel, std::string>(const AdminTree&, const CoverageTable&)> layerStyles;
    Progress progress;
};
// Reads, reconciles, computes coverage and publishes. Throws InputError for the inputs and OutputError (the
// file field names the store by describeTarget(), never with a password) when the store refuses.
CommandOutput runPublish(const PublishCommandOptions& options);

// The fingerprint a boundary set is stored under: the same boundaries give the same set.
std::string boundaryFingerprint(const AdminTree& tree);

} // namespace couverture::store

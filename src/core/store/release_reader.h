#pragma once
// Reading a published release back as an ActivityTable: every command that reads an activity table reads
// "PG:<connection> [release=NAME] [cluster=NAME]" too (the latest release when none is named), and the
// comparison of two releases reads each with readRelease().

#include "core/activity_table.h"
#include "core/store/connection.h"

#include <string>
#include <vector>

namespace couverture::store {

struct ReleaseInfo {
    std::string release;
    std::string firstPublished; // ISO timestamp of its first publication
    std::vector<std::string> clusters;
    std::int64_t rows = 0;
};
// In the order they were first published, oldest first.
std::vector<ReleaseInfo> listReleases(Connection& connection);
// Empty when the store has no release.
std::string latestRelease(Connection& connection);

// All the clusters of a release (or only those named), in one snapshot: a cluster replaced meanwhile is seen
// whole, old or new. Rows keep their file's row numbers; the table's path names the store and the release
// (never a password), its sheet the clusters. Rows a role may not see (a sensitive cluster for a reader)
// are reported as a warning in problems, never silently missing. Throws StoreError, and InputError for an
// unknown release or one with no row this role may read.
ActivityTable readRelease(Connection& connection, const std::string& release,
                          const std::vector<std::string>& clusters = {});

// The reading entry point for "PG:..." activity sources (see parseStoreSource). Throws InputError naming the
// store, never its password.
ActivityTable readStoreActivities(const std::string& source);

} // namespace couverture::store

#pragma once
// The store's schema, created and upgraded by Couverture: numbered migrations recorded in
// couverture.schema_version, each applied once, in order, in one transaction (see docs/store.md).

#include "core/store/connection.h"

#include <string>
#include <vector>

namespace couverture::store {

// The roles every store has (NOLOGIN groups; people log in as their own roles, members of one of these).
inline constexpr const char* kReaderRole = "couverture_reader";
inline constexpr const char* kEditorRole = "couverture_editor";
inline constexpr const char* kAdminRole = "couverture_admin";

struct Migration {
    int version = 0;
    std::string description;
    std::string sql; // constant text: no user value is ever pasted into it
};
const std::vector<Migration>& migrations();
int latestSchemaVersion();

// 0 when the store has no Couverture schema yet.
int storeSchemaVersion(Connection& connection);

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    std::vector<std::string> applied; // "2: ..." per migration applied, then one line for role columns added
};
// Applies the missing migrations (an administrator's work: the first one creates the roles and needs
// CREATEROLE and PostGIS installed, or a superuser). Concurrent callers wait on an advisory lock.
MigrationReport migrateStore(Connection& connection);

// Throws StoreError (SQLSTATE 55000) saying what to run when the schema is missing or older than this build.
void requireCurrentSchema(Connection& connection);

} // namespace couverture::store

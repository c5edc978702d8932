#include "core/store/schema.h"

#include "core/column_roles.h"
#include "core/texts.h"

#include <set>

namespace couverture::store {
namespace {

// The first migration creates the roles (cluster-wide, so only when missing), gives the administrator group
// the right to create in this database, then creates everything as couverture_admin so that any member of it
// can upgrade later.
constexpr const char* kRolesSql = R"sql(
DO $roles$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'couverture_reader') THEN
    CREATE ROLE couverture_reader NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'couverture_editor') THEN
    CREATE ROLE couverture_editor NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'couverture_admin') THEN
    CREATE ROLE couverture_admin NOLOGIN;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO couverture_reader', current_database());
  EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO couverture_admin', current_database());
  IF NOT pg_has_role(current_user, 'couverture_admin', 'MEMBER') THEN
    EXECUTE format('GRANT couverture_admin TO %I', current_user);
  END IF;
END
$roles$;
GRANT couverture_reader TO couverture_editor;
GRANT couverture_editor TO couverture_admin;
CREATE EXTENSION IF NOT EXISTS postgis;

-- The table QGIS reads default layer styles from (same columns as QGIS creates).
DO $styles$
BEGIN
  IF to_regclass('public.layer_styles') IS NULL THEN
    CREATE TABLE public.layer_styles (
      id serial PRIMARY KEY,
      f_table_catalog varchar, f_table_schema varchar, f_table_name varchar, f_geometry_column varchar,
      stylename text, styleqml xml, stylesld xml, useasdefault boolean, description text,
      owner varchar(63) DEFAULT CURRENT_USER, ui xml, update_time timestamp DEFAULT CURRENT_TIMESTAMP,
      type varchar);
    ALTER TABLE public.layer_styles OWNER TO couverture_admin;
  ELSE
    GRANT SELECT, INSERT, UPDATE, DELETE ON public.layer_styles TO couverture_admin;
    GRANT USAGE ON SEQUENCE public.layer_styles_id_seq TO couverture_admin;
  END IF;
  GRANT SELECT ON public.layer_styles TO couverture_reader;
END
$styles$;

SET LOCAL ROLE couverture_admin;
CREATE SCHEMA couverture;
GRANT USAGE ON SCHEMA couverture TO couverture_reader;

CREATE TABLE couverture.schema_version (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by name NOT NULL DEFAULT session_user
);

-- Which login roles edit which cluster's publications (managed by administrators).
CREATE TABLE couverture.editor_clusters (
  role_name name NOT NULL,
  cluster text NOT NULL,
  PRIMARY KEY (role_name, cluster)
);

-- Boundaries are stored once per distinct set (fingerprint of codes, names and geometries) and shared.
CREATE TABLE couverture.boundary_sets (
  id bigserial PRIMARY KEY,
  fingerprint text NOT NULL UNIQUE,
  source text NOT NULL,
  units integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE couverture.boundary_units (
  id bigserial PRIMARY KEY,
  boundary_set_id bigint NOT NULL REFERENCES couverture.boundary_sets (id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('region', 'cercle', 'commune')),
  pcode text NOT NULL,
  name text NOT NULL,
  parent_pcode text,
  geom geometry(MultiPolygon, 4326),
  UNIQUE (boundary_set_id, level, pcode)
);
CREATE INDEX boundary_units_geom ON couverture.boundary_units USING gist (geom);

-- One cluster's part of a release: (release, cluster) is unique, a new publish replaces it whole.
CREATE TABLE couverture.publications (
  id bigserial PRIMARY KEY,
  release text NOT NULL CHECK (release <> ''),
  cluster text NOT NULL CHECK (cluster <> ''),
  sensitive boolean NOT NULL DEFAULT false,
  published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  published_by name NOT NULL DEFAULT current_user,
  source_file text NOT NULL,
  source_sheet text NOT NULL,
  has_hxl_row boolean NOT NULL,
  empty_rows bigint NOT NULL,
  row_count bigint NOT NULL,
  boundary_set_id bigint NOT NULL REFERENCES couverture.boundary_sets (id),
  boundary_source text NOT NULL,
  fuzzy_threshold double precision NOT NULL,
  people_rule text NOT NULL,
  coverage_filter text NOT NULL,
  UNIQUE (release, cluster)
);

-- How the table's columns were understood (role NULL: a column left unused).
CREATE TABLE couverture.publication_columns (
  publication_id bigint NOT NULL REFERENCES couverture.publications (id) ON DELETE CASCADE,
  position integer NOT NULL,
  role text,
  column_index integer NOT NULL,
  header text NOT NULL,
  hxl text NOT NULL,
  how text NOT NULL,
  summed_with integer[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (publication_id, position)
);

-- Row-level problems of the read (they quote cells, so they are row-level data).
CREATE TABLE couverture.publication_problems (
  publication_id bigint NOT NULL REFERENCES couverture.publications (id) ON DELETE CASCADE,
  position integer NOT NULL,
  severity text NOT NULL,
  file text NOT NULL,
  place text NOT NULL,
  row_number bigint NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (publication_id, position)
);

-- The aliases given to the reconciliation, with the rows placed in their unit by an alias.
CREATE TABLE couverture.publication_aliases (
  publication_id bigint NOT NULL REFERENCES couverture.publications (id) ON DELETE CASCADE,
  position integer NOT NULL,
  level text NOT NULL,
  input text NOT NULL,
  parent text NOT NULL,
  pcode text NOT NULL,
  rows_placed bigint NOT NULL,
  PRIMARY KEY (publication_id, position)
);

-- The activity rows as read, one text column per role (added by the tool, see role columns), and each row's
-- match.
CREATE TABLE couverture.activity_rows (
  publication_id bigint NOT NULL REFERENCES couverture.publications (id) ON DELETE CASCADE,
  row_number bigint NOT NULL,
  source_file text NOT NULL,
  source_sheet text NOT NULL,
  source_line bigint NOT NULL,
  parsed_start date,
  parsed_end date,
  people_targeted double precision,
  people_reached double precision,
  match_method text NOT NULL,
  match_level text NOT NULL,
  match_pcode text,
  match_name text,
  match_score double precision,
  match_reason text NOT NULL,
  code_name_conflict boolean NOT NULL,
  needs_review boolean NOT NULL,
  PRIMARY KEY (publication_id, row_number)
);

-- Coverage per unit and level, the columns of docs/coverage_columns.md.
CREATE TABLE couverture.coverage_units (
  id bigserial PRIMARY KEY,
  publication_id bigint NOT NULL REFERENCES couverture.publications (id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('region', 'cercle', 'commune')),
  pcode text NOT NULL,
  name text NOT NULL,
  region_pcode text,
  region_name text,
  cercle_pcode text,
  cercle_name text,
  organisations integer NOT NULL,
  partners integer NOT NULL,
  programmes integer NOT NULL,
  rows integer NOT NULL,
  rows_at_this_level integer NOT NULL,
  sectors integer NOT NULL,
  sector_list text NOT NULL,
  main_sector text NOT NULL,
  people_targeted double precision,
  people_reached double precision,
  people_rule text NOT NULL,
  organisations_coarser_only integer NOT NULL,
  organisations_region_wide integer NOT NULL,
  child_units integer,
  child_units_covered integer,
  child_coverage_share double precision,
  filter text NOT NULL,
  UNIQUE (publication_id, level, pcode)
);

-- Who may do what. Policies are evaluated with the caller's rights; administrators own the tables and so
-- are not bound by them.
CREATE FUNCTION couverture.may_edit(cluster_name text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM couverture.editor_clusters e
                 WHERE e.role_name = current_user AND e.cluster = cluster_name)
$$;
CREATE FUNCTION couverture.may_edit_publication(publication bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM couverture.publications p
                 JOIN couverture.editor_clusters e ON e.cluster = p.cluster AND e.role_name = current_user
                 WHERE p.id = publication)
$$;
-- Row-level data of a sensitive publication is for its own cluster's editors and administrators only.
CREATE FUNCTION couverture.may_read_rows(publication bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM couverture.publications p
                 WHERE p.id = publication AND (NOT p.sensitive OR couverture.may_edit(p.cluster)))
$$;

-- The same, as a set: a policy of the form `publication_id IN (...)` is evaluated once per query (a hashed
-- subplan) instead of once per row, which keeps reading a release of 24,088 rows fast.
CREATE FUNCTION couverture.readable_publications() RETURNS SETOF bigint
LANGUAGE sql STABLE AS $$
  SELECT p.id FROM couverture.publications p WHERE NOT p.sensitive OR couverture.may_edit(p.cluster)
$$;

ALTER TABLE couverture.publications ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON couverture.publications FOR SELECT TO couverture_reader USING (true);
CREATE POLICY insert_own_cluster ON couverture.publications FOR INSERT TO couverture_editor
  WITH CHECK (couverture.may_edit(cluster) AND published_by = current_user);
CREATE POLICY delete_own_cluster ON couverture.publications FOR DELETE TO couverture_editor
  USING (couverture.may_edit(cluster));

ALTER TABLE couverture.activity_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_unless_sensitive ON couverture.activity_rows FOR SELECT TO couverture_reader
  USING (publication_id IN (SELECT couverture.readable_publications()));
CREATE POLICY insert_own_cluster ON couverture.activity_rows FOR INSERT TO couverture_editor
  WITH CHECK (couverture.may_edit_publication(publication_id));

ALTER TABLE couverture.publication_problems ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_unless_sensitive ON couverture.publication_problems FOR SELECT TO couverture_reader
  USING (publication_id IN (SELECT couverture.readable_publications()));
CREATE POLICY insert_own_cluster ON couverture.publication_problems FOR INSERT TO couverture_editor
  WITH CHECK (couverture.may_edit_publication(publication_id));

ALTER TABLE couverture.publication_aliases ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_unless_sensitive ON couverture.publication_aliases FOR SELECT TO couverture_reader
  USING (publication_id IN (SELECT couverture.readable_publications()));
CREATE POLICY insert_own_cluster ON couverture.publication_aliases FOR INSERT TO couverture_editor
  WITH CHECK (couverture.may_edit_publication(publication_id));

ALTER TABLE couverture.publication_columns ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON couverture.publication_columns FOR SELECT TO couverture_reader USING (true);
CREATE POLICY insert_own_cluster ON couverture.publication_columns FOR INSERT TO couverture_editor
  WITH CHECK (couverture.may_edit_publication(publication_id));

ALTER TABLE couverture.coverage_units ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON couverture.coverage_units FOR SELECT TO couverture_reader USING (true);
CREATE POLICY insert_own_cluster ON couverture.coverage_units FOR INSERT TO couverture_editor
  WITH CHECK (couverture.may_edit_publication(publication_id));

GRANT SELECT ON ALL TABLES IN SCHEMA couverture TO couverture_reader;
GRANT INSERT ON couverture.publications, couverture.activity_rows, couverture.coverage_units,
  couverture.publication_columns, couverture.publication_problems, couverture.publication_aliases,
  couverture.boundary_sets, couverture.boundary_units TO couverture_editor;
GRANT DELETE ON couverture.publications TO couverture_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA couverture TO couverture_editor;

-- Releases in the order they were first published; the latest is the one QGIS layers show.
CREATE VIEW couverture.releases AS
SELECT release, min(published_at) AS first_published, max(published_at) AS last_published,
       count(*) AS clusters, sum(row_count) AS rows, bool_or(sensitive) AS has_sensitive_clusters
FROM couverture.publications GROUP BY release;
CREATE VIEW couverture.latest_release AS
SELECT release FROM couverture.releases ORDER BY first_published DESC, release DESC LIMIT 1;
GRANT SELECT ON couverture.releases, couverture.latest_release TO couverture_reader;
)sql";

// Coverage layers with the boundaries' geometry: every release, and the latest release only (for QGIS).
std::string coverageViewsSql(const std::string& level) {
    const std::string all = "couverture.coverage_" + level;
    return "CREATE VIEW " + all +
           " AS\n"
           "SELECT c.id AS fid, p.release, p.cluster, p.sensitive, c.pcode, c.name, c.region_pcode,\n"
           "  c.region_name, c.cercle_pcode, c.cercle_name, c.organisations, c.partners, c.programmes,\n"
           "  c.rows, c.rows_at_this_level, c.sectors, c.sector_list, c.main_sector, c.people_targeted,\n"
           "  c.people_reached, c.people_rule, c.organisations_coarser_only, c.organisations_region_wide,\n"
           "  c.child_units, c.child_units_covered, c.child_coverage_share, c.filter, b.geom\n"
           "FROM couverture.coverage_units c\n"
           "JOIN couverture.publications p ON p.id = c.publication_id\n"
           "LEFT JOIN couverture.boundary_units b ON b.boundary_set_id = p.boundary_set_id\n"
           "  AND b.level = c.level AND b.pcode = c.pcode\n"
           "WHERE c.level = '" +
           level + "';\nCREATE VIEW " + all + "_latest AS\nSELECT * FROM " + all +
           " WHERE release = (SELECT release FROM couverture.latest_release);\nGRANT SELECT ON " + all +
           ", " + all + "_latest TO couverture_reader;\n";
}

// Editors publish, but must not touch other people's QGIS styles: they go through this function, which
// writes only the default style of Couverture's own layers.
constexpr const char* kStylesSql = R"sql(
CREATE FUNCTION couverture.set_layer_style(view_name text, style_name text, qml text, style_description text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF view_name NOT IN ('coverage_region_latest', 'coverage_cercle_latest', 'coverage_commune_latest') THEN
    RAISE EXCEPTION 'not a Couverture layer: %', view_name;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('couverture.layer_styles'));
  DELETE FROM public.layer_styles
   WHERE f_table_catalog = current_database() AND f_table_schema = 'couverture'
     AND f_table_name = view_name AND f_geometry_column = 'geom' AND stylename = style_name;
  UPDATE public.layer_styles SET useasdefault = false
   WHERE f_table_catalog = current_database() AND f_table_schema = 'couverture'
     AND f_table_name = view_name AND f_geometry_column = 'geom';
  INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,
                                   stylename, styleqml, useasdefault, description, owner, type)
  VALUES (current_database(), 'couverture', view_name, 'geom', style_name, XMLPARSE(DOCUMENT qml), true,
          style_description, session_user, NULL);
END
$$;
REVOKE ALL ON FUNCTION couverture.set_layer_style(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION couverture.set_layer_style(text, text, text, text) TO couverture_editor;
)sql";

std::vector<Migration> buildMigrations() {
    std::string first = kRolesSql;
    for (const char* level : {"region", "cercle", "commune"}) {
        first += coverageViewsSql(level);
    }
    first += kStylesSql;
    return {{1, "schema couverture: releases, activity rows, matches, coverage, roles, QGIS styles", first}};
}

constexpr std::int64_t kMigrationLock = 0x436f757665727475; // "Couvertu"

std::set<std::string> activityColumns(Connection& connection) {
    const Result columns =
        connection.exec("SELECT column_name FROM information_schema.columns "
                        "WHERE table_schema = 'couverture' AND table_name = 'activity_rows'");
    std::set<std::string> names;
    for (int i = 0; i < columns.rows(); ++i) {
        names.insert(columns.value(i, 0));
    }
    return names;
}

std::vector<std::string> missingRoleColumns(Connection& connection) {
    const std::set<std::string> present = activityColumns(connection);
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        const std::string key(roleKey(static_cast<Role>(i)));
        if (!present.contains(key)) {
            missing.push_back(key);
        }
    }
    return missing;
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = buildMigrations();
    return all;
}

int latestSchemaVersion() {
    return migrations().back().version;
}

int storeSchemaVersion(Connection& connection) {
    const Result exists = connection.exec("SELECT to_regclass('couverture.schema_version') IS NOT NULL");
    if (exists.value(0, 0) != "t") {
        return 0;
    }
    const Result version = connection.exec("SELECT coalesce(max(version), 0) FROM couverture.schema_version");
    return static_cast<int>(version.integerValue(0, 0));
}

MigrationReport migrateStore(Connection& connection) {
    MigrationReport report;
    Transaction transaction(connection);
    connection.exec("SELECT pg_advisory_xact_lock($1)", {integer(kMigrationLock)});
    report.fromVersion = storeSchemaVersion(connection);
    report.toVersion = report.fromVersion;
    const bool hasPostgis =
        connection.exec("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'").integerValue(0, 0) > 0;
    if (!hasPostgis && report.fromVersion == 0) {
        const bool available = connection
                                   .exec("SELECT count(*) FROM pg_available_extensions "
                                         "WHERE name = 'postgis'")
                                   .integerValue(0, 0) > 0;
        if (!available) {
            throw StoreError(fill(translate("Store", "PostGIS is not installed on the server of %1 (Debian: "
                                                     "postgresql-15-postgis-3)"),
                                  {connection.target()}),
                             "58P01");
        }
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= report.fromVersion) {
            continue;
        }
        if (migration.version > 1) {
            connection.exec("SET LOCAL ROLE couverture_admin");
        }
        connection.execScript(migration.sql);
        connection.exec("INSERT INTO couverture.schema_version (version, description) VALUES ($1, $2)",
                        {integer(migration.version), text(migration.description)});
        connection.exec("RESET ROLE");
        report.applied.push_back(std::to_string(migration.version) + ": " + migration.description);
        report.toVersion = migration.version;
    }
    // One text column per role of this build; a role added to Couverture later gets its column here.
    const std::vector<std::string> missing = missingRoleColumns(connection);
    if (!missing.empty()) {
        connection.exec("SET LOCAL ROLE couverture_admin");
        std::string added;
        for (const std::string& key : missing) {
            connection.exec("ALTER TABLE couverture.activity_rows ADD COLUMN " +
                            connection.quoteIdentifier(key) + " text");
            added += added.empty() ? "" : ", ";
            added += key;
        }
        report.applied.push_back(fill(translate("Store", "activity_rows columns for the roles %1"), {added}));
        connection.exec("RESET ROLE");
    }
    transaction.commit();
    return report;
}

void requireCurrentSchema(Connection& connection) {
    const int version = storeSchemaVersion(connection);
    if (version < latestSchemaVersion() || !missingRoleColumns(connection).empty()) {
        throw StoreError(
            fill(translate("Store", "the store %1 has schema version %2, this Couverture needs "
                                    "version %3 with every role column: an administrator runs "
                                    "'couverture store-upgrade --to PG:...'"),
                 {connection.target(), std::to_string(version), std::to_string(latestSchemaVersion())}),
            "55000");
    }
    if (version > latestSchemaVersion()) {
        throw StoreError(
            fill(translate("Store", "the store %1 has schema version %2, newer than this "
                                    "Couverture (%3): upgrade Couverture"),
                 {connection.target(), std::to_string(version), std::to_string(latestSchemaVersion())}),
            "55000");
    }
}

} // namespace couverture::store

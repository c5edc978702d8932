#pragma once
// What a map says about inferred placements: tables such as data/gbv_programmes.csv say, per row, whether the
// source states the place or it was inferred (the place_basis role); --stated-places-only leaves out the
// inferred ones, and the map's subtitle must say which of the two the map shows.

#include "core/activity_table.h"
#include "core/coverage.h"
#include "core/problem.h"

#include <string>

namespace couverture::cli {

// The style text key of the note ("notes.places_stated_only" or "notes.places_all"); empty when the table
// has no place_basis column (nothing to say). A warning goes to `problems` when --stated-places-only was
// asked of a table without that column, since the option then leaves nothing out.
std::string placesNoteKey(const ActivityTable& table, const ActivityFilter& filter, Problems& problems);

} // namespace couverture::cli

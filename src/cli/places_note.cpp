#include "cli/places_note.h"

#include "cli/cli_texts.h"

namespace couverture::cli {

std::string placesNoteKey(const ActivityTable& table, const ActivityFilter& filter, Problems& problems) {
    if (!table.mapping.contains(Role::PlaceBasis)) {
        if (filter.statedPlacesOnly) {
            problems.push_back(
                {Severity::Warning, table.path, "", 0,
                 translate("Cli",
                           "--stated-places-only: the table has no place_basis column (HXL "
                           "#meta+basis+loc), so no row is left out and the map carries no placement note")});
        }
        return {};
    }
    return filter.statedPlacesOnly ? "notes.places_stated_only" : "notes.places_all";
}

} // namespace couverture::cli

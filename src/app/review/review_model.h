#pragma once
// The match review's content: the distinct places of a table that need a human decision (fuzzy matches,
// code/name conflicts, corrected parents, unmatched), each with its rows, the unit it was placed in and the
// units it could be, ranked. Decisions become project aliases (accept, pick another unit) or rejections.

#include "app/project/project.h"
#include "app/project/workspace.h"

#include <QString>
#include <vector>

namespace couverture::app {

struct ReviewCandidate {
    UnitId unit = kNoUnit;
    double score = 0; // name similarity (core's nameSimilarity); the placed unit keeps the match's score
};

struct ReviewPlace {
    std::vector<std::string> place;          // the six place cells (see placeCells)
    std::vector<std::size_t> rows;           // indexes into the table's rows
    Match match;                             // of the first row
    AdminLevel level = AdminLevel::Commune;  // the deepest level the table names
    std::string input;                       // the name (else code) the table gives at that level
    std::vector<ReviewCandidate> candidates; // best first; the current unit first when placed
};

// Places needing review, in table order of their first row.
std::vector<ReviewPlace> reviewPlaces(const AdminTree& tree, const LoadedSource& source,
                                      int maxCandidates = 5);

// "Kayes > Bafoulabé > Mahina": the place as the table writes it.
QString placeText(const std::vector<std::string>& place);

// The alias that places `place` in `unit` from now on (level and input from the table's deepest name).
Alias aliasFor(const ReviewPlace& place, const AdminTree& tree, UnitId unit);

// Applies a decision to the project: accept or pick (an alias replacing any earlier one for that input), or
// reject (the place is kept unmatched). Returns false when nothing changed.
bool recordDecision(Project& project, const ReviewPlace& place, const AdminTree& tree, UnitId unit,
                    bool rejected);

} // namespace couverture::app

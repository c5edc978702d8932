// Maps of the analyses, written through the renderer when `--map` is given.

#include "analysis/gaps/gaps.h"
#include "analysis/overlaps/overlaps.h"
#include "analysis/targets/targets.h"
#include "cli/analyse_support.h"

namespace couverture::cli {

void writeOverlapMaps(const MapCommandArguments&, const JoinedActivities&, const analysis::OverlapResult&,
                      const std::string&, CommandOutput&) {}
void writeGapMap(const MapCommandArguments&, const JoinedActivities&, const analysis::GapResult&, const std::string&,
                 CommandOutput&) {}
void writeTargetMap(const MapCommandArguments&, const JoinedActivities&, const analysis::TargetResult&,
                    const std::string&, CommandOutput&) {}

} // namespace couverture::cli

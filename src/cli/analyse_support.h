#pragma once
// What the `analyse` commands share: options read from the command line, the activity table joined once,
// the need layer built from --need and its apportioning, and tables written as CSV (with HXL row) and XLSX.

#include "analysis/gaps/gaps.h"
#include "analysis/need/need_layer.h"
#include "analysis/overlaps/overlaps.h"
#include "analysis/targets/targets.h"
#include "cli/map_commands.h"

#include <string>
#include <vector>

namespace couverture::cli {

std::string analyseOption(const MapCommandArguments& arguments, const std::string& name,
                          const std::string& fallback);
std::vector<std::string> analyseOptionValues(const MapCommandArguments& arguments, const std::string& name);
// Every value of a repeatable option, each split at commas ("--partner A,B --partner C": A, B, C).
std::vector<std::string> analyseListValues(const MapCommandArguments& arguments, const std::string& name);
bool analyseFlag(const MapCommandArguments& arguments, const std::string& flag);
AdminLevel analyseLevel(const MapCommandArguments& arguments, AdminLevel fallback);
int analyseInteger(const MapCommandArguments& arguments, const std::string& name, int fallback);

// The output folder (created), from --out.
std::string analyseFolder(const MapCommandArguments& arguments);

// Writes each table as <folder>/<table.name>.csv and all of them as <folder>/<workbook>.xlsx.
void writeAnalysisTables(const std::vector<const OutputTable*>& tables, const std::string& folder,
                         const std::string& workbook, CommandOutput& output);

// The need layer of --need at `level`: --need-value (default #inneed), --need-where COLUMN=VALUE
// (repeatable), --need-label; --apportion none|population|need: a figure known only at a coarser level is
// used there (none), or shared out by the COD-PS population (--population FILE, --population-value T_TL) or
// by the units' all-sector need (the same file with the sector condition set to ALL).
analysis::NeedLayer analyseNeed(const MapCommandArguments& arguments, const AdminTree& tree, AdminLevel level,
                                CommandOutput& output);

void appendAnalyseProblems(CommandOutput& output, const Problems& problems);

// Maps of the analyses (--map), through the renderer: see analyse_maps.cpp.
void writeOverlapMaps(const MapCommandArguments& arguments, const JoinedActivities& joined,
                      const analysis::OverlapResult& result, const std::string& folder,
                      CommandOutput& output);
void writeGapMap(const MapCommandArguments& arguments, const JoinedActivities& joined,
                 const analysis::GapResult& result, const std::string& folder, CommandOutput& output);
void writeTargetMap(const MapCommandArguments& arguments, const JoinedActivities& joined,
                    const analysis::TargetResult& result, const std::string& folder, CommandOutput& output);

CommandOutput runAnalyseWho(const MapCommandArguments& arguments);
CommandOutput runAnalyseOverlaps(const MapCommandArguments& arguments);
CommandOutput runAnalyseGaps(const MapCommandArguments& arguments);
CommandOutput runAnalyseTargets(const MapCommandArguments& arguments);

} // namespace couverture::cli

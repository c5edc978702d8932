#pragma once
// What the columns of an activity table mean: roles, HXL hashtags, and the header names of French and English
// 3W/4W/5W tables that say which role a column plays.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

// What a column means. Stable keys (roleKey) are used in explicit mappings and reports.
enum class Role {
    OrgAcronym,       // org_acronym     #org+acronym
    OrgName,          // org_name        #org+name, #org+prog, #org
    OrgType,          // org_type        #org+type
    Partner,          // partner         #org+impl           implementing partner
    Donor,            // donor           #org+funder; #actor under a bailleur/donor header (OCHA Mali 3W)
    Programme,        // programme       #activity+programme, #activity+project, #project
    Sector,           // sector          #sector
    Activity,         // activity        #activity
    Adm1Code,         // adm1_code       #adm1+code
    Adm1Name,         // adm1_name       #adm1+name
    Adm2Code,         // adm2_code
    Adm2Name,         // adm2_name
    Adm3Code,         // adm3_code
    Adm3Name,         // adm3_name
    SiteName,         // site            #loc, #loc+name     village, site
    Latitude,         // lat             #geo+lat
    Longitude,        // lon             #geo+lon
    StartDate,        // start_date      #date+start
    EndDate,          // end_date        #date+end
    Status,           // status          #status
    Targeted,         // targeted        #targeted           total people targeted
    TargetedF,        // targeted_f      #targeted+f
    TargetedM,        // targeted_m      #targeted+m
    TargetedChildren, // targeted_children #targeted+children
    TargetedAdults,   // targeted_adults   #targeted+adults
    Reached,          // reached         #reached
    ReachedF,         // reached_f
    ReachedM,         // reached_m
    ReachedChildren,  // reached_children
    ReachedAdults,    // reached_adults
    PlaceBasis,       // place_basis     #meta+basis+loc     the place is stated by the source or inferred
    Count_            // not a role: the number of roles
};
inline constexpr std::size_t kRoleCount = static_cast<std::size_t>(Role::Count_);

std::string_view roleKey(Role role);
bool parseRole(std::string_view key, Role& role);

// An HXL hashtag with its attributes: "#org +impl" -> {org, [impl]}.
struct HxlTag {
    std::string hashtag;                 // "org", without '#', lower case
    std::vector<std::string> attributes; // lower case, sorted
    bool has(std::string_view attribute) const {
        return std::find(attributes.begin(), attributes.end(), attribute) != attributes.end();
    }
};

// nullopt when the cell is not an HXL hashtag ("#N/A", "# 3"). Spaces and case do not count.
std::optional<HxlTag> parseHxl(std::string_view cell);

// "#org+impl": one spelling per tag, so that tags compare regardless of attribute order, case and spacing.
std::string canonicalHxl(const HxlTag& tag);

// The role a column plays, if any.
struct DetectedRole {
    std::optional<Role> role;
    bool part =
        false; // a sex × age part of the role (girls, boys, women adults ...): several parts are summed
};

// headerWords: the column's header through foldText. An #actor column is a donor only when its header says so
// (the OCHA Mali 3W tags its "Bailleur de fond" column #actor).
DetectedRole roleFromHxl(const HxlTag& tag, std::string_view headerWords);

// From the header name alone (through foldText): people columns by their targeted/reached, sex and age words,
// the others by a table of French and English names compared without spaces ("Date de début" ->
// "datededebut").
DetectedRole roleFromHeader(std::string_view headerWords);

} // namespace couverture

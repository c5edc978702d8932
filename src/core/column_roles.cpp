#include "core/column_roles.h"

#include "core/text_fold.h"

#include <array>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <unordered_map>

namespace couverture {
namespace {

constexpr std::array<std::string_view, kRoleCount> kRoleKeys = {
    "org_acronym", "org_name",   "org_type",   "partner",           "donor",
    "programme",   "sector",     "activity",   "adm1_code",         "adm1_name",
    "adm2_code",   "adm2_name",  "adm3_code",  "adm3_name",         "site",
    "lat",         "lon",        "start_date", "end_date",          "status",
    "targeted",    "targeted_f", "targeted_m", "targeted_children", "targeted_adults",
    "reached",     "reached_f",  "reached_m",  "reached_children",  "reached_adults",
    "place_basis"};

bool isHashtagWord(std::string_view word) {
    if (word.empty() || std::isalpha(static_cast<unsigned char>(word.front())) == 0) {
        return false;
    }
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; });
}

// Sex and age groups of a people column, from header words or HXL attributes.
struct PeopleGroups {
    bool female = false, male = false, girls = false, boys = false, children = false, adults = false;
    bool excluded = false; // elderly, disabilities: subsets that would double count
};

DetectedRole peopleRole(bool reached, const PeopleGroups& g, bool totalAllowed) {
    const Role total = reached ? Role::Reached : Role::Targeted;
    const Role f = reached ? Role::ReachedF : Role::TargetedF;
    const Role m = reached ? Role::ReachedM : Role::TargetedM;
    const Role children = reached ? Role::ReachedChildren : Role::TargetedChildren;
    const Role adults = reached ? Role::ReachedAdults : Role::TargetedAdults;
    if (g.excluded) {
        return {};
    }
    if (g.girls || g.boys) {
        return {children, true};
    }
    if (g.children) {
        return {children, g.female || g.male};
    }
    if (g.adults) {
        return {adults, g.female || g.male};
    }
    if (g.female != g.male) {
        return {g.female ? f : m, false};
    }
    if (totalAllowed) {
        return {total, false};
    }
    return {};
}

// Header names, compared without spaces after folding: "Date de début" → "datededebut".
const std::unordered_map<std::string, Role>& headerNames() {
    static const std::unordered_map<std::string, Role> names = [] {
        std::unordered_map<std::string, Role> m;
        auto add = [&m](Role role, std::initializer_list<const char*> keys) {
            for (const char* key : keys) {
                m.emplace(key, role);
            }
        };
        add(Role::OrgAcronym, {"organisation",
                               "organization",
                               "organisations",
                               "organizations",
                               "org",
                               "organisationaccronyme",
                               "organisationacronyme",
                               "organizationacronym",
                               "organisationacronym",
                               "organisationsigle",
                               "acronyme",
                               "accronyme",
                               "acronym",
                               "sigle",
                               "orgacronym",
                               "orgacronyme",
                               "acronymeorganisation",
                               "sigleorganisation",
                               "acronymedelorganisation",
                               "sigledelorganisation",
                               "organisationabbreviation",
                               "organisationshortname",
                               "organizationshortname"});
        add(Role::OrgName, {"nomorganisation", "nomdelorganisation", "nomorganization", "organisationname",
                            "organizationname", "nameoforganisation", "nameoforganization", "orgname",
                            "organisationnom", "nomorg", "nomcompletorganisation", "organisationnomcomplet",
                            "organisationfullname", "organizationfullname"});
        add(Role::OrgType,
            {"typeorganisation", "typedorganisation", "typedelorganisation", "typeorganization",
             "organisationtype", "organizationtype", "orgtype", "typeorg", "typeoforganisation",
             "typeoforganization", "typedestructure", "categorieorganisation"});
        add(Role::Partner, {"partenaire", "partenaires", "partenairedemiseenoeuvre",
                            "partenairesdemiseenoeuvre", "partenairemiseenoeuvre", "partenaireoperationnel",
                            "partenairesoperationnels", "partenairedexecution", "implementingpartner",
                            "implementingpartners", "implementingorganisation", "implementingorganization",
                            "partner", "partners", "organisationdemiseenoeuvre", "structuredemiseenoeuvre"});
        add(Role::Donor, {"bailleur", "bailleurs", "bailleurdefond", "bailleurdefonds", "bailleursdefonds",
                          "bailleursdefond", "donor", "donors", "funder", "funders", "fundingorganisation",
                          "fundingorganization", "sourcedefinancement", "financement", "donateur",
                          "donateurs", "fundingsource"});
        add(Role::Programme,
            {"programme",       "programmes",    "program",          "programs",       "projet",
             "projets",         "project",       "projects",         "projecttitle",   "projectname",
             "programname",     "programmename", "programmetitle",   "titreduprojet",  "titreprojet",
             "nomduprojet",     "nomprojet",     "intituleduprojet", "intituleprojet", "nomduprogramme",
             "titreduprogramme"});
        add(Role::Sector,
            {"secteur", "secteurs", "cluster", "clusters", "sector", "sectors", "secteurcluster",
             "clustersecteur", "secteurdintervention", "domainedintervention"});
        add(Role::Activity,
            {"activite", "activites", "activity", "activities", "typedactivite", "typeactivite",
             "activitytype", "typeofactivity", "descriptionactivite", "descriptiondelactivite",
             "activitydescription", "activitename", "intituleactivite"});
        add(Role::Adm1Code, {"admin1pcod", "admin1pcode", "admin1code", "adm1pcode", "adm1pcod", "adm1code",
                             "coderegion", "pcoderegion", "regionpcode", "regioncode", "regionpcod"});
        add(Role::Adm1Name, {"region", "regions", "admin1", "admin1name", "admin1nom", "adm1", "adm1name",
                             "nomregion", "regionname", "nomdelaregion"});
        add(Role::Adm2Code, {"admin2pcod", "admin2pcode", "admin2code", "adm2pcode", "adm2pcod", "adm2code",
                             "codecercle", "pcodecercle", "cerclepcode", "cerclecode", "cerclepcod",
                             "districtpcode", "districtcode", "codedistrict"});
        add(Role::Adm2Name,
            {"cercle", "cercles", "admin2", "admin2name", "admin2nom", "adm2", "adm2name", "district",
             "districts", "nomcercle", "cerclename", "districtname", "nomducercle"});
        add(Role::Adm3Code, {"admin3pcod", "admin3pcode", "admin3code", "adm3pcode", "adm3pcod", "adm3code",
                             "codecommune", "pcodecommune", "communepcode", "communecode", "communepcod"});
        add(Role::Adm3Name, {"commune", "communes", "admin3", "admin3name", "admin3nom", "adm3", "adm3name",
                             "nomcommune", "communename", "nomdelacommune", "municipality"});
        add(Role::SiteName,
            {"village",        "villages",        "site",        "sites",      "localite",
             "localites",      "location",        "locality",    "lieu",       "villagesite",
             "sitevillage",    "villagequartier", "sitename",    "nomsite",    "nomdusite",
             "nomvillage",     "nomduvillage",    "villagename", "settlement", "localitevillage",
             "villagelocalite"});
        add(Role::Latitude, {"latitude", "lat", "gpslatitude", "latitudey", "ylatitude", "latitudedd"});
        add(Role::Longitude,
            {"longitude", "lon", "long", "lng", "gpslongitude", "longitudex", "xlongitude", "longitudedd"});
        add(Role::StartDate,
            {"datedebut", "datededebut", "startdate", "debut", "datedemarrage", "start", "datestart",
             "debutactivite", "debutdelactivite", "datedebutactivite", "datededebutdelactivite",
             "dateofstart", "activitystartdate", "datedebutprojet"});
        add(Role::EndDate,
            {"datefin", "datedefin", "enddate", "fin", "end", "dateend", "finactivite", "findelactivite",
             "datefinactivite", "datedefindelactivite", "dateofend", "activityenddate", "datefinprojet"});
        add(Role::Status, {"statut", "status", "statutactivite", "statutdelactivite", "activitystatus",
                           "etat", "etatdavancement", "etatdelactivite"});
        add(Role::PlaceBasis,
            {"placebasis", "lieuenonceoudeduit", "lieuenonceoudeduite", "placestatedorinferred"});
        return m;
    }();
    return names;
}

} // namespace

std::string_view roleKey(Role role) {
    const auto i = static_cast<std::size_t>(role);
    return i < kRoleCount ? kRoleKeys[i] : std::string_view{};
}

bool parseRole(std::string_view key, Role& role) {
    while (!key.empty() && std::isspace(static_cast<unsigned char>(key.front())) != 0) {
        key.remove_prefix(1);
    }
    while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back())) != 0) {
        key.remove_suffix(1);
    }
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        const auto candidate = kRoleKeys[i];
        if (candidate.size() == key.size() &&
            std::equal(candidate.begin(), candidate.end(), key.begin(),
                       [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
            role = static_cast<Role>(i);
            return true;
        }
    }
    return false;
}

std::optional<HxlTag> parseHxl(std::string_view cell) {
    cell = trim(cell);
    if (cell.size() < 2 || cell.front() != '#') {
        return std::nullopt;
    }
    std::string compact;
    for (const char c : cell.substr(1)) {
        if (!isAsciiSpace(c)) {
            compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    HxlTag tag;
    std::size_t start = 0;
    bool first = true;
    while (start <= compact.size()) {
        auto end = compact.find('+', start);
        if (end == std::string::npos) {
            end = compact.size();
        }
        const std::string word = compact.substr(start, end - start);
        if (!isHashtagWord(word)) {
            return std::nullopt;
        }
        if (first) {
            tag.hashtag = word;
            first = false;
        } else {
            tag.attributes.push_back(word);
        }
        start = end + 1;
    }
    std::sort(tag.attributes.begin(), tag.attributes.end());
    return tag;
}

std::string canonicalHxl(const HxlTag& tag) {
    std::string text = "#" + tag.hashtag;
    for (const auto& attribute : tag.attributes) {
        text += "+" + attribute;
    }
    return text;
}

DetectedRole roleFromHxl(const HxlTag& tag, std::string_view headerWords) {
    const auto& h = tag.hashtag;
    if (h == "org") {
        if (tag.has("impl"))
            return {Role::Partner};
        if (tag.has("funder") || tag.has("donor"))
            return {Role::Donor};
        if (tag.has("type"))
            return {Role::OrgType};
        if (tag.has("acronym") || tag.has("code"))
            return {Role::OrgAcronym};
        return {Role::OrgName};
    }
    if (h == "actor") {
        // The OCHA Mali 3W tags its "Bailleur de fond" column #actor: a donor only when the header says so.
        if (tag.has("funder") || tag.has("donor"))
            return {Role::Donor};
        for (const auto word : splitWords(headerWords)) {
            if (word.starts_with("bailleur") || word.starts_with("donor") || word.starts_with("donateur") ||
                word.starts_with("funder") || word.starts_with("financ")) {
                return {Role::Donor};
            }
        }
        return {};
    }
    if (h == "sector" || h == "cluster")
        return {Role::Sector};
    if (h == "activity") {
        if (tag.has("programme") || tag.has("program") || tag.has("project") || tag.has("prog")) {
            return {Role::Programme};
        }
        return {Role::Activity};
    }
    if (h == "project" || h == "programme" || h == "program")
        return {Role::Programme};
    if (h == "adm1" || h == "adm2" || h == "adm3") {
        const bool code = tag.has("code") || tag.has("pcode");
        if (h == "adm1")
            return {code ? Role::Adm1Code : Role::Adm1Name};
        if (h == "adm2")
            return {code ? Role::Adm2Code : Role::Adm2Name};
        return {code ? Role::Adm3Code : Role::Adm3Name};
    }
    if (h == "loc") {
        if (tag.has("code") || tag.has("pcode"))
            return {};
        return {Role::SiteName};
    }
    if (h == "geo") {
        if (tag.has("lat"))
            return {Role::Latitude};
        if (tag.has("lon") || tag.has("long") || tag.has("lng"))
            return {Role::Longitude};
        return {};
    }
    if (h == "date") {
        if (tag.has("start"))
            return {Role::StartDate};
        if (tag.has("end"))
            return {Role::EndDate};
        return {};
    }
    if (h == "status")
        return {Role::Status};
    if (h == "meta" && tag.has("basis") && (tag.has("loc") || tag.has("place")))
        return {Role::PlaceBasis};
    if (h == "targeted" || h == "reached") {
        PeopleGroups g;
        g.female = tag.has("f") || tag.has("female") || tag.has("women");
        g.male = tag.has("m") || tag.has("male") || tag.has("men");
        g.children = tag.has("children") || tag.has("child");
        g.adults = tag.has("adults") || tag.has("adult");
        g.excluded = tag.has("elderly") || tag.has("disabled") || tag.has("infants");
        return peopleRole(h == "reached", g, true);
    }
    return {};
}

DetectedRole roleFromHeader(std::string_view headerWords) {
    if (headerWords.empty()) {
        return {};
    }
    const auto words = splitWords(headerWords);
    bool targeted = false;
    bool reached = false;
    for (const auto word : words) {
        if (word.find("cibl") != std::string_view::npos || word.starts_with("target")) {
            targeted = true;
        }
        if (word.find("atteint") != std::string_view::npos || word.starts_with("reach") || word == "served") {
            reached = true;
        }
    }
    if (targeted != reached) {
        static constexpr std::string_view kCues[] = {
            "total",        "totale",        "nombre",    "nb",          "nbr",     "no",
            "num",          "personnes",     "personne",  "people",      "persons", "beneficiaires",
            "beneficiaire", "beneficiaries", "individus", "individuals", "pers",    "population",
            "pop"};
        PeopleGroups g;
        bool cue = false;
        for (const auto word : words) {
            if (std::find(std::begin(kCues), std::end(kCues), word) != std::end(kCues))
                cue = true;
            if (word.starts_with("femme") || word == "women" || word == "woman" || word == "female" ||
                word == "females" || word == "feminin" || word == "f") {
                g.female = true;
            }
            if (word.starts_with("homme") || word == "men" || word == "man" || word == "male" ||
                word == "males" || word == "masculin" || word == "m") {
                g.male = true;
            }
            if (word.starts_with("fille") || word == "girl" || word == "girls")
                g.girls = true;
            if (word.starts_with("garcon") || word == "boy" || word == "boys")
                g.boys = true;
            if (word.starts_with("enfant") || word == "child" || word == "children" || word == "kids") {
                g.children = true;
            }
            if (word.starts_with("adult"))
                g.adults = true;
            if (word == "agee" || word == "agees" || word == "age" || word == "ages" || word == "elderly" ||
                word == "older" || word == "59" || word == "60" || word == "65" ||
                word.starts_with("handicap") || word.starts_with("disab") || word.starts_with("vieu") ||
                word.starts_with("viei")) {
                g.excluded = true;
            }
        }
        cue = cue || g.female || g.male || g.girls || g.boys || g.children || g.adults;
        return peopleRole(reached, g, cue || words.size() == 1);
    }
    const auto& names = headerNames();
    if (const auto it = names.find(withoutSpaces(headerWords)); it != names.end()) {
        return {it->second};
    }
    return {};
}

} // namespace couverture

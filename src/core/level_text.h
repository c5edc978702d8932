#pragma once
// The level's word in messages (core/texts.h), in the installed language: "region" in English, "région" in
// French.

#include "core/admin_tree.h"

#include <string>

namespace couverture {

std::string levelText(AdminLevel level);

} // namespace couverture

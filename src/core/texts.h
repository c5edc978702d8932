#pragma once
// Messages in the user's language, without Qt. Core and analysis write their messages (problems, match
// reasons, summaries) in English through translate("Context", "source") so that Qt Linguist's lupdate finds
// them (translations/couverture_core_*.ts); the programs install a translator backed by that catalogue
// (src/texts/message_language.h). With none installed, the English source is the text.
//
// Lookups are cached per thread by the addresses of the context and source literals, and the cache is
// dropped when another translator is installed: a message built once per row of a large table costs one
// hash lookup, not a catalogue search.

#include <initializer_list>
#include <string>

namespace couverture {

// The translation of `source` in `context`, or an empty string when there is none.
using Translator = std::string (*)(const char* context, const char* source);

// Installs `translator` (nullptr: English, the sources as they are) for every thread.
void setTranslator(Translator translator);

// `source` (a string literal) in the installed language.
std::string translate(const char* context, const char* source);

// %1 ... %9 replaced by `values`, in one pass (a value holding "%2" stays as it is).
std::string fill(const std::string& text, std::initializer_list<std::string> values);

// `value` with `decimals` decimals and the language's decimal separator ("0.82", "0,82").
std::string decimalText(double value, int decimals);

} // namespace couverture

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

// The translation of `source` in `context`, or an empty string when there is none. `count` is -1, or the
// number a message with plural forms is about (its form chosen by the language's rule, "%n" left in it).
using Translator = std::string (*)(const char* context, const char* source, int count);

// Installs `translator` (nullptr: English, the sources as they are) for every thread.
void setTranslator(Translator translator);

// `source` (a string literal) in the installed language.
std::string translate(const char* context, const char* source);

// `source` (a string literal holding "%n", in English's plural) in the installed language's form for `count`
// ("1 ligne", "0 ligne", "2 lignes"; "1 row", "0 rows"), with %n replaced by `count`. English's forms come
// from its own catalogue (couverture_core_en.ts); without a translator the source is used as it is. The
// unused third argument is where Qt Linguist's lupdate expects a disambiguation, so that it finds the count.
std::string translate(const char* context, const char* source, const char* disambiguation, long long count);

// %1 ... %9 replaced by `values`, in one pass (a value holding "%2" stays as it is).
std::string fill(const std::string& text, std::initializer_list<std::string> values);

// `value` with `decimals` decimals and the language's decimal separator ("0.82", "0,82").
std::string decimalText(double value, int decimals);

} // namespace couverture

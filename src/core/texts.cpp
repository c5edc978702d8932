#include "core/texts.h"

#include "core/level_text.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace couverture {
namespace {

std::atomic<Translator> installed{nullptr};
std::atomic<unsigned> generation{0};

struct PointerPairHash {
    std::size_t operator()(const std::pair<const char*, const char*>& key) const {
        const std::size_t first = std::hash<const void*>{}(key.first);
        return (first ^ std::hash<const void*>{}(key.second)) * 0x9E3779B97F4A7C15ULL + (first >> 29);
    }
};

struct Cache {
    unsigned generation = 0;
    std::unordered_map<std::pair<const char*, const char*>, std::string, PointerPairHash> texts;
};

} // namespace

void setTranslator(Translator translator) {
    installed.store(translator);
    generation.fetch_add(1);
}

std::string translate(const char* context, const char* source) {
    const Translator translator = installed.load(std::memory_order_acquire);
    if (translator == nullptr) {
        return source;
    }
    thread_local Cache cache;
    const unsigned now = generation.load(std::memory_order_acquire);
    if (cache.generation != now) {
        cache.texts.clear();
        cache.generation = now;
    }
    const auto key = std::make_pair(context, source);
    if (auto found = cache.texts.find(key); found != cache.texts.end()) {
        return found->second;
    }
    std::string text = translator(context, source, -1);
    if (text.empty()) {
        text = source;
    }
    return cache.texts.emplace(key, std::move(text)).first->second;
}

std::string translate(const char* context, const char* source, const char* /*disambiguation*/,
                      long long count) {
    // Not cached: the form depends on the count, and messages with a count are few (a report's lines).
    const Translator translator = installed.load(std::memory_order_acquire);
    // Past an int, every language here is in its plural.
    const int form = static_cast<int>(std::clamp<long long>(count, 0, std::numeric_limits<int>::max()));
    std::string text = translator != nullptr ? translator(context, source, form) : std::string();
    if (text.empty()) {
        text = source;
    }
    const std::string number = std::to_string(count);
    for (std::size_t at = text.find("%n"); at != std::string::npos;
         at = text.find("%n", at + number.size())) {
        text.replace(at, 2, number);
    }
    return text;
}

std::string fill(const std::string& text, std::initializer_list<std::string> values) {
    const std::vector<std::string> list(values);
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
            static_cast<std::size_t>(text[i + 1] - '1') < list.size()) {
            out += list[static_cast<std::size_t>(text[i + 1] - '1')];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string decimalText(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    //: the decimal separator of numbers written in messages
    const std::string separator = translate("Number", ".");
    if (separator != ".") {
        for (char& c : text) {
            if (c == '.') {
                text.replace(static_cast<std::size_t>(&c - text.data()), 1, separator);
                break;
            }
        }
    }
    return text;
}

std::string levelText(AdminLevel level) {
    switch (level) {
    case AdminLevel::Country:
        return translate("Level", "country");
    case AdminLevel::Region:
        return translate("Level", "region");
    case AdminLevel::Cercle:
        return translate("Level", "cercle");
    case AdminLevel::Commune:
        return translate("Level", "commune");
    }
    return std::string(levelKey(level));
}

} // namespace couverture

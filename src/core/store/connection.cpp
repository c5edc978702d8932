#include "core/store/connection.h"

#include "core/texts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <libpq-fe.h>

namespace couverture::store {
namespace {

std::string trimmedMessage(const char* message) {
    std::string text = message == nullptr ? "" : message;
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.pop_back();
    }
    return text;
}

[[noreturn]] void throwResultError(pg_result* result, pg_conn* connection) {
    const char* state = result == nullptr ? nullptr : PQresultErrorField(result, PG_DIAG_SQLSTATE);
    std::string message =
        trimmedMessage(result == nullptr ? PQerrorMessage(connection) : PQresultErrorMessage(result));
    if (message.empty()) {
        message = trimmedMessage(PQerrorMessage(connection));
    }
    std::string sqlstate = state == nullptr ? "" : state;
    if (result != nullptr) {
        PQclear(result);
    }
    throw StoreError(message, std::move(sqlstate));
}

// Splits a conninfo string into its key=value words, keeping libpq's single quotes and backslashes as they
// are, so that the words left can be joined back unchanged.
std::vector<std::string> conninfoWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            word += c;
            word += text[++i];
        } else if (c == '\'') {
            quoted = !quoted;
            word += c;
        } else if (!quoted && std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty()) {
                words.push_back(word);
                word.clear();
            }
        } else {
            word += c;
        }
    }
    if (!word.empty()) {
        words.push_back(word);
    }
    return words;
}

// The value of a key=value word, its quotes and escapes removed.
std::string unquotedValue(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            out += value[++i];
        } else if (value[i] != '\'') {
            out += value[i];
        }
    }
    return out;
}

} // namespace

Param text(std::string value) {
    return {std::move(value), false, false};
}
Param optionalText(const std::string& value) {
    return value.empty() ? null() : text(value);
}
Param integer(std::int64_t value) {
    return {std::to_string(value), false, false};
}
Param real(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return {buffer, false, false};
}
Param boolean(bool value) {
    return {value ? "true" : "false", false, false};
}
Param bytes(std::string value) {
    return {std::move(value), false, true};
}
Param null() {
    return {{}, true, false};
}

Result::Result(pg_result* result) : result_(result, PQclear) {}
int Result::rows() const {
    return PQntuples(result_.get());
}
int Result::columns() const {
    return PQnfields(result_.get());
}
std::string Result::columnName(int column) const {
    return PQfname(result_.get(), column);
}
int Result::column(std::string_view name) const {
    for (int i = 0; i < columns(); ++i) {
        if (name == PQfname(result_.get(), i)) {
            return i;
        }
    }
    return -1;
}
bool Result::isNull(int row, int column) const {
    return PQgetisnull(result_.get(), row, column) != 0;
}
std::string Result::value(int row, int column) const {
    return isNull(row, column) ? std::string() : std::string(PQgetvalue(result_.get(), row, column));
}
std::int64_t Result::integerValue(int row, int column) const {
    return isNull(row, column) ? 0 : std::stoll(PQgetvalue(result_.get(), row, column));
}

Connection::Connection(const std::string& conninfo) : target_(describeTarget(conninfo)) {
    // expand_dbname: the whole conninfo (or URI) is read as connection parameters.
    const char* keys[] = {"dbname", "fallback_application_name", "client_encoding", nullptr};
    const char* values[] = {conninfo.c_str(), "couverture", "UTF8", nullptr};
    connection_ = PQconnectdbParams(keys, values, 1);
    if (connection_ == nullptr || PQstatus(connection_) != CONNECTION_OK) {
        const std::string message = connection_ == nullptr ? translate("Store", "out of memory")
                                                           : trimmedMessage(PQerrorMessage(connection_));
        PQfinish(connection_);
        connection_ = nullptr;
        throw StoreError(fill(translate("Store", "cannot connect to %1: %2"), {target_, message}), "08001");
    }
    // Server notices ("already exists, skipping") are not for the user's terminal.
    PQsetNoticeProcessor(
        connection_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
    PQfinish(connection_);
}

Result Connection::exec(std::string_view sql, const std::vector<Param>& params) {
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    values.reserve(params.size());
    for (const Param& param : params) {
        values.push_back(param.isNull ? nullptr : param.value.c_str());
        lengths.push_back(static_cast<int>(param.value.size()));
        formats.push_back(param.binary ? 1 : 0);
    }
    const std::string statement(sql);
    pg_result* result = PQexecParams(connection_, statement.c_str(), static_cast<int>(params.size()), nullptr,
                                     values.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType status = result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        throwResultError(result, connection_);
    }
    return Result(result);
}

void Connection::execBatch(std::string_view sql, const std::vector<std::vector<Param>>& rows) {
    if (rows.empty()) {
        return;
    }
    const std::string statement(sql);
    const int parameterCount = static_cast<int>(rows.front().size());
    pg_result* prepared = PQprepare(connection_, "", statement.c_str(), parameterCount, nullptr);
    if (prepared == nullptr || PQresultStatus(prepared) != PGRES_COMMAND_OK) {
        throwResultError(prepared, connection_);
    }
    PQclear(prepared);
    if (PQenterPipelineMode(connection_) != 1) {
        throwResultError(nullptr, connection_);
    }
    // Results of a chunk are read before the next one is sent, so that neither side's buffer fills up.
    constexpr std::size_t kChunk = 500;
    std::string firstError;
    std::string firstState;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (std::size_t start = 0; start < rows.size(); start += kChunk) {
        const std::size_t end = std::min(rows.size(), start + kChunk);
        std::size_t sent = 0;
        for (std::size_t i = start; i < end && firstError.empty(); ++i, ++sent) {
            values.clear();
            lengths.clear();
            formats.clear();
            for (const Param& param : rows[i]) {
                values.push_back(param.isNull ? nullptr : param.value.c_str());
                lengths.push_back(static_cast<int>(param.value.size()));
                formats.push_back(param.binary ? 1 : 0);
            }
            if (PQsendQueryPrepared(connection_, "", parameterCount, values.data(), lengths.data(),
                                    formats.data(), 0) != 1) {
                firstError = trimmedMessage(PQerrorMessage(connection_));
            }
        }
        if (PQpipelineSync(connection_) != 1) {
            firstError = firstError.empty() ? trimmedMessage(PQerrorMessage(connection_)) : firstError;
            break;
        }
        // Each statement's result is followed by a null; the chunk ends with the sync result.
        for (bool synced = false; !synced;) {
            pg_result* result = PQgetResult(connection_);
            if (result == nullptr) {
                if (PQstatus(connection_) != CONNECTION_OK) {
                    firstError =
                        firstError.empty() ? trimmedMessage(PQerrorMessage(connection_)) : firstError;
                    break;
                }
                continue;
            }
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_PIPELINE_SYNC) {
                synced = true;
            } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && firstError.empty()) {
                const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
                firstError = trimmedMessage(PQresultErrorMessage(result));
                firstState = state == nullptr ? "" : state;
            }
            PQclear(result);
        }
        if (!firstError.empty()) {
            break;
        }
    }
    PQexitPipelineMode(connection_);
    if (!firstError.empty()) {
        throw StoreError(firstError, firstState);
    }
}

void Connection::execScript(std::string_view sql) {
    const std::string script(sql);
    pg_result* result = PQexec(connection_, script.c_str());
    const ExecStatusType status = result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        throwResultError(result, connection_);
    }
    PQclear(result);
}

std::string Connection::quoteIdentifier(std::string_view identifier) const {
    char* quoted = PQescapeIdentifier(connection_, identifier.data(), identifier.size());
    if (quoted == nullptr) {
        throw StoreError(trimmedMessage(PQerrorMessage(connection_)), "");
    }
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

int Connection::backendPid() const {
    return PQbackendPID(connection_);
}

Transaction::Transaction(Connection& connection, std::string_view begin) : connection_(connection) {
    connection_.exec(begin);
}
Transaction::~Transaction() {
    if (!done_ && PQstatus(connection_.handle()) == CONNECTION_OK) {
        try {
            connection_.exec("ROLLBACK");
        } catch (const StoreError&) {
            // The connection is gone: the server rolls back on its own.
        }
    }
}
void Transaction::commit() {
    connection_.exec("COMMIT");
    done_ = true;
}

bool isStoreSource(std::string_view source) {
    return source.size() >= 3 && (source[0] == 'P' || source[0] == 'p') &&
           (source[1] == 'G' || source[1] == 'g') && source[2] == ':';
}

StoreSource parseStoreSource(const std::string& source) {
    StoreSource parsed;
    const std::string body = isStoreSource(source) ? source.substr(3) : source;
    for (const std::string& word : conninfoWords(body)) {
        const auto equals = word.find('=');
        const std::string key = equals == std::string::npos ? "" : word.substr(0, equals);
        if (key == "release") {
            parsed.release = unquotedValue(std::string_view(word).substr(equals + 1));
        } else if (key == "cluster") {
            parsed.clusters.push_back(unquotedValue(std::string_view(word).substr(equals + 1)));
        } else {
            parsed.conninfo += parsed.conninfo.empty() ? "" : " ";
            parsed.conninfo += word;
        }
    }
    return parsed;
}

std::string describeTarget(const std::string& conninfo) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (options == nullptr) {
        PQfreemem(error);
        return "PG:(" + translate("Store", "connection string not understood") + ")";
    }
    std::string described;
    for (const char* wanted : {"service", "host", "hostaddr", "port", "dbname", "user"}) {
        for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
            if (option->val != nullptr && *option->val != '\0' &&
                std::string_view(option->keyword) == wanted) {
                described += described.empty() ? "" : " ";
                described += std::string(wanted) + "=" + option->val;
            }
        }
    }
    PQconninfoFree(options);
    return "PG:" + described;
}

} // namespace couverture::store

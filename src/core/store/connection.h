#pragma once
// A thin RAII layer over libpq for the shared store: one connection, statements with bound parameters only,
// transactions that roll back unless committed. Connection strings never reach a message: describeTarget()
// keeps the service, host, port, database and user, never a password.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace couverture::store {

// A failure reported by the server or libpq, with the SQLSTATE when the server gave one.
struct StoreError : std::runtime_error {
    StoreError(const std::string& message, std::string state)
        : std::runtime_error(message), sqlstate(std::move(state)) {}
    std::string sqlstate;
};

// One bound parameter: text (the server casts it), binary bytes (WKB), or NULL.
struct Param {
    std::string value;
    bool isNull = false;
    bool binary = false;
};
Param text(std::string value);
Param optionalText(const std::string& value); // NULL when empty
Param integer(std::int64_t value);
Param real(double value);
Param boolean(bool value);
Param bytes(std::string value);
Param null();

class Result {
public:
    explicit Result(pg_result* result);
    int rows() const;
    int columns() const;
    std::string columnName(int column) const;
    int column(std::string_view name) const; // -1 when absent
    bool isNull(int row, int column) const;
    std::string value(int row, int column) const; // empty for NULL
    std::int64_t integerValue(int row, int column) const;

private:
    std::shared_ptr<pg_result> result_;
};

class Connection {
public:
    // conninfo: a libpq connection string ("service=couverture", "host=/tmp dbname=store"), without "PG:".
    explicit Connection(const std::string& conninfo);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Statements are constant text of Couverture's own; every value travels as a parameter.
    Result exec(std::string_view sql, const std::vector<Param>& params = {});
    // The same constant statement for many rows of parameters, sent in pipeline mode (one round trip per
    // chunk instead of one per row: 24,088 rows in about a second instead of several on a local socket).
    void execBatch(std::string_view sql, const std::vector<std::vector<Param>>& rows);
    // Several constant statements at once (migrations); no parameters.
    void execScript(std::string_view sql);
    // Quotes an identifier made by Couverture itself (role keys as column names).
    std::string quoteIdentifier(std::string_view identifier) const;
    int backendPid() const;
    const std::string& target() const { return target_; }
    pg_conn* handle() { return connection_; }

private:
    pg_conn* connection_ = nullptr;
    std::string target_; // describeTarget(conninfo)
};

// BEGIN on construction, ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
    Transaction(Connection& connection, std::string_view begin = "BEGIN");
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

// --- Store sources: "PG:<libpq conninfo> [release=NAME] [cluster=NAME ...]" --------------------------------
// GDAL's own PG: sources carry extra keys the same way (tables=, schemas=); these are removed before libpq
// sees the string.
bool isStoreSource(std::string_view source);
struct StoreSource {
    std::string conninfo;              // what libpq gets
    std::string release;               // empty: the latest release
    std::vector<std::string> clusters; // empty: every cluster of the release
};
StoreSource parseStoreSource(const std::string& source);
// "PG:service=couverture dbname=store" — only service, host, hostaddr, port, dbname and user, for messages.
std::string describeTarget(const std::string& conninfo);

} // namespace couverture::store

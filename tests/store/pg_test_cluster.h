#pragma once
// A PostgreSQL cluster with PostGIS for the store tests: started in a temporary folder on a Unix socket only
// (no TCP), stopped and removed at the end of the run. PostgreSQL refuses to run as root, so as root the
// server runs as the 'postgres' user (else 'nobody'), which owns the folder. Passwords go in a PGPASSFILE
// that the tests' libpq connections and psql read; they never appear in a connection string.
//
// When the cluster cannot be started, instance() throws with the reason and the server's log: the store
// tests then fail with that message (they are part of the product, not optional).

#include <string>
#include <vector>

namespace couverture::test {

class PgTestCluster {
public:
    static PgTestCluster& instance();
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster&) = delete;
    PgTestCluster& operator=(const PgTestCluster&) = delete;

    // A new, empty database with PostGIS installed; its name.
    std::string newDatabase();
    // libpq connection string (no password: PGPASSFILE holds them).
    std::string conninfo(const std::string& database, const std::string& user = superuser()) const;
    // "PG:" + conninfo, as Couverture's command line takes it.
    std::string target(const std::string& database, const std::string& user = superuser()) const {
        return "PG:" + conninfo(database, user);
    }
    // A login role with a password (written to PGPASSFILE), member of the given group roles.
    void createLoginRole(const std::string& role, const std::vector<std::string>& memberOf);

    struct PsqlResult {
        int exitCode = 0;
        std::string output; // standard output and error together
    };
    // Runs psql as `user` on `database` with one SQL command (-c), unaligned, tuples only.
    PsqlResult psql(const std::string& database, const std::string& user, const std::string& sql) const;

    static std::string superuser() { return "couverture_test"; }
    const std::string& socketFolder() const { return socketFolder_; }
    const std::string& binFolder() const { return binFolder_; }

private:
    PgTestCluster();
    void start();
    void stop();
    void addPassword(const std::string& role, const std::string& password);

    std::string root_;         // temporary folder: data/, socket/, log
    std::string binFolder_;    // /usr/lib/postgresql/15/bin
    std::string socketFolder_; // root_/socket
    std::string passFile_;     // root_/pgpass (0600, owned by this process's user)
    int port_ = 5432;
    int databases_ = 0;
    unsigned serverUid_ = 0, serverGid_ = 0;
    bool asOtherUser_ = false;
    bool started_ = false;
};

} // namespace couverture::test

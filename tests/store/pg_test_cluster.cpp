#include "store/pg_test_cluster.h"

#include "core/store/connection.h"

#include <algorithm>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <pwd.h>
#include <random>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace couverture::test {
namespace {

namespace fs = std::filesystem;

struct RunResult {
    int exitCode = -1;
    std::string output;
};

// fork/exec without a shell (no quoting of SQL or paths), optionally as another user, output captured.
RunResult runProgram(const std::vector<std::string>& argv, bool asOtherUser, unsigned uid, unsigned gid) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        throw std::runtime_error("cannot create a pipe");
    }
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error("cannot fork");
    }
    if (child == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        dup2(pipeFds[1], STDERR_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        const int devNull = open("/dev/null", O_RDONLY);
        dup2(devNull, STDIN_FILENO);
        if (asOtherUser && (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0)) {
            _exit(126);
        }
        std::vector<char*> args;
        for (const auto& arg : argv) {
            args.push_back(const_cast<char*>(arg.c_str()));
        }
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(pipeFds[1]);
    RunResult result;
    char buffer[4096];
    for (ssize_t got; (got = read(pipeFds[0], buffer, sizeof buffer)) > 0;) {
        result.output.append(buffer, static_cast<std::size_t>(got));
    }
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string findBinFolder() {
    if (const char* explicitFolder = std::getenv("COUVERTURE_PG_BINDIR")) {
        if (!fs::exists(fs::path(explicitFolder) / "initdb")) {
            throw std::runtime_error(
                std::string("the store tests need a PostgreSQL server, and COUVERTURE_PG_BINDIR (") +
                explicitFolder + ") has no initdb");
        }
        return explicitFolder;
    }
    std::vector<fs::path> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
        if (fs::exists(entry.path() / "bin" / "initdb")) {
            found.push_back(entry.path() / "bin");
        }
    }
    if (found.empty()) {
        throw std::runtime_error("the store tests need a PostgreSQL server, and no initdb was found in "
                                 "/usr/lib/postgresql/*/bin (install postgresql-15, postgresql-15-postgis-3: "
                                 "scripts/install_deps.sh), or set COUVERTURE_PG_BINDIR");
    }
    std::sort(found.begin(), found.end());
    return found.back().string();
}

std::string randomPassword() {
    static const char kLetters[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::random_device device;
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kLetters - 2);
    std::string password;
    for (int i = 0; i < 24; ++i) {
        password += kLetters[pick(device)];
    }
    return password;
}

std::string readTail(const std::string& path, std::size_t bytes = 2000) {
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.size() > bytes ? text.substr(text.size() - bytes) : text;
}

void writeFile(const std::string& path, const std::string& text, mode_t mode) {
    {
        std::ofstream out(path, std::ios::trunc);
        out << text;
    }
    chmod(path.c_str(), mode);
}

} // namespace

PgTestCluster& PgTestCluster::instance() {
    static PgTestCluster cluster;
    return cluster;
}

PgTestCluster::PgTestCluster() {
    try {
        start();
    } catch (...) {
        stop();
        throw;
    }
}

PgTestCluster::~PgTestCluster() {
    stop();
}

void PgTestCluster::stop() {
    if (started_) {
        runProgram({binFolder_ + "/pg_ctl", "stop", "-D", root_ + "/data", "-m", "immediate", "-w"},
                   asOtherUser_, serverUid_, serverGid_);
        started_ = false;
    }
    if (!root_.empty() && std::getenv("COUVERTURE_KEEP_TEST_CLUSTER") == nullptr) {
        std::error_code ignored;
        fs::remove_all(root_, ignored);
        root_.clear();
    }
}

void PgTestCluster::start() {
    binFolder_ = findBinFolder();
    const std::string version = fs::path(binFolder_).parent_path().filename().string();
    if (!fs::exists("/usr/share/postgresql/" + version + "/extension/postgis.control")) {
        throw std::runtime_error("the store tests need PostGIS for PostgreSQL " + version +
                                 " (install postgresql-" + version + "-postgis-3: scripts/install_deps.sh)");
    }
    char pattern[] = "/tmp/couverture-pg-XXXXXX";
    if (mkdtemp(pattern) == nullptr) {
        throw std::runtime_error("cannot create a temporary folder for the test cluster in /tmp");
    }
    root_ = pattern;
    socketFolder_ = root_ + "/socket";
    fs::create_directories(socketFolder_);
    fs::create_directories(root_ + "/data");
    // PostgreSQL will not run as root: the server runs as 'postgres' (or 'nobody'), owner of the folders.
    if (geteuid() == 0) {
        const passwd* user = getpwnam("postgres");
        if (user == nullptr) {
            user = getpwnam("nobody");
        }
        if (user == nullptr) {
            throw std::runtime_error("running as root and neither a 'postgres' nor a 'nobody' user exists to "
                                     "run the test PostgreSQL server as");
        }
        asOtherUser_ = true;
        serverUid_ = user->pw_uid;
        serverGid_ = user->pw_gid;
    }
    const std::string superPassword = randomPassword();
    const std::string initPasswordFile = root_ + "/initpw";
    writeFile(initPasswordFile, superPassword + "\n", 0600);
    if (asOtherUser_) {
        for (const std::string& path : {root_, socketFolder_, root_ + "/data", initPasswordFile}) {
            if (chown(path.c_str(), serverUid_, serverGid_) != 0) {
                throw std::runtime_error("cannot give " + path + " to the server's user");
            }
        }
    }
    const RunResult init =
        runProgram({binFolder_ + "/initdb", "-D", root_ + "/data", "-U", superuser(), "--auth=scram-sha-256",
                    "--pwfile=" + initPasswordFile, "-E", "UTF8", "--no-locale", "-N"},
                   asOtherUser_, serverUid_, serverGid_);
    fs::remove(initPasswordFile);
    if (init.exitCode != 0) {
        throw std::runtime_error("initdb failed (exit " + std::to_string(init.exitCode) +
                                 "): " + init.output);
    }
    std::ofstream config(root_ + "/data/postgresql.conf", std::ios::app);
    config << "\n# Couverture store tests: Unix socket only, no durability needed\n"
           << "listen_addresses = ''\nunix_socket_directories = '" << socketFolder_ << "'\nport = " << port_
           << "\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 80\n"
           << "shared_buffers = 64MB\nlog_min_messages = warning\n";
    config.close();
    const std::string log = root_ + "/server.log";
    writeFile(log, "", 0644);
    if (asOtherUser_ && chown(log.c_str(), serverUid_, serverGid_) != 0) {
        throw std::runtime_error("cannot give the server log to the server's user");
    }
    const RunResult started =
        runProgram({binFolder_ + "/pg_ctl", "start", "-D", root_ + "/data", "-l", log, "-w", "-t", "60"},
                   asOtherUser_, serverUid_, serverGid_);
    if (started.exitCode != 0) {
        throw std::runtime_error("the test PostgreSQL server did not start (pg_ctl exit " +
                                 std::to_string(started.exitCode) + "): " + started.output +
                                 "\nserver log:\n" + readTail(log));
    }
    started_ = true;
    passFile_ = root_ + "/pgpass";
    writeFile(passFile_, "", 0600);
    addPassword(superuser(), superPassword);
    setenv("PGPASSFILE", passFile_.c_str(), 1);
    // A template with PostGIS, so that each test's database is a quick copy.
    store::Connection admin(conninfo("postgres"));
    admin.exec("CREATE DATABASE couverture_template");
    store::Connection templateDatabase(conninfo("couverture_template"));
    templateDatabase.exec("CREATE EXTENSION postgis");
}

void PgTestCluster::addPassword(const std::string& role, const std::string& password) {
    std::ofstream out(passFile_, std::ios::app);
    out << "*:*:*:" << role << ":" << password << "\n";
}

std::string PgTestCluster::newDatabase() {
    const std::string name = "couverture_test_" + std::to_string(++databases_);
    store::Connection admin(conninfo("postgres"));
    admin.exec("CREATE DATABASE " + admin.quoteIdentifier(name) + " TEMPLATE couverture_template");
    return name;
}

std::string PgTestCluster::conninfo(const std::string& database, const std::string& user) const {
    return "host=" + socketFolder_ + " port=" + std::to_string(port_) + " dbname=" + database +
           " user=" + user;
}

void PgTestCluster::createLoginRole(const std::string& role, const std::vector<std::string>& memberOf) {
    const std::string password = randomPassword();
    store::Connection admin(conninfo("postgres"));
    const std::string quoted = admin.quoteIdentifier(role);
    // CREATE ROLE takes no parameters; the password is set through a server-side format() instead of
    // being pasted into the statement.
    admin.exec("CREATE ROLE " + quoted + " LOGIN");
    admin.exec(
        "SELECT set_config('couverture.role', $1, false), set_config('couverture.password', $2, false)",
        {store::text(role), store::text(password)});
    admin.exec("DO $$ BEGIN EXECUTE format('ALTER ROLE %I PASSWORD %L', current_setting('couverture.role'), "
               "current_setting('couverture.password')); END $$");
    addPassword(role, password);
    for (const std::string& group : memberOf) {
        admin.exec("GRANT " + admin.quoteIdentifier(group) + " TO " + quoted);
    }
}

PgTestCluster::PsqlResult PgTestCluster::psql(const std::string& database, const std::string& user,
                                              const std::string& sql) const {
    const RunResult result =
        runProgram({binFolder_ + "/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h",
                    socketFolder_, "-p", std::to_string(port_), "-U", user, "-d", database, "-c", sql},
                   false, 0, 0);
    return {result.exitCode, result.output};
}

} // namespace couverture::test

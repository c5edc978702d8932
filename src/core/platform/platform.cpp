#include "core/platform/platform.h"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace couverture::platform {
namespace {

std::atomic<bool> interruptFlag{false};

} // namespace

bool interrupted() {
    return interruptFlag.load(std::memory_order_relaxed);
}

void setInterruptedForTest(bool value) {
    interruptFlag = value;
}

std::string executableDirectory() {
    std::error_code error;
#ifdef _WIN32
    std::wstring path(32768, L'\0');
    const DWORD length = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
    if (length == 0 || length >= path.size()) {
        return {};
    }
    path.resize(length);
    return std::filesystem::path(path).parent_path().string();
#else
    const std::filesystem::path path = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string() : path.parent_path().string();
#endif
}

std::string localDate(std::time_t time) {
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &time);
#else
    localtime_r(&time, &local);
#endif
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

#ifdef _WIN32

long processId() {
    return static_cast<long>(GetCurrentProcessId());
}

bool processRunning(long pid) {
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(pid));
    if (process == nullptr) {
        return false;
    }
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
}

bool standardErrorIsTerminal() {
    return _isatty(_fileno(stderr)) != 0;
}

namespace {
BOOL WINAPI onConsoleEvent(DWORD) {
    if (interruptFlag.exchange(true)) {
        return FALSE; // the second one: the default handler ends the process
    }
    return TRUE;
}
} // namespace

void catchInterrupts() {
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

FileLock::FileLock(const std::string& path) {
    HANDLE file = CreateFileA(path.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                              nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_HIDDEN, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        return;
    }
    OVERLAPPED overlapped{};
    if (!LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK, 0, MAXDWORD, MAXDWORD, &overlapped)) {
        CloseHandle(file);
        return;
    }
    handle_ = reinterpret_cast<long long>(file);
}

FileLock::~FileLock() {
    if (handle_ != -1) {
        CloseHandle(reinterpret_cast<HANDLE>(handle_)); // releases the lock
    }
}

#else

long processId() {
    return static_cast<long>(::getpid());
}

bool processRunning(long pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

bool standardErrorIsTerminal() {
    return ::isatty(STDERR_FILENO) != 0;
}

namespace {
extern "C" void onInterrupt(int signal) {
    if (interruptFlag.exchange(true)) {
        std::signal(signal, SIG_DFL); // the second one ends the process
        std::raise(signal);
    }
}
} // namespace

void catchInterrupts() {
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

FileLock::FileLock(const std::string& path) {
    const int file = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (file < 0) {
        return;
    }
    int result = 0;
    do {
        result = ::flock(file, LOCK_EX);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        ::close(file);
        return;
    }
    handle_ = file;
}

FileLock::~FileLock() {
    if (handle_ != -1) {
        ::close(static_cast<int>(handle_)); // releases the lock
    }
}

#endif

void avoidSessionBusLaunch() {
#ifndef _WIN32
    if (std::getenv("DBUS_SESSION_BUS_ADDRESS") != nullptr) {
        return;
    }
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code error;
    if (runtime != nullptr && std::filesystem::exists(std::filesystem::path(runtime) / "bus", error)) {
        return; // the user's bus, where libdbus looks when the variable is not set
    }
    // An address libdbus does not know: connecting fails at once, nothing is forked.
    ::setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0);
#endif
}

} // namespace couverture::platform

#pragma once
// The few calls that differ between Linux and Windows, in one place: the rest of Couverture is written in
// standard C++, GDAL/GEOS/PROJ and Qt.

#include <ctime>
#include <string>

namespace couverture::platform {

// This process's id, and whether a process of that id is still running (stale temporary files).
long processId();
bool processRunning(long pid);

bool standardErrorIsTerminal();

// The folder of the running program's executable (empty if the system does not say).
std::string executableDirectory();

// "yyyy-mm-dd" of `time` in the local time zone.
std::string localDate(std::time_t time);

// Ctrl-C (SIGINT/SIGTERM; the console's Ctrl-C and close on Windows): the first one sets a flag that long
// work polls through its progress callback; a second one ends the process at once, as the shell expects.
void catchInterrupts();
bool interrupted();
void setInterruptedForTest(bool value);

// Linux without a session bus (a bare X server, Xvfb, a remote display): libdbus, which Qt's window
// system and accessibility use, would fork dbus-launch to start one, and a fork while another thread holds
// PROJ's lock deadlocks the child (PROJ's fork handler takes that lock) and the application with it: seen
// with the window loading its boundaries under Xvfb. Points libdbus at no bus in that case, before Qt
// starts; with a bus (any desktop session), or on Windows, does nothing.
void avoidSessionBusLaunch();

// An exclusive lock on a file beside the outputs, held while a set of outputs is put in place so that two
// runs on one folder do not interleave. Blocks until it is free; released on destruction or at exit.
class FileLock {
public:
    explicit FileLock(const std::string& path);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    bool locked() const { return handle_ != -1; }

private:
    long long handle_ = -1;
};

} // namespace couverture::platform

// What both programs do at the start of main so that no other user of the machine reads or
// changes what FunnelDesk keeps, or reads a password off the command line (hostile tester:
// folders made 0777 under umask 000; ps showing --db postgresql://user:SECRET@…).
#pragma once

namespace fd {

// Adds 077 to the process's umask (umask(umask(0) | 077)): every folder and file either
// program creates from then on (the data folder, the settings folder and file, backups,
// exports, temporaries, SQLite's -wal/-shm) is its user's only, whatever umask it was
// started with. Call it first thing in main, before any thread starts.
void keepFilesPrivate();

// Overwrites, in the process's own argv memory (what /proc/PID/cmdline and ps show), every
// password an argument holds in a form Location::masked() knows (a URI's user-info or
// ?password=, a key=value password= in any case), with 'x' of the same length, as psql and
// mysql do. Call it after QCoreApplication has been made and the arguments were read into
// QStrings: Qt reads arguments() from this memory again at each call.
void hidePasswordsInArguments(int argc, char* argv[]);

} // namespace fd

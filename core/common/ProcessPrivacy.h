// What both programs do at the start of main so that no other user of the machine reads or
// changes what FunnelDesk keeps (hostile tester:
// folders made 0777 under umask 000).
#pragma once

namespace fd {

// Adds 077 to the process's umask (umask(umask(0) | 077)): every folder and file either
// program creates from then on (the data folder, the settings folder and file, backups,
// exports, temporaries, SQLite's -wal/-shm) is its user's only, whatever umask it was
// started with. Call it first thing in main, before any thread starts.
void keepFilesPrivate();

} // namespace fd

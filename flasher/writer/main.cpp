// imprint-writer: the small program the GUI starts to write drives it may not open itself
// (elevated through "runas" on Windows). It connects to the channel named on its command line,
// takes one job, runs it and reports back; it asks nobody anything and prints nothing.
//
//   imprint-writer --channel NAME
#include "flasher/writer/writer.h"

#include <string_view>

int main(int argc, char** argv) {
    if (argc != 3 || std::string_view(argv[1]) != "--channel" || argv[2][0] == '\0') {
        return 2; // started by hand: there is no one to talk to
    }
    return imprint::flasher::writer::serveOneJob(argv[2]);
}

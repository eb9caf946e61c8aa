// A stand-in for imprint-writer that breaks the protocol in the way IMPRINT_IMPOSTOR names, so
// tst_writer_run can show each is a clean error on the caller's side:
//   never     ends at once without connecting          exit      connects, then ends (exit 3)
//   garbage   sends bytes that are no frame              badjson   sends a frame of broken JSON
//   crash     sends one progress message, then aborts    silent    reads the job, says nothing
//   stranger  answers a report about another target     late      never connects, stays
//   proxy     has another program (a copy of itself, "silent") connect in its place
#include "flasher/platform/system.h"
#include "flasher/writer/framing.h"
#include "flasher/writer/protocol.h"

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

using namespace imprint::flasher;
using namespace imprint::flasher::writer;

int main(int argc, char** argv) {
    const char* mode = std::getenv("IMPRINT_IMPOSTOR");
    const std::string m = mode != nullptr ? mode : "";
    if (argc != 3 || m == "never") {
        return 0;
    }
    if (m == "proxy") {
#if defined(_WIN32)
        _putenv_s("IMPRINT_IMPOSTOR", "silent");
#else
        setenv("IMPRINT_IMPOSTOR", "silent", 1);
#endif
        imprint::platform::ChildProcess other;
        if (!other.start(imprint::platform::programFile(), {argv[1], argv[2]}, false)) {
            return 1;
        }
        std::this_thread::sleep_for(std::chrono::seconds(30));
        return 0;
    }
    if (m == "late") {
        std::this_thread::sleep_for(std::chrono::minutes(5));
        return 0;
    }
    auto channel = imprint::platform::connectChannel(argv[2]);
    if (!channel.valid()) {
        return 1;
    }
    if (m == "exit") {
        return 3;
    }
    if (m == "garbage") {
        const std::string bytes = "GARBAGE! not a frame";
        (void)channel.writeAll(bytes.data(), bytes.size(), 5000);
        std::this_thread::sleep_for(std::chrono::seconds(30));
        return 0;
    }
    MessageStream stream(std::move(channel));
    if (!stream.receive(10000)) {
        return 1;
    }
    if (m == "badjson") {
        (void)stream.send("{\"protocol\":1,\"type\":", 5000);
    } else if (m == "crash") {
        Progress p;
        (void)stream.send(encodeProgress(p), 5000);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        std::abort();
    } else if (m == "stranger") {
        TargetOutcome other;
        other.target = "C:/Windows/system.img";
        other.written = true;
        const WriteReport report{{other}, Verdict::Ok};
        (void)stream.send(encodeResult(report), 5000);
    }
    std::this_thread::sleep_for(std::chrono::seconds(30));
    return 0;
}

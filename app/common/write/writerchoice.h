// Whether a write goes through imprint-writer (flasher/writer) rather than this process, and
// which program that is: the window (WriteRun) and `imprint flash` decide alike.
#pragma once

#include "flasher/request/writereport.h"
#include "flasher/request/writerequest.h"
#include "flasher/writer/writer.h"

#include <string>

namespace imprint::app {

// Windows: a user who may not open drives (not elevated) writes them through imprint-writer,
// which Windows starts elevated after the UAC prompt and which takes the job over a pipe, like
// the anchors' helpers. IMPRINT_WRITER=1 sends every write through it, on any system (tests).
bool writesThroughWriter(const flasher::WriteRequest& request);

// imprint-writer beside this program (IMPRINT_WRITER_PROGRAM names another).
std::string writerProgram();

// `request` written by writerProgram() with `call`'s hooks (call.program is set here). The
// writer opens drives itself, elevated: no broker of this process goes with the job.
flasher::WriteReport writeWithWriter(flasher::WriteRequest request,
                                     flasher::writer::WriterCall call);

} // namespace imprint::app

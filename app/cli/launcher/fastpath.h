// The fast path of `imprint`: the `fs` actions that print no words (put, rm, mkdir, cat) on an
// image file, done without Qt, so a scripted edit costs what the disk work costs.
#pragma once

#include <string>
#include <vector>

namespace imprint::launcher {

// What the launcher does after trying the fast path.
enum class FastOutcome {
    Done,     // finished: exit 0
    Declined, // not for the fast path, or it failed: run the full program
};

// Tries `arguments` (argv without the program name). Never prints: any case that needs words
// (an error, a warning, help) is declined before anything is written and left to the full
// program, which repeats the work and says what happened in the user's language. Content read
// from stdin for `fs put` is returned in `stdinContent` so it can be handed on.
FastOutcome tryFastPath(const std::vector<std::string>& arguments, std::string& stdinContent,
                        bool& stdinConsumed);

} // namespace imprint::launcher

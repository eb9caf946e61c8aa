// IMPRINT_TEST_SCALE: one knob for the length of randomized and fuzz runs (default 1).
#pragma once

#include <cstdlib>

namespace imprint::test {

inline int testScale() {
    const char* value = std::getenv("IMPRINT_TEST_SCALE");
    if (value == nullptr || *value == '\0') {
        return 1;
    }
    const int scale = std::atoi(value);
    return scale > 0 ? scale : 1;
}

} // namespace imprint::test

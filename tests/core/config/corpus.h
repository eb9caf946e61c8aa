// Test inputs for config.json validation, shared by the unit and command-line tests.
#pragma once

#include <string>
#include <vector>

namespace imprint::test {

struct BadConfigInput {
    const char* name;
    const char* extra;   // JSON members added after "deviceType"
    const char* pointer; // where the error must be
    const char* code;    // the error code expected there
};

const std::vector<BadConfigInput>& badConfigInputs();

// Members of a config.json that uses every edited key correctly.
std::string fullValidConfigExtra(const std::string& sshKey);

} // namespace imprint::test

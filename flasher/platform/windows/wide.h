// UTF-8 (the tree's strings) to and from UTF-16 (Win32's).
#pragma once

#include <string>

namespace imprint::platform {

std::wstring widen(const std::string& utf8);
std::string narrow(const std::wstring& utf16);

// Appends one argument to a command line as the C runtime's parser reads it back.
void appendQuotedArgument(std::wstring& line, const std::wstring& argument);

} // namespace imprint::platform

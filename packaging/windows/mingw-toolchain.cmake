# CMake toolchain for Windows x86-64 with Debian's mingw-w64 (the -posix compilers: std::thread
# and std::mutex need them). Used on its own for the libraries packaging/windows/deps.sh builds,
# and chain-loaded by Qt's qt.toolchain.cmake for Imprint itself (the `windows` preset).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
if(DEFINED ENV{IMPRINT_WINDOWS_DEPS})
    list(APPEND CMAKE_FIND_ROOT_PATH "$ENV{IMPRINT_WINDOWS_DEPS}")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

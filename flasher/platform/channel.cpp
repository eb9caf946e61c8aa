// The parts of channel.h every system shares: moving the owners of handles.
#include "flasher/platform/channel.h"

#include <utility>

namespace imprint::platform {

Channel& Channel::operator=(Channel&& o) noexcept {
    if (this != &o) {
        close();
        handle_ = std::exchange(o.handle_, -1);
    }
    return *this;
}

ChannelListener::ChannelListener(ChannelListener&& o) noexcept
    : handle_(std::exchange(o.handle_, -1)), name_(std::move(o.name_)),
      folder_(std::exchange(o.folder_, {})) {}

ChannelListener& ChannelListener::operator=(ChannelListener&& o) noexcept {
    if (this != &o) {
        close();
        handle_ = std::exchange(o.handle_, -1);
        name_ = std::move(o.name_);
        folder_ = std::exchange(o.folder_, {});
    }
    return *this;
}

ChildProcess::ChildProcess(ChildProcess&& o) noexcept
    : handle_(std::exchange(o.handle_, -1)), exitCode_(o.exitCode_) {}

ChildProcess& ChildProcess::operator=(ChildProcess&& o) noexcept {
    if (this != &o) {
        reap();
        handle_ = std::exchange(o.handle_, -1);
        exitCode_ = o.exitCode_;
    }
    return *this;
}

} // namespace imprint::platform

// A Target that passes everything to a real one until a chosen offset, then misbehaves the way
// failing cards do: an I/O error, a device that vanishes, a write that is silently lost, or a
// bit that flips on the way. WriteJob must turn each into an error, never into success.
// `concurrent`: takes four writes at once (passed on to the real target one at a time) and
// lets the verifier read behind the writes when the real target does: then the fault hits the
// write that holds `at`, whichever thread gets there first.
#pragma once

#include "flasher/target/target.h"

#include <cerrno>
#include <cstring>
#include <mutex>

namespace imprint::test {

enum class Fault { Eio, Vanish, LostWrite, FlipBit };

class FaultyTarget : public imprint::flasher::Target {
public:
    FaultyTarget(std::unique_ptr<imprint::flasher::Target> inner, Fault fault, std::uint64_t at,
                 bool concurrent = false)
        : inner_(std::move(inner)), fault_(fault), at_(at), concurrent_(concurrent) {}

    const std::string& name() const override { return inner_->name(); }
    bool zerosAreFree() const override { return inner_->zerosAreFree(); }
    std::size_t writeDepth() const override { return concurrent_ ? 4 : 1; }
    bool verifiesBehindWrites() const override {
        return concurrent_ && inner_->verifiesBehindWrites();
    }
    imprint::Result<void> prepare(std::uint64_t size) override { return inner_->prepare(size); }
    imprint::Result<void> setSize(std::uint64_t size) override {
        return vanished_ ? gone(size) : inner_->setSize(size);
    }
    imprint::Result<void> sync() override {
        return vanished_ ? imprint::Result<void>(imprint::Error("target.sync_failed")
                                                     .with("name", name())
                                                     .with("detail", std::strerror(ENODEV)))
                         : inner_->sync();
    }
    void finish() override { inner_->finish(); }

    imprint::Result<void> write(std::uint64_t offset, std::span<const std::byte> data) override {
        std::lock_guard lock(mutex_);
        if (vanished_) {
            return gone(offset);
        }
        const bool hits = offset + data.size() > at_ && !fired_ && (!concurrent_ || offset <= at_);
        if (!hits) {
            return inner_->write(offset, data);
        }
        fired_ = true;
        switch (fault_) {
        case Fault::Eio:
            return imprint::Error("target.write_failed")
                .with("name", name())
                .with("detail", std::strerror(EIO))
                .with("offset", std::to_string(std::max(offset, at_)))
                .at(std::max(offset, at_));
        case Fault::Vanish:
            vanished_ = true;
            return gone(std::max(offset, at_));
        case Fault::LostWrite:
            return {};
        case Fault::FlipBit: {
            std::vector<std::byte> copy(data.begin(), data.end());
            const auto i = static_cast<std::size_t>(std::max(offset, at_) - offset);
            copy[i] ^= std::byte{0x10};
            return inner_->write(offset, copy);
        }
        }
        return {};
    }

    imprint::Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) override {
        if (std::lock_guard lock(mutex_); vanished_) {
            return imprint::Error("target.read_failed")
                .with("name", name())
                .with("detail", std::strerror(ENODEV))
                .at(offset);
        }
        return inner_->readBack(offset, into);
    }

    [[nodiscard]] bool fired() const { return fired_; }

private:
    imprint::Result<void> gone(std::uint64_t offset) {
        return imprint::Error("target.write_failed")
            .with("name", name())
            .with("detail", std::strerror(ENODEV))
            .with("offset", std::to_string(offset))
            .at(offset);
    }

    std::unique_ptr<imprint::flasher::Target> inner_;
    Fault fault_;
    std::uint64_t at_;
    bool concurrent_;
    std::mutex mutex_;
    bool fired_ = false;
    bool vanished_ = false;
};

} // namespace imprint::test

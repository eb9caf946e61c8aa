#include "flasher/source/decoder.h"

namespace imprint::flasher {

Result<std::size_t> StreamDecoder::decode(std::span<std::byte> out) {
    if (finished_) {
        return std::size_t{0};
    }
    for (;;) {
        auto in = input_.available();
        if (!in) {
            return std::move(in).takeError();
        }
        if (in->empty()) {
            if (betweenStreams_) {
                finished_ = true;
                return std::size_t{0};
            }
            return streamError("source.truncated", format_, input_.offset(), output_);
        }
        if (betweenStreams_) {
            if (const char* why = nextStream(*in)) {
                return streamError("source.corrupt", format_, input_.offset(), output_, why);
            }
            betweenStreams_ = false;
        }
        const Step s = step(*in, out);
        input_.consume(s.used);
        output_ += s.produced;
        if (s.failure != nullptr) {
            return streamError("source.corrupt", format_, input_.offset(), output_, s.failure);
        }
        if (s.streamEnd) {
            // A single stream (a zip entry) ends here; its caller checks what follows.
            finished_ = !concatenated_;
            betweenStreams_ = concatenated_;
        }
        if (s.produced > 0 || finished_) {
            return s.produced;
        }
    }
}

} // namespace imprint::flasher

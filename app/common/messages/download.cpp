// Messages for the "download.*" errors of app/common/download.
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> download() {
    static constexpr ErrorMessage table[] = {
        {"download.bad_url",
         QT_TRANSLATE_NOOP("Errors", "\"{url}\" is not an http:// or https:// address.")},
        {"download.http_status",
         QT_TRANSLATE_NOOP("Errors", "The server answered {status} {reason} for {url}. Check the "
                                     "address; nothing was saved.")},
        {"download.tls",
         QT_TRANSLATE_NOOP("Errors", "The secure connection to {url} failed: {detail}. Check "
                                     "the address, the computer's clock and its trusted "
                                     "certificates.")},
        {"download.network", QT_TRANSLATE_NOOP("Errors", "Could not download {url}: {detail}.")},
        {"download.truncated",
         QT_TRANSLATE_NOOP("Errors", "The download of {url} stopped at byte {received} of {total} "
                                     "after {attempts} attempts. Run the same command again to "
                                     "resume it.")},
        {"download.checksum_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The file downloaded from {url} has SHA-256 {actual}, not "
                                     "the expected {expected}: it was deleted. Check the checksum "
                                     "or the address.")},
        {"download.cannot_write", QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {detail}.")},
        {"download.cancelled", QT_TRANSLATE_NOOP("Errors", "The download of {url} was cancelled.")},
    };
    return table;
}

} // namespace imprint::app::messages

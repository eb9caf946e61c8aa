// WriteRun: one write of the window (an image, N targets, each with its own profile) through
// flasher::prepareWrite, as every front end writes, run on a worker thread; its progress and
// per-target outcomes arrive as Qt signals on the thread that owns the WriteRun, so a window
// can show them without ever blocking.
#pragma once

#include "core/provision/profile.h"
#include "flasher/request/writereport.h"
#include "flasher/request/writerequest.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace imprint::app {

struct WriteTargetSpec {
    QString path; // an image file to create, or a whole drive ("/dev/sdb")
    bool isDrive = false;
    // Configured on the way with this profile; none: the image as it is.
    std::optional<provision::Profile> profile;
    // Erasing it was confirmed (the window asks before it starts); else it is refused.
    bool confirmed = true;
};

// A target's progress, as the window shows it.
struct WriteTargetProgress {
    int target = 0;
    QString phase; // flasher::phaseName: "preparing", "writing", "verifying", ...
    double fraction = 0;
    double bytesPerSecond = 0;
    double secondsLeft = -1;
};

class WriteRun : public QObject {
    Q_OBJECT
public:
    explicit WriteRun(QObject* parent = nullptr);
    ~WriteRun() override;

    // Starts writing `image` (never modified itself) to the targets, each configured with its
    // profile on the way; false (and nothing started) when a run is going on.
    bool start(const QString& image, const QList<WriteTargetSpec>& targets, bool verify = true);
    void cancel();
    [[nodiscard]] bool running() const;
    // The last run's outcome per target (what was written, verified, configured, or why not),
    // for the detail behind the words of finished().
    [[nodiscard]] flasher::WriteReport report() const;

signals:
    // Once every target was judged and opened, before the first byte: what each will get.
    void prepared(const QStringList& plans);
    void progress(const imprint::app::WriteTargetProgress& progress);
    // One entry per target, in order: empty when it was written (and verified), else the
    // translated reason (a refused target stops them all: nothing is written).
    void finished(const QStringList& errors);

private:
    struct Shared;
    static void deliverPlans(QPointer<WriteRun> self, const QStringList& plans);
    static flasher::WriteReport writeThroughWriter(flasher::WriteRequest request,
                                                   QPointer<WriteRun> self,
                                                   std::shared_ptr<Shared> shared);
    static std::function<void(const flasher::Progress&)> progressTo(QPointer<WriteRun> self,
                                                                    std::shared_ptr<Shared> shared);
    std::shared_ptr<Shared> shared_;
    QFutureWatcher<QStringList>* watcher_ = nullptr;
    QThreadPool* pool_ = nullptr; // the run's own thread (see giveWay)
};

} // namespace imprint::app

Q_DECLARE_METATYPE(imprint::app::WriteTargetProgress)

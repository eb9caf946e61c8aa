// WriteRun: one flasher::WriteJob (an image, the profile it is configured with, N targets) run on a
// worker thread, its progress and per-target results delivered as Qt signals on the thread
// that owns the WriteRun, so a window can show them without ever blocking.
#pragma once

#include "app/common/session/profileplan.h"
#include "core/provision/profile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace imprint::app {

struct WriteTargetSpec {
    QString path; // an image file to create, or a whole drive ("/dev/sdb")
    bool isDrive = false;
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

    // Starts writing the image of `base` with `profile` applied on the way (its plan becomes
    // byte overrides; the image file itself is never modified); false (and nothing started)
    // when a run is going on.
    bool start(std::shared_ptr<const PlanBase> base, const provision::Profile& profile,
               const QList<WriteTargetSpec>& targets, bool verify = true);
    void cancel();
    [[nodiscard]] bool running() const;
    // The errors of the last run, per target (nullopt: written), for the detail behind the
    // words of finished().
    [[nodiscard]] std::vector<std::optional<Error>> errors() const;

signals:
    void progress(const imprint::app::WriteTargetProgress& progress);
    // One entry per target, in order: empty when it was written (and verified), else the
    // translated reason.
    void finished(const QStringList& errors);

private:
    struct Shared;
    std::shared_ptr<Shared> shared_;
    QFutureWatcher<QStringList>* watcher_ = nullptr;
    QThreadPool* pool_ = nullptr; // the run's own thread (see giveWay)
};

} // namespace imprint::app

Q_DECLARE_METATYPE(imprint::app::WriteTargetProgress)

#include "app/common/session/writerun.h"

#include "app/common/errortext.h"
#include "app/common/flash/opentarget.h"
#include "flasher/plan/streamplan.h"
#include "flasher/source/source.h"
#include "flasher/target/target.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>

#include <unistd.h>
#endif

namespace imprint::app {

// What the worker thread and the WriteRun share: the job (for cancel) under a mutex, and a
// flag for a cancel that comes before the job exists.
struct WriteRun::Shared {
    std::mutex mutex;
    // The latest progress per target not yet taken by the WriteRun's thread, and whether a
    // delivery is already queued: however fast the job reports, at most one event waits.
    std::vector<std::optional<WriteTargetProgress>> latest;
    bool deliveryQueued = false;
    flasher::WriteJob* job = nullptr;
    std::atomic<bool> cancelled{false};
    std::vector<std::optional<Error>> errors; // per target, once finished
};

namespace {

// The job's threads (created from the calling thread, so they inherit it) give way to the
// window's: on two busy cores a write at the same priority kept the event loop waiting for
// up to a tenth of a second. A write alone on the machine runs just as fast. Linux keeps a
// nice value per thread; elsewhere Qt's thread priority does the same for this thread. Only
// for a thread of WriteRun's own pool, which ends with the run (lowering it back would need
// privileges).
void giveWay() {
#ifdef Q_OS_LINUX
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && nice < 10) {
        setpriority(PRIO_PROCESS, tid, 10);
    }
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

std::vector<std::optional<Error>> WriteRun::errors() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->errors;
}

WriteRun::WriteRun(QObject* parent)
    : QObject(parent), shared_(std::make_shared<Shared>()),
      watcher_(new QFutureWatcher<QStringList>(this)), pool_(new QThreadPool(this)) {
    pool_->setMaxThreadCount(1);
    pool_->setExpiryTimeout(0); // the thread that gave way ends with its run
    qRegisterMetaType<WriteTargetProgress>();
    connect(watcher_, &QFutureWatcher<QStringList>::finished, this,
            [this] { emit finished(watcher_->result()); });
}

WriteRun::~WriteRun() {
    cancel();
    watcher_->waitForFinished();
}

bool WriteRun::running() const { return watcher_->isRunning(); }

void WriteRun::cancel() {
    shared_->cancelled = true;
    std::lock_guard lock(shared_->mutex);
    if (shared_->job) {
        shared_->job->cancel();
    }
}

bool WriteRun::start(std::shared_ptr<const PlanBase> base, const provision::Profile& profile,
                     const QList<WriteTargetSpec>& targets, bool verify) {
    if (running() || !base) {
        return false;
    }
    shared_ = std::make_shared<Shared>();
    auto shared = shared_;
    QPointer<WriteRun> self(this);
    const auto count = targets.size();
    auto work = [=]() -> QStringList {
        giveWay();
        auto failAll = [&](const Error& e) {
            {
                std::lock_guard lock(shared->mutex);
                shared->errors.assign(static_cast<std::size_t>(count), e);
            }
            return QStringList(QList<QString>(count, describeError(e)));
        };
        const QString imagePath = base->path();
        // The profile's plan for the targets, worked out on the stream (flasher/plan): only
        // the sectors the boot partition needs are decoded, even for a compressed image.
        auto head = flasher::ImageHead::open(imagePath.toStdString());
        if (!head) {
            return failAll(head.error());
        }
        auto streamPlan = flasher::planOnStream(**head, profile);
        if (!streamPlan) {
            return failAll(streamPlan.error());
        }
        if (streamPlan->plan.refused()) {
            return failAll(Error("plan.refused"));
        }
        auto source = flasher::Source::open(imagePath.toStdString());
        if (!source) {
            return failAll(source.error());
        }
        // Drives open now (through UDisks2 when not root); a target that cannot be opened
        // fails alone, the others are written.
        std::vector<std::optional<Error>> outcome(static_cast<std::size_t>(count));
        std::vector<int> jobIndex; // job target -> index in `targets`
        std::vector<flasher::TargetPlan> plans;
        for (int i = 0; i < count; ++i) {
            const auto& t = targets[i];
            flasher::TargetPlan plan;
            if (t.isDrive) {
                auto opened = openFlashTarget(t.path);
                if (!opened) {
                    outcome[static_cast<std::size_t>(i)] = opened.error();
                    continue;
                }
                plan.target = std::move(*opened);
            } else {
                plan.target = flasher::makeFileTarget(t.path.toStdString());
            }
            plan.overrides = streamPlan->overrides;
            plans.push_back(std::move(plan));
            jobIndex.push_back(i);
        }
        if (plans.empty()) {
            std::lock_guard lock(shared->mutex);
            shared->errors = outcome;
            QStringList errors;
            for (const auto& e : outcome) {
                errors << (e ? describeError(*e) : QString());
            }
            return errors;
        }
        flasher::WriteOptions options;
        options.verify = verify;
        flasher::WriteJob job(std::move(*source), std::move(plans), options);
        {
            std::lock_guard lock(shared->mutex);
            shared->latest.assign(static_cast<std::size_t>(count), std::nullopt);
        }
        job.onProgress([self, shared, jobIndex](const flasher::Progress& p) {
            const int index = jobIndex.at(p.target);
            WriteTargetProgress out{index, QString::fromLatin1(flasher::phaseName(p.phase)),
                                    p.fraction, p.bytesPerSecond, p.secondsLeft};
            std::lock_guard lock(shared->mutex);
            shared->latest[static_cast<std::size_t>(index)] = out;
            if (shared->deliveryQueued) {
                return;
            }
            shared->deliveryQueued = true;
            QMetaObject::invokeMethod(
                self.data(),
                [self, shared] {
                    std::vector<WriteTargetProgress> taken;
                    {
                        std::lock_guard inner(shared->mutex);
                        shared->deliveryQueued = false;
                        for (auto& l : shared->latest) {
                            if (l) {
                                taken.push_back(*l);
                                l.reset();
                            }
                        }
                    }
                    for (const auto& t : taken) {
                        if (self) {
                            emit self->progress(t);
                        }
                    }
                },
                Qt::QueuedConnection);
        });
        {
            std::lock_guard lock(shared->mutex);
            shared->job = &job;
            if (shared->cancelled) {
                job.cancel();
            }
        }
        const auto results = job.run();
        {
            std::lock_guard lock(shared->mutex);
            shared->job = nullptr;
        }
        for (std::size_t k = 0; k < results.size() && k < jobIndex.size(); ++k) {
            if (!results[k]) {
                outcome[static_cast<std::size_t>(jobIndex[k])] = results[k].error();
            }
        }
        QStringList errors;
        std::lock_guard lock(shared->mutex);
        for (const auto& e : outcome) {
            errors << (e ? describeError(*e) : QString());
        }
        shared->errors = outcome;
        return errors;
    };
    watcher_->setFuture(QtConcurrent::run(pool_, work));
    return true;
}

} // namespace imprint::app

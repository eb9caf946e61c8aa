#include "app/common/write/writerun.h"

#include "app/common/errortext.h"
#include "app/common/write/writeoutcome.h"
#include "app/common/write/writerchoice.h"
#include "flasher/platform/system.h"
#include "flasher/request/writerequest.h"
#include "flasher/writer/writer.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

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
    flasher::WriteReport report; // once finished
};

flasher::WriteReport WriteRun::report() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->report;
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

namespace {

flasher::WriteRequest requestOf(const QString& image, const QList<WriteTargetSpec>& targets,
                                bool verify) {
    flasher::WriteRequest request;
    request.source = image.toStdString();
    request.verify = verify;
    for (const auto& t : targets) {
        flasher::TargetRequest target;
        target.path = t.path.toStdString();
        target.drive = t.isDrive;
        target.profile = t.profile;
        target.confirmed = t.confirmed;
        request.targets.push_back(std::move(target));
    }
    openDrivesAsThisUser(request, true);
    return request;
}

} // namespace

// The job's progress, kept per target: however fast the job reports, at most one delivery
// waits in the WriteRun's event queue.
std::function<void(const flasher::Progress&)> WriteRun::progressTo(QPointer<WriteRun> self,
                                                                   std::shared_ptr<Shared> shared) {
    return [self, shared](const flasher::Progress& p) {
        const int index = static_cast<int>(p.target);
        WriteTargetProgress out{index, QString::fromLatin1(flasher::phaseName(p.phase)), p.fraction,
                                p.bytesPerSecond, p.secondsLeft};
        std::lock_guard lock(shared->mutex);
        shared->latest[p.target] = out;
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
    };
}

bool WriteRun::start(const QString& image, const QList<WriteTargetSpec>& targets, bool verify) {
    if (running() || image.isEmpty()) {
        return false;
    }
    shared_ = std::make_shared<Shared>();
    auto shared = shared_;
    shared->latest.assign(static_cast<std::size_t>(targets.size()), std::nullopt);
    QPointer<WriteRun> self(this);
    auto request = requestOf(image, targets, verify);
    auto work = [self, shared, request]() mutable -> QStringList {
        // The job's threads (created from this one, so they inherit it) give way to the
        // window's: on two busy cores a write at the same priority kept the event loop waiting
        // for up to a tenth of a second. A write alone on the machine runs just as fast. This
        // is a thread of WriteRun's own pool, which ends with the run.
        platform::lowerThreadPriority();
        flasher::WriteHooks hooks;
        hooks.running = [shared](flasher::WriteJob* job) {
            std::lock_guard lock(shared->mutex);
            shared->job = job;
            if (job && shared->cancelled) {
                job->cancel();
            }
        };
        hooks.prepared = [self](const flasher::PreparedWrite& prepared) {
            QStringList plans;
            for (const auto& t : prepared.targets()) {
                plans << plannedText(t, prepared.map());
            }
            deliverPlans(self, plans);
        };
        hooks.progress = progressTo(self, shared);
        const auto report = writesThroughWriter(request)
                                ? writeThroughWriter(std::move(request), self, shared)
                                : flasher::writeAll(std::move(request), hooks);
        QStringList errors;
        for (const auto& o : report.targets) {
            errors << (o.error ? describeError(*o.error) : QString());
        }
        std::lock_guard lock(shared->mutex);
        shared->report = report;
        return errors;
    };
    watcher_->setFuture(QtConcurrent::run(pool_, std::move(work)));
    return true;
}

void WriteRun::deliverPlans(QPointer<WriteRun> self, const QStringList& plans) {
    QMetaObject::invokeMethod(
        self.data(),
        [self, plans] {
            if (self) {
                emit self->prepared(plans);
            }
        },
        Qt::QueuedConnection);
}

// The same write, handed to imprint-writer: what it reports arrives as from writeAll.
flasher::WriteReport WriteRun::writeThroughWriter(flasher::WriteRequest request,
                                                  QPointer<WriteRun> self,
                                                  std::shared_ptr<Shared> shared) {
    flasher::writer::WriterCall call;
    call.progress = progressTo(self, shared);
    call.cancel = &shared->cancelled;
    std::vector<bool> configured;
    for (const auto& t : request.targets) {
        configured.push_back(t.profile.has_value());
    }
    call.prepared = [self, configured](const flasher::MapFacts& map) {
        QStringList plans;
        for (const bool c : configured) {
            plans << plannedText(c, map);
        }
        deliverPlans(self, plans);
    };
    return writeWithWriter(std::move(request), call);
}

} // namespace imprint::app

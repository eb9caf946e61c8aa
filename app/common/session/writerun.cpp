#include "app/common/session/writerun.h"

#include "app/common/errortext.h"
#include "flasher/source/source.h"
#include "flasher/target/target.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace imprint::app {

// What the worker thread and the WriteRun share: the job (for cancel) under a mutex, and a
// flag for a cancel that comes before the job exists.
struct WriteRun::Shared {
    std::mutex mutex;
    flasher::WriteJob* job = nullptr;
    std::atomic<bool> cancelled{false};
    std::vector<std::optional<Error>> errors; // per target, once finished
};

std::vector<std::optional<Error>> WriteRun::errors() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->errors;
}

WriteRun::WriteRun(QObject* parent)
    : QObject(parent), shared_(std::make_shared<Shared>()),
      watcher_(new QFutureWatcher<QStringList>(this)) {
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
        auto failAll = [&](const Error& e) {
            {
                std::lock_guard lock(shared->mutex);
                shared->errors.assign(static_cast<std::size_t>(count), e);
            }
            return QStringList(QList<QString>(count, describeError(e)));
        };
        const QString imagePath = base->path();
        auto overrides = base->overrides(profile);
        if (!overrides) {
            return failAll(overrides.error());
        }
        auto source = flasher::Source::open(imagePath.toStdString());
        if (!source) {
            return failAll(source.error());
        }
        std::vector<flasher::TargetPlan> plans;
        for (const auto& t : targets) {
            flasher::TargetPlan plan;
            plan.target = t.isDrive ? flasher::makeDeviceTarget(t.path.toStdString())
                                    : flasher::makeFileTarget(t.path.toStdString());
            plan.overrides = *overrides;
            plans.push_back(std::move(plan));
        }
        flasher::WriteOptions options;
        options.verify = verify;
        flasher::WriteJob job(std::move(*source), std::move(plans), options);
        job.onProgress([self](const flasher::Progress& p) {
            WriteTargetProgress out{static_cast<int>(p.target),
                                    QString::fromLatin1(flasher::phaseName(p.phase)), p.fraction,
                                    p.bytesPerSecond, p.secondsLeft};
            QMetaObject::invokeMethod(
                self.data(),
                [self, out] {
                    if (self) {
                        emit self->progress(out);
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
        QStringList errors;
        std::lock_guard lock(shared->mutex);
        for (const auto& r : results) {
            errors << (r ? QString() : describeError(r.error()));
            shared->errors.push_back(r ? std::nullopt : std::optional<Error>(r.error()));
        }
        return errors;
    };
    watcher_->setFuture(QtConcurrent::run(work));
    return true;
}

} // namespace imprint::app

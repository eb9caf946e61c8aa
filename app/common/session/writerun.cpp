#include "app/common/session/writerun.h"

#include "app/common/errortext.h"
#include "app/common/flash/opentarget.h"
#include "flasher/plan/streamplan.h"
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
        job.onProgress([self, jobIndex](const flasher::Progress& p) {
            WriteTargetProgress out{jobIndex.at(p.target),
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
    watcher_->setFuture(QtConcurrent::run(work));
    return true;
}

} // namespace imprint::app

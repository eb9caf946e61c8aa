#include "flasher/request/writereport.h"

#include <algorithm>

namespace imprint::flasher {
namespace {

// The worse of two verdicts: a wrong byte outweighs a failure, which outweighs success.
Verdict worse(Verdict a, Verdict b) {
    const auto rank = [](Verdict v) {
        switch (v) {
        case Verdict::Ok:
            return 0;
        case Verdict::Failed:
            return 1;
        case Verdict::Invalid:
            return 2;
        case Verdict::VerifyFailed:
            return 3;
        case Verdict::Refused:
            return 4;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

Verdict verdictOf(Refusal::Kind kind) {
    switch (kind) {
    case Refusal::Kind::Unsafe:
    case Refusal::Kind::Unconfirmed:
        return Verdict::Refused;
    case Refusal::Kind::Invalid:
        return Verdict::Invalid;
    case Refusal::Kind::Failed:
        return Verdict::Failed;
    }
    return Verdict::Failed;
}

std::vector<TargetOutcome> outcomesOf(const PreparedWrite& prepared) {
    std::vector<TargetOutcome> out;
    for (const auto& t : prepared.targets()) {
        TargetOutcome o;
        o.target = t.request.path;
        o.configuredFiles = t.plan ? t.plan->plan.changes.size() : 0;
        o.dataBytes = prepared.map().mappedBytes;
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace

Verdict verdictOf(const Error& error) {
    return error.code == "flash.verify_failed" || error.code.ends_with(".checksum_mismatch")
               ? Verdict::VerifyFailed
               : Verdict::Failed;
}

WriteReport reportOf(const PreparedWrite& prepared, const std::vector<Result<void>>& results,
                     bool verify) {
    WriteReport report{outcomesOf(prepared), Verdict::Ok};
    for (std::size_t i = 0; i < report.targets.size() && i < results.size(); ++i) {
        auto& o = report.targets[i];
        if (results[i]) {
            o.written = true;
            o.verified = verify;
        } else {
            o.error = results[i].error();
            report.verdict = worse(report.verdict, verdictOf(results[i].error()));
        }
    }
    return report;
}

WriteReport reportOfRefusals(const PreparedWrite& prepared) {
    WriteReport report{outcomesOf(prepared), Verdict::Ok};
    for (const auto& r : prepared.refusals()) {
        auto& o = report.targets.at(r.target);
        if (!o.error) {
            o.error = r.reason;
        }
        report.verdict = worse(report.verdict, verdictOf(r.kind));
    }
    return report;
}

WriteReport reportOfSourceError(const std::vector<TargetRequest>& targets, const Error& error,
                                Verdict verdict) {
    WriteReport report{{}, verdict};
    for (const auto& t : targets) {
        TargetOutcome o;
        o.target = t.path;
        o.error = error;
        report.targets.push_back(std::move(o));
    }
    return report;
}

WriteReport writeAll(WriteRequest request, const WriteHooks& hooks) {
    const auto targets = request.targets;
    const bool verify = request.verify;
    auto prepared = prepareWrite(std::move(request));
    if (!prepared) {
        return reportOfSourceError(targets, prepared.error(), verdictOf(prepared.error()));
    }
    auto job = prepared->start();
    if (!job) {
        auto report = reportOfRefusals(*prepared);
        for (auto& o : report.targets) {
            if (!o.error) {
                o.error = Error("flash.refused_elsewhere");
            }
        }
        return report;
    }
    if (hooks.prepared) {
        hooks.prepared(*prepared);
    }
    if (hooks.progress) {
        job->onProgress(hooks.progress);
    }
    if (hooks.running) {
        hooks.running(job.get());
    }
    const auto results = job->run();
    if (hooks.running) {
        hooks.running(nullptr);
    }
    return reportOf(*prepared, results, verify);
}

} // namespace imprint::flasher

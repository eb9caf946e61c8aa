// ProgressLine: one self-rewriting status line on stderr (only when stderr is a terminal):
// percentage, bytes, speed and time left. Shared by every long-running command.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace imprint::cli {

class ProgressLine {
public:
    explicit ProgressLine(QString label);
    // done and total in bytes; total < 0 when unknown. Redraws at most ten times a second.
    void update(qint64 done, qint64 total);
    // Ends the line (a newline) if anything was drawn.
    void finish();

private:
    QString label_;
    QElapsedTimer clock_;
    qint64 lastDraw_ = -1000;
    bool enabled_;
    bool drawn_ = false;
};

} // namespace imprint::cli

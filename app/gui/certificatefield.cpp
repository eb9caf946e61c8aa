#include "app/gui/certificatefield.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace imprint::gui {
namespace {

// A PEM certificate or key is a few kilobytes; a chain a few dozen.
constexpr qint64 kMaxPemFile = 1 << 20;

} // namespace

CertificateField::CertificateField(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    shown_ = new QLineEdit(this);
    shown_->setReadOnly(true);
    shown_->setPlaceholderText(tr("none"));
    shown_->setAccessibleName(tr("Chosen file"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    auto* clear = new QPushButton(tr("Clear"), this);
    layout->addWidget(shown_, 1);
    layout->addWidget(choose);
    layout->addWidget(clear);
    connect(choose, &QPushButton::clicked, this, &CertificateField::choose);
    connect(clear, &QPushButton::clicked, this, [this] { setPem({}); });
}

void CertificateField::setPem(const std::string& pem) {
    pem_ = pem;
    readError_.clear();
    shown_->setText(pem.empty() ? QString() : tr("(stored with the connection)"));
    emit changed();
}

void CertificateField::loadFile(const QString& path) {
    QFile file(path);
    pem_.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        readError_ = tr("cannot read %1: %2").arg(path, file.errorString());
    } else if (file.size() > kMaxPemFile) {
        readError_ = tr("%1 is too large for a certificate or key").arg(path);
    } else {
        readError_.clear();
        pem_ = file.readAll().toStdString();
    }
    shown_->setText(readError_.isEmpty() ? QFileInfo(path).fileName() : QString());
    emit changed();
}

void CertificateField::choose() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a certificate or key"), QString(),
                                     tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

} // namespace imprint::gui

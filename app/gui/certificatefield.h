// CertificateField: a certificate or private key an enterprise network needs, chosen with a file
// dialog and kept as the file's PEM text (core/provision checks it is PEM of the right kind).
#pragma once

#include <QString>
#include <QWidget>

#include <string>

class QLineEdit;

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class CertificateField : public QWidget {
    Q_OBJECT
public:
    explicit CertificateField(QWidget* parent = nullptr);

    [[nodiscard]] const std::string& pem() const { return pem_; }
    void setPem(const std::string& pem);
    // Reads the file (what "Choose…" does once a file is picked); when it cannot be read, the
    // text is cleared and readError() says why.
    void loadFile(const QString& path);
    [[nodiscard]] const QString& readError() const { return readError_; }

signals:
    void changed();

private:
    void choose();
    std::string pem_;
    QString readError_;
    QLineEdit* shown_;
};

} // namespace gui
} // namespace imprint

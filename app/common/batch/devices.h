// Device: one row of a batch manifest made concrete: its templates expanded, its uuid chosen
// (generated from the system's CSPRNG when the row has none), and its Profile (the shared base
// with the row's columns applied), ready to become a per-target plan.
#pragma once

#include "app/common/batch/manifest.h"
#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QMap>
#include <QString>

#include <vector>

namespace imprint::app::batch {

struct Device {
    int row = 0;      // 1-based, as in the manifest
    QString hostname; // empty: the device keeps the image's (or the profile's) host name
    QString uuid;     // always set
    bool uuidGenerated = false;
    QString outputName; // <hostname>.img or device-<row>.img
    provision::Profile profile;
};

// 32 lower-case hex digits from the system's CSPRNG (getrandom).
QString generateUuid();

// Expands "{index}", "{index:03}" (zero-padded width), "{uuid}" and "{row.<column>}" in a
// value of row `row`. Errors: batch.bad_template {row, column, template}.
Result<QString> expandTemplate(const QString& text, const Manifest& manifest,
                               const ManifestRow& row, const QString& column, const QString& uuid);

// Builds every device (earlier uuids by row, from a report being resumed, are reused instead
// of generated). Refuses, naming row and column: batch.bad_template, batch.bad_bool
// {row, column, value}, batch.bad_uuid {row, column, value}, batch.psk_without_ssid {row},
// batch.ssh_key {row, column, reason}, batch.bad_config_value {row, column},
// batch.duplicate {column, value, row, first_row}.
Result<std::vector<Device>> makeDevices(const Manifest& manifest, const provision::Profile& base,
                                        const QMap<int, QString>& knownUuids = {});

// The manifest column a problem at a JSON pointer of the device's config.json or profile
// comes from ("/hostname" -> "hostname", "/os/sshKeys/0" -> "ssh_key", "/a/b" -> "config.a.b").
QString columnForPointer(const QString& pointer);

} // namespace imprint::app::batch

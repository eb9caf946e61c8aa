// A config.json as the cloud CLI writes it for a fleet, with keys the tool does not know.
#pragma once

inline constexpr const char* cloudConfigText = R"({
  "applicationName": "kiosks",
  "applicationId": 1234567,
  "deviceType": "raspberrypi4-64",
  "userId": 42,
  "username": "fleet-owner",
  "appUpdatePollInterval": 600000,
  "listenPort": 48484,
  "vpnPort": 443,
  "apiEndpoint": "https://api.balena-cloud.com",
  "vpnEndpoint": "vpn.balena-cloud.com",
  "registryEndpoint": "registry2.balena-cloud.com",
  "deltaEndpoint": "https://delta.balena-cloud.com",
  "mixpanelToken": "9ef939ea64cb6cd8bbc96253f6e5e8a8",
  "apiKey": "Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH",
  "installer": {"secureboot": false, "futureFlag": [1, 2, {"x": null}]},
  "os": {"fan": {"profile": "quiet"}, "cloudOnly": {"z": 1, "a": 2}},
  "zzCloudFeature": {"nested": {"b": true, "a": 1.5}},
  "aaLegacy": "keep me",
  "persistentLogging": false
}
)";

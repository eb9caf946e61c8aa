"""balena.flags: the layer's build flags and version strings.

The distro configuration and the image class call these functions through bitbake's
inline python (the module is in OE_IMPORTS); the tests and the demo image call the same
code from the command line: python3 flags.py COMMAND ...
"""

import argparse
import json
import os
import re
import sys

STORAGE_DRIVERS = ("aufs", "overlay2")
DEFAULT_STORAGE = "aufs"
DEFAULT_NETWORK_MANAGER_PACKAGES = "networkmanager"
# X.Y.Z, a pre-release label on the patch number, then the board revision.
_LAYER_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[A-Za-z]+[0-9]*)?$")
_HOSTOS_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[A-Za-z]+[0-9]*)?(\+rev[1-9][0-9]*)?$")


class FlagError(ValueError):
    """A build flag or version that the build must refuse, with the reason."""


def check_distro_version(version):
    if not _LAYER_VERSION.match(version or ""):
        raise FlagError("DISTRO_VERSION '%s' is not X.Y.Z or X.Y.Z-labelN (for example 2.31.5 or 2.0.0-beta1)" % version)
    return version


def check_hostos_version(version):
    if not _HOSTOS_VERSION.match(version or ""):
        raise FlagError("HOSTOS_VERSION '%s' is not X.Y.Z[-labelN][+revN] (for example 2.31.5+rev1)" % version)
    return version


def hostos_version(board_dir, distro_version):
    """The board repository's VERSION file when it exists, else DISTRO_VERSION."""
    check_distro_version(distro_version)
    path = os.path.join(board_dir, "VERSION") if board_dir else ""
    if path and os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            lines = [l.strip() for l in f.read().splitlines() if l.strip()]
        if len(lines) != 1:
            raise FlagError("%s must hold exactly one version line" % path)
        return check_hostos_version(lines[0])
    return distro_version


def development_image(value):
    """DEVELOPMENT_IMAGE: only the exact string "1" turns it on."""
    return (value or "").strip() == "1"


def development_distro_features(value):
    return "development-image" if development_image(value) else ""


def storage_driver(value):
    driver = (value or DEFAULT_STORAGE).strip()
    if driver not in STORAGE_DRIVERS:
        raise FlagError(
            "BALENA_STORAGE = \"%s\" is not supported: set it to \"aufs\" or \"overlay2\" in conf/local.conf" % driver)
    return driver


def network_manager_packages(value):
    packages = (value or "").split()
    return " ".join(packages) if packages else DEFAULT_NETWORK_MANAGER_PACKAGES


def resinhup(value):
    """RESINHUP = "yes" adds the host OS update bundle to the image's outputs."""
    return (value or "").strip() == "yes"


def os_release(distro_version, hostos_version_, machine, development, slug=None):
    """The os-release text of the image (the root's /etc/os-release and the boot copy)."""
    slug = slug or machine
    variant = ("Development", "dev") if development else ("Production", "prod")
    fields = [
        ("ID", "balena-os"),
        ("NAME", "balenaOS"),
        ("VERSION", hostos_version_),
        ("VERSION_ID", hostos_version_),
        ("PRETTY_NAME", "balenaOS %s" % hostos_version_),
        ("META_BALENA_VERSION", distro_version),
        ("MACHINE", machine),
        ("SLUG", slug),
        ("VARIANT", variant[0]),
        ("VARIANT_ID", variant[1]),
    ]
    return "".join('%s="%s"\n' % kv for kv in fields)


def config_json(slug, development):
    """The config.json an image ships with; the device and the supervisor merge into it."""
    config = {"deviceType": slug, "persistentLogging": False}
    if development:
        config["developmentMode"] = True
    return json.dumps(config, indent=None, separators=(",", ":")) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="flags.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("hostos-version")
    p.add_argument("--board-dir", default="")
    p.add_argument("--distro-version", required=True)
    p = sub.add_parser("storage")
    p.add_argument("value", nargs="?", default="")
    p = sub.add_parser("distro-features")
    p.add_argument("development_image", nargs="?", default="")
    p = sub.add_parser("network-manager-packages")
    p.add_argument("value", nargs="?", default="")
    p = sub.add_parser("resinhup")
    p.add_argument("value", nargs="?", default="")
    p = sub.add_parser("os-release")
    p.add_argument("--distro-version", required=True)
    p.add_argument("--hostos-version", required=True)
    p.add_argument("--machine", required=True)
    p.add_argument("--slug")
    p.add_argument("--development", default="0")
    p = sub.add_parser("config-json")
    p.add_argument("--slug", required=True)
    p.add_argument("--development", default="0")
    args = parser.parse_args(argv)
    try:
        if args.command == "hostos-version":
            out = hostos_version(args.board_dir, args.distro_version) + "\n"
        elif args.command == "storage":
            out = storage_driver(args.value) + "\n"
        elif args.command == "distro-features":
            out = development_distro_features(args.development_image) + "\n"
        elif args.command == "network-manager-packages":
            out = network_manager_packages(args.value) + "\n"
        elif args.command == "resinhup":
            out = ("yes" if resinhup(args.value) else "no") + "\n"
        elif args.command == "os-release":
            check_distro_version(args.distro_version)
            check_hostos_version(args.hostos_version)
            out = os_release(args.distro_version, args.hostos_version, args.machine,
                             development_image(args.development), args.slug)
        else:
            out = config_json(args.slug, development_image(args.development))
    except FlagError as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

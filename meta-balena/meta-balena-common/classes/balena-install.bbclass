# balena-install: install what a recipe's install.manifest lists, with the script the
# demo image build uses too (scripts/balena-install-manifest), so both install the same.
BALENA_INSTALL_MANIFEST ?= "${WORKDIR}/install.manifest"

balena_install_manifest() {
    ${BALENA_SCRIPTS_DIR}/balena-install-manifest ${BALENA_INSTALL_MANIFEST} ${WORKDIR} ${D}
}

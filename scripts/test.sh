#!/usr/bin/env bash
# Installs what is missing, builds everything (warnings are errors; benchmarks are
# built, never run) and runs every test. Pass ctest options to pick a subset,
# e.g. scripts/test.sh -L unit
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_missing "${ANTICORONA_PACKAGES[@]}"
build "$ANTICORONA_ROOT/build-test" RelWithDebInfo -DANTICORONA_WERROR=ON

export QT_QPA_PLATFORM=offscreen
cd "$ANTICORONA_ROOT/build-test"
ctest --output-on-failure --timeout 600 "$@"

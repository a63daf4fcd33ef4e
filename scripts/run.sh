#!/usr/bin/env bash
# Installs what is missing, builds a Release desk and starts it on its embedded
# SQLite database (no server needed). Extra arguments go to the desk,
# e.g. scripts/run.sh --database /tmp/clinic.sqlite
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_missing "${ANTICORONA_PACKAGES[@]}"
build "$ANTICORONA_ROOT/build" Release -DANTICORONA_BUILD_TESTS=OFF
exec "$ANTICORONA_ROOT/build/app/desk/anticorona" "$@"

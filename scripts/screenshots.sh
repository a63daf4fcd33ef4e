#!/usr/bin/env bash
# Makes the desk's screenshots in docs/screenshots (Korean and English) from a fresh demo clinic:
# installs what is missing, builds a Release anticorona-screenshots and anticorona-cli, fills a
# throw-away database and drives the real widgets under a virtual X server.
# Extra arguments: the number of demo bookings (default 20000, so a
# two-syllable name search finds several customers).
set -euo pipefail
source "$(dirname "$0")/common.sh"

bookings=${1:-20000}
build_dir=${ANTICORONA_BUILD_DIR:-$ANTICORONA_ROOT/build-release}
out=$ANTICORONA_ROOT/docs/screenshots

install_missing "${ANTICORONA_PACKAGES[@]}" # xvfb, xauth and fonts-noto-cjk are among them
cmake -S "$ANTICORONA_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" -j2 --target anticorona-screenshots anticorona-cli test_mypage_browser

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build_dir/app/cli/anticorona-cli" --database "$work/demo.sqlite" demo --bookings "$bookings"

for language in ko en; do
    # Each language gets its own copy: the tour injects and signs in, which the other must not see.
    cp "$work/demo.sqlite" "$work/$language.sqlite"
    [ ! -e "$work/demo.sqlite-wal" ] || cp "$work/demo.sqlite-wal" "$work/$language.sqlite-wal"
    LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" \
        "$build_dir/tools/screenshots/anticorona-screenshots" \
        --database "$work/$language.sqlite" --out "$out" --language "$language"
done
# MyPage, as a customer's browser shows it (headless Chromium).
ANTICORONA_SCREENSHOT_DIR=$out "$build_dir/tests/server/test_mypage_browser" screenshotOfTheKoreanPage
echo "== screenshots in $out"

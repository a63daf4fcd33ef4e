# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not run.

ANTICORONA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Everything the build, the desk and the tests need, from Debian 12's own packages.
# libqt6opengl6-dev and libxkbcommon-dev: qt6-base-dev only recommends them, and without them
# find_package(Qt6 Charts) fails on a machine that installs without recommends.
# The keychain: QtKeychain loads libsecret-1 at run time without depending on it, and the
# keychain test runs gnome-keyring-daemon in a private bus from dbus-run-session (dbus-daemon).
# poppler-utils: pdftotext reads the booking slip's PDF back as a person copying from it would.
ANTICORONA_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev
    qt6-charts-dev
    libsodium-dev libqrencode-dev clang-14 libclang-rt-14-dev
    fonts-noto-cjk chromium util-linux xvfb xauth tzdata poppler-utils
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "== all ${#@} packages present"
        return 0
    fi
    echo "== installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build DIR BUILD_TYPE [cmake options...]
    local dir=$1 type=$2
    shift 2
    cmake -S "$ANTICORONA_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$dir" -j2
}

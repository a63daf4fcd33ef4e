#!/bin/sh
# Runs a command in a private D-Bus session with an unlocked GNOME Keyring (the Secret Service),
# as CI needs it: root, no display, no desktop session. HOME and the XDG directories point to a
# fresh directory so the keyring created here never touches the user's own.
# Usage: run_with_keyring.sh COMMAND [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/cache" "$scratch/config" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
# Without `set -e` inside: the test, not this script, reports a keyring that did not start.
dbus-run-session -- sh -c '
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        echo "run_with_keyring.sh: gnome-keyring-daemon did not start" >&2
    exec "$@"' run_with_keyring "$@"

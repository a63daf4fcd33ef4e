#!/usr/bin/env bash
# Installs what bench_server_http runs besides the project: Debian's wrk (the load generator)
# and nginx (the reference it is compared with). Only for people who run that benchmark:
# CI neither runs the benchmarks nor this script. Safe to run again: it installs only what is
# missing. As root, or through sudo.
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_missing wrk
# Any of Debian's nginx builds will do: nginx-light where the release still has it, else nginx.
# (Debian's package may start its own nginx service on port 80; the benchmark runs its own.)
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    echo "== nginx present"
else
    install_missing nginx-light || install_missing nginx
fi

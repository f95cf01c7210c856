#!/usr/bin/env bash
# Runs a command with a real OS keychain to talk to. On Linux without a desktop session
# (CI, a headless box) that means a private D-Bus session with an unlocked gnome-keyring,
# with HOME and XDG folders in a temp directory so the developer's own keyring is untouched.
# Elsewhere (Windows, macOS, a Linux desktop) the command runs as is.
set -euo pipefail

if [[ "$(uname -s)" != "Linux" || -n "${CLINICDESK_USE_SESSION_KEYRING:-}" ]]; then
  exec "$@"
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "with-test-keyring: '$tool' is missing; install Debian packages dbus and gnome-keyring (see README)" >&2
    exit 1
  fi
done

sandbox=$(mktemp -d -t clinicdesk-keyring.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"

export CLINICDESK_REAL_HOME="${HOME:-}"
export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
export XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime"
# npm and Playwright keep their caches where they were.
export npm_config_cache="${npm_config_cache:-$CLINICDESK_REAL_HOME/.npm}"

# No exec: this shell must outlive the command so the trap removes the sandbox.
dbus-run-session -- bash -c '
  eval "$(printf "clinicdesk-test" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL
  exec "$@"
' with-test-keyring "$@"

#!/bin/sh
# Install this SessionKit folder for the current user, with no root and no Python:
# the program goes to ~/.local/opt/sessionkit, the `sessionkit` command to ~/.local/bin,
# and the menu entry, icons and AppStream metadata to ~/.local/share.
#
#   ./install.sh              install (or upgrade: the old program folder is replaced)
#   ./install.sh --uninstall  remove the program and its menu entry
#
# Your notes (~/.local/share/SessionKit) are never touched by either.
set -eu

APP_ID=org.sessionkit.SessionKit
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt="$HOME/.local/opt/sessionkit"
bin="$HOME/.local/bin"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data_home/applications/$APP_ID.desktop" "$data_home/metainfo/$APP_ID.metainfo.xml"
    find "$data_home/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    [ -L "$bin/sessionkit" ] && rm -f "$bin/sessionkit"
    rm -rf "$opt"
    refresh
    echo "SessionKit removed (your notes in $data_home/SessionKit are kept)."
    exit 0
fi

[ -x "$here/sessionkit" ] || { echo "run install.sh from the SessionKit folder" >&2; exit 1; }

if [ "$here" != "$opt" ]; then
    mkdir -p "$(dirname "$opt")"
    rm -rf "$opt.new"
    cp -a "$here" "$opt.new"
    rm -rf "$opt"
    mv "$opt.new" "$opt"
fi

mkdir -p "$bin" "$data_home/applications" "$data_home/metainfo" "$data_home/icons"
ln -sfn "$opt/sessionkit" "$bin/sessionkit"
sed -e "s|^Exec=sessionkit|Exec=\"$opt/sessionkit\"|" -e "s|^TryExec=sessionkit|TryExec=$opt/sessionkit|" \
    "$opt/share/applications/$APP_ID.desktop" >"$data_home/applications/$APP_ID.desktop"
cp "$opt/share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/"
cp -R "$opt/share/icons/hicolor" "$data_home/icons/"
refresh
echo "SessionKit installed in $opt; start it from the menu or with: $bin/sessionkit"

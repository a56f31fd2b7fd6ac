#!/bin/sh
# Install (or upgrade, or remove) the bundle on Linux, with menu entries for the
# desk and the kiosk and the icon.
#
#   installer/linux/install.sh [BUNDLE_DIR]      default: dist/sunshine-desk
#   installer/linux/install.sh --uninstall
#
# As root: the program in /opt/sunshine-desk, the command in /usr/local/bin, menu
# entries and icons under /usr/local/share. Otherwise the same under ~/.local
# (program in ~/.local/opt/sunshine-desk). DEST, BIN_DIR and SHARE_DIR override.
#
# User data is not touched: the store, its backups and the log live in each user's
# ~/.local/share/sunshine-desk and ~/.local/state/sunshine-desk; an upgrade replaces
# only the program folder, and the first start of the new version migrates the store.
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
if [ "$(id -u)" -eq 0 ]; then
    DEST=${DEST:-/opt/sunshine-desk} BIN_DIR=${BIN_DIR:-/usr/local/bin}
    SHARE_DIR=${SHARE_DIR:-/usr/local/share}
else  # not share/sunshine-desk: that is where the user's data lives
    DEST=${DEST:-$HOME/.local/opt/sunshine-desk} BIN_DIR=${BIN_DIR:-$HOME/.local/bin}
    SHARE_DIR=${SHARE_DIR:-$HOME/.local/share}
fi
APPS=$SHARE_DIR/applications
ICONS=$SHARE_DIR/icons/hicolor

refresh_menus() {  # optional tools; the menu picks the files up anyway on next login
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DEST"
    rm -f "$BIN_DIR/sunshine-desk" "$APPS/sunshine-desk.desktop" "$APPS/sunshine-desk-kiosk.desktop" \
        "$ICONS/256x256/apps/sunshine-desk.png" "$ICONS/scalable/apps/sunshine-desk.svg"
    refresh_menus
    echo "removed $DEST (user data in ~/.local/share/sunshine-desk is kept)"
    exit 0
fi

BUNDLE=${1:-$ROOT/dist/sunshine-desk}
[ -x "$BUNDLE/sunshine-desk" ] || { echo "no bundle at $BUNDLE (python installer/build.py)" >&2; exit 1; }

# Copy beside, then swap: a failed copy leaves the old version working.
mkdir -p "$(dirname "$DEST")" "$BIN_DIR" "$APPS" "$ICONS/256x256/apps" "$ICONS/scalable/apps"
rm -rf "$DEST.new"
cp -a "$BUNDLE" "$DEST.new"
rm -rf "$DEST"
mv "$DEST.new" "$DEST"
ln -sf "$DEST/sunshine-desk" "$BIN_DIR/sunshine-desk"
for entry in sunshine-desk sunshine-desk-kiosk; do
    # Exec names the installed program, so the entries work without BIN_DIR on PATH.
    sed "s|^Exec=sunshine-desk|Exec=$DEST/sunshine-desk|" "$ROOT/installer/linux/$entry.desktop" \
        >"$APPS/$entry.desktop"
done
cp "$ROOT/resources/icons/sunshine-desk.png" "$ICONS/256x256/apps/sunshine-desk.png"
cp "$ROOT/resources/icons/sunshine-desk.svg" "$ICONS/scalable/apps/sunshine-desk.svg"
refresh_menus
echo "installed $("$DEST/sunshine-desk" --version) in $DEST; command: $BIN_DIR/sunshine-desk"

#!/bin/sh
# Put Teach-in (the presenter) and Teach-in Quiz (the kiosk) in this user's application menu,
# with their icons, pointing at this folder. No root needed; nothing outside your home changes.
#   ./install-menu.sh            add (again after moving this folder)
#   ./install-menu.sh --remove   take them out
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/teachin.desktop" "$apps/teachin-quiz.desktop" \
        "$icons/teachin.png" "$icons/teachin-quiz.png"
    echo "Teach-in removed from the application menu."
    exit 0
fi
case "$here" in
    *'"'* | *'`'* | *'$'* | *'\'*)
        echo "install-menu.sh: move this folder to a path without \" \` \$ or \\ first." >&2
        exit 1 ;;
esac

mkdir -p "$apps" "$icons"
cp "$here/_internal/deck/assets/icons/teachin.png" "$icons/teachin.png"
cp "$here/_internal/deck/assets/icons/teachin-quiz.png" "$icons/teachin-quiz.png"

entry() {  # file name, menu name, comment, extra arguments
    cat > "$apps/$1.desktop" <<ENTRY
[Desktop Entry]
Type=Application
Name=$2
Comment=$3
Exec="$here/teachin"$4
Icon=$1
Terminal=false
Categories=Education;Presentation;
StartupWMClass=teachin
ENTRY
}
entry teachin "Teach-in" "Present the teach-in: audience window and presenter console" ""
entry teachin-quiz "Teach-in Quiz" "The participants' quiz kiosk for this laptop" " quiz"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Teach-in and Teach-in Quiz are in your application menu (they start $here/teachin)."

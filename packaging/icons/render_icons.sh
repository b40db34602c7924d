#!/bin/sh
# Render every bitmap icon from packaging/icons/sessionkit.svg (the only source).
# Needs rsvg-convert (Debian/Ubuntu: librsvg2-bin) and Python with Pillow (for .ico/.icns).
# The outputs are committed; run this again only after editing the SVG:
#   sh packaging/icons/render_icons.sh [python]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${1:-python3}
svg="$here/sessionkit.svg"
app_id=org.sessionkit.SessionKit
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Linux: the hicolor theme layout, ready to copy under /usr/share/icons or ~/.local/share/icons.
for n in 16 22 24 32 48 64 128 256 512; do
    d="$here/hicolor/${n}x${n}/apps"
    mkdir -p "$d"
    rsvg-convert -w "$n" -h "$n" "$svg" -o "$d/$app_id.png"
done
mkdir -p "$here/hicolor/scalable/apps"
cp "$svg" "$here/hicolor/scalable/apps/$app_id.svg"

# The running app's window icon (config.resources_dir()/icons).
mkdir -p "$root/resources/icons"
cp "$svg" "$root/resources/icons/sessionkit.svg"
for n in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$n" -h "$n" "$svg" -o "$root/resources/icons/sessionkit-$n.png"
done

# Windows .ico and macOS .icns, each size rendered from the SVG (not downscaled bitmaps).
for n in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$n" -h "$n" "$svg" -o "$tmp/$n.png"
done
"$python" - "$tmp" "$here" <<'PY'
import sys
from pathlib import Path
from PIL import Image

tmp, out = Path(sys.argv[1]), Path(sys.argv[2])
imgs = {n: Image.open(tmp / f"{n}.png").convert("RGBA") for n in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
imgs[256].save(out / "sessionkit.ico", format="ICO", sizes=[(n, n) for n in ico_sizes],
               append_images=[imgs[n] for n in ico_sizes if n != 256])
imgs[1024].save(out / "sessionkit.icns", format="ICNS",
                append_images=[imgs[n] for n in (16, 32, 64, 128, 256, 512)])
PY
echo "icons rendered from $svg"

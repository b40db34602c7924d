#!/usr/bin/env bash
# Build SessionKit's Linux one-folder bundle (dist/sessionkit/) with PyInstaller, then
# smoke-test it the way a moderator would use it: copied away from the checkout and run
# in an empty environment (env -i), with no Python around it.
#
#   packaging/build_linux.sh            build, then test
#   packaging/build_linux.sh --no-build test the existing dist/sessionkit/
#   packaging/build_linux.sh --clean    build from scratch (PyInstaller --clean), then test
#   packaging/build_linux.sh --screenshots DIR
#                                       also save DIR/main-window.png (the bundle's window on
#                                       Xvfb, 1280x800) and DIR/report.png (the PDF's first page)
#
# Python: $PYTHON, else .venv/bin/python, else python3; it needs SessionKit and
# PyInstaller installed: pip install -e '.[packaging]'.
# Tools used by the checks: pdftotext/pdffonts (poppler-utils); optional: Xvfb + xwininfo
# (a real X11 window check), desktop-file-validate, appstreamcli.
# Exit status: 0 when every check passed, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

build=1
clean=()
shots=""
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0 ;;
        --clean) clean=(--clean) ;;
        --screenshots) shift; shots=$(mkdir -p "$1" && cd "$1" && pwd) ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

if [ -n "${PYTHON:-}" ]; then PY=$PYTHON
elif [ -x .venv/bin/python ]; then PY=.venv/bin/python
else PY=python3
fi
VERSION=$("$PY" -c 'import re,sys; print(re.search(r"__version__\s*=\s*\"([^\"]+)\"", open("src/sessionkit/__init__.py").read()).group(1))')
GUI_SECONDS=${SMOKE_GUI_SECONDS:-5}

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
step() { printf '\n== %s\n' "$*"; }

# -- build ------------------------------------------------------------------------------------
if [ "$build" = 1 ]; then
    step "build with PyInstaller ($("$PY" -m PyInstaller --version 2>/dev/null || echo 'not installed'))"
    if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
        echo "PyInstaller is missing: $PY -m pip install -e '.[packaging]'" >&2
        exit 1
    fi
    t0=$(date +%s)
    "$PY" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN packaging/sessionkit.spec
    t1=$(date +%s)
    echo "build time: $((t1 - t0)) s"
fi
[ -x dist/sessionkit/sessionkit ] || { echo "dist/sessionkit/sessionkit is missing" >&2; exit 1; }

# -- the desktop files ---------------------------------------------------------------------------
step "desktop integration files"
if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate packaging/linux/org.sessionkit.SessionKit.desktop 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else fail "desktop-file-validate: $out"; fi
else echo "  skip  desktop-file-validate not installed (apt-get install desktop-file-utils)"; fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net packaging/linux/org.sessionkit.SessionKit.metainfo.xml 2>&1); then
        pass "appstreamcli validate --no-net"
    else fail "appstreamcli validate: $out"; fi
else echo "  skip  appstreamcli not installed (apt-get install appstream)"; fi

# -- smoke test of the bundle, copied out of the checkout -----------------------------------------
step "smoke test (bundle copied to a temporary folder, run under env -i)"
tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
cp -a dist/sessionkit "$tmp/app"
APP="$tmp/app/sessionkit"
mkdir -p "$tmp/home"
run() { env -i HOME="$tmp/home" "$APP" "$@"; }

out=$(run --version 2>&1) || true
if [ "$out" = "SessionKit $VERSION" ]; then pass "--version prints '$out'"
else fail "--version printed '$out', expected 'SessionKit $VERSION'"; fi

data="$tmp/data"; mkdir -p "$data"
reports="$tmp/reports"; mkdir -p "$reports"  # exports never go inside the data folder
if run --data-dir "$data" report --session D3 -o "$reports/r.pdf" >"$tmp/report.log" 2>&1 \
        && [ "$(head -c 5 "$reports/r.pdf")" = "%PDF-" ]; then
    pass "D3 PDF report ($(wc -c <"$reports/r.pdf") bytes)"
    if command -v pdftotext >/dev/null; then
        text=$(pdftotext -enc UTF-8 "$reports/r.pdf" -)
        if grep -q "Low carbon cities in Asia" <<<"$text" && grep -q "Naoki Mori" <<<"$text"; then
            pass "pdftotext finds the D3 title and a speaker"
        else fail "pdftotext: D3 title or speaker missing"; fi
        not_embedded=$(pdffonts "$reports/r.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {print $1}')
        if [ -z "$not_embedded" ]; then pass "every font embedded: $(pdffonts "$reports/r.pdf" | awk 'NR > 2 {printf "%s ", $1}')"
        else fail "fonts not embedded: $not_embedded"; fi
    else echo "  skip  pdftotext/pdffonts not installed (apt-get install poppler-utils)"; fi
else fail "D3 PDF report: $(cat "$tmp/report.log")"; fi

note="東京・서울・北京・Hà Nội: cities agree to share data"
if run --data-dir "$data" note add --session D3 --kind decision -- "$note" >/dev/null 2>"$tmp/note.log" \
        && run --data-dir "$data" notes list --session D3 | grep -qF "$note"; then
    pass "note add / notes list keep Japanese, Korean, Chinese and Vietnamese text"
else fail "note add / notes list: $(cat "$tmp/note.log")"; fi
if run --data-dir "$data" report --session D3 -o "$reports/r2.pdf" >/dev/null 2>&1 \
        && { ! command -v pdftotext >/dev/null || pdftotext -enc UTF-8 "$reports/r2.pdf" - | grep -qF "東京・서울・北京・Hà Nội"; }; then
    pass "the note prints in the PDF in every script"
    if command -v pdffonts >/dev/null; then
        fonts=$(pdffonts "$reports/r2.pdf" | awk 'NR > 2 {printf "%s ", $1}')
        not_embedded=$(pdffonts "$reports/r2.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {print $1}')
        if [ -z "$not_embedded" ] && [ "$(wc -w <<<"$fonts")" -ge 3 ]; then pass "CJK fonts embedded: $fonts"
        else fail "CJK report fonts: $fonts (not embedded: $not_embedded)"; fi
    fi
else fail "the CJK/Vietnamese note is missing from the PDF"; fi
if run --data-dir "$data" report --session D3 --format docx -o "$reports/r.docx" >/dev/null 2>"$tmp/docx.log" \
        && [ "$(head -c 2 "$reports/r.docx")" = "PK" ]; then pass "DOCX report"
else fail "DOCX report: $(cat "$tmp/docx.log")"; fi
if run --data-dir "$data" report --session D3 --format md -o "$reports/r.md" >/dev/null 2>"$tmp/md.log" \
        && grep -q "Low carbon cities" "$reports/r.md"; then pass "Markdown report"
else fail "Markdown report: $(cat "$tmp/md.log")"; fi

# The live link (aiohttp and the web views' files must be in the bundle): serve D3 on
# loopback, read the stage page and the state, stop with SIGTERM.
# not through run(): $! must be the app itself (env execs it), for the SIGTERM below
env -i HOME="$tmp/home" "$APP" --data-dir "$data" live serve --session D3 \
    >"$tmp/serve.out" 2>"$tmp/serve.log" &
spid=$!; pids+=("$spid")
for _ in $(seq 50); do [ -s "$tmp/serve.out" ] && break; sleep 0.2; done
stage=$(head -n 1 "$tmp/serve.out")
if [ -n "$stage" ] && "$PY" - "$stage" <<'PYEOF'
import json, sys, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
page = opener.open(sys.argv[1], timeout=10).read().decode()
state = json.load(opener.open(sys.argv[1].rsplit("/", 1)[0] + "/state", timeout=10))
assert "<html" in page.lower() and state["session"]["code"] == "D3", state
PYEOF
then pass "live serve: the stage view and its state over HTTP on 127.0.0.1"
else fail "live serve: $(cat "$tmp/serve.out" "$tmp/serve.log")"; fi
kill -TERM "$spid" 2>/dev/null || true
if wait "$spid" 2>/dev/null; then pass "live serve stops cleanly on SIGTERM"
else fail "live serve did not exit 0 on SIGTERM: $(cat "$tmp/serve.log")"; fi

# The window, headless: it must still be running after a few seconds, with no traceback.
gui="$tmp/gui"; mkdir -p "$gui"
env -i HOME="$tmp/home" QT_QPA_PLATFORM=offscreen "$APP" --data-dir "$gui" >"$tmp/gui.log" 2>&1 &
gpid=$!; pids+=("$gpid")
sleep "$GUI_SECONDS"
if kill -0 "$gpid" 2>/dev/null && ! grep -q Traceback "$tmp/gui.log"; then
    pass "the app is still running after ${GUI_SECONDS}s on QT_QPA_PLATFORM=offscreen"
else fail "the app did not keep running offscreen: $(cat "$tmp/gui.log")"; fi
kill "$gpid" 2>/dev/null || true; wait "$gpid" 2>/dev/null || true

# The same on a real X server, where we can see that the main window is mapped with D3 open.
if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$tmp/display" 2>"$tmp/xvfb.log" &
    xpid=$!; pids+=("$xpid")
    for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
    disp=":$(head -n1 "$tmp/display")"
    mkdir -p "$gui-x11"
    # A few notes, so the window shows what a session in progress looks like.
    for n in "key_message|City-to-city cooperation works best when both cities' staff meet regularly." \
             "decision|東京・서울・北京・Hà Nội: share low-carbon project data twice a year." \
             "question|How can smaller cities find a partner city?"; do
        run --data-dir "$gui-x11" note add --session D3 --kind "${n%%|*}" -- "${n#*|}" >/dev/null
    done
    env -i HOME="$tmp/home" DISPLAY="$disp" "$APP" --data-dir "$gui-x11" >"$tmp/gui-x11.log" 2>&1 &
    apid=$!; pids+=("$apid")
    sleep "$GUI_SECONDS"
    title=$(DISPLAY="$disp" xwininfo -root -tree | grep -o '"SessionKit — D3[^"]*"' | head -n1 || true)
    if kill -0 "$apid" 2>/dev/null && [ -n "$title" ]; then pass "X11 (Xvfb): window $title"
    else fail "X11 (Xvfb): no main window: $(cat "$tmp/gui-x11.log")"; fi
    if [ -n "$shots" ] && command -v xwd >/dev/null; then
        DISPLAY="$disp" xwd -root -silent >"$tmp/root.xwd"
        "$PY" - "$tmp/root.xwd" "$shots/main-window.png" <<'PY'
import struct, sys
from PIL import Image
data = open(sys.argv[1], "rb").read()
h = struct.unpack(">25I", data[:100])
size, w, hgt, order, bpl, ncolors = h[0], h[4], h[5], h[7], h[12], h[19]
pixels = data[size + 12 * ncolors:][: bpl * hgt]
raw = "BGRX" if order == 0 else "XRGB"
img = Image.frombuffer("RGBX", (w, hgt), pixels, "raw", raw, bpl, 1).convert("RGB")
img.quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(sys.argv[2], optimize=True)
PY
        echo "  saved $shots/main-window.png"
    fi
    kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true
    kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true
else echo "  skip  Xvfb/xwininfo not installed: no X11 window check"; fi

if [ -n "$shots" ] && command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$reports/r2.pdf" "$shots/report"
    "$PY" -c 'import sys; from PIL import Image; i = Image.open(sys.argv[1]).convert("RGB"); i.quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(sys.argv[1], optimize=True)' "$shots/report.png"
    echo "  saved $shots/report.png"
fi

# The per-user install from the folder, then the uninstall.
home2="$tmp/home2"; mkdir -p "$home2"
if env -i HOME="$home2" PATH=/usr/bin:/bin sh "$tmp/app/install.sh" >"$tmp/install.log" 2>&1 \
        && [ "$(env -i HOME="$home2" "$home2/.local/bin/sessionkit" --version 2>&1)" = "SessionKit $VERSION" ] \
        && [ -f "$home2/.local/share/icons/hicolor/48x48/apps/org.sessionkit.SessionKit.png" ] \
        && [ -f "$home2/.local/share/metainfo/org.sessionkit.SessionKit.metainfo.xml" ] \
        && grep -q "^Exec=\"$home2/.local/opt/sessionkit/sessionkit\"$" \
                "$home2/.local/share/applications/org.sessionkit.SessionKit.desktop"; then
    pass "install.sh: command, menu entry, icons and metadata under ~/.local"
    if command -v desktop-file-validate >/dev/null; then
        if out=$(desktop-file-validate "$home2/.local/share/applications/org.sessionkit.SessionKit.desktop" 2>&1) \
                && [ -z "$out" ]; then pass "the installed menu entry validates"
        else fail "installed menu entry: $out"; fi
    fi
    env -i HOME="$home2" PATH=/usr/bin:/bin sh "$home2/.local/opt/sessionkit/install.sh" --uninstall >/dev/null 2>&1 || true
    if [ ! -e "$home2/.local/opt/sessionkit" ] && [ ! -e "$home2/.local/bin/sessionkit" ] \
            && [ ! -e "$home2/.local/share/applications/org.sessionkit.SessionKit.desktop" ]; then
        pass "install.sh --uninstall removes it"
    else fail "install.sh --uninstall left files behind"; fi
else fail "install.sh: $(cat "$tmp/install.log")"; fi

# -- size --------------------------------------------------------------------------------------------
step "bundle size"
du -sh dist/sessionkit | sed 's/^/  folder: /'
tar -C dist -czf "$tmp/sessionkit.tar.gz" sessionkit
echo "  tar.gz: $(du -h "$tmp/sessionkit.tar.gz" | cut -f1)"
echo "  largest parts:"
(cd dist/sessionkit && du -s _internal/* sessionkit 2>/dev/null | sort -rn | head -n 8 \
    | awk '{printf "    %6.1f MB  %s\n", $1 / 1024, $2}')

step "result"
if [ "$failures" = 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; exit 1; fi

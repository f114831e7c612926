#!/usr/bin/env bash
# Smoke test of the Linux packages, safe for CI (no desktop needed; Xvfb for the window):
#   1. build the app image and the .deb (packaging/package.sh app-image deb)
#   2. from the image: --help, `train` on the bundled circle example (trace checked), the window
#      under Xvfb with --self-check (first frame painted; WM_CLASS = the desktop entry's StartupWMClass)
#   3. as root: dpkg -i the .deb, run /opt/neurallab/bin/neurallab --help and train, dpkg --purge
# Sizes and the start time are printed at the end. Needs xvfb, libgtk-3-0, fakeroot, binutils
# (.ci/run installs them). SKIP_BUILD=1 reuses target/dist from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."
ID=neurallab
IMAGE=target/dist/$ID
BIN=$IMAGE/bin/$ID
WORK=target/smoke
FAILURES=0
STARTED=$SECONDS
step() { echo; echo "== smoke: $*"; }
fail() { echo "smoke: FAIL: $*" >&2; FAILURES=$((FAILURES + 1)); }
ok() { echo "smoke: ok: $*"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "build app image and .deb"
  bash packaging/package.sh app-image deb
fi
[ -x "$BIN" ] || { echo "smoke: $BIN missing" >&2; exit 1; }
DEB=$(ls target/dist/${ID}_*.deb 2>/dev/null | head -1 || true)
rm -rf "$WORK" && mkdir -p "$WORK"

# Checks a trace with python3 (jq may be missing): format, rows 0..N, finite losses.
check_trace() { # trace epochs
  python3 - "$1" "$2" <<'EOF'
import json, math, sys
trace = json.load(open(sys.argv[1]))
epochs = int(sys.argv[2])
assert trace.get("format") == "neurallab-trace", "format"
rows = trace["epochs"]
assert [r["epoch"] for r in rows] == list(range(epochs + 1)), "one row per epoch 0..%d" % epochs
assert all(math.isfinite(r["trainLoss"]) for r in rows), "finite train losses"
assert not trace.get("diverged"), "not diverged"
print("trace: %d rows, train loss %.4f -> %.4f" % (len(rows), rows[0]["trainLoss"], rows[-1]["trainLoss"]))
EOF
}

# Runs `train` with a launcher; skipped (not failed) while the command does not exist yet.
check_train() { # launcher label
  local out=$WORK/trace-$2.json
  if ! "$1" --help 2>&1 | grep -qw train; then
    echo "smoke: skip: '$2 train' (no train command in this build yet)"
    return
  fi
  if "$1" train resources/examples/circle.json --epochs 5 --trace "$out" >"$WORK/train-$2.log" 2>&1 \
      && check_trace "$out" 5; then
    ok "$2 train circle.json --epochs 5"
  else
    cat "$WORK/train-$2.log" >&2
    fail "$2 train circle.json --epochs 5"
  fi
}

step "headless commands from the app image"
if "$BIN" --help >"$WORK/help.log" 2>&1 && grep -q "Usage: $ID" "$WORK/help.log"; then
  ok "$BIN --help"
else
  cat "$WORK/help.log" >&2; fail "$BIN --help"
fi
# The CDS archive must map (else starts are ~1 s slower, silently): -Xshare:on makes a bad one fatal.
if JAVA_TOOL_OPTIONS=-Xshare:on "$BIN" --help >/dev/null 2>&1; then ok "CDS archive maps (-Xshare:on)"; else fail "CDS archive does not map"; fi
POM_VERSION=$(sed -n 's/^version=//p' target/classes/neurallab/app.properties)
VERSION_OUT=$("$BIN" --version 2>&1 || true)
case "$VERSION_OUT" in
  *"$POM_VERSION"*) ok "--version: $VERSION_OUT" ;;
  *) echo "smoke: WARNING: --version says '$VERSION_OUT', not the pom's $POM_VERSION (use neurallab.AppInfo in Cli.Version)" ;;
esac
check_train "$BIN" image

step "window under Xvfb: --self-check"
if command -v xvfb-run >/dev/null; then
  # The launch time is taken inside the Xvfb session, just before exec: Xvfb's own start is not counted.
  # A user data folder of its own: an autosave left in the machine's by a crashed run would be offered
  # back in a dialog, and the check's exit under that dialog fails (exit 134: JavaFX's GTK glass crashes).
  if XDG_DATA_HOME="$PWD/$WORK/data" xvfb-run -a -s "-screen 0 1280x1024x24" \
      bash -c 'date +%s%3N >"$1"; exec "$2" --self-check' _ "$WORK/launched-ms" "$BIN" >"$WORK/self-check.log" 2>&1; then
    ok "--self-check"
  else
    fail "--self-check (exit $?)"
  fi
  cat "$WORK/self-check.log"
  PAINTED_AT=$(sed -n 's/.*(at \([0-9]*\) epoch ms).*/\1/p' "$WORK/self-check.log" | head -1)
  if [ -n "$PAINTED_AT" ] && [ -s "$WORK/launched-ms" ]; then
    echo "smoke: first frame painted $(( PAINTED_AT - $(cat "$WORK/launched-ms") )) ms after launching $BIN (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  fi

  # The desktop entry's StartupWMClass must be what the window reports, or docks show a second icon.
  EXPECTED=$(sed -n 's/^StartupWMClass=//p' packaging/neurallab.desktop)
  if command -v xprop >/dev/null && command -v xwininfo >/dev/null; then
    cat >"$WORK/wmclass.sh" <<EOF
#!/usr/bin/env bash
"$PWD/$BIN" >/dev/null 2>&1 & pid=\$!
for i in \$(seq 1 60); do
  sleep 0.5
  win=\$(xwininfo -root -tree | grep -E '"([^"]* — )?NeuralLab"' | head -1 | awk '{print \$1}')
  [ -n "\$win" ] && break
done
[ -n "\$win" ] && xprop -id "\$win" WM_CLASS
kill \$pid 2>/dev/null || true
EOF
    WMCLASS=$(xvfb-run -a bash "$WORK/wmclass.sh" 2>/dev/null | sed -n 's/^WM_CLASS(STRING) = "\([^"]*\)".*/\1/p')
    if [ "$WMCLASS" = "$EXPECTED" ]; then ok "WM_CLASS $WMCLASS = StartupWMClass"; else fail "WM_CLASS '$WMCLASS' != StartupWMClass '$EXPECTED'"; fi
  else
    echo "smoke: skip: WM_CLASS check (xprop/xwininfo from x11-utils not installed)"
  fi
else
  fail "xvfb-run not installed (apt-get install xvfb libgtk-3-0)"
fi

step ".deb install, run, purge"
if [ -z "$DEB" ]; then
  fail "no .deb in target/dist"
elif [ "$(id -u)" != 0 ]; then
  echo "smoke: skip: dpkg -i (not root)"
else
  dpkg-deb -I "$DEB" | sed -n 's/^ \(Package\|Version\|Depends\|Installed-Size\):/  \1:/p'
  if dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1; then
    ok "dpkg -i $(basename "$DEB")"
    for f in /opt/$ID/bin/$ID /usr/share/applications/$ID.desktop /usr/share/icons/hicolor/256x256/apps/$ID.png; do
      [ -e "$f" ] && ok "installed $f" || fail "missing $f"
    done
    if JAVA_TOOL_OPTIONS=-Xshare:on /opt/$ID/bin/$ID --help >/dev/null 2>&1; then ok "/opt/$ID/bin/$ID --help (CDS maps)"; else fail "/opt/$ID/bin/$ID --help"; fi
    check_train /opt/$ID/bin/$ID installed
  else
    cat "$WORK/dpkg.log" >&2; fail "dpkg -i"
  fi
  if dpkg --purge "$ID" >>"$WORK/dpkg.log" 2>&1 && [ ! -e /opt/$ID ]; then ok "dpkg --purge"; else cat "$WORK/dpkg.log" >&2; fail "dpkg --purge"; fi
fi

step "sizes"
du -sh "$IMAGE"
[ -n "$DEB" ] && ls -l "$DEB"
echo "smoke: $((SECONDS - STARTED)) s"
if [ "$FAILURES" -gt 0 ]; then
  echo "smoke: $FAILURES check(s) failed" >&2
  exit 1
fi
echo "smoke: all checks passed"

#!/usr/bin/env bash
# Refreshes neurallab.classlist: the classes the window loads up to its first painted frame, which
# package.sh archives with CDS for a fast start. Run after large UI changes (Linux, needs xvfb-run).
# A stale list is harmless: missing classes are skipped, new ones are just loaded the slow way.
# Two runs, merged: Prism's software pipeline (what Xvfb gets) and its OpenGL one (what most
# students get; forced here onto Mesa's software OpenGL), which load ~80 different classes.
# Both start as every start after the first does: with a preferences file, in a user data folder of
# their own. select-classes.awk keeps what the start waits for: the list is cut at the first painted
# frame (what loads later, e.g. the preferences written at close with Jackson's ObjectMapper, would
# only make the archive bigger), and the render and trainer threads' own classes are left to them.
set -euo pipefail
cd "$(dirname "$0")/../.."
CDS=none bash packaging/package.sh app-image
LIST=packaging/cds/neurallab.classlist
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for pipeline in sw es2; do
  opts="-Xshare:off -XX:DumpLoadedClassList=$TMP/$pipeline.all -Xlog:class+load:file=$TMP/$pipeline.log:uptimemillis,tid"
  [ $pipeline = es2 ] && opts="$opts -Dprism.forceGPU=true"
  mkdir -p "$TMP/$pipeline-data/neurallab"
  cat >"$TMP/$pipeline-data/neurallab/preferences.json" <<EOF
{ "format": "neurallab-preferences", "version": 1, "speed": 0, "lastFolder": "$PWD/resources/examples",
  "window": { "x": 0, "y": 0, "width": 1280, "height": 800 },
  "recentFiles": [ "$PWD/resources/examples/circle.json", "$PWD/resources/examples/digits.json" ] }
EOF
  XDG_DATA_HOME="$TMP/$pipeline-data" JAVA_TOOL_OPTIONS="$opts" xvfb-run -a -s "-screen 0 1280x1024x24" \
    target/dist/neurallab/bin/neurallab --self-check | tee "$TMP/$pipeline.out"
  painted=$(sed -n 's/.*first frame painted \([0-9]*\) ms.*/\1/p' "$TMP/$pipeline.out")
  awk -v painted="$painted" -f packaging/cds/select-classes.awk "$TMP/$pipeline.log" "$TMP/$pipeline.log" "$TMP/$pipeline.all" \
    >"$TMP/$pipeline.classlist"
  echo "$pipeline: $(grep -vc '^[#@]' "$TMP/$pipeline.classlist") of $(grep -vc '^[#@]' "$TMP/$pipeline.all") classes kept"
done
# Jackson is left out too (1 MB of archive; the preferences are read on their own thread while JavaFX
# starts), to keep the image no larger than before (packaging/README.md has the figures).
awk '!seen[$0]++' "$TMP/sw.classlist" "$TMP/es2.classlist" | grep -v '^com/fasterxml/jackson/' >"$LIST"
grep -vc '^[#@]' "$LIST" | sed 's/$/ classes listed/'
echo "now rebuild: packaging/package.sh app-image deb"

#!/usr/bin/env bash
# Refreshes neurallab.classlist: the classes the window loads up to its first painted frame, which
# package.sh archives with CDS for a fast start. Run after large UI changes (Linux, needs xvfb-run).
# A stale list is harmless: missing classes are skipped, new ones are just loaded the slow way.
# Two runs, merged: Prism's software pipeline (what Xvfb gets) and its OpenGL one (what most
# students get; forced here onto Mesa's software OpenGL), which load ~80 different classes.
# Both start as every start after the first does: with a preferences file, in a user data folder of
# their own. Each list is cut at the first painted frame (the VM writes it in load order; the class-load
# log's times say where the frame falls): what loads later (the self-check's exit, the preferences
# written at close with Jackson's ObjectMapper, ~300 classes) would only make the archive bigger.
set -euo pipefail
cd "$(dirname "$0")/../.."
CDS=none bash packaging/package.sh app-image
LIST=packaging/cds/neurallab.classlist
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for pipeline in sw es2; do
  opts="-Xshare:off -XX:DumpLoadedClassList=$TMP/$pipeline.all -Xlog:class+load:file=$TMP/$pipeline.log:uptimemillis"
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
  # the first class from a module loaded after the frame (the VM's clock starts a little after the
  # process's, so this errs towards keeping a few classes more); generated and hidden classes (lambdas,
  # reflection accessors) have no line of their own
  late=$(awk -v t="$painted" '{ ms = $1; gsub(/[^0-9]/, "", ms) }
         ms + 0 > t && $4 ~ /^jrt:/ { gsub(/\./, "/", $2); print $2; exit }' "$TMP/$pipeline.log")
  # the @lambda-form-invoker lines come at the end, written as the VM exits: they are all kept
  awk -v late="$late" '$1 == late { cut = 1 } !cut || /^@lambda-form-invoker/' "$TMP/$pipeline.all" >"$TMP/$pipeline.classlist"
  echo "$pipeline: $(grep -vc '^[#@]' "$TMP/$pipeline.classlist") of $(grep -vc '^[#@]' "$TMP/$pipeline.all") classes loaded up to the first frame"
done
# Left out to keep the image no larger than before (packaging/README.md has the figures): Jackson (1 MB
# of archive; the preferences are read on their own thread while JavaFX starts) and the lambda proxies
# (2 MB for ~1000 lambdas, each then spun at its first use: ~0.1 s in all).
awk '!seen[$0]++' "$TMP/sw.classlist" "$TMP/es2.classlist" | grep -v -e '^@lambda-proxy' -e '^com/fasterxml/jackson/' >"$LIST"
grep -vc '^[#@]' "$LIST" | sed 's/$/ classes listed/'
echo "now rebuild: packaging/package.sh app-image deb"

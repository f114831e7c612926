#!/usr/bin/env bash
# Refreshes neurallab.classlist: the classes the window loads up to its first painted frame, which
# package.sh archives with CDS for a fast start. Run after large UI changes (Linux, needs xvfb-run).
# A stale list is harmless: missing classes are skipped, new ones are just loaded the slow way.
# Two runs, merged: Prism's software pipeline (what Xvfb gets) and its OpenGL one (what most
# students get; forced here onto Mesa's software OpenGL), which load ~80 different classes.
set -euo pipefail
cd "$(dirname "$0")/../.."
CDS=none bash packaging/package.sh app-image
LIST=packaging/cds/neurallab.classlist
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for pipeline in sw es2; do
  opts="-Xshare:off -XX:DumpLoadedClassList=$TMP/$pipeline.classlist"
  [ $pipeline = es2 ] && opts="$opts -Dprism.forceGPU=true"
  JAVA_TOOL_OPTIONS="$opts" xvfb-run -a -s "-screen 0 1280x1024x24" target/dist/neurallab/bin/neurallab --self-check
done
awk '!seen[$0]++' "$TMP/sw.classlist" "$TMP/es2.classlist" >"$LIST"
grep -vc '^[#@]' "$LIST" | sed 's/$/ classes listed/'
echo "now rebuild: packaging/package.sh app-image deb"

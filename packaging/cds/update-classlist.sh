#!/usr/bin/env bash
# Refreshes neurallab.classlist: the classes the window loads up to its first painted frame, which
# package.sh archives with CDS for a fast start. Run after large UI changes (Linux, needs xvfb-run).
# A stale list is harmless: missing classes are skipped, new ones are just loaded the slow way.
set -euo pipefail
cd "$(dirname "$0")/../.."
CDS=none bash packaging/package.sh app-image
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$PWD/packaging/cds/neurallab.classlist" \
  xvfb-run -a -s "-screen 0 1280x1024x24" target/dist/neurallab/bin/neurallab --self-check
grep -vc '^[#@]' packaging/cds/neurallab.classlist | sed 's/$/ classes listed/'
echo "now rebuild: packaging/package.sh app-image deb"

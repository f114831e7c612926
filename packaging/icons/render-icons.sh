#!/usr/bin/env bash
# Renders the app icon from its SVG sources into every file the installers need.
# The outputs are committed, so building a package needs none of these tools; run this only after
# editing an SVG. Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert, png2icns (icnsutils).
#   neurallab-small.svg -> 16, 24, 32 px (fewer, thicker parts stay readable)
#   neurallab.svg       -> 48 ... 1024 px
#   png/neurallab-<N>.png            Linux (jpackage --icon, hicolor theme, desktop entry)
#   neurallab.ico                    Windows (16, 24, 32, 48, 64, 128, 256 in one file)
#   neurallab.iconset/               macOS: `iconutil -c icns neurallab.iconset` on a Mac
#   neurallab.icns                   macOS, built here with png2icns from the same PNGs
set -euo pipefail
cd "$(dirname "$0")"
render() { # size source
  rsvg-convert -w "$1" -h "$1" "$2" -o "png/neurallab-$1.png"
}
mkdir -p png
for s in 16 24 32; do render "$s" neurallab-small.svg; done
for s in 48 64 128 256 512 1024; do render "$s" neurallab.svg; done

convert png/neurallab-{16,24,32,48,64,128,256}.png neurallab.ico

rm -rf neurallab.iconset && mkdir neurallab.iconset
for s in 16 32 128 256 512; do
  cp "png/neurallab-$s.png" "neurallab.iconset/icon_${s}x${s}.png"
done
# @2x files are the double size: 32, 64, 256, 512, 1024
for s in 16 32 128 256 512; do
  d=$((s * 2))
  [ -f "png/neurallab-$d.png" ] || rsvg-convert -w "$d" -h "$d" neurallab.svg -o "png/neurallab-$d.png"
  cp "png/neurallab-$d.png" "neurallab.iconset/icon_${s}x${s}@2x.png"
done

if command -v png2icns >/dev/null 2>&1; then
  # png2icns takes one PNG per size it supports (16, 32, 48, 128, 256, 512, 1024)
  png2icns neurallab.icns png/neurallab-{16,32,48,128,256,512,1024}.png >/dev/null
else
  echo "png2icns not found: neurallab.icns not rebuilt (on a Mac: iconutil -c icns neurallab.iconset)" >&2
fi
ls -l png neurallab.ico neurallab.icns

#!/usr/bin/env bash
# Builds NeuralLab installers that carry their own Java runtime (students need no JDK).
#
#   packaging/package.sh [TYPE...]        TYPE: app-image (default) | deb | tar    on Linux
#                                                  app-image | msi | exe            on Windows (Git Bash)
#                                                  app-image | dmg | pkg            on macOS
#   e.g. packaging/package.sh app-image deb
#
# Output in target/dist/: the app image target/dist/neurallab/bin/neurallab (Linux), the installers.
# Each installer must be built on its own operating system: jpackage cannot cross-build, and
# Maven resolves the JavaFX jars (with their native libraries) for the OS it runs on.
#
# Steps: (1) mvn -Ppackaging package: the app jar, its runtime jars, EJML with a module-info
# (moditect); (2) jlink: a runtime with only the modules the app needs, and its CDS archive;
# (3) jpackage: the app image with the `neurallab` launcher (on Linux a shell script), then each
# installer from that image.
#
# Name, version and description come from pom.xml (via the filtered neurallab/app.properties).
# Environment:
#   SKIP_MAVEN=1        reuse target/ from a previous `mvn -Ppackaging package`
#   APP_VERSION=x.y.z   override the version given to jpackage (numeric only; see macOS below)
#   JPACKAGE_VERBOSE=1  pass --verbose to jpackage
#   CDS=app|jdk|none    what the class-data-sharing archive holds (default app; see step 2)
# Needs a JDK 17+ with jlink and jpackage. Linux .deb: dpkg-deb and fakeroot (apt-get install fakeroot
# binutils). Windows .msi/.exe: WiX Toolset 3 (candle.exe, light.exe) on PATH. macOS: Xcode command-line tools.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
T0=$SECONDS
phase() { echo "package.sh: [$((SECONDS - T0)) s] $*"; }
TYPES=("$@")
[ ${#TYPES[@]} -eq 0 ] && TYPES=(app-image)

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=mac ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) echo "package.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
for t in "${TYPES[@]}"; do
  case "$OS:$t" in
    *:app-image | linux:deb | linux:tar | windows:msi | windows:exe | mac:dmg | mac:pkg) ;;
    *) echo "package.sh: '$t' cannot be built on $OS (linux: app-image deb tar; windows: app-image msi exe; mac: app-image dmg pkg)" >&2
       exit 2 ;;
  esac
done
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool not found: put a JDK 17+ bin/ on PATH" >&2; exit 2; }
done

# 1. Build ---------------------------------------------------------------------------------------
if [ "${SKIP_MAVEN:-0}" != 1 ]; then
  mvn -B -q -Ppackaging -DskipTests package
fi
PROPS=target/classes/neurallab/app.properties
[ -f "$PROPS" ] && [ -d target/modules ] || { echo "package.sh: run without SKIP_MAVEN=1 first" >&2; exit 2; }
prop() { sed -n "s/^$1=//p" "$PROPS" | head -1; }
ID=$(prop id)                 # neurallab: package, launcher and install-folder name
DISPLAY_NAME=$(prop name)     # NeuralLab
POM_VERSION=$(prop version)
DESCRIPTION=$(prop description)
# jpackage wants 1-3 numeric components: 0.1.0-SNAPSHOT -> 0.1.0
VERSION=${APP_VERSION:-$(echo "$POM_VERSION" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')}
VENDOR="NeuralLab project"
COPYRIGHT="NeuralLab project; bundled libraries under their own licences (see Help > About)"
MAIN=neurallab/neurallab.Main
echo "package.sh: $DISPLAY_NAME $POM_VERSION (installer version $VERSION) for $OS: ${TYPES[*]}"

phase "runtime (jlink)"
# 2. Runtime -------------------------------------------------------------------------------------
# One folder as the module path (no ':' vs ';' trouble on Windows): the app jar, EJML from
# target/modules (moditect module-info), every other runtime jar from target/lib, except the
# classifier-less javafx-*-<version>.jar, which are empty placeholders (module javafx.*Empty)
# that jlink rejects.
WORK=target/packaging
rm -rf "$WORK" target/dist
mkdir -p "$WORK/mods" target/dist
cp target/neurallab.jar target/modules/*.jar "$WORK/mods/"
for jar in target/lib/*.jar; do
  base=$(basename "$jar")
  case "$base" in
    ejml-*) ;;                                        # replaced by target/modules
    javafx-*-[0-9]*[0-9].jar) ;;                      # empty placeholder
    *) cp "$jar" "$WORK/mods/" ;;
  esac
done

# Linux: javafx.base and javafx.graphics require java.desktop and java.xml, but use them only for
# printing (the J2D pipeline), the JavaBean property adapters (javafx.beans.property.adapter) and
# Android fonts, none of which NeuralLab uses (jdeps; nothing from either module is loaded up to the
# first frame; Jackson's java.desktop and java.xml support is optional). Their module-info is rebuilt
# without those two requires, which keeps 14 MB of AWT, Swing and XML out of the runtime (so
# javafx.print and the JavaBean adapters would fail with NoClassDefFoundError in the app). Not done
# on Windows and macOS, where it has not been checked. The new module-info.java is generated from
# the jar's own descriptor, so the exports and the version stay as JavaFX ships them.
drop_requires() { # JAR MODULE...: rewrites JAR's module-info without `requires MODULE`
  local jar=$1; shift
  local dir; dir=$WORK/module-info/$(basename "$jar" .jar)
  local id; id=$(jar --describe-module --file "$jar" | head -1 | cut -d' ' -f1)   # javafx.base@21.0.12
  mkdir -p "$dir/classes"
  jar --describe-module --file "$jar" | awk -v name="${id%@*}" -v drop=" $* " '
    NR == 1 || $1 == "contains" || NF == 0 { next }
    $1 == "requires" { if ($3 == "mandated" || index(drop, " " $2 " ")) next
                       line = "requires"; for (i = 3; i <= NF; i++) line = line " " $i; add(line " " $2); next }
    $1 == "qualified" { line = $2 " " $3 " to " $5; for (i = 6; i <= NF; i++) line = line ", " $i; add(line); next }
    $1 == "exports" || $1 == "opens" || $1 == "uses" { add($1 " " $2); next }
    { print "package.sh: cannot rewrite descriptor line: " $0 > "/dev/stderr"; exit 1 }
    function add(line) { body = body "  " line ";\n" }
    END { printf "module %s {\n%s}\n", name, body }' >"$dir/module-info.java"
  # -nowarn: the qualified exports name JavaFX modules that are not here (javafx.web, javafx.swing, ...)
  javac -nowarn --release 17 --module-path "$WORK/mods" --patch-module "${id%@*}=$jar" \
        -d "$dir/classes" "$dir/module-info.java"
  jar --update --file "$jar" --module-version "${id#*@}" -C "$dir/classes" module-info.class
}
if [ $OS = linux ]; then
  for jar in "$WORK"/mods/javafx-base-*.jar "$WORK"/mods/javafx-graphics-*.jar; do
    drop_requires "$jar" java.desktop java.xml
  done
fi

# --add-modules neurallab pulls in exactly what module-info requires (16 modules on Linux, see
# target/packaging/runtime/release). --strip-debug also strips native debug symbols (objcopy).
# On Linux JavaFX loads its native libraries from the runtime's lib/ (copied there below; checked
# with -Djavafx.verbose=true), so their copies inside the javafx.graphics module are left out, and
# so are the two stylesheets of the old Caspian theme (the app uses Modena; 0.35 MB unpacked, 43 KB
# in the image; the theme's small files stay, or jlink rejects the emptied package), JavaFX's SWT bridge
# (javafx-swt.jar, for FXCanvas in SWT programs) and the jars' Maven metadata (META-INF/maven: pom
# files nothing reads at run time); these two are 55 KB of the image.
JLINK_EXCLUDE=()
CASPIAN=/javafx.controls/com/sun/javafx/scene/control/skin/caspian
[ $OS = linux ] && JLINK_EXCLUDE=(--exclude-resources="/javafx.graphics/*.so,$CASPIAN/caspian.css,$CASPIAN/caspian.bss,/javafx.graphics/javafx-swt.jar,/*/META-INF/maven/**")
jlink --module-path "$WORK/mods" --add-modules neurallab \
      --strip-debug --no-header-files --no-man-pages --compress=2 "${JLINK_EXCLUDE[@]}" \
      --output "$WORK/runtime"

# JavaFX's native libraries sit inside the javafx-graphics jar; from there JavaFX would copy them to
# ~/.openjfx/cache on the first start. Put them where it looks first for a jlinked runtime
# (lib/ next to libjava; bin/ on Windows), as the Gluon jmods would, so nothing is written to the
# student's home folder.
case $OS in windows) NATIVE_DIR=bin ;; *) NATIVE_DIR=lib ;; esac
FX_GRAPHICS=$(ls "$ROOT/$WORK"/mods/javafx-graphics-*.jar)
NATIVES=$(jar tf "$FX_GRAPHICS" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
[ -n "$NATIVES" ] || { echo "package.sh: no native libraries in $FX_GRAPHICS" >&2; exit 1; }
(cd "$WORK/runtime/$NATIVE_DIR" && jar xf "$FX_GRAPHICS" $NATIVES)
if [ $OS = linux ] && command -v strip >/dev/null; then
  strip --strip-unneeded "$WORK/runtime/lib/server/libjvm.so"   # the symbol table: 24 -> 20 MB
fi

# Class data sharing: a jlinked runtime has no CDS archive, so every start parses and verifies
# all classes again. Dump one into the default location (lib/server/classes.jsa), which the VM maps
# without any option. CDS=app (default) archives the ~3600 JDK, JavaFX and app classes (and the
# lambdas) the window waits for up to its first frame, with the software and the OpenGL pipeline
# (packaging/cds/neurallab.classlist, refresh it with packaging/cds/update-classlist.sh; stale
# lines are skipped); CDS=jdk archives the JDK's own default class list (smaller, less gain);
# CDS=none skips it. The dump runs with SerialGC because JDK 17 then archives no Java heap
# objects (interned strings, class mirrors): 3 MB less, and no start measured slower without them.
JAVA_BIN="$WORK/runtime/bin/java"; [ $OS = windows ] && JAVA_BIN="$WORK/runtime/bin/java.exe"
case $OS in windows) JSA_DIR="$WORK/runtime/bin/server" ;; *) JSA_DIR="$WORK/runtime/lib/server" ;; esac
case "${CDS:-app}" in
  app) "$JAVA_BIN" -Xshare:dump -XX:SharedClassListFile=packaging/cds/neurallab.classlist -XX:+UseSerialGC \
         -XX:SharedArchiveFile="$JSA_DIR/classes.jsa" --add-modules neurallab -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null ;;
  jdk) "$JAVA_BIN" -Xshare:dump -XX:SharedArchiveFile="$JSA_DIR/classes.jsa" >/dev/null ;;
  none) ;;
  *) echo "package.sh: CDS must be app, jdk or none" >&2; exit 2 ;;
esac
# No bin/ commands (keytool, jrunscript, ...) in the app: the jpackage launcher starts the VM
# itself, except on Linux, where bin/java stays for the launcher script (step 3).
case $OS in
  windows) find "$WORK/runtime/bin" -maxdepth 1 -name '*.exe' -delete ;;
  linux) find "$WORK/runtime/bin" -mindepth 1 ! -name java -delete
         # lib/classlist: the JDK's default CDS class list, read only by -Xshare:dump. jrt-fs.jar: lets
         # *another* JDK's tools read this runtime's modules (the runtime itself does not use it).
         # jexec: runs `chmod +x` jars through binfmt. cacerts and public_suffix_list.dat: the TLS trust
         # store and the cookie/certificate domain list, read only by network code; NeuralLab makes no
         # connections (no java.net in src/main). 0.5 MB together; restore the last two if it ever does.
         rm "$WORK/runtime/lib/classlist" "$WORK/runtime/lib/jrt-fs.jar" "$WORK/runtime/lib/jexec" \
            "$WORK/runtime/lib/security/cacerts" "$WORK/runtime/lib/security/public_suffix_list.dat" ;;
  *) rm -rf "$WORK/runtime/bin" ;;
esac

phase "app image (jpackage)"
# 3. App image -----------------------------------------------------------------------------------
JP_VERBOSE=()
[ "${JPACKAGE_VERBOSE:-0}" = 1 ] && JP_VERBOSE=(--verbose)
COMMON=(--app-version "$VERSION" --vendor "$VENDOR" --copyright "$COPYRIGHT" --description "$DESCRIPTION"
        --dest target/dist "${JP_VERBOSE[@]}")
case $OS in
  linux) ICON=packaging/icons/png/neurallab-256.png; IMAGE_NAME=$ID ;;
  windows) ICON=packaging/icons/neurallab.ico; IMAGE_NAME=$DISPLAY_NAME ;;
  mac) ICON=packaging/icons/neurallab.icns; IMAGE_NAME=$DISPLAY_NAME ;;
esac
MAC_OPTS=()
if [ $OS = mac ]; then
  # CFBundleVersion must start with a number > 0: 0.x versions need APP_VERSION=1.x.y on macOS.
  MAC_OPTS=(--mac-package-identifier org.neurallab.NeuralLab --mac-package-name "$DISPLAY_NAME")
fi
# JVM options of every launcher (jpackage's on Windows and macOS, the script on Linux). None is
# needed for the pipeline: JavaFX picks es2/d3d/metal and falls back to sw by itself.
# -Xms512m: G1 sizes its young generation from the heap, so up to the first frame it collects
#   twice instead of five times with -Xms256m (about 50 instead of 95 ms of pauses here).
# -XX:CompileThresholdScaling=4: methods are compiled after 4x more calls. A start runs thousands
#   of methods a few hundred times (CSS, layout, class set-up); up to the first frame the C1 and C2
#   threads used more CPU than the FX thread, and on two cores they compete with it. With 4x: about
#   0.5 s less CPU and 0.2 s less to the first frame; training speed (`neurallab bench`) unchanged,
#   --benchmark-ui no slower (packaging/README.md has the figures, and the many-core caveat).
JAVA_OPTIONS=(-Xms512m -XX:CompileThresholdScaling=4)
JP_JAVA_OPTIONS=()
for o in "${JAVA_OPTIONS[@]}"; do JP_JAVA_OPTIONS+=(--java-options "$o"); done
jpackage --type app-image --name "$IMAGE_NAME" --icon "$ICON" \
         --runtime-image "$WORK/runtime" --module "$MAIN" "${JP_JAVA_OPTIONS[@]}" "${MAC_OPTS[@]}" "${COMMON[@]}"
case $OS in
  linux) APP_DIR=target/dist/$IMAGE_NAME; LIB_DIR=$APP_DIR/lib ;;
  windows) APP_DIR=target/dist/$IMAGE_NAME; LIB_DIR=$APP_DIR/app ;;
  mac) APP_DIR=target/dist/$IMAGE_NAME.app; LIB_DIR=$APP_DIR/Contents/app ;;
esac
if [ $OS = linux ]; then
  # jpackage's Linux launcher asks the package managers whether it was installed from a package, at
  # every start and twice (`rpm -qf` and `dpkg -S` on itself; dpkg -S reads every installed package's
  # file list: 0.5 s here before the VM even starts, and `dpkg -L` comes on top once installed).
  # The image's layout is fixed, so a shell script that starts the runtime's java does the same job
  # without any lookup. jpackage's cfg file and libapplauncher.so are then unused; .jpackage.xml
  # stays (jpackage --app-image needs it for the .deb).
  cat >"$APP_DIR/bin/$ID" <<EOF
#!/bin/sh
# $DISPLAY_NAME: no arguments open the window; a command (train, --help, ...) runs headless.
# Written by packaging/package.sh. The runtime is ../lib/runtime from this script's real location
# (symbolic links to it are resolved).
self=\$(readlink -f "\$0")
exec "\${self%/bin/*}/lib/runtime/bin/java" ${JAVA_OPTIONS[*]} -m $MAIN "\$@"
EOF
  rm "$LIB_DIR/app/$ID.cfg" "$LIB_DIR/libapplauncher.so"
  # The desktop entry and the icon theme files travel in the image (lib/share); the .deb installs them.
  mkdir -p "$LIB_DIR/share/applications"
  cp packaging/neurallab.desktop "$LIB_DIR/share/applications/$ID.desktop"
  for png in packaging/icons/png/neurallab-*.png; do
    size=${png##*-}; size=${size%.png}
    [ "$size" -le 512 ] || continue
    mkdir -p "$LIB_DIR/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$LIB_DIR/share/icons/hicolor/${size}x${size}/apps/$ID.png"
  done
fi

phase "installers"
# 4. Installers ----------------------------------------------------------------------------------
for t in "${TYPES[@]}"; do
  case $t in
    app-image) ;;
    tar) phase "tar.gz"
      # the app image for students without admin rights: unpack anywhere, run neurallab/bin/neurallab
      tar -C target/dist -czf "target/dist/$ID-$POM_VERSION-linux-x64.tar.gz" "$ID" ;;
    deb)
      phase "deb (jpackage, then xz)"
      # No --linux-shortcut: its postinst calls xdg-desktop-menu, which fails on machines without a
      # desktop (CI) and leaves the package half-installed. The desktop entry and icons are added
      # below as ordinary package files instead.
      # A Korean font (the window speaks Korean too): JavaFX draws Hangul only with one installed.
      # jpackage's dpkg-deb step stores the data uncompressed (fast); add-desktop-files.sh rebuilds
      # the package once, compressed with xz.
      DPKG_DEB_COMPRESSOR_TYPE=none \
      jpackage --type deb --app-image "$APP_DIR" --name "$ID" \
               --linux-package-name "$ID" --linux-package-deps "libgtk-3-0, fonts-nanum | fonts-noto-cjk" \
               --linux-app-category education \
               "${COMMON[@]}"
      DEB=$(ls target/dist/"$ID"_*.deb)
      bash packaging/linux/add-desktop-files.sh "$DEB" "$ID"
      ;;
    msi | exe)
      # A fixed upgrade UUID lets a newer installer replace an older one (never change it).
      # --win-per-user-install: no administrator rights needed on school PCs.
      jpackage --type "$t" --app-image "$APP_DIR" --name "$DISPLAY_NAME" \
               --win-menu --win-menu-group "$DISPLAY_NAME" --win-shortcut --win-dir-chooser \
               --win-per-user-install --win-upgrade-uuid 5d7c1f0e-6a43-4c1e-9b8e-0e7a2f4b9c11 \
               "${COMMON[@]}"
      ;;
    dmg | pkg)
      # Unsigned: students right-click > Open the first time (signing: packaging/README.md).
      jpackage --type "$t" --app-image "$APP_DIR" --name "$DISPLAY_NAME" "${MAC_OPTS[@]}" "${COMMON[@]}"
      ;;
  esac
done

phase "done"
du -sh "$APP_DIR"
ls -l target/dist

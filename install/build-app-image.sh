#!/usr/bin/env bash
# Builds the app image: the kiosk with its own trimmed Java runtime (jpackage), and an AppCDS
# archive of the classes a start-up loads, which the launcher then uses. Run by the Maven
# profile app-image (mvn -B package -Papp-image -DskipTests), after the jar is packaged.
#
# usage: build-app-image.sh TARGET_DIR       (needs DISPLAY: the archive comes from one real
#                                             start of the wizard, up to its first paint)
set -euo pipefail

target=$(cd "${1:?usage: build-app-image.sh TARGET_DIR}" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
say() { echo "[app-image] $*"; }
[ -f "$target/neck-kiosk.jar" ] && [ -d "$target/lib" ] || { echo "build-app-image.sh: no $target/neck-kiosk.jar and lib/; package first" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "build-app-image.sh: DISPLAY is not set; start one (bash src/test/env/test-env.sh :85 KioskPDF /tmp/kiosk-pdf) and pass -Dtest.display=:85" >&2; exit 2; }

input="$target/app-image-input"
out="$target/app-image"
image="$out/neck-kiosk"
rm -rf "$input" "$out"
mkdir -p "$input"
cp "$target/neck-kiosk.jar" "$input/"
cp -r "$target/lib" "$input/lib"

# the modules the kiosk and its libraries use (jdeps on the jar and lib/), and the two
# languages' locale data, the JDK's own class-data archive (the base the app's archive
# builds on); no debug symbols, man pages or headers
modules=java.base,java.desktop,java.sql,java.naming,java.logging,java.management,java.xml,java.scripting,jdk.unsupported,jdk.localedata,jdk.zipfs
say "jpackage --type app-image into $out"
jpackage --type app-image --name neck-kiosk --dest "$out" \
  --input "$input" --main-jar neck-kiosk.jar --main-class com.neckkiosk.app.Main \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,es --generate-cds-archive"

# one start of the wizard on a throw-away copy of the settings, classes archived at exit
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sed "s|^data.dir = data\$|data.dir = $scratch/data|" "$repo/kiosk-config/kiosk.properties" > "$scratch/kiosk.properties"
say "AppCDS: one start to the first paint, archiving the classes it loads"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$image/lib/app/neck-kiosk.jsa" \
  "$image/bin/neck-kiosk" kiosk --windowed --exit-after-first-paint --config "$scratch" 2>"$scratch/stderr" \
  || { cat "$scratch/stderr" >&2; exit 1; }
[ -s "$image/lib/app/neck-kiosk.jsa" ] || { echo "build-app-image.sh: no archive written" >&2; cat "$scratch/stderr" >&2; exit 1; }

# from now on the launcher maps the archive; -Xshare:auto starts without it if it ever fails to map
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/neck-kiosk.jsa\njava-options=-Xshare:auto' \
  "$image/lib/app/neck-kiosk.cfg"
grep -q '^\[JavaOptions\]' "$image/lib/app/neck-kiosk.cfg" \
  || printf '[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/neck-kiosk.jsa\njava-options=-Xshare:auto\n' >> "$image/lib/app/neck-kiosk.cfg"
rm -rf "$input"
say "done: $image ($(du -sh "$image" | cut -f1)), start it with $image/bin/neck-kiosk kiosk"

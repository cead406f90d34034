#!/usr/bin/env bash
# Turns a Debian/Ubuntu PC into a neck kiosk (or a front-desk PC), and back.
# Safe to run again: an upgrade is the same command with the new build. A clinic's edited
# /etc/neck-kiosk/kiosk.properties is never overwritten.
#
# usage: install/install.sh [options]
#   --front-desk     the front-desk PC: the staff console in the desktop session instead of
#                    the kiosk's own X session (no X server packages, no kiosk unit)
#   --staff-user U   (with --front-desk) let desktop user U read the settings (kiosk group)
#   --app-image DIR  install this jpackage app image (bundled Java); default: the jar and
#                    lib/ from --from, on the distribution's Java runtime
#   --from DIR       the build output holding neck-kiosk.jar and lib/ (default: ../target)
#   --root DIR       install into DIR instead of / (CI, image building): no packages, no
#                    service starts; users go into DIR/etc/passwd when it exists
#   --no-packages    do not run apt-get (they are installed already, or no network)
#   --dry-run        print every step, change nothing
#   --uninstall      remove the program, units and log rotation; keep settings and data
#   --purge          with --uninstall: also remove settings, data, backups, logs and the user
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
from="$repo/target"
app_image=""
root=""
front_desk=false
staff_user=""
packages=true
dry_run=false
uninstall=false
purge=false

say() { echo "[install] $*"; }
die() { echo "install.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --front-desk) front_desk=true ;;
    --staff-user) [ $# -ge 2 ] || die "--staff-user needs a user name"; staff_user=$2; shift ;;
    --app-image) [ $# -ge 2 ] || die "--app-image needs the app image folder"; app_image=$2; shift ;;
    --from) [ $# -ge 2 ] || die "--from needs the build folder (with neck-kiosk.jar and lib/)"; from=$2; shift ;;
    --root) [ $# -ge 2 ] || die "--root needs a folder"; root=$2; shift ;;
    --no-packages) packages=false ;;
    --dry-run) dry_run=true ;;
    --uninstall) uninstall=true ;;
    --purge) purge=true ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
  shift
done
[ "$purge" = false ] || [ "$uninstall" = true ] || die "--purge goes with --uninstall"
[ -z "$staff_user" ] || [ "$front_desk" = true ] || die "--staff-user goes with --front-desk"
if [ -n "$root" ]; then
  if [ "$dry_run" = false ]; then mkdir -p "$root" 2>/dev/null || die "cannot create the root folder $root"; fi
  root=$(cd "$root" 2>/dev/null && pwd || echo "$root")
  packages=false
fi
[ "$(id -u)" = 0 ] || [ -n "$root" ] || [ "$dry_run" = true ] || die "run as root (sudo), or give --root DIR or --dry-run"

# where things go (inside $root)
OPT=/opt/neck-kiosk
ETC=/etc/neck-kiosk
DATA=/var/lib/neck-kiosk
LOG=/var/log/neck-kiosk
CACHE=/var/cache/neck-kiosk
UNITS=/etc/systemd/system
USER_UNITS=/etc/systemd/user
LOGROTATE=/etc/logrotate.d/neck-kiosk
KIOSK_UNIT=neck-kiosk.service
STAFF_UNIT=neck-kiosk-staff.service

# --- steps: each prints what it does; --dry-run only prints ------------------------
run() {                       # run DESCRIPTION COMMAND...
  local what=$1; shift
  if [ "$dry_run" = true ]; then say "would $what: $*"; else say "$what: $*"; "$@"; fi
}
skip() { say "skipped: $*"; }

# put_file SOURCE DEST MODE [OWNER:GROUP]: copies when different, says so either way
put_file() {
  local src=$1 dest="$root$2" mode=$3 owner=${4:-root:root}
  if [ -f "$dest" ] && cmp -s "$src" "$dest" && [ "$(stat -c %a "$dest")" = "${mode#0}" ]; then
    say "unchanged $2"
    return
  fi
  run "write $2 (mode $mode)" install -D -m "$mode" "$src" "$dest"
  own "$owner" "$2"
}

# own OWNER:GROUP PATH...: by number inside --root (the names are the root's, not this machine's)
own() {
  local owner=$1; shift
  local user=${owner%%:*} group=${owner##*:} uid gid path
  if [ -n "$root" ]; then
    uid=$(awk -F: -v u="$user" '$1 == u { print $3 }' "$root/etc/passwd" 2>/dev/null || true)
    gid=$(awk -F: -v g="$group" '$1 == g { print $3 }' "$root/etc/group" 2>/dev/null || true)
    if [ -z "$uid" ] || [ -z "$gid" ]; then
      skip "owner $owner of $* ($root/etc/passwd has no $user)"
      return
    fi
    user=$uid group=$gid
  fi
  for path in "$@"; do run "set owner of $path" chown "$user:$group" "$root$path"; done
}

make_dir() {                  # make_dir PATH MODE OWNER:GROUP
  if [ -d "$root$1" ] && [ "$(stat -c %a "$root$1")" = "${2#0}" ]; then
    say "unchanged $1/"
  else
    run "create $1/ (mode $2)" install -d -m "$2" "$root$1"
  fi
  own "$3" "$1"
}

systemctl_() {                # systemctl in the root, or on this machine
  if [ -n "$root" ] && command -v systemctl >/dev/null; then run "systemctl in $root" systemctl --root="$root" "$@"
  elif [ -n "$root" ]; then skip "systemctl --root=$root $* (no systemctl on this machine)"
  elif command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then run "systemctl" systemctl "$@"
  else skip "systemctl $* (systemd is not running here)"
  fi
}

running_here() { [ -z "$root" ] && [ "$dry_run" = false ] && [ -d /run/systemd/system ]; }

# --- packages --------------------------------------------------------------------------
java_package() {
  local candidate
  for candidate in openjdk-17-jre openjdk-21-jre default-jre; do
    if apt-cache policy "$candidate" 2>/dev/null | grep -q 'Candidate: [0-9]'; then echo "$candidate"; return; fi
  done
  echo openjdk-17-jre
}

install_packages() {
  local wanted=(cups cups-bsd espeak-ng fonts-dejavu-core logrotate)
  [ "$front_desk" = true ] || wanted+=(xserver-xorg xinit x11-xserver-utils)
  if [ "$packages" = false ]; then
    skip "packages ${wanted[*]} and a Java 17+ runtime ($([ -n "$root" ] && echo "--root" || echo "--no-packages"))"
    return
  fi
  [ -n "$app_image" ] || wanted+=("$(java_package)")
  export DEBIAN_FRONTEND=noninteractive
  run "update the package lists" apt-get update -q
  run "install packages" apt-get install -y -q --no-install-recommends "${wanted[@]}"
}

# --- the kiosk user ---------------------------------------------------------------------
create_user() {
  local args=(--system --user-group --home-dir "$DATA" --no-create-home --shell /usr/sbin/nologin
              --comment "neck kiosk")
  if [ -n "$root" ]; then
    if [ ! -f "$root/etc/passwd" ]; then
      skip "system user kiosk ($root/etc/passwd does not exist)"
      return
    fi
    args+=(--root "$root")
    grep -q '^kiosk:' "$root/etc/passwd" && { say "unchanged user kiosk"; return; }
  elif id kiosk >/dev/null 2>&1; then
    say "unchanged user kiosk"
    return
  fi
  run "create the system user kiosk" useradd "${args[@]}" kiosk
  if [ -z "$root" ] && [ "$front_desk" = false ]; then
    # the X server needs the screen and input devices, espeak-ng the sound card
    run "let kiosk use screen, touch panel and sound" usermod -a -G video,input,audio,tty kiosk
  fi
}

# --- the program ----------------------------------------------------------------------
install_program() {
  if [ -n "$app_image" ]; then
    [ -x "$app_image/bin/neck-kiosk" ] || die "--app-image $app_image: no bin/neck-kiosk in it (build it with: mvn -B package -Papp-image)"
    run "copy the app image" rm -rf "$root$OPT/app-image"
    run "copy the app image" mkdir -p "$root$OPT"
    run "copy the app image" cp -a "$app_image" "$root$OPT/app-image"
    # its build-time class-data archive fits only the build's paths; kiosk-session makes one here
    run "drop the build's class-data archive" sed -i '/SharedArchiveFile=\|-Xshare:auto/d' \
      "$root$OPT/app-image/lib/app/neck-kiosk.cfg"
    run "drop the build's class-data archive" rm -f "$root$OPT/app-image/lib/app/neck-kiosk.jsa"
  else
    [ -f "$from/neck-kiosk.jar" ] && [ -d "$from/lib" ] \
      || die "$from has no neck-kiosk.jar and lib/ (build them with: mvn -B package -DskipTests, or give --from DIR)"
    if [ -e "$root$OPT/app-image" ]; then run "remove the app image of an earlier install" rm -rf "$root$OPT/app-image"; fi
    put_file "$from/neck-kiosk.jar" "$OPT/neck-kiosk.jar" 0644
    run "copy the libraries" mkdir -p "$root$OPT/lib"
    run "copy the libraries" rsync_like "$from/lib" "$root$OPT/lib"
  fi
  put_file "$here/files/neck-kiosk" "$OPT/bin/neck-kiosk" 0755
  put_file "$here/files/kiosk-session" "$OPT/bin/kiosk-session" 0755
  put_file "$here/README.md" "$OPT/README.md" 0644
}

# the libraries of this build exactly: new ones copied, old versions removed
rsync_like() {
  local src=$1 dest=$2 f
  for f in "$dest"/*.jar; do
    if [ -e "$f" ] && [ ! -e "$src/$(basename "$f")" ]; then rm -f "$f"; fi
  done
  cp -p "$src"/*.jar "$dest"/
}

# --- settings: kept on upgrade --------------------------------------------------------
install_config() {
  local shipped="$repo/kiosk-config/kiosk.properties" tmp
  [ -f "$shipped" ] || die "$shipped is missing"
  tmp=$(mktemp)
  sed "s|^data.dir = data\$|data.dir = $DATA|" "$shipped" > "$tmp"
  make_dir "$ETC" 0750 root:kiosk
  if [ -f "$root$ETC/kiosk.properties" ]; then
    if cmp -s "$tmp" "$root$ETC/kiosk.properties"; then
      say "unchanged $ETC/kiosk.properties"
    else
      say "kept $ETC/kiosk.properties (the clinic's settings); this version's defaults: $ETC/kiosk.properties.dist"
      put_file "$tmp" "$ETC/kiosk.properties.dist" 0640 root:kiosk
    fi
  else
    put_file "$tmp" "$ETC/kiosk.properties" 0640 root:kiosk
    say "edit $ETC/kiosk.properties (clinic, kiosk id, printer, NEW PINs), then: $OPT/bin/neck-kiosk check-config --config $ETC"
  fi
  put_file "$repo/kiosk-config/README.md" "$ETC/README.md" 0644
  rm -f "$tmp"
}

check_config() {
  local jar="$from/neck-kiosk.jar"
  if [ "$dry_run" = true ]; then say "would check $ETC/kiosk.properties"; return; fi
  if [ -z "$root" ]; then
    run "check the settings" runuser -u kiosk -- "$OPT/bin/neck-kiosk" check-config --config "$ETC" \
      || say "the settings need a fix before the kiosk can start (see above)"
  elif command -v java >/dev/null && [ -f "$jar" ]; then
    run "check the settings" java -jar "$jar" check-config --config "$root$ETC"
  else
    skip "checking the settings (no java or no $jar here)"
  fi
}

# --- before an upgrade: a backup with the kiosk stopped --------------------------------
backup_before_upgrade() {
  if ! running_here || [ ! -f "$DATA/kiosk.mv.db" ]; then
    if [ -f "$root$DATA/kiosk.mv.db" ]; then skip "backup before the upgrade (not on a running machine)"; fi
    return 0
  fi
  systemctl_ stop "$KIOSK_UNIT"
  run "back up the database before the upgrade" runuser -u kiosk -- "$OPT/bin/neck-kiosk" backup --config "$ETC"
}

install_all() {
  say "installing the neck kiosk into ${root:-/} ($([ "$front_desk" = true ] && echo "front-desk PC" || echo "kiosk PC"))"
  install_packages
  create_user
  if [ -n "$staff_user" ]; then
    run "let $staff_user read the settings" usermod ${root:+--root "$root"} -a -G kiosk "$staff_user"
  fi
  backup_before_upgrade
  install_program
  install_config
  make_dir "$DATA" 0700 kiosk:kiosk
  make_dir "$LOG" 0750 kiosk:kiosk
  make_dir "$CACHE" 0755 kiosk:kiosk
  if [ -f "$root$CACHE/neck-kiosk.jsa" ]; then
    run "forget the class-data archive of the program before (the next start makes a new one)" \
      rm -f "$root$CACHE/neck-kiosk.jsa"
  fi
  put_file "$here/files/neck-kiosk.logrotate" "$LOGROTATE" 0644
  if [ "$front_desk" = true ]; then
    put_file "$here/files/$STAFF_UNIT" "$USER_UNITS/$STAFF_UNIT" 0644
    systemctl_ --global enable "$STAFF_UNIT"
  else
    put_file "$here/files/$KIOSK_UNIT" "$UNITS/$KIOSK_UNIT" 0644
    if [ -z "$root" ]; then systemctl_ daemon-reload; fi
    systemctl_ enable "$KIOSK_UNIT"
  fi
  check_config
  if running_here && [ "$front_desk" = false ]; then
    systemctl_ restart "$KIOSK_UNIT"
  fi
  say "done"
}

uninstall_all() {
  say "removing the neck kiosk from ${root:-/}$([ "$purge" = true ] && echo ", with its settings and data")"
  if [ -f "$root$UNITS/$KIOSK_UNIT" ]; then
    if running_here; then systemctl_ stop "$KIOSK_UNIT"; fi
    systemctl_ disable "$KIOSK_UNIT"
    run "remove the kiosk unit" rm -f "$root$UNITS/$KIOSK_UNIT"
  fi
  if [ -f "$root$USER_UNITS/$STAFF_UNIT" ]; then
    systemctl_ --global disable "$STAFF_UNIT"
    run "remove the staff console unit" rm -f "$root$USER_UNITS/$STAFF_UNIT"
  fi
  if running_here; then systemctl_ daemon-reload; fi
  if [ -e "$root$OPT" ]; then run "remove the program" rm -rf "$root$OPT"; fi
  if [ -e "$root$LOGROTATE" ]; then run "remove the log rotation" rm -f "$root$LOGROTATE"; fi
  if [ -e "$root$CACHE" ]; then run "remove the class-data archive" rm -rf "$root$CACHE"; fi
  if [ "$purge" = true ]; then
    for dir in "$ETC" "$DATA" "$LOG"; do
      if [ -e "$root$dir" ]; then run "remove $dir" rm -rf "$root$dir"; fi
    done
    if [ -n "$root" ]; then
      if grep -qs '^kiosk:' "$root/etc/passwd"; then run "remove the user kiosk" userdel --root "$root" kiosk; fi
    elif id kiosk >/dev/null 2>&1; then
      run "remove the user kiosk" userdel kiosk
    fi
  else
    say "kept $ETC (settings), $DATA (visits, alerts, backups), $LOG and the user kiosk; --purge removes them"
  fi
  say "packages (Java, CUPS, espeak-ng, X) are left installed: other programs may use them"
  say "done"
}

if [ "$uninstall" = true ]; then uninstall_all; else install_all; fi

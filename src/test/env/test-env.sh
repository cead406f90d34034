#!/usr/bin/env bash
# Prepares this machine for the test suite, and is safe to run again and again:
#   - an Xvfb display (1920x1080, the kiosk size) for the GUI tests;
#   - a running CUPS with a cups-pdf queue, so print tests read real PDFs back.
# Maven runs it before the tests (process-test-classes). On a fresh Debian machine as
# root it installs what is missing; otherwise it says what to install and stops.
#
# usage: test-env.sh DISPLAY QUEUE PDF_DIR      e.g. test-env.sh :77 KioskPDF /tmp/kiosk-pdf
set -euo pipefail

display=${1:-:77}
queue=${2:-KioskPDF}
pdf_dir=${3:-/tmp/kiosk-pdf}
say() { echo "[test-env] $*"; }

# --- 1. packages --------------------------------------------------------------------
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb xauth)
command -v cupsd >/dev/null || [ -x /usr/sbin/cupsd ] || missing+=(cups)
command -v lpr >/dev/null || missing+=(cups-bsd)          # Java hands print jobs to /usr/bin/lpr
[ -e /usr/lib/cups/backend/cups-pdf ] || missing+=(printer-driver-cups-pdf)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v strace >/dev/null || missing+=(strace)          # CommitsReachTheDiskTest counts fsyncs

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/tmp/test-env-apt.log 2>&1
    apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/test-env-apt.log 2>&1 \
      || { say "apt-get install failed; see /tmp/test-env-apt.log"; exit 1; }
  else
    say "the tests need these Debian packages: ${missing[*]}"
    say "install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
    exit 1
  fi
fi

# --- 2. the display ----------------------------------------------------------------
n=${display#:}
if [ -e "/tmp/.X${n}-lock" ] && kill -0 "$(tr -d ' ' < "/tmp/.X${n}-lock")" 2>/dev/null; then
  say "Xvfb already on ${display}"
else
  rm -f "/tmp/.X${n}-lock" "/tmp/.X11-unix/X${n}"
  # detached, every stream redirected, so Maven does not wait for it
  setsid Xvfb "${display}" -screen 0 1920x1080x24 -nolisten tcp -ac </dev/null >/tmp/xvfb-"${n}".log 2>&1 &
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${n}" ] && break; sleep 0.1; done
  [ -e "/tmp/.X11-unix/X${n}" ] || { say "Xvfb did not start on ${display}; see /tmp/xvfb-${n}.log"; exit 1; }
  say "Xvfb started on ${display} (1920x1080x24)"
fi

# --- 3. the print queue ------------------------------------------------------------
mkdir -p "${pdf_dir}" && chmod 1777 "${pdf_dir}" 2>/dev/null || true
if [ -w /etc/cups/cups-pdf.conf ] && ! grep -q "^Out ${pdf_dir}\$" /etc/cups/cups-pdf.conf; then
  sed -i "s|^#\?Out .*|Out ${pdf_dir}|" /etc/cups/cups-pdf.conf
fi
if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
  if [ "$(id -u)" != 0 ]; then
    say "CUPS is not running; start it with: sudo service cups start"
    exit 1
  fi
  setsid /usr/sbin/cupsd -f </dev/null >/tmp/cupsd.log 2>&1 &
  for _ in $(seq 200); do lpstat -r 2>/dev/null | grep -q 'is running' && break; sleep 0.1; done
  lpstat -r 2>/dev/null | grep -q 'is running' || { say "cupsd did not start; see /tmp/cupsd.log"; exit 1; }
  say "cupsd started"
fi
if ! lpstat -p "${queue}" >/dev/null 2>&1; then
  lpadmin -p "${queue}" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
  say "queue ${queue} created (PDFs in ${pdf_dir})"
fi
cupsenable "${queue}" 2>/dev/null || true
cupsaccept "${queue}" 2>/dev/null || true
lpstat -d 2>/dev/null | grep -q '^system default destination:' || lpadmin -d "${queue}"
say "ready: DISPLAY=${display}, queue ${queue} -> ${pdf_dir}"

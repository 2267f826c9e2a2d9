#!/usr/bin/env bash
# System packages the curriculum uses: CJK fonts for Chinese figures and slides (and the DejaVu
# condensed faces the third docqa dev set draws with), and a C++
# compiler for Track 4 (torch-style extensions built against torch and paddle). With --render
# (CI uses it) also LibreOffice Impress and poppler, which render the decks to PDF/PNG so the
# tests can check every slide displays.
# Installs them with apt when running as root on Debian/Ubuntu; otherwise says what to do.
set -uo pipefail
PKGS=(fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-extra g++)
[ "${1:-}" = "--render" ] && PKGS+=(libreoffice-impress poppler-utils)
missing=()
for p in "${PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "==> apt-get install ${missing[*]}"
  (apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
   { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }) &&
    rm -rf "${HOME}/.cache/matplotlib"
else
  echo "note: install ${missing[*]} (e.g. sudo apt-get install ${missing[*]}): CJK fonts for Chinese text in figures and slides, g++ for the C++ extension track, libreoffice-impress and poppler-utils to render the decks"
fi

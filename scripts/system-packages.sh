#!/usr/bin/env bash
# Check the Debian/Ubuntu packages spreport needs; install the missing ones when run as
# root, otherwise print the command to run and fail. With --test, also the real clients the
# tests open the outputs with (LibreOffice, Pandoc, and Chromium for the preview).
set -euo pipefail

packages=(
  libpango-1.0-0 libpangoft2-1.0-0   # WeasyPrint's text layout
  libharfbuzz-subset0                # fast font subsetting for PDF
  fonts-noto-cjk                     # Noto Serif CJK SC: Chinese PDF
  fonts-noto-core                    # Noto Naskh Arabic: Arabic PDF
  fonts-liberation2                  # Liberation Serif: Times New Roman metrics
  fontconfig                         # fc-match: finds the fonts whose coverage is checked
  poppler-utils                      # pdftotext, pdffonts: the tests read the PDFs
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libreoffice-writer-nogui pandoc gettext)   # gettext: msgfmt --check, as Poedit
  packages+=(chromium chromium-driver)                  # spreport serve, in a real browser
fi
if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
  packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "spreport needs these system packages; install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

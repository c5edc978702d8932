#!/usr/bin/env bash
# Installs the Debian packages Couverture builds and runs with, only those that are missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-data zlib1g-dev
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
  catch2 fonts-dejavu-core fonts-dejavu-extra poppler-utils
  postgresql-15  # the shared store: the tests start their own cluster (initdb, postgres, psql)
  postgresql-15-postgis-3  # PostGIS for the store's coverage layers
  libpq-dev  # libpq: the store's client library
  libexpat1-dev     # ODS workbooks read as a stream (GDAL's ODS driver stops at 10 MB of repeated cells)
  libminizip-dev # XLSX packages (zip, zip64) around the sheets we stream and deflate ourselves
  qt6-qpa-plugins # the desktop application: the platform plugins that open its window
  libqpdf-dev # PDF Author, Subject, Keywords and atlas bookmarks (src/render/pdf_metadata.h)
  pngcheck # checks the PNG maps in tests/render
  python3 util-linux # scripts/checks/output_trials.py: kills, Ctrl-C, concurrent runs, a full tmpfs (unshare)
  clang libclang-rt-dev time # the fuzz harnesses (libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

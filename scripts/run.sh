#!/usr/bin/env bash
# The main job: installs what is missing, builds Couverture, and writes the default tables and maps to exports/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install_deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOUVERTURE_BUILD_TESTS=OFF
cmake --build build --parallel "$(nproc)"

shared=../shared/data
boundaries="$shared/boundaries/mli_cod_ab_ocha_itos_2017"
ocha_3w="$shared/3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv"
gbv=data/gbv_programmes.csv
couverture=build/src/cli/couverture
export QT_QPA_PLATFORM=offscreen

if [ ! -d "$boundaries" ] || [ ! -f "$ocha_3w" ]; then
  echo "The Mali data is expected in $shared (see README.md, 'Data')." >&2
  exit 2
fi

echo "== OCHA Mali 3W, December 2023"
"$couverture" match --boundaries "$boundaries" --activities "$ocha_3w" --out exports/ocha_3w_2023_12
"$couverture" coverage --boundaries "$boundaries" --activities "$ocha_3w" --out exports/ocha_3w_2023_12
"$couverture" coverage --boundaries "$boundaries" --activities "$ocha_3w" --sector Protection \
  --base-name coverage_protection --out exports/ocha_3w_2023_12

echo "== GBV programmes curated from the seed documents"
"$couverture" match --boundaries "$boundaries" --activities "$gbv" --out exports/gbv_programmes
"$couverture" coverage --boundaries "$boundaries" --activities "$gbv" --out exports/gbv_programmes

echo "== Maps"
boundary_source="limites administratives OCHA / DNCT Mali, traitées par ITOS (2017)"
ocha_source="OCHA Mali, 3W présence opérationnelle, décembre 2023"
common=(--boundaries "$boundaries" --lang fr --page A4 --orientation landscape --format pdf,png --out exports/maps)
"$couverture" map "${common[@]}" --activities "$ocha_3w" --level commune --figure organisations \
  --as-of 2023-12-31 --source "$boundary_source" --source "$ocha_source" --map-number "MLI-3W-001" \
  --name "MLI_3W_organisations_communes_A4_20231231"
"$couverture" map "${common[@]}" --activities "$ocha_3w" --sector Protection --level cercle --figure organisations \
  --as-of 2023-12-31 --source "$boundary_source" --source "$ocha_source" --map-number "MLI-3W-002" \
  --name "MLI_3W_protection_cercles_A4_20231231"
"$couverture" map "${common[@]}" --activities "$gbv" --level cercle --figure organisations --as-of 2022-12-31 \
  --source "$boundary_source" \
  --source "programmes VBG relevés dans les documents de Spotlight, PROSMED, Kafamuya, VLF-Musoya et DCAF (data/gbv_programmes.csv)" \
  --title "Mali : programmes de lutte contre les VBG, organisations par cercle" --map-number "MLI-VBG-001" \
  --name "MLI_VBG_programmes_cercles_A4_20221231"

echo "== Maps: a région page (Mopti) and an English map"
"$couverture" map "${common[@]}" --activities "$ocha_3w" --level commune --figure organisations --focus ML05 \
  --as-of 2023-12-31 --source "$boundary_source" --source "$ocha_source" --map-number "MLI-3W-003" \
  --name "MLI_3W_organisations_mopti_communes_A4_20231231"
"$couverture" map --boundaries "$boundaries" --lang en --page A4 --orientation landscape --format pdf,png \
  --out exports/maps --activities "$ocha_3w" --level cercle --kind categories --as-of 2023-12-31 \
  --map-number "MLI-3W-004" --name "MLI_3W_main_sector_cercles_A4_en_20231231"

echo "Outputs are in exports/."

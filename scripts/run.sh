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
# The 3W's licence on HDX (../shared/data/3w/mli_ocha_3w_2023_12/PROVENANCE.md) goes into the GeoPackage.
ocha_licence="CC BY-IGO (OCHA Mali 3W on HDX); boundaries OCHA / DNCT Mali, processed by ITOS"
"$couverture" match --boundaries "$boundaries" --activities "$ocha_3w" --out exports/ocha_3w_2023_12
"$couverture" coverage --boundaries "$boundaries" --activities "$ocha_3w" --licence "$ocha_licence" \
  --out exports/ocha_3w_2023_12
"$couverture" coverage --boundaries "$boundaries" --activities "$ocha_3w" --sector Protection \
  --licence "$ocha_licence" --base-name coverage_protection --out exports/ocha_3w_2023_12

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

echo "== GBV programmes: stated places only (inferred placements left out)"
# data/gbv_programmes.csv says per row whether the documents state the place or it was inferred
# (see data/gbv_programmes.md). The map MLI-VBG-001 above shows both kinds (its subtitle says so); these
# outputs leave the inferred placements out, and their subtitle and filter description say so.
"$couverture" coverage --boundaries "$boundaries" --activities "$gbv" --stated-places-only \
  --base-name coverage_stated_places --out exports/gbv_programmes
"$couverture" map "${common[@]}" --activities "$gbv" --stated-places-only --level cercle --figure organisations \
  --as-of 2022-12-31 --source "$boundary_source" \
  --source "programmes VBG relevés dans les documents de Spotlight, PROSMED, Kafamuya, VLF-Musoya et DCAF (data/gbv_programmes.csv)" \
  --title "Mali : programmes de lutte contre les VBG, organisations par cercle" --map-number "MLI-VBG-002" \
  --name "MLI_VBG_programmes_cercles_lieux_enonces_A4_20221231"
echo "== Analyses: Protection / GBV (HNO 2024 GBV need, OCHA 3W December 2023)"
# Who is where, overlaps (table, pair list and matrix, map, one page per région), the gap map (bivariate) and the
# GBV target shortlist with its map and sensitivity table. GBV need is known by région only in the HNO 2024: it is
# shared out among the cercles by the COD-PS 2018 population and marked as an estimate. The HNO gives codes only:
# the COD-PS and the 3W (codes with names) say what they mean; its région Ménaka (ML10) is the cercle Ménaka of
# Gao in the 2015 boundaries, kept beside Gao's own figure.
hno="$shared/population/mli_hno_2024/hno_data_mli_2024.csv"
codps="$shared/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv"
gbv_need=(--need "$hno" --need-where '#sector+code=PRO_GBV' --need-where '#gender+code=a' --need-where '#age+range=ALL'
  --need-where '#population_group+code=ALL' --need-where '#is_disabled=a' --need-label VBG
  --code-key "$codps" --code-key "$ocha_3w" --apportion population --population "$codps")
hno_source="OCHA, aperçu des besoins humanitaires (HNO) Mali 2024 ; population COD-PS 2018"
analysis_common=(--boundaries "$boundaries" --activities "$ocha_3w" --sector Protection --as-of 2023-12-31 --lang fr
  --source "$boundary_source" --source "$ocha_source")
out_analysis=exports/analysis_protection_gbv
"$couverture" analyse who "${analysis_common[@]}" --level cercle --out "$out_analysis"
"$couverture" analyse overlaps "${analysis_common[@]}" --level cercle --map --map-number "MLI-ANA-001" --out "$out_analysis"
"$couverture" analyse overlaps "${analysis_common[@]}" --level commune --map --map-number "MLI-ANA-002" \
  --out "$out_analysis/communes"
"$couverture" analyse gaps "${analysis_common[@]}" "${gbv_need[@]}" --level cercle --map --source "$hno_source" \
  --map-number "MLI-ANA-003" --out "$out_analysis"
"$couverture" analyse targets "${analysis_common[@]}" "${gbv_need[@]}" --level cercle --shortlist 10 --partner UNFPA \
  --weights need=0.5,absence=0.3,partners=0.2 --map --source "$hno_source" --map-number "MLI-ANA-004" \
  --title "Mali : 10 cercles proposés pour un programme VBG (besoin HNO 2024, présence Protection du 3W)" \
  --out "$out_analysis"

echo "== Sites and service reach: GBV service points against the 18,769 villages"
# data/gbv_services.csv: One Stop Centres, police GBV units and shelters named in the seed documents
# (data/gbv_services.md). Reach = share of the populated places (../shared/data/places) within 25 km,
# geodesic on WGS 84, of a service point; all points (existing and planned), then the existing ones only.
gbv_services=data/gbv_services.csv
services_source="points de service VBG relevés dans les documents (data/gbv_services.csv) ; localités OCHA COD 2015"
"$couverture" analyse sites --boundaries "$boundaries" --points "$gbv_services" --reach-km 25 --map \
  --lang fr --format pdf,png --as-of 2024-06-30 --source "$boundary_source" --source "$services_source" \
  --name gbv_services_reach_25km --out exports/sites
"$couverture" analyse sites --boundaries "$boundaries" --points "$gbv_services" --status existing --reach-km 25 \
  --map --lang fr --format pdf,png --as-of 2024-06-30 --source "$boundary_source" --source "$services_source" \
  --name gbv_services_existing_reach_25km --out exports/sites

echo "== Change between releases: the OCHA 3W with and without one organisation (simulated withdrawal)"
# Only one 3W release is in ../shared/data: the comparison is shown on a simulated withdrawal of IRC, the
# third organisation of the Protection cluster by rows; nothing is written back to the data.
"$couverture" analyse compare --boundaries "$boundaries" --activities "$ocha_3w" --withdraw IRC \
  --sector Protection --level cercle --map --lang fr --format pdf,png --as-of 2023-12-31 \
  --source "$boundary_source" --source "$ocha_source" --name protection_without_irc --out exports/change
echo "== Maps: a région page (Mopti) and an English map"
"$couverture" map "${common[@]}" --activities "$ocha_3w" --level commune --figure organisations --focus ML05 \
  --as-of 2023-12-31 --source "$boundary_source" --source "$ocha_source" --map-number "MLI-3W-003" \
  --name "MLI_3W_organisations_mopti_communes_A4_20231231"
"$couverture" map --boundaries "$boundaries" --lang en --page A4 --orientation landscape --format pdf,png \
  --out exports/maps --activities "$ocha_3w" --level cercle --kind categories --as-of 2023-12-31 \
  --map-number "MLI-3W-004" --name "MLI_3W_main_sector_cercles_A4_en_20231231"

echo "Outputs are in exports/."

# == Desktop application: with a display, open it on the default project (in the background, so this script ends).
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "== Opening the desktop application on data/default.couverture"
  (unset QT_QPA_PLATFORM; nohup build/src/app/couverture-app --default-project >/dev/null 2>&1 &)
fi

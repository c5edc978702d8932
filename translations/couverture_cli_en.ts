<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>unknown analysis &apos;%1&apos; (known: %2)</source>
        <translation>unknown analysis &apos;%1&apos; (known: %2)</translation>
    </message>
    <message>
        <source>compare needs the second release (--after FILE) or the organisations to withdraw (--withdraw ORG), not both</source>
        <translation>compare needs the second release (--after FILE) or the organisations to withdraw (--withdraw ORG), not both</translation>
    </message>
    <message>
        <source>--level expects region, cercle or commune</source>
        <translation>--level expects region, cercle or commune</translation>
    </message>
    <message>
        <source>by %1 and sector: %2 departures, %3 arrivals; %4 unit-sectors lost their last organisation; %5 units with fewer organisations, %6 with more (rows compared: %7 then %8)</source>
        <translation>by %1 and sector: %2 departures, %3 arrivals; %4 unit-sectors lost their last organisation; %5 units with fewer organisations, %6 with more (rows compared: %7 then %8)</translation>
    </message>
    <message>
        <source>gaps by %1 (%2): %3 high-need units with nobody present</source>
        <translation>gaps by %1 (%2): %3 high-need units with nobody present</translation>
    </message>
    <message>
        <source>--format expects pdf, svg or png, got &apos;%1&apos;</source>
        <translation>--format expects pdf, svg or png, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lang expects fr or en, got &apos;%1&apos;</source>
        <translation>--lang expects fr or en, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dpi expects a number</source>
        <translation>--dpi expects a number</translation>
    </message>
    <message>
        <source>overlaps by %1 (%2, at least %3 organisations, in overlapping periods): %4 unit-sectors, %5 organisation pairs</source>
        <translation>overlaps by %1 (%2, at least %3 organisations, in overlapping periods): %4 unit-sectors, %5 organisation pairs</translation>
    </message>
    <message>
        <source>overlaps by %1 (%2, at least %3 organisations, no dates: by sector alone): %4 unit-sectors, %5 organisation pairs</source>
        <translation>overlaps by %1 (%2, at least %3 organisations, no dates: by sector alone): %4 unit-sectors, %5 organisation pairs</translation>
    </message>
    <message>
        <source>--reach-km expects a distance in km greater than 0, got &apos;%1&apos;</source>
        <translation>--reach-km expects a distance in km greater than 0, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reach-km needs the villages: --gazetteer FILE (%1 is missing)</source>
        <translation>--reach-km needs the villages: --gazetteer FILE (%1 is missing)</translation>
    </message>
    <message>
        <source>%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not located</source>
        <translation>%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not located</translation>
    </message>
    <message>
        <source>; villages within %1 km of a point: %2 of %3 (%4)</source>
        <translation>; villages within %1 km of a point: %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>--need-where expects COLUMN=VALUE (a header or an HXL tag), got &apos;%1&apos;</source>
        <translation>--need-where expects COLUMN=VALUE (a header or an HXL tag), got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 expects a whole number above 0, got &apos;%2&apos;</source>
        <translation>%1 expects a whole number above 0, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--need FILE (people in need by P-code or name) is required</source>
        <translation>--need FILE (people in need by P-code or name) is required</translation>
    </message>
    <message>
        <source>--apportion expects none, population or need, got &apos;%1&apos;</source>
        <translation>--apportion expects none, population or need, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--apportion need needs a --need-where condition on the sector column</source>
        <translation>--apportion need needs a --need-where condition on the sector column</translation>
    </message>
    <message>
        <source>--weights expects need=W,absence=W,partners=W, got &apos;%1&apos;</source>
        <translation>--weights expects need=W,absence=W,partners=W, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>targets by %1 (%2): %3</source>
        <translation>targets by %1 (%2): %3</translation>
    </message>
    <message>
        <source>who is where by %1 (%2): %3 lines, %4 lines of presence known only at a coarser level</source>
        <translation>who is where by %1 (%2): %3 lines, %4 lines of presence known only at a coarser level</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>--column expects ROLE=HEADER with a known role, got &apos;%1&apos;</source>
        <translation>--column expects ROLE=HEADER with a known role, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--boundary-field expects LEVEL=CODE,NAME[,PARENT], got &apos;%1&apos;</source>
        <translation>--boundary-field expects LEVEL=CODE,NAME[,PARENT], got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 expects a date (YYYY-MM-DD), got &apos;%2&apos;</source>
        <translation>%1 expects a date (YYYY-MM-DD), got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--activities FILE is required</source>
        <translation>--activities FILE is required</translation>
    </message>
    <message>
        <source>--activities was given %1 times; Couverture reads one table per run: join the tables into one file, or run once per table</source>
        <translation>--activities was given %1 times; Couverture reads one table per run: join the tables into one file, or run once per table</translation>
    </message>
    <message>
        <source>--fuzzy-threshold expects a number between 0 and 1, got &apos;%1&apos;</source>
        <translation>--fuzzy-threshold expects a number between 0 and 1, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--csv expects plain or excel, got &apos;%1&apos;</source>
        <translation>--csv expects plain or excel, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message numerus="yes">
        <source>... %n more problems (see the reports)</source>
        <translation>
            <numerusform>... %n more problem (see the reports)</numerusform>
            <numerusform>... %n more problems (see the reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>inspect needs a FILE</source>
        <translation>inspect needs a FILE</translation>
    </message>
    <message>
        <source>--people-rule expects max or sum, got &apos;%1&apos;</source>
        <translation>--people-rule expects max or sum, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>analyse needs an analysis: who, overlaps, gaps, targets, sites or compare</source>
        <translation>analyse needs an analysis: who, overlaps, gaps, targets, sites or compare</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;couverture --help&apos;.</source>
        <translation>Try &apos;couverture --help&apos;.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>internal error: </source>
        <translation>internal error: </translation>
    </message>
    <message>
        <source>%1 expects a whole number, got &apos;%2&apos;</source>
        <translation>%1 expects a whole number, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--kind expects choropleth, categories or symbols</source>
        <translation>--kind expects choropleth, categories or symbols</translation>
    </message>
    <message>
        <source>--figure &apos;%1&apos; is not a coverage figure (%2)</source>
        <translation>--figure &apos;%1&apos; is not a coverage figure (%2)</translation>
    </message>
    <message>
        <source>--method expects quantiles, equal, jenks or manual</source>
        <translation>--method expects quantiles, equal, jenks or manual</translation>
    </message>
    <message>
        <source>--breaks expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>--breaks expects numbers separated by commas, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: P-code &apos;%2&apos; is not in the boundaries</source>
        <translation>%1: P-code &apos;%2&apos; is not in the boundaries</translation>
    </message>
    <message>
        <source>main sector</source>
        <translation>main sector</translation>
    </message>
    <message>
        <source>map of %1 by %2 (%3), %4 rows used; legend: %5; %6</source>
        <translation>map of %1 by %2 (%3), %4 rows used; legend: %5; %6</translation>
    </message>
    <message>
        <source>--by expects region, cercle, sector or organisation</source>
        <translation>--by expects region, cercle, sector or organisation</translation>
    </message>
    <message>
        <source>atlas by %1: %2 pages</source>
        <translation>atlas by %1: %2 pages</translation>
    </message>
    <message>
        <source>--to PG:&lt;connection&gt; names the store (for example --to PG:service=couverture)</source>
        <translation>--to PG:&lt;connection&gt; names the store (for example --to PG:service=couverture)</translation>
    </message>
    <message>
        <source>publish needs --release NAME and --cluster NAME</source>
        <translation>publish needs --release NAME and --cluster NAME</translation>
    </message>
    <message>
        <source>Couverture: who does what where, joined honestly to Mali&apos;s boundaries.

Usage: couverture COMMAND [OPTIONS]

Commands:
  inspect FILE            What a boundary source or an activity table holds, and how its columns map.
  match                   Reconcile every row of an activity table with the boundaries; writes
                          match_report.csv/.xlsx (one line per input row), match_summary.csv, match_review.csv.
  coverage                Coverage per région, cercle and commune; writes &lt;base&gt;_{region,cercle,commune}.csv
                          (with an HXL row), &lt;base&gt;.xlsx and &lt;base&gt;.gpkg (one layer per level).
  map                     One report-grade map (PDF, SVG or PNG).
  atlas                   One page per région, cercle, sector or organisation (one PDF or one file per page).
  publish                 Publish a release of the table to the shared PostGIS store, in one transaction:
                          rows as read, their matches, the aliases, the coverage per level (docs/store.md).
  store-upgrade           Create or upgrade the store&apos;s schema (an administrator&apos;s command).
  verify                  Whether the output sets in --out (default exports) are whole: each command&apos;s files
                          appear together with &lt;set&gt;.manifest.json (sizes, CRC-32) written last.
  analyse sites           Points (--points FILE: latitude/longitude, or site names found in --gazetteer, default
                          the 2015 populated places) placed in communes; counts per unit, points outside every
                          commune with their row; --reach-km X: share of the gazetteer&apos;s villages within X km
                          (geodesic, WGS 84) of a point, by unit; --map: reach (or points) by commune.
  analyse compare         Two releases (--activities FILE --after FILE, or --withdraw ORG to take one
                          organisation out): organisations that left and arrived per unit (--level, default
                          cercle) and sector, units that lost their last organisation in a sector; --map: net
                          change. Two releases of the store: --activities &apos;PG:service=S release=2023-12&apos;
                          --after &apos;PG:service=S release=2024-03&apos;.

Inputs (match, coverage, map, atlas):
  --boundaries PATH       Boundaries: folder, Shapefile, GeoPackage, GeoJSON or a PG: connection string
                          (default ../shared/data/boundaries/mli_cod_ab_ocha_itos_2017).
  --activities FILE       3W/4W/5W table: CSV (, ; or tab; UTF-8 or Windows-1252), XLSX or ODS.
                          Or PG:CONNECTION: a release published to the store (see Store below).
  --sheet NAME            Sheet of a workbook (default: the first sheet with data).
  --encoding NAME         Encoding of a CSV (default: UTF-8, else Windows-1252 as Excel writes it).
  --column ROLE=HEADER    Explicit column mapping, repeatable (roles: org_acronym, org_name, org_type, partner,
                          donor, programme, sector, activity, adm1_code, adm1_name, adm2_code, adm2_name,
                          adm3_code, adm3_name, site, lat, lon, start_date, end_date, status, targeted, reached...).
  --boundary-field LEVEL=CODE,NAME[,PARENT]
                          Explicit boundary fields for a level (region, cercle, commune), repeatable.
  --aliases FILE          Earlier decisions (columns level,input,parent,pcode), applied first.
  --fuzzy-threshold X     Minimum similarity for a fuzzy name match (default 0.85).
  --code-key FILE         A table with codes and names of another P-code scheme (COD-PS population, a 3W),
                          repeatable: reads rows that give codes without names (HNO); its population, if any,
                          is evidence of which scheme each région&apos;s codes follow (match_schemes.csv).
  --accept-partial-join   Keep going when some régions&apos; codes cannot be read with confidence: their rows are
                          reported unmatched. Without it such a join is refused (exit 2).
  --out DIR               Output folder (default exports).
  --csv plain|excel       CSV form: plain (UTF-8, commas; default, for scripts and HDX) or excel (UTF-8 with
                          BOM, semicolons, decimal commas: opens in columns in French Excel).
  --quiet                 No progress on standard error.

Filters (coverage, map, atlas):
  --sector S, --org O, --org-type T, --status S   Repeatable; case and accents ignored.
  --from YYYY-MM-DD, --to YYYY-MM-DD              Keep activities whose dates overlap the period.
  --keep-undated                                  With a period, also keep rows without dates.
  --stated-places-only    Leave out rows whose place the source does not state (place_basis column: déduit/inferred);
                          a map&apos;s subtitle says whether inferred places are shown.
  --people-rule max|sum   People reached/targeted per location: the maximum (default, as clusters do) or the sum.
  --base-name NAME        Base of the coverage file names (default coverage).
  --licence TEXT          (coverage) the licence the GeoPackage&apos;s metadata states (default: the sources&apos;
                          licences apply). Its date is --created (default today); each layer carries the
                          QGIS style of the map of that level (--figure, --method, --classes, --palette,
                          --style, --lang as for maps).

Maps (map, atlas):
  --level region|cercle|commune   Units coloured (default commune; an atlas page per cercle maps its communes).
  --figure NAME           Coverage figure: organisations (default), partners, programmes, rows, sectors,
                          people_targeted, people_reached, organisations_coarser_only, child_coverage_share...
  --kind choropleth|categories|symbols   Classes of a figure, the main sector, or circles for people.
  --method quantiles|equal|jenks|manual, --classes N, --breaks A,B,C, --palette NAME (ColorBrewer).
  --lang fr|en            Language of every text on the page (default fr).
  --page A4|A3, --orientation landscape|portrait, --style FILE (styles/*.json), --crs EPSG:XXXX|PROJ.
  --title T, --subtitle S, --as-of YYYY-MM-DD, --created YYYY-MM-DD (default today), --map-number N,
  --source TEXT (repeatable), --producer TEXT.
  --format pdf,svg,png    (map) formats to write; --name BASE file name without extension.
  --dpi N, --world-file   PNG resolution (default 200) and a .pgw world file.
  --display-names FILE    how maps spell names (default data/display_names.csv; &quot;none&quot;: as the boundaries).
  --focus PCODE           (map) zoom to one unit, its neighbours muted.
  --by region|cercle|sector|organisation   (atlas) one page per unit or per value (default cercle).
  --within PCODE          (atlas) only the units inside this one.
  --atlas-classes national|page   (atlas) classes computed on the whole country&apos;s units (default: pages
                          compare) or on each page&apos;s own units; the legend says which.
  --pattern P             (atlas) one file per page, e.g. &apos;MLI_3W_{sector}_{unit}_{size}_{date}.pdf&apos;;
                          without it, one multi-page PDF named by --name.

Analyses (analyse who|overlaps|gaps|targets; the same inputs and filters; tables as CSV with an HXL row and XLSX):
  who                     Organisations per unit and sector (organisation, implementing partner, donor) with
                          their input rows; presence known only at a coarser level listed apart.
  overlaps                Units where --min-organisations N (default 2) organisations work in the same sector
                          (in overlapping periods when the table has dates); organisation pairs as a ranked list
                          and a matrix (--top N organisations, default 15); --map: a map and one page per région.
  gaps                    Need against presence: people in need per organisation, high need with nobody;
                          --map: a bivariate 3 x 3 map (need x coverage).
  targets                 Ranks cercles (--level) for a programme: --weights need=W,absence=W,partners=W,
                          --partner ORG, --exclude UNIT, --include UNIT (repeatable, P-code or name),
                          --shortlist N (default 10); a sensitivity table (each weight -25 % and +25 %); --map.
  --need FILE             People in need (or any figure) by P-code or name; --need-value COLUMN (header or HXL
                          tag, default #inneed); --need-where COLUMN=VALUE keeps rows (repeatable), e.g.
                          &apos;#sector+code=PRO_GBV&apos;; --need-label TEXT; --need-aliases FILE: decisions for the
                          need table&apos;s places (columns level,input,parent,pcode), e.g. its région ML10.
  --apportion none|population|need   A figure known only at a coarser level: used there (none, default), or
                          shared out by population (--population FILE, --population-value COLUMN, default the
                          COD-PS 2018 cercles and T_TL) or by the units&apos; all-sector need; shared figures are
                          marked as estimates.
Store (publish, store-upgrade; reading a release with any command):
  --to PG:CONNECTION      The store, e.g. PG:service=couverture (passwords in ~/.pgpass or PGPASSFILE, never here).
  --release NAME          (publish) the release, e.g. 2023-12; with --activities PG:... the release to read
                          (default: the latest).
  --cluster NAME          (publish) the cluster whose part is written or replaced; with --activities PG:...
                          the clusters to read, repeatable (default: all).
  --sensitive             (publish) readers see only the coverage of this table, never its rows (GBV).

Exit codes: 0 done; 1 usage error; 2 input error (the message names the file, sheet, row or column);
3 output error; 4 cancelled; 5 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no output set (no *.manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the output folder: %1</source>
        <translation>cannot create the output folder: %1</translation>
    </message>
    <message>
        <source>%1 expects a file name without a folder, got &apos;%2&apos; (the folder is --out)</source>
        <translation>%1 expects a file name without a folder, got &apos;%2&apos; (the folder is --out)</translation>
    </message>
    <message>
        <source>--dpi expects a number from 10 to 600, got &apos;%1&apos;</source>
        <translation>--dpi expects a number from 10 to 600, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>projecting the boundaries</source>
        <translation>projecting the boundaries</translation>
    </message>
    <message>
        <source>the GeoPackage&apos;s layers are styled as choropleths: --kind choropleth only</source>
        <translation>the GeoPackage&apos;s layers are styled as choropleths: --kind choropleth only</translation>
    </message>
    <message>
        <source>--lang: the style has no texts in &apos;%1&apos;</source>
        <translation>--lang: the style has no texts in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>map written</source>
        <translation>map written</translation>
    </message>
    <message>
        <source>--atlas-classes expects national or page, got &apos;%1&apos;</source>
        <translation>--atlas-classes expects national or page, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--by expects region, cercle, sector or organisation, got &apos;%1&apos;</source>
        <translation>--by expects region, cercle, sector or organisation, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the atlas has no page (no unit or value left by the filters)</source>
        <translation>the atlas has no page (no unit or value left by the filters)</translation>
    </message>
    <message>
        <source>--stated-places-only: the table has no place_basis column (HXL #meta+basis+loc), so no row is left out and the map carries no placement note</source>
        <translation>--stated-places-only: the table has no place_basis column (HXL #meta+basis+loc), so no row is left out and the map carries no placement note</translation>
    </message>
    <message>
        <source>store %1: schema version %2 -&gt; %3</source>
        <translation>store %1: schema version %2 -&gt; %3</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
</context>
</TS>

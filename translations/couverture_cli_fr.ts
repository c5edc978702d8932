<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <source>unknown analysis &apos;%1&apos; (known: %2)</source>
        <translation>analyse inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>compare needs the second release (--after FILE) or the organisations to withdraw (--withdraw ORG), not both</source>
        <translation>compare demande la seconde édition (--after FICHIER) ou les organisations à retirer (--withdraw ORG), pas les deux</translation>
    </message>
    <message>
        <source>--level expects region, cercle or commune</source>
        <translation>--level attend region, cercle ou commune</translation>
    </message>
    <message>
        <source>by %1 and sector: %2 departures, %3 arrivals; %4 unit-sectors lost their last organisation; %5 units with fewer organisations, %6 with more (rows compared: %7 then %8)</source>
        <translation>par %1 et secteur : %2 départs, %3 arrivées ; %4 unités-secteurs ont perdu leur dernière organisation ; %5 unités avec moins d&apos;organisations, %6 avec plus (lignes comparées : %7 puis %8)</translation>
    </message>
    <message>
        <source>gaps by %1 (%2): %3 high-need units with nobody present</source>
        <translation>lacunes par %1 (%2) : %3 unités à besoin élevé sans personne de présent</translation>
    </message>
    <message>
        <source>--format expects pdf, svg or png, got &apos;%1&apos;</source>
        <translation>--format attend pdf, svg ou png, reçu « %1 »</translation>
    </message>
    <message>
        <source>--lang expects fr or en, got &apos;%1&apos;</source>
        <translation>--lang attend fr ou en, reçu « %1 »</translation>
    </message>
    <message>
        <source>--dpi expects a number</source>
        <translation>--dpi attend un nombre</translation>
    </message>
    <message>
        <source>overlaps by %1 (%2, at least %3 organisations, in overlapping periods): %4 unit-sectors, %5 organisation pairs</source>
        <translation>chevauchements par %1 (%2, au moins %3 organisations, sur des périodes qui se recoupent) : %4 unités-secteurs, %5 paires d&apos;organisations</translation>
    </message>
    <message>
        <source>overlaps by %1 (%2, at least %3 organisations, no dates: by sector alone): %4 unit-sectors, %5 organisation pairs</source>
        <translation>chevauchements par %1 (%2, au moins %3 organisations, sans dates : par secteur seulement) : %4 unités-secteurs, %5 paires d&apos;organisations</translation>
    </message>
    <message>
        <source>--reach-km expects a distance in km greater than 0, got &apos;%1&apos;</source>
        <translation>--reach-km attend une distance en km supérieure à 0, reçu « %1 »</translation>
    </message>
    <message>
        <source>--reach-km needs the villages: --gazetteer FILE (%1 is missing)</source>
        <translation>--reach-km demande les villages : --gazetteer FICHIER (%1 manque)</translation>
    </message>
    <message>
        <source>%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not located</source>
        <translation>%1 points : %2 dans une commune (%3 localisés par leur nom), %4 hors de toute commune, %5 non localisés</translation>
    </message>
    <message>
        <source>; villages within %1 km of a point: %2 of %3 (%4)</source>
        <translation> ; villages à moins de %1 km d&apos;un point : %2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1 : %2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>--need-where expects COLUMN=VALUE (a header or an HXL tag), got &apos;%1&apos;</source>
        <translation>--need-where attend COLONNE=VALEUR (un en-tête ou une étiquette HXL), reçu « %1 »</translation>
    </message>
    <message>
        <source>%1 expects a whole number above 0, got &apos;%2&apos;</source>
        <translation>%1 attend un nombre entier supérieur à 0, reçu « %2 »</translation>
    </message>
    <message>
        <source>--need FILE (people in need by P-code or name) is required</source>
        <translation>--need FICHIER (personnes dans le besoin par P-code ou par nom) est obligatoire</translation>
    </message>
    <message>
        <source>--apportion expects none, population or need, got &apos;%1&apos;</source>
        <translation>--apportion attend none, population ou need, reçu « %1 »</translation>
    </message>
    <message>
        <source>--apportion need needs a --need-where condition on the sector column</source>
        <translation>--apportion need demande une condition --need-where sur la colonne du secteur</translation>
    </message>
    <message>
        <source>--weights expects need=W,absence=W,partners=W, got &apos;%1&apos;</source>
        <translation>--weights attend need=P,absence=P,partners=P, reçu « %1 »</translation>
    </message>
    <message>
        <source>targets by %1 (%2): %3</source>
        <translation>cibles par %1 (%2) : %3</translation>
    </message>
    <message>
        <source>who is where by %1 (%2): %3 lines, %4 lines of presence known only at a coarser level</source>
        <translation>qui est où par %1 (%2) : %3 lignes, %4 lignes de présence connues seulement à un niveau supérieur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 demande une valeur</translation>
    </message>
    <message>
        <source>--column expects ROLE=HEADER with a known role, got &apos;%1&apos;</source>
        <translation>--column attend RÔLE=EN-TÊTE avec un rôle connu, reçu « %1 »</translation>
    </message>
    <message>
        <source>--boundary-field expects LEVEL=CODE,NAME[,PARENT], got &apos;%1&apos;</source>
        <translation>--boundary-field attend NIVEAU=CODE,NOM[,PARENT], reçu « %1 »</translation>
    </message>
    <message>
        <source>%1 expects a date (YYYY-MM-DD), got &apos;%2&apos;</source>
        <translation>%1 attend une date (AAAA-MM-JJ), reçu « %2 »</translation>
    </message>
    <message>
        <source>--activities FILE is required</source>
        <translation>--activities FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>--activities was given %1 times; Couverture reads one table per run: join the tables into one file, or run once per table</source>
        <translation>--activities a été donné %1 fois ; Couverture lit un tableau par exécution : réunissez les tableaux en un fichier, ou lancez une exécution par tableau</translation>
    </message>
    <message>
        <source>--fuzzy-threshold expects a number between 0 and 1, got &apos;%1&apos;</source>
        <translation>--fuzzy-threshold attend un nombre entre 0 et 1, reçu « %1 »</translation>
    </message>
    <message>
        <source>--csv expects plain or excel, got &apos;%1&apos;</source>
        <translation>--csv attend plain ou excel, reçu « %1 »</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message numerus="yes">
        <source>... %n more problems (see the reports)</source>
        <translation>
            <numerusform>... %n autre problème (voir les rapports)</numerusform>
            <numerusform>... %n autres problèmes (voir les rapports)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>écrit %1</translation>
    </message>
    <message>
        <source>inspect needs a FILE</source>
        <translation>inspect demande un FICHIER</translation>
    </message>
    <message>
        <source>--people-rule expects max or sum, got &apos;%1&apos;</source>
        <translation>--people-rule attend max ou sum, reçu « %1 »</translation>
    </message>
    <message>
        <source>analyse needs an analysis: who, overlaps, gaps, targets, sites or compare</source>
        <translation>analyse demande une analyse : who, overlaps, gaps, targets, sites ou compare</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Try &apos;couverture --help&apos;.</source>
        <translation>Essayez « couverture --help ».</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>internal error: </source>
        <translation>erreur interne : </translation>
    </message>
    <message>
        <source>%1 expects a whole number, got &apos;%2&apos;</source>
        <translation>%1 attend un nombre entier, reçu « %2 »</translation>
    </message>
    <message>
        <source>--kind expects choropleth, categories or symbols</source>
        <translation>--kind attend choropleth, categories ou symbols</translation>
    </message>
    <message>
        <source>--figure &apos;%1&apos; is not a coverage figure (%2)</source>
        <translation>--figure « %1 » n&apos;est pas un indicateur de couverture (%2)</translation>
    </message>
    <message>
        <source>--method expects quantiles, equal, jenks or manual</source>
        <translation>--method attend quantiles, equal, jenks ou manual</translation>
    </message>
    <message>
        <source>--breaks expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>--breaks attend des nombres séparés par des virgules, reçu « %1 »</translation>
    </message>
    <message>
        <source>%1: P-code &apos;%2&apos; is not in the boundaries</source>
        <translation>%1 : le P-code « %2 » n&apos;est pas dans les limites</translation>
    </message>
    <message>
        <source>main sector</source>
        <translation>secteur principal</translation>
    </message>
    <message>
        <source>map of %1 by %2 (%3), %4 rows used; legend: %5; %6</source>
        <translation>carte : %1 par %2 (%3), %4 lignes utilisées ; légende : %5 ; %6</translation>
    </message>
    <message>
        <source>--by expects region, cercle, sector or organisation</source>
        <translation>--by attend region, cercle, sector ou organisation</translation>
    </message>
    <message>
        <source>atlas by %1: %2 pages</source>
        <translation>atlas par %1 : %2 pages</translation>
    </message>
    <message>
        <source>--to PG:&lt;connection&gt; names the store (for example --to PG:service=couverture)</source>
        <translation>--to PG:&lt;connexion&gt; nomme la base (par exemple --to PG:service=couverture)</translation>
    </message>
    <message>
        <source>publish needs --release NAME and --cluster NAME</source>
        <translation>publish demande --release NOM et --cluster NOM</translation>
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
        <translation>Couverture : qui fait quoi où, rattaché honnêtement aux limites administratives du Mali.

Utilisation : couverture COMMANDE [OPTIONS]

Commandes :
  inspect FICHIER         Ce que contient une source de limites ou un tableau d&apos;activités, et comment ses colonnes
                          sont lues.
  match                   Rapproche chaque ligne d&apos;un tableau d&apos;activités des limites ; écrit
                          match_report.csv/.xlsx (une ligne par ligne lue), match_summary.csv, match_review.csv.
  coverage                Couverture par région, cercle et commune ; écrit &lt;base&gt;_{region,cercle,commune}.csv
                          (avec une ligne HXL), &lt;base&gt;.xlsx et &lt;base&gt;.gpkg (une couche par niveau).
  map                     Une carte de qualité rapport (PDF, SVG ou PNG).
  atlas                   Une page par région, cercle, secteur ou organisation (un PDF ou un fichier par page).
  publish                 Publie une édition du tableau dans la base PostGIS partagée, en une transaction :
                          lignes lues, leurs correspondances, les alias, la couverture par niveau (docs/store.md).
  store-upgrade           Crée ou met à niveau le schéma de la base (commande d&apos;administrateur).
  verify                  Si les ensembles de sorties de --out (exports par défaut) sont entiers : les fichiers
                          d&apos;une commande apparaissent ensemble avec &lt;ensemble&gt;.manifest.json (tailles,
                          CRC-32), écrit en dernier.
  analyse sites           Points (--points FICHIER : latitude/longitude, ou noms de sites trouvés dans --gazetteer,
                          par défaut les localités de 2015) placés dans les communes ; comptes par unité, points
                          hors de toute commune avec leur ligne ; --reach-km X : part des villages du répertoire à
                          moins de X km (géodésique, WGS 84) d&apos;un point, par unité ; --map : portée (ou points) par
                          commune.
  analyse compare         Deux éditions (--activities FICHIER --after FICHIER, ou --withdraw ORG pour retirer une
                          organisation) : organisations parties et arrivées par unité (--level, cercle par défaut)
                          et secteur, unités qui ont perdu leur dernière organisation dans un secteur ; --map :
                          solde. Deux éditions de la base : --activities &apos;PG:service=S release=2023-12&apos;
                          --after &apos;PG:service=S release=2024-03&apos;.

Entrées (match, coverage, map, atlas) :
  --boundaries CHEMIN     Limites : dossier, Shapefile, GeoPackage, GeoJSON ou chaîne de connexion PG:
                          (par défaut ../shared/data/boundaries/mli_cod_ab_ocha_itos_2017).
  --activities FICHIER    Tableau 3W/4W/5W : CSV (, ; ou tabulation ; UTF-8 ou Windows-1252), XLSX ou ODS.
                          Ou PG:CONNEXION : une édition publiée dans la base (voir Base ci-dessous).
  --sheet NOM             Feuille d&apos;un classeur (par défaut : la première feuille qui a des données).
  --encoding NOM          Encodage d&apos;un CSV (par défaut : UTF-8, sinon Windows-1252 comme l&apos;écrit Excel).
  --column RÔLE=EN-TÊTE   Correspondance explicite d&apos;une colonne, répétable (rôles : org_acronym, org_name,
                          org_type, partner, donor, programme, sector, activity, adm1_code, adm1_name, adm2_code,
                          adm2_name, adm3_code, adm3_name, site, lat, lon, start_date, end_date, status, targeted,
                          reached...).
  --boundary-field NIVEAU=CODE,NOM[,PARENT]
                          Champs explicites des limites d&apos;un niveau (region, cercle, commune), répétable.
  --aliases FICHIER       Décisions antérieures (colonnes level,input,parent,pcode), appliquées d&apos;abord.
  --fuzzy-threshold X     Similarité minimale d&apos;une correspondance approchée de nom (0,85 par défaut).
  --code-key FICHIER      Un tableau avec les codes et les noms d&apos;un autre schéma de P-codes (population COD-PS,
                          un 3W), répétable : lit les lignes qui donnent des codes sans noms (HNO) ; sa population,
                          s&apos;il en a une, indique quel schéma suivent les codes de chaque région
                          (match_schemes.csv).
  --accept-partial-join   Continuer quand les codes de certaines régions ne peuvent être lus avec assurance : leurs
                          lignes sont signalées sans correspondance. Sans cette option, la jointure est refusée
                          (code 2).
  --out DOSSIER           Dossier de sortie (exports par défaut).
  --csv plain|excel       Forme des CSV : plain (UTF-8, virgules ; par défaut, pour les scripts et HDX) ou excel
                          (UTF-8 avec BOM, points-virgules, virgules décimales : s&apos;ouvre en colonnes dans Excel en
                          français).
  --quiet                 Pas de progression sur la sortie d&apos;erreur.

Filtres (coverage, map, atlas) :
  --sector S, --org O, --org-type T, --status S   Répétables ; casse et accents ignorés.
  --from AAAA-MM-JJ, --to AAAA-MM-JJ              Garde les activités dont les dates recoupent la période.
  --keep-undated                                  Avec une période, garde aussi les lignes sans dates.
  --stated-places-only    Écarte les lignes dont la source n&apos;énonce pas le lieu (colonne place_basis :
                          déduit/inferred) ; le sous-titre d&apos;une carte dit si les lieux déduits sont montrés.
  --people-rule max|sum   Personnes atteintes/ciblées par lieu : le maximum (par défaut, comme les clusters) ou la
                          somme.
  --base-name NOM         Base des noms des fichiers de couverture (coverage par défaut).
  --licence TEXTE         (coverage) la licence que déclarent les métadonnées du GeoPackage (par défaut : les
                          licences des sources s&apos;appliquent). Sa date est --created (aujourd&apos;hui par défaut) ;
                          chaque couche porte le style QGIS de la carte de ce niveau (--figure, --method,
                          --classes, --palette, --style, --lang comme pour les cartes).

Cartes (map, atlas) :
  --level region|cercle|commune   Unités colorées (commune par défaut ; une page d&apos;atlas par cercle cartographie
                          ses communes).
  --figure NOM            Indicateur de couverture : organisations (par défaut), partners, programmes, rows,
                          sectors, people_targeted, people_reached, organisations_coarser_only,
                          child_coverage_share...
  --kind choropleth|categories|symbols   Classes d&apos;un indicateur, le secteur principal, ou des cercles pour les
                          personnes.
  --method quantiles|equal|jenks|manual, --classes N, --breaks A,B,C, --palette NOM (ColorBrewer).
  --lang fr|en            Langue de tous les textes de la page (fr par défaut).
  --page A4|A3, --orientation landscape|portrait, --style FICHIER (styles/*.json), --crs EPSG:XXXX|PROJ.
  --title T, --subtitle S, --as-of AAAA-MM-JJ, --created AAAA-MM-JJ (aujourd&apos;hui par défaut), --map-number N,
  --source TEXTE (répétable), --producer TEXTE.
  --format pdf,svg,png    (map) formats à écrire ; --name BASE nom de fichier sans extension.
  --dpi N, --world-file   Résolution des PNG (200 par défaut) et un fichier de géoréférencement .pgw.
  --display-names FICHIER comment les cartes écrivent les noms (data/display_names.csv par défaut ; « none » :
                          comme les limites).
  --focus PCODE           (map) zoom sur une unité, ses voisines estompées.
  --by region|cercle|sector|organisation   (atlas) une page par unité ou par valeur (cercle par défaut).
  --within PCODE          (atlas) seulement les unités à l&apos;intérieur de celle-ci.
  --atlas-classes national|page   (atlas) classes calculées sur les unités de tout le pays (par défaut : les
                          pages se comparent) ou sur les unités de chaque page ; la légende dit lequel.
  --pattern P             (atlas) un fichier par page, par exemple &apos;MLI_3W_{sector}_{unit}_{size}_{date}.pdf&apos; ;
                          sans cette option, un seul PDF de plusieurs pages nommé par --name.

Analyses (analyse who|overlaps|gaps|targets ; mêmes entrées et filtres ; tableaux en CSV avec ligne HXL et en XLSX) :
  who                     Organisations par unité et secteur (organisation, partenaire de mise en œuvre,
                          bailleur) avec leurs lignes ; la présence connue seulement à un niveau supérieur est
                          listée à part.
  overlaps                Unités où --min-organisations N (2 par défaut) organisations travaillent dans le même
                          secteur (sur des périodes qui se recoupent quand le tableau a des dates) ; paires
                          d&apos;organisations en liste classée et en matrice (--top N organisations, 15 par défaut) ;
                          --map : une carte et une page par région.
  gaps                    Le besoin face à la présence : personnes dans le besoin par organisation, besoin élevé
                          sans personne ; --map : une carte bivariée 3 x 3 (besoin x couverture).
  targets                 Classe les cercles (--level) pour un programme : --weights need=P,absence=P,partners=P,
                          --partner ORG, --exclude UNITÉ, --include UNITÉ (répétables, P-code ou nom),
                          --shortlist N (10 par défaut) ; un tableau de sensibilité (chaque poids -25 % et +25 %) ;
                          --map.
  --need FICHIER          Personnes dans le besoin (ou tout autre chiffre) par P-code ou par nom ; --need-value
                          COLONNE (en-tête ou étiquette HXL, #inneed par défaut) ; --need-where COLONNE=VALEUR garde
                          des lignes (répétable), par exemple &apos;#sector+code=PRO_GBV&apos; ; --need-label TEXTE ;
                          --need-aliases FICHIER : décisions pour les lieux du tableau du besoin (colonnes
                          level,input,parent,pcode), par exemple sa région ML10.
  --apportion none|population|need   Un chiffre connu seulement à un niveau supérieur : utilisé à ce niveau
                          (none, par défaut), ou réparti selon la population (--population FICHIER,
                          --population-value COLONNE, par défaut les cercles COD-PS 2018 et T_TL) ou selon le
                          besoin tous secteurs des unités ; les chiffres répartis sont signalés comme estimations.
Base (publish, store-upgrade ; lecture d&apos;une édition par toute commande) :
  --to PG:CONNEXION       La base, par exemple PG:service=couverture (mots de passe dans ~/.pgpass ou
                          PGPASSFILE, jamais ici).
  --release NOM           (publish) l&apos;édition, par exemple 2023-12 ; avec --activities PG:... l&apos;édition à lire
                          (par défaut : la plus récente).
  --cluster NOM           (publish) le cluster dont la partie est écrite ou remplacée ; avec --activities PG:...
                          les clusters à lire, répétable (par défaut : tous).
  --sensitive             (publish) les lecteurs ne voient que la couverture de ce tableau, jamais ses lignes
                          (VBG).

Codes de sortie : 0 terminé ; 1 erreur d&apos;utilisation ; 2 erreur d&apos;entrée (le message nomme le fichier, la
feuille, la ligne ou la colonne) ; 3 erreur de sortie ; 4 annulé ; 5 erreur interne.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1 : complet</translation>
    </message>
    <message>
        <source>%1: incomplete: %2</source>
        <translation>%1 : incomplet : %2</translation>
    </message>
    <message>
        <source>%1 holds no output set (no *.manifest.json)</source>
        <translation>%1 ne contient aucun ensemble de sorties (aucun *.manifest.json)</translation>
    </message>
    <message>
        <source>cannot create the output folder: %1</source>
        <translation>impossible de créer le dossier de sortie : %1</translation>
    </message>
    <message>
        <source>%1 expects a file name without a folder, got &apos;%2&apos; (the folder is --out)</source>
        <translation>%1 attend un nom de fichier sans dossier, reçu « %2 » (le dossier est --out)</translation>
    </message>
    <message>
        <source>--dpi expects a number from 10 to 600, got &apos;%1&apos;</source>
        <translation>--dpi attend un nombre de 10 à 600, reçu « %1 »</translation>
    </message>
    <message>
        <source>projecting the boundaries</source>
        <translation>projection des limites</translation>
    </message>
    <message>
        <source>the GeoPackage&apos;s layers are styled as choropleths: --kind choropleth only</source>
        <translation>les couches du GeoPackage sont stylées en cartes choroplèthes : --kind choropleth seulement</translation>
    </message>
    <message>
        <source>--lang: the style has no texts in &apos;%1&apos;</source>
        <translation>--lang : le style n&apos;a pas de textes en « %1 »</translation>
    </message>
    <message>
        <source>map written</source>
        <translation>carte écrite</translation>
    </message>
    <message>
        <source>--atlas-classes expects national or page, got &apos;%1&apos;</source>
        <translation>--atlas-classes attend national ou page, reçu « %1 »</translation>
    </message>
    <message>
        <source>--by expects region, cercle, sector or organisation, got &apos;%1&apos;</source>
        <translation>--by attend region, cercle, sector ou organisation, reçu « %1 »</translation>
    </message>
    <message>
        <source>the atlas has no page (no unit or value left by the filters)</source>
        <translation>l&apos;atlas n&apos;a aucune page (aucune unité ni valeur laissée par les filtres)</translation>
    </message>
    <message>
        <source>--stated-places-only: the table has no place_basis column (HXL #meta+basis+loc), so no row is left out and the map carries no placement note</source>
        <translation>--stated-places-only : la table n&apos;a pas de colonne place_basis (HXL #meta+basis+loc) ; aucune ligne n&apos;est donc écartée et la carte ne porte pas de note sur le placement</translation>
    </message>
    <message>
        <source>store %1: schema version %2 -&gt; %3</source>
        <translation>base %1 : version de schéma %2 -&gt; %3</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>appliqué : %1</translation>
    </message>
</context>
</TS>

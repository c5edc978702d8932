<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analysis</name>
    <message>
        <source>rows of the first release are placed above the %1 level (région- or cercle-wide) and are not compared</source>
        <translation>lignes de la première version placées au-dessus du niveau %1 (à l&apos;échelle de la région ou du cercle), non comparées</translation>
    </message>
    <message>
        <source>rows of the second release are placed above the %1 level (région- or cercle-wide) and are not compared</source>
        <translation>lignes de la seconde version placées au-dessus du niveau %1 (à l&apos;échelle de la région ou du cercle), non comparées</translation>
    </message>
    <message>
        <source>rows of the first release have no place and are not compared</source>
        <translation>lignes de la première version sans lieu, non comparées</translation>
    </message>
    <message>
        <source>rows of the second release have no place and are not compared</source>
        <translation>lignes de la seconde version sans lieu, non comparées</translation>
    </message>
    <message>
        <source>rows of the first release name no organisation and are not compared</source>
        <translation>lignes de la première version sans organisation, non comparées</translation>
    </message>
    <message>
        <source>rows of the second release name no organisation and are not compared</source>
        <translation>lignes de la seconde version sans organisation, non comparées</translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row of the first release</source>
        <translation>le filtre (%1) ne garde aucune ligne de la première version</translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row of the second release</source>
        <translation>le filtre (%1) ne garde aucune ligne de la seconde version</translation>
    </message>
    <message>
        <source>the organisations to withdraw match no row: both releases are the same</source>
        <translation>les organisations à retirer ne correspondent à aucune ligne : les deux versions sont identiques</translation>
    </message>
    <message>
        <source>%1 high-need %2s have nobody present (%3).</source>
        <translation>%1 %2s à besoin élevé sans aucune présence (%3).</translation>
    </message>
    <message>
        <source>not a table GDAL can open (CSV, XLSX or ODS expected)</source>
        <translation>pas une table que GDAL sait ouvrir (CSV, XLSX ou ODS attendu)</translation>
    </message>
    <message>
        <source>the file has no table</source>
        <translation>le fichier ne contient aucune table</translation>
    </message>
    <message>
        <source>no sheet named &apos;%1&apos;</source>
        <translation>aucune feuille nommée « %1 »</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (by header or HXL tag)</source>
        <translation>aucune colonne « %1 » (par en-tête ou étiquette HXL)</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; to select rows by (header or HXL tag)</source>
        <translation>aucune colonne « %1 » pour choisir les lignes (en-tête ou étiquette HXL)</translation>
    </message>
    <message>
        <source>no place column (P-code or name of a région, cercle or commune)</source>
        <translation>aucune colonne de lieu (P-code ou nom d&apos;une région, d&apos;un cercle ou d&apos;une commune)</translation>
    </message>
    <message>
        <source>the figure &apos;%1&apos; is not a number; the row is left out</source>
        <translation>le chiffre « %1 » n&apos;est pas un nombre ; la ligne est écartée</translation>
    </message>
    <message>
        <source>no figure; the row is left out</source>
        <translation>aucun chiffre ; la ligne est écartée</translation>
    </message>
    <message>
        <source>no row is left by the conditions: the table gives no figure</source>
        <translation>aucune ligne ne reste après les conditions : la table ne donne aucun chiffre</translation>
    </message>
    <message>
        <source>codes of some régions could not be read with confidence: %1</source>
        <translation>les codes de certaines régions n&apos;ont pas pu être lus avec certitude : %1</translation>
    </message>
    <message>
        <source>the row&apos;s place is not in the boundaries (%1); its figure %2 is left out</source>
        <translation>le lieu de la ligne n&apos;est pas dans les limites (%1) ; son chiffre %2 est écarté</translation>
    </message>
    <message>
        <source>the row&apos;s place is known only as %1 (%2); its figure %3 is left out rather than counted twice</source>
        <translation>le lieu de la ligne n&apos;est connu que comme %1 (%2) ; son chiffre %3 est écarté plutôt que compté deux fois</translation>
    </message>
    <message>
        <source>%1 rows are placed in %2; their figures are added</source>
        <translation>%1 lignes sont placées dans %2 ; leurs chiffres sont additionnés</translation>
    </message>
    <message>
        <source>sharing the need out by population needs a population table</source>
        <translation>répartir le besoin selon la population demande une table de population</translation>
    </message>
    <message>
        <source>sharing the need out by the all-sector need needs a condition on the sector column</source>
        <translation>répartir le besoin selon le besoin tous secteurs demande une condition sur la colonne du secteur</translation>
    </message>
    <message>
        <source>the units of %1 with their own figure hold %2, more than its figure %3; nothing is left to apportion</source>
        <translation>les unités de %1 qui ont leur propre chiffre totalisent %2, plus que son chiffre %3 ; il ne reste rien à répartir</translation>
    </message>
    <message>
        <source>%1 has no weight (%2): it keeps the figure of %3 as it is</source>
        <translation>%1 n&apos;a pas de poids (%2) : il garde tel quel le chiffre de %3</translation>
    </message>
    <message>
        <source>%1: no figure for %2 at this level or above</source>
        <translation>%1 : aucun chiffre pour %2 à ce niveau ni au-dessus</translation>
    </message>
    <message>
        <source>The table has no dates: organisations are compared by sector alone, not by period.</source>
        <translation>La table n&apos;a pas de dates : les organisations sont comparées par secteur seulement, pas par période.</translation>
    </message>
    <message>
        <source>No row is left by the filter (%1): there is nothing to compare.</source>
        <translation>Le filtre (%1) ne laisse aucune ligne : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>No row is left by the filter (%1): who-is-where is empty.</source>
        <translation>Le filtre (%1) ne laisse aucune ligne : « qui est où » est vide.</translation>
    </message>
    <message>
        <source>not located: %1</source>
        <translation>non localisé : %1</translation>
    </message>
    <message>
        <source>point (%1, %2) lies outside every %3 (latitude, longitude)</source>
        <translation>le point (%1 ; %2) est hors de toute unité de niveau %3 (latitude ; longitude)</translation>
    </message>
    <message>
        <source>%1 gazetteer villages lie outside every unit and are not counted in the reach shares</source>
        <translation>%1 villages du répertoire sont hors de toute unité et ne comptent pas dans les parts à portée</translation>
    </message>
    <message>
        <source>reach needs a gazetteer of villages; no reach was measured</source>
        <translation>la portée demande un répertoire de villages ; aucune portée n&apos;a été mesurée</translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row</source>
        <translation>le filtre (%1) ne garde aucune ligne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no single %2 (P-code or name); it is ignored</source>
        <translation>« %1 » ne désigne pas une seule unité de niveau %2 (P-code ou nom) ; il est ignoré</translation>
    </message>
    <message>
        <source>criterion weights must be 0 or more</source>
        <translation>les poids des critères doivent être positifs ou nuls</translation>
    </message>
    <message>
        <source>partner &apos;%1&apos; is not among the organisations kept by the filter; it counts nowhere</source>
        <translation>le partenaire « %1 » ne figure pas parmi les organisations gardées par le filtre ; il ne compte nulle part</translation>
    </message>
    <message>
        <source>%1 is both excluded and must-include: the exclusion wins</source>
        <translation>%1 est à la fois exclu et à inclure d&apos;office : l&apos;exclusion l&apos;emporte</translation>
    </message>
    <message numerus="yes">
        <source>%n rows kept by the filter have no place and are not in who-is-where (see the match report).</source>
        <translation>
            <numerusform>%n ligne gardée par le filtre n&apos;a pas de lieu et ne figure pas dans « qui est où » (voir le rapport d&apos;appariement).</numerusform>
            <numerusform>%n lignes gardées par le filtre n&apos;ont pas de lieu et ne figurent pas dans « qui est où » (voir le rapport d&apos;appariement).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out by the filter (%1)</source>
        <translation>
            <numerusform>%n ligne écartée par le filtre (%1)</numerusform>
            <numerusform>%n lignes écartées par le filtre (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>people in need</source>
        <translation>personnes dans le besoin</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>the table has no such column or no value in it</source>
        <translation>la table n&apos;a pas cette colonne, ou aucune valeur dedans</translation>
    </message>
    <message>
        <source> (%1 values in all)</source>
        <translation> (%1 valeurs en tout)</translation>
    </message>
    <message>
        <source>values in the table, closest first: %1</source>
        <translation>valeurs de la table, les plus proches d&apos;abord : %1</translation>
    </message>
    <message>
        <source>%1 %2 matches no row; %3</source>
        <translation>%1 %2 ne correspond à aucune ligne ; %3</translation>
    </message>
    <message>
        <source>the period matches no row; the table&apos;s dates run from %1 to %2</source>
        <translation>la période ne correspond à aucune ligne ; les dates de la table vont du %1 au %2</translation>
    </message>
    <message>
        <source>the period matches no row: the table has no dates (add --keep-undated to keep undated rows, or drop --from/--to)</source>
        <translation>la période ne correspond à aucune ligne : la table n&apos;a aucune date (ajoutez --keep-undated pour garder les lignes sans date, ou retirez --from/--to)</translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row of the table</source>
        <translation>le filtre (%1) ne garde aucune ligne de la table</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>each part matches some rows, but no row matches them all</source>
        <translation>chaque critère correspond à des lignes, mais aucune ligne ne les remplit tous</translation>
    </message>
    <message>
        <source>sector=%1</source>
        <translation>secteur : %1</translation>
    </message>
    <message>
        <source>organisation=%1</source>
        <translation>organisation : %1</translation>
    </message>
    <message>
        <source>organisation_type=%1</source>
        <translation>type d&apos;organisation : %1</translation>
    </message>
    <message>
        <source>status=%1</source>
        <translation>statut : %1</translation>
    </message>
    <message>
        <source>period=%1..%2 (undated kept)</source>
        <translation>période : %1..%2 (lignes sans date gardées)</translation>
    </message>
    <message>
        <source>period=%1..%2</source>
        <translation>période : %1..%2</translation>
    </message>
    <message>
        <source>places=stated</source>
        <translation>lieux : indiqués seulement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>level 4 (finer than communes), not loaded</source>
        <translation>niveau 4 (plus fin que les communes), non chargé</translation>
    </message>
    <message>
        <source>Published release: %1, release %2</source>
        <translation>Édition publiée : %1, édition %2</translation>
    </message>
    <message>
        <source>Activity table: %1</source>
        <translation>Table d&apos;activités : %1</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Feuilles :</translation>
    </message>
    <message>
        <source>Sheet read: %1</source>
        <translation>Feuille lue : %1</translation>
    </message>
    <message>
        <source>(single table)</source>
        <translation>(table unique)</translation>
    </message>
    <message>
        <source>HXL row: %1</source>
        <translation>Ligne HXL : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Column mapping (role &lt;- column, how):</source>
        <translation>Correspondance des colonnes (rôle &lt;- colonne, comment) :</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 &lt;- %2 (%3)</source>
        <translation>%1 &lt;- %2 (%3)</translation>
    </message>
    <message>
        <source>%1 &lt;- %2 %3 (%4)</source>
        <translation>%1 &lt;- %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Columns not used:%1</source>
        <translation>Colonnes non utilisées :%1</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <source>Boundary source: %1</source>
        <translation>Source de limites : %1</translation>
    </message>
    <message>
        <source>layer %1: %2 features, schema %3</source>
        <translation>couche %1 : %2 entités, schéma %3</translation>
    </message>
    <message>
        <source>%1: code &apos;%2&apos;, name &apos;%3&apos;</source>
        <translation>%1 : code « %2 », nom « %3 »</translation>
    </message>
    <message>
        <source>%1: code &apos;%2&apos;, name &apos;%3&apos;, parent &apos;%4&apos;</source>
        <translation>%1 : code « %2 », nom « %3 », parent « %4 »</translation>
    </message>
    <message>
        <source>Hierarchy: %1 régions, %2 cercles, %3 communes</source>
        <translation>Hiérarchie : %1 régions, %2 cercles, %3 communes</translation>
    </message>
    <message>
        <source>Validation: %1 nesting-by-code violations, %2 nesting-by-location violations, %3 duplicate codes, %4 orphans, %5 invalid geometries repaired</source>
        <translation>Validation : %1 violations de l&apos;emboîtement par code, %2 violations de l&apos;emboîtement par position, %3 codes en double, %4 orphelins, %5 géométries invalides réparées</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>étiquette HXL</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>nom de colonne</translation>
    </message>
    <message>
        <source>chosen with --column</source>
        <translation>choisie avec --column</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1 : %n ligne</numerusform>
            <numerusform>%1 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Data rows: %1</source>
        <translation>Lignes de données : %1</translation>
    </message>
    <message numerus="yes">
        <source> (+%n empty rows skipped)</source>
        <translation>
            <numerusform> (+%n ligne vide ignorée)</numerusform>
            <numerusform> (+%n lignes vides ignorées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>cercle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>.</source>
        <extracomment>the decimal separator of numbers written in messages</extracomment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>cannot create the output folder: %1</source>
        <translation>impossible de créer le dossier de sortie : %1</translation>
    </message>
    <message>
        <source>cannot read the file back</source>
        <translation>impossible de relire le fichier</translation>
    </message>
    <message>
        <source>cannot replace the manifest: %1</source>
        <translation>impossible de remplacer le manifeste : %1</translation>
    </message>
    <message>
        <source>cannot move the finished file into place: %1</source>
        <translation>impossible de mettre le fichier terminé à sa place : %1</translation>
    </message>
    <message>
        <source>cannot write the manifest (disk full?)</source>
        <translation>impossible d&apos;écrire le manifeste (disque plein ?)</translation>
    </message>
    <message>
        <source>cannot move the manifest into place: %1</source>
        <translation>impossible de mettre le manifeste à sa place : %1</translation>
    </message>
    <message>
        <source>cannot write the file (disk full or no permission?)</source>
        <translation>impossible d&apos;écrire le fichier (disque plein ou droits insuffisants ?)</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>le manifeste est illisible</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 is not the file the set wrote</source>
        <translation>%1 n&apos;est pas le fichier écrit par l&apos;ensemble de sorties</translation>
    </message>
    <message>
        <source>cannot create the layer %1: %2</source>
        <translation>impossible de créer la couche %1 : %2</translation>
    </message>
    <message>
        <source>cannot write row %1 of %2: %3</source>
        <translation>impossible d&apos;écrire la ligne %1 de %2 : %3</translation>
    </message>
    <message>
        <source>cannot create layer_styles: %1</source>
        <translation>impossible de créer layer_styles : %1</translation>
    </message>
    <message>
        <source>cannot write the style of %1: %2</source>
        <translation>impossible d&apos;écrire le style de %1 : %2</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL n&apos;a pas de pilote %1</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>création impossible : %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>impossible de créer le classeur</translation>
    </message>
    <message>
        <source>cannot write the workbook (%1): disk full or no permission?</source>
        <translation>impossible d&apos;écrire le classeur (%1) : disque plein ou droits insuffisants ?</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>empty table: the file holds no sheet or layer</source>
        <translation>table vide : le fichier ne contient aucune feuille ni couche</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>unknown sheet &apos;%1&apos;; the sheets are: %2</source>
        <translation>feuille « %1 » inconnue ; les feuilles sont : %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>unreadable encoding: &apos;%1&apos; is not an encoding this system knows (try UTF-8 or CP1252)</source>
        <translation>encodage illisible : « %1 » n&apos;est pas un encodage connu de ce système (essayez UTF-8 ou CP1252)</translation>
    </message>
    <message>
        <source>the table cannot be read whole (GDAL: %1); save it as CSV or XLSX and try again</source>
        <translation>la table ne peut pas être lue en entier (GDAL : %1) ; enregistrez-la en CSV ou XLSX et réessayez</translation>
    </message>
    <message>
        <source>empty table: no header row and no data</source>
        <translation>table vide : ni ligne d&apos;en-tête ni données</translation>
    </message>
    <message>
        <source>Mapping %1 = &apos;%2&apos;: no column has this header or HXL tag.</source>
        <translation>Correspondance %1 = « %2 » : aucune colonne n&apos;a cet en-tête ni cette étiquette HXL.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is also %2; column &apos;%3&apos; is used and this one is ignored.</source>
        <translation>La colonne « %1 » est aussi %2 ; la colonne « %3 » est utilisée et celle-ci est ignorée.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date</source>
        <translation>%1 : « %2 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>End date %1 is before start date %2</source>
        <translation>La date de fin %1 précède la date de début %2</translation>
    </message>
    <message>
        <source>no usable place column: expected a région, cercle or commune code or name column (headers or HXL #adm1..#adm3)</source>
        <translation>aucune colonne de lieu utilisable : une colonne de code ou de nom de région, de cercle ou de commune est attendue (en-têtes ou HXL #adm1..#adm3)</translation>
    </message>
    <message>
        <source>The file is not UTF-8; its text was read as Windows-1252.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 ; son texte a été lu en Windows-1252.</translation>
    </message>
    <message>
        <source>empty table: a header row but no data rows below it</source>
        <translation>table vide : une ligne d&apos;en-tête mais aucune ligne de données en dessous</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <source>this is a folder, expected a file (CSV, XLSX or ODS)</source>
        <translation>c&apos;est un dossier ; un fichier est attendu (CSV, XLSX ou ODS)</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe, device or socket): give a file saved on disk</source>
        <translation>pas un fichier ordinaire (tube nommé, périphérique ou socket) : donnez un fichier enregistré sur le disque</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>alias table</source>
        <translation>table d&apos;alias</translation>
    </message>
    <message>
        <source>GDAL cannot read this alias table</source>
        <translation>GDAL ne peut pas lire cette table d&apos;alias</translation>
    </message>
    <message>
        <source>an alias table needs the columns level, input, parent (optional) and pcode</source>
        <translation>une table d&apos;alias doit avoir les colonnes level, input, parent (facultative) et pcode</translation>
    </message>
    <message>
        <source>P-code &apos;%1&apos; is not in the boundaries</source>
        <translation>le P-code « %1 » n&apos;est pas dans les limites</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>empty table: the file has no rows</source>
        <translation>table vide : le fichier n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>not a table GDAL can open: the header row has a single column (expected columns separated by commas, semicolons or tabs)</source>
        <translation>pas une table que GDAL sait ouvrir : la ligne d&apos;en-tête n&apos;a qu&apos;une colonne (colonnes séparées par des virgules, des points-virgules ou des tabulations attendues)</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>unreadable encoding: the file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;); save it as &quot;CSV UTF-8&quot;, CSV or XLSX</source>
        <translation>encodage illisible : le fichier est en UTF-16 (« Texte Unicode » d&apos;Excel) ; enregistrez-le en « CSV UTF-8 », CSV ou XLSX</translation>
    </message>
    <message>
        <source>not a table GDAL can open: expected a CSV (comma, semicolon or tab), XLSX or ODS file</source>
        <translation>pas une table que GDAL sait ouvrir : un fichier CSV (virgule, point-virgule ou tabulation), XLSX ou ODS est attendu</translation>
    </message>
    <message>
        <source>feature has no P-code in field %1; skipped</source>
        <translation>entité sans P-code dans le champ %1 ; ignorée</translation>
    </message>
    <message>
        <source>no vector file (Shapefile, GeoPackage, GeoJSON, File Geodatabase ...) in this folder or archive</source>
        <translation>aucun fichier vectoriel (Shapefile, GeoPackage, GeoJSON, File Geodatabase…) dans ce dossier ou cette archive</translation>
    </message>
    <message>
        <source>boundary source not found</source>
        <translation>source des limites introuvable</translation>
    </message>
    <message>
        <source>not a regular file or folder (a named pipe, device or socket): give boundaries saved on disk</source>
        <translation>ni un fichier ordinaire ni un dossier (tube nommé, périphérique ou socket) : donnez des limites enregistrées sur le disque</translation>
    </message>
    <message>
        <source>GDAL cannot open this as a vector source</source>
        <translation>GDAL ne peut pas ouvrir ceci comme source vectorielle</translation>
    </message>
    <message>
        <source>no administrative boundary layer recognised (COD-AB admin1Pcod/ADM1_PCODE, geoBoundaries shapeName/shapeID, GADM GID_n/NAME_n); give an explicit field mapping</source>
        <translation>aucune couche de limites administratives reconnue (COD-AB admin1Pcod/ADM1_PCODE, geoBoundaries shapeName/shapeID, GADM GID_n/NAME_n) ; donnez une correspondance explicite des champs</translation>
    </message>
    <message>
        <source>duplicate P-code %1 (&apos;%2&apos;); the first feature with this code is kept</source>
        <translation>P-code %1 en double (« %2 ») ; la première entité portant ce code est gardée</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: invalid geometry (%3), repaired with GEOS MakeValid</source>
        <translation>%1 « %2 » : géométrie invalide (%3), réparée avec GEOS MakeValid</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: parent code %3 is not a %4 of the boundaries (orphan)</source>
        <translation>%1 « %2 » : le code parent %3 n&apos;est pas une unité de niveau %4 des limites (orpheline)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not start with its parent&apos;s code %3</source>
        <translation>%1 « %2 » ne commence pas par le code de son parent %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; lies outside its parent %3 &apos;%4&apos;</source>
        <translation>%1 « %2 » est hors de son parent %3 « %4 »</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; placed in %3 &apos;%4&apos; by location</source>
        <translation>%1 « %2 » placé dans %3 « %4 » d&apos;après sa position</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no parent by code or by location</source>
        <translation>%1 « %2 » n&apos;a de parent ni par le code ni par la position</translation>
    </message>
    <message>
        <source>no %1 in the boundaries</source>
        <translation>aucune unité de niveau %1 dans les limites</translation>
    </message>
    <message>
        <source>GDAL cannot read this table</source>
        <translation>GDAL ne peut pas lire cette table</translation>
    </message>
    <message>
        <source>no P-code column (admin1Pcode, #adm2+code ...) in this table</source>
        <translation>aucune colonne de P-code (admin1Pcode, #adm2+code…) dans cette table</translation>
    </message>
    <message>
        <source>a code key needs names beside its codes (admin2Name, #adm2+name ...), and this table has none</source>
        <translation>une clé de codes doit donner des noms à côté de ses codes (admin2Name, #adm2+name…), et cette table n&apos;en a pas</translation>
    </message>
    <message>
        <source>no point column: expected latitude and longitude columns (headers such as latitude, longitude or HXL #geo+lat, #geo+lon) or a site/village name column</source>
        <translation>aucune colonne de points : des colonnes de latitude et de longitude sont attendues (en-têtes comme latitude, longitude ou HXL #geo+lat, #geo+lon) ou une colonne de nom de site ou de village</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate; the row keeps no coordinates</source>
        <translation>« %1 » n&apos;est pas une coordonnée ; la ligne ne garde aucune coordonnée</translation>
    </message>
    <message>
        <source>a latitude without a longitude (or the reverse); the row keeps no coordinates</source>
        <translation>une latitude sans longitude (ou l&apos;inverse) ; la ligne ne garde aucune coordonnée</translation>
    </message>
    <message>
        <source>coordinates out of range (latitude %1, longitude %2); the row keeps no coordinates</source>
        <translation>coordonnées hors limites (latitude %1, longitude %2) ; la ligne ne garde aucune coordonnée</translation>
    </message>
    <message>
        <source>coordinates (0, 0) stand for unknown ones; the row keeps no coordinates</source>
        <translation>les coordonnées (0, 0) valent des coordonnées inconnues ; la ligne ne garde aucune coordonnée</translation>
    </message>
    <message>
        <source>not an OpenDocument spreadsheet: the file has no content.xml</source>
        <translation>pas un classeur OpenDocument : le fichier n&apos;a pas de content.xml</translation>
    </message>
    <message>
        <source>the workbook cannot be read whole: its XML is broken (%1 at line %2 of content.xml)</source>
        <translation>le classeur ne peut pas être lu en entier : son XML est abîmé (%1 à la ligne %2 de content.xml)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number: left out of the sums</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre : non compté dans les sommes</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; people is negative: left out of the sums</source>
        <translation>%1 : « %2 » personnes, un nombre négatif : non compté dans les sommes</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; people is more than live in Mali: left out of the sums</source>
        <translation>%1 : « %2 » personnes, c&apos;est plus que la population du Mali : non compté dans les sommes</translation>
    </message>
    <message>
        <source>cannot read the sector dictionary</source>
        <translation>impossible de lire le dictionnaire des secteurs</translation>
    </message>
    <message>
        <source>the sector dictionary needs the column %1</source>
        <translation>le dictionnaire des secteurs doit avoir la colonne %1</translation>
    </message>
    <message>
        <source>a sector needs a key, a French and an English name</source>
        <translation>un secteur doit avoir une clé, un nom français et un nom anglais</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>géométrie invalide</translation>
    </message>
    <message>
        <source>this row runs over lines %1 to %2 of the file: a quoted cell holds line breaks and as many separators as a whole row, as when a stray quote takes the following rows into one cell; check the quotes</source>
        <translation>cette ligne s&apos;étend sur les lignes %1 à %2 du fichier : une cellule entre guillemets contient des retours à la ligne et autant de séparateurs qu&apos;une ligne entière, comme lorsqu&apos;un guillemet égaré avale les lignes suivantes dans une seule cellule ; vérifiez les guillemets</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2: the cells beyond column %2 are left out</source>
        <translation>%1 cellules alors que l&apos;en-tête en a %2 : les cellules au-delà de la colonne %2 sont ignorées</translation>
    </message>
    <message>
        <source>GDAL reports: %1</source>
        <translation>GDAL signale : %1</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <source>a %1, not a polygon</source>
        <translation>un %1, pas un polygone</translation>
    </message>
    <message>
        <source>an empty geometry</source>
        <translation>une géométrie vide</translation>
    </message>
    <message>
        <source>its coordinates cannot be converted to longitude and latitude</source>
        <translation>ses coordonnées ne peuvent pas être converties en longitude et latitude</translation>
    </message>
    <message>
        <source>coordinates that are not finite numbers</source>
        <translation>des coordonnées qui ne sont pas des nombres finis</translation>
    </message>
    <message>
        <source>coordinates outside longitude -180 to 180 and latitude -90 to 90</source>
        <translation>des coordonnées hors des longitudes -180 à 180 et des latitudes -90 à 90</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; (%3) has no usable polygon (%4): it is on no map and no point can be placed in it</source>
        <translation>%1 « %2 » (%3) n&apos;a pas de polygone utilisable (%4) : cette unité n&apos;apparaît sur aucune carte et aucun point ne peut y être placé</translation>
    </message>
    <message>
        <source>the boundaries cannot be read whole (GDAL: %1)</source>
        <translation>les limites ne peuvent pas être lues en entier (GDAL : %1)</translation>
    </message>
    <message>
        <source>GDAL cannot open this as a vector source (GDAL: %1)</source>
        <translation>GDAL ne peut pas ouvrir ceci comme source vectorielle (GDAL : %1)</translation>
    </message>
    <message>
        <source>no unit can be drawn: not one of the %1 units at the %2 level has a usable polygon</source>
        <translation>aucune unité ne peut être dessinée : aucune des %1 unités du niveau %2 n&apos;a de polygone utilisable</translation>
    </message>
    <message>
        <source>GDAL cannot read this table (GDAL: %1)</source>
        <translation>GDAL ne peut pas lire ce tableau (GDAL : %1)</translation>
    </message>
    <message>
        <source>a code key with no rows below its header</source>
        <translation>une table de codes sans aucune ligne sous son en-tête</translation>
    </message>
    <message>
        <source>the file cannot be read whole (GDAL: %1)</source>
        <translation>le fichier ne peut pas être lu en entier (GDAL : %1)</translation>
    </message>
    <message>
        <source>GDAL cannot read this alias table (GDAL: %1)</source>
        <translation>GDAL ne peut pas lire cette table d&apos;alias (GDAL : %1)</translation>
    </message>
    <message>
        <source>the input cell is empty: an alias says which name or code stands for which P-code</source>
        <translation>la cellule input est vide : un alias dit quel nom ou quel code désigne quel P-code</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; is not région, cercle or commune</source>
        <translation>le niveau « %1 » n&apos;est ni région, ni cercle, ni commune</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already given P-code %2 by an earlier row; one input cannot stand for two units (%2, %3)</source>
        <translation>« %1 » reçoit déjà le P-code %2 d&apos;une ligne précédente ; une même entrée ne peut pas désigner deux unités (%2, %3)</translation>
    </message>
    <message>
        <source>line %1: a double quote opened on this line is never closed, so every line after it would be read as one cell; close or remove the quote</source>
        <translation>ligne %1 : un guillemet ouvert sur cette ligne n&apos;est jamais fermé, si bien que toutes les lignes suivantes seraient lues comme une seule cellule ; fermez ou supprimez ce guillemet</translation>
    </message>
    <message>
        <source>row %1 is repeated %2 times, past the last row a sheet can have (1,048,576)</source>
        <translation>la ligne %1 est répétée %2 fois, au-delà de la dernière ligne qu&apos;une feuille peut avoir (1 048 576)</translation>
    </message>
    <message>
        <source>row %1 has a value past column 16,384, the last a sheet can have (a cell repeated %2 times)</source>
        <translation>la ligne %1 a une valeur au-delà de la colonne 16 384, la dernière qu&apos;une feuille peut avoir (une cellule répétée %2 fois)</translation>
    </message>
    <message>
        <source>content.xml declares a document type (DOCTYPE, entities), which no spreadsheet writes</source>
        <translation>content.xml déclare un type de document (DOCTYPE, entités), ce qu&apos;aucun tableur n&apos;écrit</translation>
    </message>
    <message>
        <source>the workbook cannot be read whole: %1</source>
        <translation>le classeur ne peut pas être lu en entier : %1</translation>
    </message>
    <message>
        <source>cell %1 refers to shared text %2, but the workbook holds %3 shared texts: the cell&apos;s text is lost</source>
        <translation>la cellule %1 renvoie au texte partagé %2, mais le classeur ne contient que %3 textes partagés : le texte de la cellule est perdu</translation>
    </message>
    <message>
        <source>it declares a document type (DOCTYPE, entities), which no spreadsheet writes</source>
        <translation>il déclare un type de document (DOCTYPE, entités), ce qu&apos;aucun tableur n&apos;écrit</translation>
    </message>
    <message>
        <source>its XML is broken (%1 at line %2)</source>
        <translation>son XML est cassé (%1 à la ligne %2)</translation>
    </message>
    <message>
        <source>no région, cercle or commune in the boundaries: their features carry no code field of those levels</source>
        <translation>aucune région, aucun cercle ni aucune commune dans les limites : leurs entités n&apos;ont aucun champ de code de ces niveaux</translation>
    </message>
    <message numerus="yes">
        <source>%n rows name several sectors (multi-choice): each sector is a presence of its own, the row repeated once per sector.</source>
        <translation>
            <numerusform>%n ligne nomme plusieurs secteurs (choix multiple) : chaque secteur est une présence à part entière, la ligne étant répétée pour chaque secteur.</numerusform>
            <numerusform>%n lignes nomment plusieurs secteurs (choix multiple) : chaque secteur est une présence à part entière, la ligne étant répétée pour chaque secteur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>building the hierarchy</source>
        <translation>construction de la hiérarchie</translation>
    </message>
    <message>
        <source>checking nesting by location</source>
        <translation>vérification de l&apos;emboîtement par la position</translation>
    </message>
    <message>
        <source>deriving missing geometries</source>
        <translation>calcul des géométries manquantes</translation>
    </message>
    <message>
        <source>boundaries loaded</source>
        <translation>limites chargées</translation>
    </message>
    <message>
        <source>loading boundaries</source>
        <translation>chargement des limites</translation>
    </message>
    <message>
        <source>reading the activity table</source>
        <translation>lecture de la table des activités</translation>
    </message>
    <message>
        <source>reconciling places</source>
        <translation>rapprochement des lieux</translation>
    </message>
    <message>
        <source>places reconciled</source>
        <translation>lieux rapprochés</translation>
    </message>
    <message>
        <source>writing the match report</source>
        <translation>écriture du rapport d&apos;appariement</translation>
    </message>
    <message>
        <source>match report written</source>
        <translation>rapport d&apos;appariement écrit</translation>
    </message>
    <message>
        <source>computing coverage</source>
        <translation>calcul de la couverture</translation>
    </message>
    <message>
        <source>writing coverage tables</source>
        <translation>écriture des tables de couverture</translation>
    </message>
    <message>
        <source>coverage written</source>
        <translation>couverture écrite</translation>
    </message>
    <message>
        <source>Reading the activity table</source>
        <translation>Lecture de la table d&apos;activités</translation>
    </message>
    <message>
        <source>rows reconciled</source>
        <translation>lignes rapprochées</translation>
    </message>
    <message>
        <source>replacing the cluster&apos;s part of the release</source>
        <translation>remplacement de la part du cluster dans l&apos;édition</translation>
    </message>
    <message>
        <source>storing the boundaries</source>
        <translation>enregistrement des limites</translation>
    </message>
    <message>
        <source>storing the activity rows and their matches</source>
        <translation>enregistrement des lignes d&apos;activités et de leurs correspondances</translation>
    </message>
    <message>
        <source>storing the coverage tables</source>
        <translation>enregistrement des tables de couverture</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>reading the first release</source>
        <translation>lecture de la première version</translation>
    </message>
    <message>
        <source>reading the second release</source>
        <translation>lecture de la seconde version</translation>
    </message>
    <message>
        <source>comparing the releases</source>
        <translation>comparaison des versions</translation>
    </message>
    <message>
        <source>releases compared</source>
        <translation>versions comparées</translation>
    </message>
    <message>
        <source>classing need and coverage</source>
        <translation>classement des besoins et de la couverture</translation>
    </message>
    <message>
        <source>gaps done</source>
        <translation>lacunes calculées</translation>
    </message>
    <message>
        <source>placing the indicator rows</source>
        <translation>placement des lignes de l&apos;indicateur</translation>
    </message>
    <message>
        <source>indicator table read</source>
        <translation>table de l&apos;indicateur lue</translation>
    </message>
    <message>
        <source>comparing organisations unit by unit</source>
        <translation>comparaison des organisations unité par unité</translation>
    </message>
    <message>
        <source>ranking organisation pairs</source>
        <translation>classement des paires d&apos;organisations</translation>
    </message>
    <message>
        <source>overlaps done</source>
        <translation>chevauchements calculés</translation>
    </message>
    <message>
        <source>grouping presence by unit</source>
        <translation>regroupement de la présence par unité</translation>
    </message>
    <message>
        <source>who is where done</source>
        <translation>qui est où calculé</translation>
    </message>
    <message>
        <source>locating the points</source>
        <translation>localisation des points</translation>
    </message>
    <message>
        <source>placing the points in their units</source>
        <translation>placement des points dans leurs unités</translation>
    </message>
    <message>
        <source>measuring the villages&apos; distance to the points</source>
        <translation>mesure de la distance des villages aux points</translation>
    </message>
    <message>
        <source>sites analysed</source>
        <translation>sites analysés</translation>
    </message>
    <message>
        <source>loading the boundaries</source>
        <translation>chargement des limites</translation>
    </message>
    <message>
        <source>reading the points</source>
        <translation>lecture des points</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilité</translation>
    </message>
    <message>
        <source>targets done</source>
        <translation>cibles calculées</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>atlas écrit</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>dessin de la carte</translation>
    </message>
    <message>
        <source>map written</source>
        <translation>carte écrite</translation>
    </message>
    <message>
        <source>projecting boundaries</source>
        <translation>projection des limites</translation>
    </message>
    <message>
        <source>preparing outlines</source>
        <translation>préparation des contours</translation>
    </message>
    <message>
        <source>scene ready</source>
        <translation>scène prête</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>code_repaired</source>
        <translation>code corrigé</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name_fuzzy</source>
        <translation>nom approché</translation>
    </message>
    <message>
        <source>coarser_level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>non apparié</translation>
    </message>
    <message>
        <source>code_other_scheme</source>
        <translation>code d&apos;un autre schéma</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>region %1 &apos;%2&apos;</source>
        <translation>la région %1 « %2 »</translation>
    </message>
    <message>
        <source>cercle %1 &apos;%2&apos;</source>
        <translation>le cercle %1 « %2 »</translation>
    </message>
    <message>
        <source>commune %1 &apos;%2&apos;</source>
        <translation>la commune %1 « %2 »</translation>
    </message>
    <message>
        <source>country %1 &apos;%2&apos;</source>
        <translation>le pays %1 « %2 »</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found</source>
        <translation>%1 « %2 » introuvable</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found in %3</source>
        <translation>%1 « %2 » introuvable dans %3</translation>
    </message>
    <message>
        <source>alias table: %1</source>
        <translation>table d&apos;alias : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; read as &apos;%2&apos; (same transliteration key &apos;%3&apos;, score %4)</source>
        <translation>« %1 » lu comme « %2 » (même clé de translittération « %3 », score %4)</translation>
    </message>
    <message>
        <source>code %1 is &apos;%2&apos; in %3</source>
        <translation>le code %1 correspond à « %2 » dans %3</translation>
    </message>
    <message>
        <source>code %1 without a name: only the boundaries&apos; scheme has it (%2)</source>
        <translation>code %1 sans nom : seul le schéma des limites le connaît (%2)</translation>
    </message>
    <message>
        <source>code %1 without a name, and %2</source>
        <translation>code %1 sans nom, et %2</translation>
    </message>
    <message>
        <source>code %1 repaired to %2</source>
        <translation>code %1 corrigé en %2</translation>
    </message>
    <message>
        <source>no name to check the code against</source>
        <translation>aucun nom pour vérifier le code</translation>
    </message>
    <message>
        <source>name spelt &apos;%1&apos;</source>
        <translation>nom écrit « %1 »</translation>
    </message>
    <message>
        <source>code %1 is %2 in the boundaries, the row says &apos;%3&apos;</source>
        <translation>le code %1 désigne %2 dans les limites, la ligne indique « %3 »</translation>
    </message>
    <message>
        <source>code %1 is not in the boundaries</source>
        <translation>le code %1 n&apos;est pas dans les limites</translation>
    </message>
    <message>
        <source>code %1 not found</source>
        <translation>code %1 introuvable</translation>
    </message>
    <message>
        <source>%1 %2s are named &apos;%3&apos;</source>
        <translation>%1 %2s portent le nom « %3 »</translation>
    </message>
    <message>
        <source>%1 %2s are named &apos;%3&apos; in %4</source>
        <translation>%1 %2s portent le nom « %3 » dans %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; read as &apos;%2&apos; (similarity %3)</source>
        <translation>« %1 » lu comme « %2 » (similarité %3)</translation>
    </message>
    <message>
        <source>found in %1, not in %2 as the row says (parent corrected)</source>
        <translation>lieu trouvé dans %1, et non dans %2 comme l&apos;indique la ligne (parent corrigé)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 in the boundaries</source>
        <translation>%1 « %2 » : %3 dans les limites</translation>
    </message>
    <message>
        <source> (closest: &apos;%1&apos;, %2)</source>
        <translation> (nom le plus proche : « %1 », %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2: a place outside Mali is not placed on a Malian unit</source>
        <translation>« %1 » désigne %2 : un lieu hors du Mali n&apos;est pas placé sur une unité malienne</translation>
    </message>
    <message>
        <source>code %1 is not a P-code of these boundaries (theirs begin with %2): a place outside Mali is not placed on a Malian unit</source>
        <translation>le code %1 n&apos;est pas un P-code de ces limites (les leurs commencent par %2) : un lieu hors du Mali n&apos;est pas placé sur une unité malienne</translation>
    </message>
    <message>
        <source>the row&apos;s stated région/cercle are not in the boundaries, and %1 is found by name alone with nothing to confirm it (a place outside Mali?): not placed</source>
        <translation>la région ou le cercle indiqués par la ligne ne sont pas dans les limites, et %1 n&apos;est trouvé que par son nom, sans rien pour le confirmer (un lieu hors du Mali ?) : non placé</translation>
    </message>
    <message>
        <source>the row names no place (no code, no name)</source>
        <translation>la ligne ne nomme aucun lieu (ni code, ni nom)</translation>
    </message>
    <message>
        <source>placed at %1 level</source>
        <translation>placé au niveau %1</translation>
    </message>
    <message>
        <source>no finer place given: presence at %1 level (%1 found by %2)</source>
        <translation>aucun lieu plus fin donné : présence au niveau %1 (méthode : %2)</translation>
    </message>
    <message>
        <source>the cell &apos;%1&apos; names %2 places, one presence each, %3 found</source>
        <translation>la cellule « %1 » nomme %2 lieux, une présence chacun, %3 trouvés</translation>
    </message>
    <message>
        <source> (place %1 of %2; the others are in the extra places list)</source>
        <translation> (lieu %1 sur %2 ; les autres figurent dans la liste des lieux supplémentaires)</translation>
    </message>
    <message>
        <source> (place %1 of %2)</source>
        <translation> (lieu %1 sur %2)</translation>
    </message>
    <message>
        <source>this table&apos;s code/name pairs</source>
        <translation>les paires code/nom de cette table</translation>
    </message>
    <message>
        <source>this table&apos;s %1 codes name other places than its names in %2 of %3 code/name pairs (another P-code scheme)</source>
        <translation>les codes de %1 de cette table désignent d&apos;autres lieux que ses noms dans %2 des %3 paires code/nom (autre schéma de P-codes)</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>cette table</translation>
    </message>
    <message>
        <source>%1 rows give codes without names in régions whose P-code scheme could not be established (%2): they are not joined. Give a code key (--code-key FILE: a table with these codes and their names, e.g. the COD-PS population of the same year) or an alias table, or accept a partial join explicitly (--accept-partial-join); match_schemes.csv says what is missing</source>
        <translation>%1 lignes donnent des codes sans noms dans des régions dont le schéma de P-codes n&apos;a pas pu être établi (%2) : elles ne sont pas jointes. Donnez une clé de codes (--code-key FICHIER : une table avec ces codes et leurs noms, par exemple la population COD-PS de la même année) ou une table d&apos;alias, ou acceptez explicitement une jointure partielle (--accept-partial-join) ; match_schemes.csv indique ce qui manque</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>outside the country</source>
        <translation>hors du pays</translation>
    </message>
    <message>
        <source>outside region %1 &apos;%2&apos;</source>
        <translation>hors de la région %1 « %2 »</translation>
    </message>
    <message>
        <source>outside cercle %1 &apos;%2&apos;</source>
        <translation>hors du cercle %1 « %2 »</translation>
    </message>
    <message>
        <source>outside commune %1 &apos;%2&apos;</source>
        <translation>hors de la commune %1 « %2 »</translation>
    </message>
    <message>
        <source>outside country %1 &apos;%2&apos;</source>
        <translation>hors du pays %1 « %2 »</translation>
    </message>
    <message>
        <source>code %1 is %2, %3</source>
        <translation>le code %1 désigne %2, %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, %3: not placed</source>
        <translation>« %1 » est %2, %3 : non placé</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>atlas page without a coverage table</source>
        <translation>page d&apos;atlas sans table de couverture</translation>
    </message>
    <message>
        <source>atlas page on a unit without geometry in the boundaries</source>
        <translation>page d&apos;atlas sur une unité sans géométrie dans les limites</translation>
    </message>
    <message>
        <source>the file-name pattern gives pages %1 and %2 the same name (%3); add a field such as {pcode} or {n}</source>
        <translation>le modèle de nom de fichier donne aux pages %1 et %2 le même nom (%3) ; ajoutez un champ comme {pcode} ou {n}</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the atlas needs an output file or file-name pattern</source>
        <translation>l&apos;atlas a besoin d&apos;un fichier de sortie ou d&apos;un modèle de nom de fichier</translation>
    </message>
    <message>
        <source>unknown atlas format: the name must end in .pdf, .svg or .png</source>
        <translation>format d&apos;atlas inconnu : le nom doit finir par .pdf, .svg ou .png</translation>
    </message>
    <message>
        <source>a single-file atlas is a PDF; for SVG or PNG pages give a pattern such as &quot;atlas_{pcode}.png&quot;</source>
        <translation>un atlas en un seul fichier est un PDF ; pour des pages SVG ou PNG, donnez un modèle comme « atlas_{pcode}.png »</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>names placed:</source>
        <translation>noms placés :</translation>
    </message>
    <message>
        <source>names placed: %1</source>
        <translation>noms placés : %1</translation>
    </message>
    <message>
        <source>unknown map format: the file name must end in .pdf, .svg or .png</source>
        <translation>format de carte inconnu : le nom du fichier doit finir par .pdf, .svg ou .png</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n&apos;a pas pu être dessiné</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>le SVG n&apos;a pas pu être dessiné</translation>
    </message>
    <message>
        <source>no as-of date given: the subtitle shows a dash instead of the data&apos;s date</source>
        <translation>aucune date de situation donnée : le sous-titre montre un tiret au lieu de la date des données</translation>
    </message>
    <message>
        <source>the key of numbered units does not fit beside the map: use A3 or a cercle page</source>
        <translation>la clé des unités numérotées ne tient pas à côté de la carte : utilisez l&apos;A3 ou une page par cercle</translation>
    </message>
    <message>
        <source>the style has no texts in language &apos;%1&apos;</source>
        <translation>le style n&apos;a pas de textes dans la langue « %1 »</translation>
    </message>
    <message>
        <source>maps need a QGuiApplication (fonts); the program created a QCoreApplication</source>
        <translation>les cartes ont besoin d&apos;une QGuiApplication (polices) ; le programme a créé une QCoreApplication</translation>
    </message>
    <message>
        <source>cannot load the font file %1</source>
        <translation>impossible de charger le fichier de police %1</translation>
    </message>
    <message>
        <source>cannot open the neighbouring countries</source>
        <translation>impossible d&apos;ouvrir les pays voisins</translation>
    </message>
    <message>
        <source>cannot read the display names</source>
        <translation>impossible de lire les noms d&apos;affichage</translation>
    </message>
    <message>
        <source>the display names need the column %1</source>
        <translation>les noms d&apos;affichage ont besoin de la colonne %1</translation>
    </message>
    <message>
        <source>no unit can be drawn: the boundaries hold no polygon with an area (points, lines or empty geometries?), or the default projection leaves nothing visible</source>
        <translation>aucune unité ne peut être dessinée : les limites ne contiennent aucun polygone ayant une surface (points, lignes ou géométries vides ?), ou la projection par défaut ne laisse rien de visible</translation>
    </message>
    <message>
        <source>no unit can be drawn: the boundaries hold no polygon with an area (points, lines or empty geometries?), or the projection (%1) leaves nothing visible</source>
        <translation>aucune unité ne peut être dessinée : les limites ne contiennent aucun polygone ayant une surface (points, lignes ou géométries vides ?), ou la projection (%1) ne laisse rien de visible</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is not a colour (&apos;%1&apos;; use #rrggbb or #aarrggbb)</source>
        <translation>n&apos;est pas une couleur (« %1 » ; utilisez #rrggbb ou #aarrggbb)</translation>
    </message>
    <message>
        <source>style key &apos;%1&apos; %2</source>
        <translation>clé de style « %1 » : %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>a style must be a JSON object</source>
        <translation>un style doit être un objet JSON</translation>
    </message>
    <message>
        <source>cannot read the style file: %1</source>
        <translation>impossible de lire le fichier de style : %1</translation>
    </message>
    <message>
        <source>must be &quot;A4&quot; or &quot;A3&quot;</source>
        <translation>doit être « A4 » ou « A3 »</translation>
    </message>
    <message>
        <source>must be &quot;landscape&quot; or &quot;portrait&quot;</source>
        <translation>doit être « landscape » ou « portrait »</translation>
    </message>
    <message>
        <source>must be a list of file names</source>
        <translation>doit être une liste de noms de fichiers</translation>
    </message>
    <message>
        <source>must be an object of texts</source>
        <translation>doit être un objet de textes</translation>
    </message>
    <message>
        <source>must hold at least one language</source>
        <translation>doit contenir au moins une langue</translation>
    </message>
    <message>
        <source>is missing (the other languages define it)</source>
        <translation>manque (les autres langues la définissent)</translation>
    </message>
    <message>
        <source>the style has no text &apos;%1&apos;</source>
        <translation>le style n&apos;a pas de texte « %1 »</translation>
    </message>
    <message>
        <source>a map with points is written as .pdf or .png</source>
        <translation>une carte avec des points s&apos;écrit en .pdf ou .png</translation>
    </message>
    <message>
        <source>unknown display projection &apos;%1&apos; (give an EPSG code such as EPSG:32630, a PROJ string or WKT)</source>
        <translation>projection d&apos;affichage inconnue « %1 » (donnez un code EPSG comme EPSG:32630, une chaîne PROJ ou du WKT)</translation>
    </message>
    <message>
        <source>no transformation from WGS 84 to &apos;%1&apos;</source>
        <translation>aucune transformation de WGS 84 vers « %1 »</translation>
    </message>
    <message>
        <source>unknown classification method &apos;%1&apos; (quantiles, equal, jenks, manual)</source>
        <translation>méthode de classement inconnue « %1 » (quantiles, equal, jenks, manual)</translation>
    </message>
    <message>
        <source>unknown palette &apos;%1&apos; (one of: %2)</source>
        <translation>palette inconnue « %1 » (au choix : %2)</translation>
    </message>
    <message>
        <source>unknown coverage figure &apos;%1&apos; (one of: %2)</source>
        <translation>chiffre de couverture inconnu « %1 » (au choix : %2)</translation>
    </message>
    <message>
        <source>a categorical map needs a coverage table (main sector per unit)</source>
        <translation>une carte par catégories a besoin d&apos;une table de couverture (secteur principal par unité)</translation>
    </message>
    <message>
        <source>a categorical map needs a qualitative palette (Set3, Paired, Set2, Dark2), not %1</source>
        <translation>une carte par catégories a besoin d&apos;une palette qualitative (Set3, Paired, Set2, Dark2), pas %1</translation>
    </message>
    <message>
        <source>classes without a map scene are computed for choropleths only</source>
        <translation>les classes sans scène de carte ne se calculent que pour les cartes choroplèthes</translation>
    </message>
    <message>
        <source>cannot add the PDF properties: %1</source>
        <translation>impossible d&apos;ajouter les propriétés du PDF : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n regions (%1 beside with a leader line, %2 numbered in the key)</source>
        <translation>
            <numerusform>%n région (%1 à côté avec un trait de rappel, %2 numérotées dans la clé)</numerusform>
            <numerusform>%n régions (%1 à côté avec un trait de rappel, %2 numérotées dans la clé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cercles (%1 beside with a leader line, %2 numbered in the key)</source>
        <translation>
            <numerusform>%n cercle (%1 à côté avec un trait de rappel, %2 numérotés dans la clé)</numerusform>
            <numerusform>%n cercles (%1 à côté avec un trait de rappel, %2 numérotés dans la clé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communes (%1 beside with a leader line, %2 numbered in the key)</source>
        <translation>
            <numerusform>%n commune (%1 à côté avec un trait de rappel, %2 numérotées dans la clé)</numerusform>
            <numerusform>%n communes (%1 à côté avec un trait de rappel, %2 numérotées dans la clé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translation>
            <numerusform>%n voisin</numerusform>
            <numerusform>%n voisins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n neighbours&apos; names left out (no room)</source>
        <translation>
            <numerusform>%1 ; %n nom de voisin omis (pas de place)</numerusform>
            <numerusform>%1 ; %n noms de voisins omis (pas de place)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheme</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confiance élevée</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>confiance moyenne</translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation>aucune confiance</translation>
    </message>
    <message>
        <source>the boundaries</source>
        <translation>les limites</translation>
    </message>
    <message>
        <source>the boundaries&apos; scheme</source>
        <translation>le schéma des limites</translation>
    </message>
    <message>
        <source>%1&apos;s scheme</source>
        <translation>le schéma de %1</translation>
    </message>
    <message>
        <source>code %1 repaired to %2</source>
        <translation>code %1 corrigé en %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>dans %1 : %2</translation>
    </message>
    <message>
        <source>in %1: %2 (%3)</source>
        <translation>dans %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>ratio %1 (%2 to %3, spread %4, %5 places)</source>
        <translation>rapport %1 (de %2 à %3, dispersion %4, %5 lieux)</translation>
    </message>
    <message>
        <source>%1 is %2 one way and %3 the other</source>
        <translation>%1 est %2 d&apos;une façon et %3 de l&apos;autre</translation>
    </message>
    <message>
        <source>none of its %1 code combinations is in the boundaries and no code key was given</source>
        <translation>aucune de ses %1 combinaisons de codes n&apos;est dans les limites et aucune clé de codes n&apos;a été donnée</translation>
    </message>
    <message>
        <source>none of its %1 code combinations is in the boundaries or in a code key</source>
        <translation>aucune de ses %1 combinaisons de codes n&apos;est dans les limites ni dans une clé de codes</translation>
    </message>
    <message>
        <source>%1 of its %2 code combinations are codes of the boundaries, but nothing confirms that they follow the boundaries&apos; scheme (two schemes give different places to the same code) and no code key was given</source>
        <translation>%1 de ses %2 combinaisons de codes sont des codes des limites, mais rien ne confirme qu&apos;elles suivent le schéma des limites (deux schémas donnent des lieux différents au même code) et aucune clé de codes n&apos;a été donnée</translation>
    </message>
    <message>
        <source>%1 of its %2 code combinations are codes of the boundaries that %3, which knows this région&apos;s codes, does not have: codes of one scheme only</source>
        <translation>%1 de ses %2 combinaisons de codes sont des codes des limites que %3, qui connaît les codes de cette région, n&apos;a pas : des codes d&apos;un seul schéma</translation>
    </message>
    <message>
        <source>its codes are in the boundaries, but no code key knows them, so nothing confirms the boundaries&apos; scheme</source>
        <translation>ses codes sont dans les limites, mais aucune clé de codes ne les connaît : rien ne confirme le schéma des limites</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 give the same places to %2 of its %3 code combinations</source>
        <translation>%1 donnent les mêmes lieux à %2 de ses %3 combinaisons de codes</translation>
    </message>
    <message>
        <source>only %1 knows %2 of its %3 code combinations (the boundaries know none)</source>
        <translation>seul %1 connaît %2 de ses %3 combinaisons de codes (les limites n&apos;en connaissent aucune)</translation>
    </message>
    <message>
        <source>%1 and %2 read its codes differently (%3), and no population figures on both this table and a key (at least %4 places) to decide</source>
        <translation>%1 et %2 lisent ses codes différemment (%3), et aucun chiffre de population à la fois dans cette table et dans une clé (au moins %4 lieux) ne permet de décider</translation>
    </message>
    <message>
        <source>the population ratio to %1: reading the codes in %2, %3</source>
        <translation>le rapport de population à %1 : en lisant les codes dans %2, %3</translation>
    </message>
    <message>
        <source>the population ratio to %1: reading the codes in %2, %3; in %4, %5</source>
        <translation>le rapport de population à %1 : en lisant les codes dans %2, %3 ; dans %4, %5</translation>
    </message>
    <message>
        <source>%1 and %2 read its codes differently (%3); %4: not decisive</source>
        <translation>%1 et %2 lisent ses codes différemment (%3) ; %4 : pas décisif</translation>
    </message>
    <message>
        <source>%1 and %2 read its codes differently (%3); %4</source>
        <translation>%1 et %2 lisent ses codes différemment (%3) ; %4</translation>
    </message>
    <message>
        <source>région %1: the scheme of its codes is not established (%2); not joined on its codes: give a code key (--code-key FILE, a table with these codes and their names, e.g. the COD-PS of the same year) or an alias table</source>
        <translation>région %1 : le schéma de ses codes n&apos;est pas établi (%2) ; pas de jointure sur ses codes : donnez une clé de codes (--code-key FICHIER, une table avec ces codes et leurs noms, par exemple la COD-PS de la même année) ou une table d&apos;alias</translation>
    </message>
    <message>
        <source>code %1 is in no scheme known here (région %2 read in %3)</source>
        <translation>le code %1 n&apos;est dans aucun schéma connu ici (région %2 lue dans %3)</translation>
    </message>
    <message>
        <source>code %1 is in no scheme known here (région %2 read in %3); placed at %4 level</source>
        <translation>le code %1 n&apos;est dans aucun schéma connu ici (région %2 lue dans %3) ; placé au niveau %4</translation>
    </message>
    <message>
        <source>code read %1</source>
        <translation>code lu %1</translation>
    </message>
    <message>
        <source>code of the boundaries</source>
        <translation>code des limites</translation>
    </message>
    <message>
        <source>code of the boundaries (%1)</source>
        <translation>code des limites (%1)</translation>
    </message>
    <message>
        <source>%1; région %2 follows %3 (%4)</source>
        <translation>%1 ; la région %2 suit %3 (%4)</translation>
    </message>
    <message>
        <source>%1; région %2 follows %3, but only %4 knows this code</source>
        <translation>%1 ; la région %2 suit %3, mais seul %4 connaît ce code</translation>
    </message>
    <message>
        <source>%1; région %2 follows %3, but only the boundaries know this code</source>
        <translation>%1 ; la région %2 suit %3, mais seules les limites connaissent ce code</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, ...</source>
        <translation>%1, …</translation>
    </message>
    <message>
        <source>no coordinates and no site name</source>
        <translation>ni coordonnées ni nom de site</translation>
    </message>
    <message>
        <source>no coordinates, and no gazetteer to look &apos;%1&apos; up in</source>
        <translation>pas de coordonnées, et aucun répertoire où chercher « %1 »</translation>
    </message>
    <message>
        <source>the row&apos;s commune/cercle could not be placed (%1); &apos;%2&apos; was not looked up in the whole country</source>
        <translation>la commune ou le cercle de la ligne n&apos;a pas pu être placé (%1) ; « %2 » n&apos;a pas été cherché dans tout le pays</translation>
    </message>
    <message>
        <source>in the gazetteer</source>
        <translation>dans le répertoire</translation>
    </message>
    <message>
        <source>in %1 %2 (%3)</source>
        <translation>dans %1 %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found %2</source>
        <translation>« %1 » introuvable %2</translation>
    </message>
    <message>
        <source>%1 places named &apos;%2&apos; %3: %4</source>
        <translation>%1 lieux nommés « %2 » %3 : %4</translation>
    </message>
    <message>
        <source>gazetteer row %1: %2 (%3)</source>
        <translation>ligne %1 du répertoire : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n places without usable coordinates are left out of the gazetteer</source>
        <translation>
            <numerusform>%n lieu sans coordonnées utilisables est laissé hors du répertoire</numerusform>
            <numerusform>%n lieux sans coordonnées utilisables sont laissés hors du répertoire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>a publication needs a release name and a cluster name</source>
        <translation>une publication a besoin d&apos;un nom d&apos;édition et d&apos;un nom de cluster</translation>
    </message>
    <message>
        <source>this role may not publish for cluster &apos;%1&apos; (an administrator adds it to couverture.editor_clusters)</source>
        <translation>ce rôle ne peut pas publier pour le cluster « %1 » (un administrateur l&apos;ajoute à couverture.editor_clusters)</translation>
    </message>
    <message>
        <source>a publication needs a release name (--release) and a cluster name (--cluster)</source>
        <translation>une publication a besoin d&apos;un nom d&apos;édition (--release) et d&apos;un nom de cluster (--cluster)</translation>
    </message>
    <message>
        <source>%1 (upgrading it failed: %2)</source>
        <translation>%1 (la mise à niveau a échoué : %2)</translation>
    </message>
    <message>
        <source>store schema: applied %1</source>
        <translation>schéma de la base : appliqué %1</translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; (sensitive: readers see its coverage only) to %3: %4 rows, replacing the cluster&apos;s previous part (publication %5)</source>
        <translation>édition « %1 », cluster « %2 » (sensible : les lecteurs n&apos;en voient que la couverture) publiée dans %3 : %4 lignes, remplaçant la part précédente du cluster (publication %5)</translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; (sensitive: readers see its coverage only) to %3: %4 rows (publication %5)</source>
        <translation>édition « %1 », cluster « %2 » (sensible : les lecteurs n&apos;en voient que la couverture) publiée dans %3 : %4 lignes (publication %5)</translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; to %3: %4 rows, replacing the cluster&apos;s previous part (publication %5)</source>
        <translation>édition « %1 », cluster « %2 » publiée dans %3 : %4 lignes, remplaçant la part précédente du cluster (publication %5)</translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; to %3: %4 rows (publication %5)</source>
        <translation>édition « %1 », cluster « %2 » publiée dans %3 : %4 lignes (publication %5)</translation>
    </message>
    <message>
        <source>the store has no release &apos;%1&apos;</source>
        <translation>la base n&apos;a pas d&apos;édition « %1 »</translation>
    </message>
    <message>
        <source>release &apos;%1&apos; has none of the clusters asked for</source>
        <translation>l&apos;édition « %1 » n&apos;a aucun des clusters demandés</translation>
    </message>
    <message>
        <source>%1 of the cluster&apos;s %2 rows are not readable by this role (a sensitive table: only its coverage is published to readers)</source>
        <translation>%1 des %2 lignes du cluster ne sont pas lisibles par ce rôle (une table sensible : seule sa couverture est publiée pour les lecteurs)</translation>
    </message>
    <message>
        <source>%1 of the cluster&apos;s %2 rows are not readable by this role</source>
        <translation>%1 des %2 lignes du cluster ne sont pas lisibles par ce rôle</translation>
    </message>
    <message>
        <source>no row of this release is readable by this role (sensitive tables show their coverage only, in couverture.coverage_region/cercle/commune)</source>
        <translation>aucune ligne de cette édition n&apos;est lisible par ce rôle (les tables sensibles ne montrent que leur couverture, dans couverture.coverage_region/cercle/commune)</translation>
    </message>
    <message>
        <source>the store has no release yet</source>
        <translation>la base n&apos;a encore aucune édition</translation>
    </message>
    <message>
        <source>PostGIS is not installed on the server of %1 (Debian: postgresql-15-postgis-3)</source>
        <translation>PostGIS n&apos;est pas installé sur le serveur de %1 (Debian : postgresql-15-postgis-3)</translation>
    </message>
    <message>
        <source>activity_rows columns for the roles %1</source>
        <translation>colonnes de activity_rows pour les rôles %1</translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, this Couverture needs version %3 with every role column: an administrator runs &apos;couverture store-upgrade --to PG:...&apos;</source>
        <translation>la base %1 a la version de schéma %2, ce Couverture a besoin de la version %3 avec toutes les colonnes de rôle : un administrateur lance « couverture store-upgrade --to PG:... »</translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, newer than this Couverture (%3): upgrade Couverture</source>
        <translation>la base %1 a la version de schéma %2, plus récente que ce Couverture (%3) : mettez Couverture à jour</translation>
    </message>
    <message>
        <source>connection string not understood</source>
        <translation>chaîne de connexion incomprise</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>columns:</source>
        <translation>colonnes :</translation>
    </message>
    <message>
        <source>%1 rows matched against %2 communes:</source>
        <translation>%1 lignes rapprochées de %2 communes :</translation>
    </message>
    <message>
        <source>; code/name conflicts=%1; places to review=%2; further places named in cells that name several=%3</source>
        <translation> ; conflits code/nom=%1 ; lieux à vérifier=%2 ; autres lieux nommés dans des cellules qui en nomment plusieurs=%3</translation>
    </message>
    <message>
        <source>région %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>codes read in the scheme of %1, %2 confidence</source>
        <translation>codes lus dans le schéma de %1, confiance %2</translation>
    </message>
    <message>
        <source>NOT JOINED, scheme not established</source>
        <translation>NON JOINTE, schéma non établi</translation>
    </message>
    <message>
        <source>partial join accepted: </source>
        <translation>jointure partielle acceptée : </translation>
    </message>
    <message>
        <source>%1 rows used, %2 left out by the filter (%3), %4 unmatched; %5 of %6 communes with presence; people rule %7</source>
        <translation>%1 lignes utilisées, %2 écartées par le filtre (%3), %4 non appariées ; %5 communes sur %6 avec une présence ; règle des personnes %7</translation>
    </message>
</context>
</TS>

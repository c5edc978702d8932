<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analysis</name>
    <message>
        <source>rows of the first release are placed above the %1 level (région- or cercle-wide) and are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of the second release are placed above the %1 level (région- or cercle-wide) and are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of the first release have no place and are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of the second release have no place and are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of the first release name no organisation and are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of the second release name no organisation and are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row of the first release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row of the second release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisations to withdraw match no row: both releases are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high-need %2s have nobody present (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a table GDAL can open (CSV, XLSX or ODS expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (by header or HXL tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; to select rows by (header or HXL tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place column (P-code or name of a région, cercle or commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure &apos;%1&apos; is not a number; the row is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure; the row is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row is left by the conditions: the table gives no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes of some régions could not be read with confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row&apos;s place is not in the boundaries (%1); its figure %2 is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row&apos;s place is known only as %1 (%2); its figure %3 is left out rather than counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are placed in %2; their figures are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing the need out by population needs a population table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing the need out by the all-sector need needs a condition on the sector column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the units of %1 with their own figure hold %2, more than its figure %3; nothing is left to apportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no weight (%2): it keeps the figure of %3 as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figure for %2 at this level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no dates: organisations are compared by sector alone, not by period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is left by the filter (%1): there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is left by the filter (%1): who-is-where is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not located: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point (%1, %2) lies outside every %3 (latitude, longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gazetteer villages lie outside every unit and are not counted in the reach shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach needs a gazetteer of villages; no reach was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no single %2 (P-code or name); it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion weights must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner &apos;%1&apos; is not among the organisations kept by the filter; it counts nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both excluded and must-include: the exclusion wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows kept by the filter have no place and are not in who-is-where (see the match report).</source>
        <translation>
            <numerusform>%n row kept by the filter has no place and is not in who-is-where (see the match report).</numerusform>
            <numerusform>%n rows kept by the filter have no place and are not in who-is-where (see the match report).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out by the filter (%1)</source>
        <translation>
            <numerusform>%n row left out by the filter (%1)</numerusform>
            <numerusform>%n rows left out by the filter (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>people in need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no such column or no value in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 values in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values in the table, closest first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 matches no row; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period matches no row; the table&apos;s dates run from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period matches no row: the table has no dates (add --keep-undated to keep undated rows, or drop --from/--to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter (%1) keeps no row of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each part matches some rows, but no row matches them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation_type=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period=%1..%2 (undated kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period=%1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places=stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>level 4 (finer than communes), not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen with --column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published release: %1, release %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(single table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HXL row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n empty rows skipped)</source>
        <translation>
            <numerusform> (+%n empty row skipped)</numerusform>
            <numerusform> (+%n empty rows skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping (role &lt;- column, how):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;- %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;- %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: %2 features, schema %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: code &apos;%2&apos;, name &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: code &apos;%2&apos;, name &apos;%3&apos;, parent &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchy: %1 régions, %2 cercles, %3 communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: %1 nesting-by-code violations, %2 nesting-by-location violations, %3 duplicate codes, %4 orphans, %5 invalid geometries repaired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>.</source>
        <extracomment>the decimal separator of numbers written in messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>cannot create the output folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the finished file into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the manifest (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the manifest into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file (disk full or no permission?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the file the set wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write row %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create layer_styles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the style of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook (%1): disk full or no permission?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>empty table: the file holds no sheet or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sheet &apos;%1&apos;; the sheets are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a table GDAL can open: expected a CSV (comma, semicolon or tab), XLSX or ODS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable encoding: &apos;%1&apos; is not an encoding this system knows (try UTF-8 or CP1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table cannot be read whole (GDAL: %1); save it as CSV or XLSX and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty table: no header row and no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1 = &apos;%2&apos;: no column has this header or HXL tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is also %2; column &apos;%3&apos; is used and this one is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row runs over lines %1 to %2 of the file: a quoted cell holds line breaks and as many separators as a whole row, as when a stray quote takes the following rows into one cell; check the quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells where the header has %2: the cells beyond column %2 are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number: left out of the sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; people is negative: left out of the sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; people is more than live in Mali: left out of the sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date %1 is before start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable place column: expected a région, cercle or commune code or name column (headers or HXL #adm1..#adm3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; its text was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty table: a header row but no data rows below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1, not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its coordinates cannot be converted to longitude and latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates that are not finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates outside longitude -180 to 180 and latitude -90 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature has no P-code in field %1; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; (%3) has no usable polygon (%4): it is on no map and no point can be placed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boundaries cannot be read whole (GDAL: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vector file (Shapefile, GeoPackage, GeoJSON, File Geodatabase ...) in this folder or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary source not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file or folder (a named pipe, device or socket): give boundaries saved on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot open this as a vector source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot open this as a vector source (GDAL: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no administrative boundary layer recognised (COD-AB admin1Pcod/ADM1_PCODE, geoBoundaries shapeName/shapeID, GADM GID_n/NAME_n); give an explicit field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate P-code %1 (&apos;%2&apos;); the first feature with this code is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: invalid geometry (%3), repaired with GEOS MakeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: parent code %3 is not a %4 of the boundaries (orphan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not start with its parent&apos;s code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; lies outside its parent %3 &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; placed in %3 &apos;%4&apos; by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no parent by code or by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no région, cercle or commune in the boundaries: their features carry no code field of those levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit can be drawn: not one of the %1 units at the %2 level has a usable polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read this table (GDAL: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no P-code column (admin1Pcode, #adm2+code ...) in this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code key needs names beside its codes (admin2Name, #adm2+name ...), and this table has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code key with no rows below its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, expected a file (CSV, XLSX or ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a named pipe, device or socket): give a file saved on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read whole (GDAL: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no point column: expected latitude and longitude columns (headers such as latitude, longitude or HXL #geo+lat, #geo+lon) or a site/village name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate; the row keeps no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a latitude without a longitude (or the reverse); the row keeps no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates out of range (latitude %1, longitude %2); the row keeps no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates (0, 0) stand for unknown ones; the row keeps no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read this alias table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read this alias table (GDAL: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias table needs the columns level, input, parent (optional) and pcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input cell is empty: an alias says which name or code stands for which P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-code &apos;%1&apos; is not in the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level &apos;%1&apos; is not région, cercle or commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already given P-code %2 by an earlier row; one input cannot stand for two units (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sector dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sector dictionary needs the column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sector needs a key, a French and an English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty table: the file has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a table GDAL can open: the header row has a single column (expected columns separated by commas, semicolons or tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable encoding: the file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;); save it as &quot;CSV UTF-8&quot;, CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a double quote opened on this line is never closed, so every line after it would be read as one cell; close or remove the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is repeated %2 times, past the last row a sheet can have (1,048,576)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a value past column 16,384, the last a sheet can have (a cell repeated %2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content.xml declares a document type (DOCTYPE, entities), which no spreadsheet writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenDocument spreadsheet: the file has no content.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be read whole: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be read whole: its XML is broken (%1 at line %2 of content.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 refers to shared text %2, but the workbook holds %3 shared texts: the cell&apos;s text is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares a document type (DOCTYPE, entities), which no spreadsheet writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its XML is broken (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows name several sectors (multi-choice): each sector is a presence of its own, the row repeated once per sector.</source>
        <translation>
            <numerusform>%n row names several sectors (multi-choice): each sector is a presence of its own, the row repeated once per sector.</numerusform>
            <numerusform>%n rows name several sectors (multi-choice): each sector is a presence of its own, the row repeated once per sector.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading the activity table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking nesting by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deriving missing geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the activity table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciling places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the match report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing coverage tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the cluster&apos;s part of the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the activity rows and their matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the coverage tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the first release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the second release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing the releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classing need and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placing the indicator rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator table read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing organisations unit by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking organisation pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouping presence by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is where done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locating the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placing the points in their units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring the villages&apos; distance to the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sites analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projecting boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name_fuzzy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coarser_level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_other_scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cercle %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside region %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside cercle %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside commune %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside country %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; read as &apos;%2&apos; (same transliteration key &apos;%3&apos;, score %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is &apos;%2&apos; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 without a name: only the boundaries&apos; scheme has it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 without a name, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 repaired to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name to check the code against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name spelt &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is %2 in the boundaries, the row says &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is not in the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2s are named &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2s are named &apos;%3&apos; in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; read as &apos;%2&apos; (similarity %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in %1, not in %2 as the row says (parent corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3 in the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closest: &apos;%1&apos;, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2: a place outside Mali is not placed on a Malian unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is not a P-code of these boundaries (theirs begin with %2): a place outside Mali is not placed on a Malian unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row&apos;s stated région/cercle are not in the boundaries, and %1 is found by name alone with nothing to confirm it (a place outside Mali?): not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no place (no code, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed at %1 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finer place given: presence at %1 level (%1 found by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, %3: not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell &apos;%1&apos; names %2 places, one presence each, %3 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (place %1 of %2; the others are in the extra places list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (place %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this table&apos;s code/name pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this table&apos;s %1 codes name other places than its names in %2 of %3 code/name pairs (another P-code scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows give codes without names in régions whose P-code scheme could not be established (%2): they are not joined. Give a code key (--code-key FILE: a table with these codes and their names, e.g. the COD-PS population of the same year) or an alias table, or accept a partial join explicitly (--accept-partial-join); match_schemes.csv says what is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>atlas page without a coverage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atlas page on a unit without geometry in the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file-name pattern gives pages %1 and %2 the same name (%3); add a field such as {pcode} or {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the atlas needs an output file or file-name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown atlas format: the name must end in .pdf, .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single-file atlas is a PDF; for SVG or PNG pages give a pattern such as &quot;atlas_{pcode}.png&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown map format: the file name must end in .pdf, .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no as-of date given: the subtitle shows a dash instead of the data&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of numbered units does not fit beside the map: use A3 or a cercle page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the style has no texts in language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps need a QGuiApplication (fonts); the program created a QCoreApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the font file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the neighbouring countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the display names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display names need the column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit can be drawn: the boundaries hold no polygon with an area (points, lines or empty geometries?), or the default projection leaves nothing visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit can be drawn: the boundaries hold no polygon with an area (points, lines or empty geometries?), or the projection (%1) leaves nothing visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a colour (&apos;%1&apos;; use #rrggbb or #aarrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style key &apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a style must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the style file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;A4&quot; or &quot;A3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;landscape&quot; or &quot;portrait&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (the other languages define it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the style has no text &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the PDF properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map with points is written as .pdf or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown display projection &apos;%1&apos; (give an EPSG code such as EPSG:32630, a PROJ string or WKT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transformation from WGS 84 to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown classification method &apos;%1&apos; (quantiles, equal, jenks, manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown palette &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown coverage figure &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a categorical map needs a coverage table (main sector per unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a categorical map needs a qualitative palette (Set3, Paired, Set2, Dark2), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes without a map scene are computed for choropleths only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n regions (%1 beside with a leader line, %2 numbered in the key)</source>
        <translation>
            <numerusform>%n region (%1 beside with a leader line, %2 numbered in the key)</numerusform>
            <numerusform>%n regions (%1 beside with a leader line, %2 numbered in the key)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cercles (%1 beside with a leader line, %2 numbered in the key)</source>
        <translation>
            <numerusform>%n cercle (%1 beside with a leader line, %2 numbered in the key)</numerusform>
            <numerusform>%n cercles (%1 beside with a leader line, %2 numbered in the key)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communes (%1 beside with a leader line, %2 numbered in the key)</source>
        <translation>
            <numerusform>%n commune (%1 beside with a leader line, %2 numbered in the key)</numerusform>
            <numerusform>%n communes (%1 beside with a leader line, %2 numbered in the key)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translation>
            <numerusform>%n neighbour</numerusform>
            <numerusform>%n neighbours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n neighbours&apos; names left out (no room)</source>
        <translation>
            <numerusform>%1; %n neighbour&apos;s name left out (no room)</numerusform>
            <numerusform>%1; %n neighbours&apos; names left out (no room)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheme</name>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boundaries&apos; scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 repaired to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio %1 (%2 to %3, spread %4, %5 places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 one way and %3 the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its %1 code combinations is in the boundaries and no code key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its %1 code combinations is in the boundaries or in a code key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 code combinations are codes of the boundaries, but nothing confirms that they follow the boundaries&apos; scheme (two schemes give different places to the same code) and no code key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 code combinations are codes of the boundaries that %3, which knows this région&apos;s codes, does not have: codes of one scheme only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its codes are in the boundaries, but no code key knows them, so nothing confirms the boundaries&apos; scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 give the same places to %2 of its %3 code combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 knows %2 of its %3 code combinations (the boundaries know none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 read its codes differently (%3), and no population figures on both this table and a key (at least %4 places) to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population ratio to %1: reading the codes in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population ratio to %1: reading the codes in %2, %3; in %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 read its codes differently (%3); %4: not decisive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 read its codes differently (%3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>région %1: the scheme of its codes is not established (%2); not joined on its codes: give a code key (--code-key FILE, a table with these codes and their names, e.g. the COD-PS of the same year) or an alias table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is in no scheme known here (région %2 read in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is in no scheme known here (région %2 read in %3); placed at %4 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of the boundaries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; région %2 follows %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; région %2 follows %3, but only the boundaries know this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; région %2 follows %3, but only %4 knows this code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates and no site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates, and no gazetteer to look &apos;%1&apos; up in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row&apos;s commune/cercle could not be placed (%1); &apos;%2&apos; was not looked up in the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places named &apos;%2&apos; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazetteer row %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n places without usable coordinates are left out of the gazetteer</source>
        <translation>
            <numerusform>%n place without usable coordinates is left out of the gazetteer</numerusform>
            <numerusform>%n places without usable coordinates are left out of the gazetteer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a publication needs a release name and a cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this role may not publish for cluster &apos;%1&apos; (an administrator adds it to couverture.editor_clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a publication needs a release name (--release) and a cluster name (--cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (upgrading it failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store schema: applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; (sensitive: readers see its coverage only) to %3: %4 rows, replacing the cluster&apos;s previous part (publication %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; (sensitive: readers see its coverage only) to %3: %4 rows (publication %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; to %3: %4 rows, replacing the cluster&apos;s previous part (publication %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published release &apos;%1&apos;, cluster &apos;%2&apos; to %3: %4 rows (publication %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no release &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release &apos;%1&apos; has none of the clusters asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the cluster&apos;s %2 rows are not readable by this role (a sensitive table: only its coverage is published to readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the cluster&apos;s %2 rows are not readable by this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of this release is readable by this role (sensitive tables show their coverage only, in couverture.coverage_region/cercle/commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no release yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostGIS is not installed on the server of %1 (Debian: postgresql-15-postgis-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity_rows columns for the roles %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, this Couverture needs version %3 with every role column: an administrator runs &apos;couverture store-upgrade --to PG:...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, newer than this Couverture (%3): upgrade Couverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection string not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows matched against %2 communes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; code/name conflicts=%1; places to review=%2; further places named in cells that name several=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>région %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes read in the scheme of %1, %2 confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT JOINED, scheme not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial join accepted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows used, %2 left out by the filter (%3), %4 unmatched; %5 of %6 communes with presence; people rule %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

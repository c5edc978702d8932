<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Analysis</name>
    <message>
        <source>régions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>cercles</source>
        <translation>cercles</translation>
    </message>
    <message>
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>choose the need table (people in need by P-code or name)</source>
        <translation>choose the need table (people in need by P-code or name)</translation>
    </message>
    <message>
        <source>Who is where</source>
        <translation>Who is where</translation>
    </message>
    <message>
        <source>Presence at a coarser level</source>
        <translation>Presence at a coarser level</translation>
    </message>
    <message>
        <source>Organisations present</source>
        <translation>Organisations present</translation>
    </message>
    <message>
        <source>%1 organisations present in %2 of the %3 %4; %5 lines of presence known only at a coarser level.</source>
        <translation>%1 organisations present in %2 of the %3 %4; %5 lines of presence known only at a coarser level.</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Overlaps</translation>
    </message>
    <message>
        <source>Organisation pairs</source>
        <translation>Organisation pairs</translation>
    </message>
    <message>
        <source>Pair matrix %1</source>
        <translation>Pair matrix %1</translation>
    </message>
    <message>
        <source>Organisations in the same sector where they overlap</source>
        <translation>Organisations in the same sector where they overlap</translation>
    </message>
    <message>
        <source>%1 unit-sectors where %2 or more organisations work in the same sector; %3 organisation pairs.</source>
        <translation>%1 unit-sectors where %2 or more organisations work in the same sector; %3 organisation pairs.</translation>
    </message>
    <message>
        <source>The table has no dates: organisations are compared by sector alone.</source>
        <translation>The table has no dates: organisations are compared by sector alone.</translation>
    </message>
    <message>
        <source>low need</source>
        <translation>low need</translation>
    </message>
    <message>
        <source>middle need</source>
        <translation>middle need</translation>
    </message>
    <message>
        <source>high need</source>
        <translation>high need</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>few present</source>
        <translation>few present</translation>
    </message>
    <message>
        <source>strong presence</source>
        <translation>strong presence</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Need and coverage</source>
        <translation>Need and coverage</translation>
    </message>
    <message>
        <source>%1 high-need %2 with nobody present.</source>
        <translation>%1 high-need %2 with nobody present.</translation>
    </message>
    <message>
        <source>Need known only at a coarser level is shared out: an estimate.</source>
        <translation>Need known only at a coarser level is shared out: an estimate.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>Proposed %1</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Shortlisted</translation>
    </message>
    <message>
        <source>Always included</source>
        <translation>Always included</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Shortlist: %1.</source>
        <translation>Shortlist: %1.</translation>
    </message>
    <message>
        <source>choose the point table (sites or service points)</source>
        <translation>choose the point table (sites or service points)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points outside</source>
        <translation>Points outside</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>Villages within %1 km of a point (%)</source>
        <translation>Villages within %1 km of a point (%)</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>Points per unit</translation>
    </message>
    <message>
        <source>%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not located.</source>
        <translation>%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not located.</translation>
    </message>
    <message>
        <source>Villages within %1 km of a point: %2 of %3 (%4).</source>
        <translation>Villages within %1 km of a point: %2 of %3 (%4).</translation>
    </message>
    <message>
        <source>choose the second release, or the organisations to take out</source>
        <translation>choose the second release, or the organisations to take out</translation>
    </message>
    <message>
        <source>Change by sector</source>
        <translation>Change by sector</translation>
    </message>
    <message>
        <source>Last organisation lost</source>
        <translation>Last organisation lost</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Net change</translation>
    </message>
    <message>
        <source>Net change in organisations</source>
        <translation>Net change in organisations</translation>
    </message>
    <message>
        <source>%1 departures and %2 arrivals by unit and sector; %3 unit-sectors lost their last organisation.</source>
        <translation>%1 departures and %2 arrivals by unit and sector; %3 unit-sectors lost their last organisation.</translation>
    </message>
    <message>
        <source>No table to analyse: import an activity table (File › Import).</source>
        <translation>No table to analyse: import an activity table (File › Import).</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>no overlap</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <source>Score part: absence</source>
        <translation>Score part: absence</translation>
    </message>
    <message>
        <source>Absence score</source>
        <translation>Absence score</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Always shortlisted</source>
        <translation>Always shortlisted</translation>
    </message>
    <message>
        <source>Organisations arrived</source>
        <translation>Organisations arrived</translation>
    </message>
    <message>
        <source>Need × coverage class</source>
        <translation>Need × coverage class</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Cercle name</source>
        <translation>Cercle name</translation>
    </message>
    <message>
        <source>Cercle P-code</source>
        <translation>Cercle P-code</translation>
    </message>
    <message>
        <source>Share of sub-units covered</source>
        <translation>Share of sub-units covered</translation>
    </message>
    <message>
        <source>Sub-units</source>
        <translation>Sub-units</translation>
    </message>
    <message>
        <source>Sub-units covered</source>
        <translation>Sub-units covered</translation>
    </message>
    <message>
        <source>Organisations known only higher up</source>
        <translation>Organisations known only higher up</translation>
    </message>
    <message>
        <source>Column in the table</source>
        <translation>Column in the table</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>Commune P-code</source>
        <translation>Commune P-code</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Code against names</source>
        <translation>Code against names</translation>
    </message>
    <message>
        <source>Coverage class (1-3)</source>
        <translation>Coverage class (1-3)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>First organisation gained</source>
        <translation>First organisation gained</translation>
    </message>
    <message>
        <source>High need, nobody present</source>
        <translation>High need, nobody present</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>HXL tag</translation>
    </message>
    <message>
        <source>In the shortlist</source>
        <translation>In the shortlist</translation>
    </message>
    <message>
        <source>Region code in the table</source>
        <translation>Region code in the table</translation>
    </message>
    <message>
        <source>Region name in the table</source>
        <translation>Region name in the table</translation>
    </message>
    <message>
        <source>Cercle code in the table</source>
        <translation>Cercle code in the table</translation>
    </message>
    <message>
        <source>Cercle name in the table</source>
        <translation>Cercle name in the table</translation>
    </message>
    <message>
        <source>Commune code in the table</source>
        <translation>Commune code in the table</translation>
    </message>
    <message>
        <source>Commune name in the table</source>
        <translation>Commune name in the table</translation>
    </message>
    <message>
        <source>Scheme established</source>
        <translation>Scheme established</translation>
    </message>
    <message>
        <source>Largest rank move</source>
        <translation>Largest rank move</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Organisations gone</source>
        <translation>Organisations gone</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Located by</source>
        <translation>Located by</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Last organisation lost</source>
        <translation>Last organisation lost</translation>
    </message>
    <message>
        <source>Main sector</source>
        <translation>Main sector</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Need basis</source>
        <translation>Need basis</translation>
    </message>
    <message>
        <source>Need class (1-3)</source>
        <translation>Need class (1-3)</translation>
    </message>
    <message>
        <source>Score part: need</source>
        <translation>Score part: need</translation>
    </message>
    <message>
        <source>Need per organisation</source>
        <translation>Need per organisation</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Need score</translation>
    </message>
    <message>
        <source>Need taken from</source>
        <translation>Need taken from</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Net change</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation A</source>
        <translation>Organisation A</translation>
    </message>
    <message>
        <source>Organisation B</source>
        <translation>Organisation B</translation>
    </message>
    <message>
        <source>Organisation&apos;s full name</source>
        <translation>Organisation&apos;s full name</translation>
    </message>
    <message>
        <source>Organisation names</source>
        <translation>Organisation names</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisations after</source>
        <translation>Organisations after</translation>
    </message>
    <message>
        <source>Organisations at the same time</source>
        <translation>Organisations at the same time</translation>
    </message>
    <message>
        <source>Organisations before</source>
        <translation>Organisations before</translation>
    </message>
    <message>
        <source>Organisations region-wide</source>
        <translation>Organisations region-wide</translation>
    </message>
    <message>
        <source>Other organisations (names)</source>
        <translation>Other organisations (names)</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Other organisations</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Parent unit P-code</source>
        <translation>Parent unit P-code</translation>
    </message>
    <message>
        <source>Partners present (names)</source>
        <translation>Partners present (names)</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <translation>Implementing partners</translation>
    </message>
    <message>
        <source>Score part: partners</source>
        <translation>Score part: partners</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Partners present</translation>
    </message>
    <message>
        <source>Partners score</source>
        <translation>Partners score</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Placed in</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Reach (km)</source>
        <translation>Reach (km)</translation>
    </message>
    <message>
        <source>Share of villages within reach</source>
        <translation>Share of villages within reach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Region name</translation>
    </message>
    <message>
        <source>Region P-code</source>
        <translation>Region P-code</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Row numbers</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Rows at this level</source>
        <translation>Rows at this level</translation>
    </message>
    <message>
        <source>Code scheme</source>
        <translation>Code scheme</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sector list</source>
        <translation>Sector list</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Sectors lost</source>
        <translation>Sectors lost</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Units in common</source>
        <translation>Units in common</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Villages within reach</source>
        <translation>Villages within reach</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Where in the file</translation>
    </message>
    <message>
        <source>Rank, need weight %1%</source>
        <translation>Rank, need weight %1%</translation>
    </message>
    <message>
        <source>Rank, absence weight %1%</source>
        <translation>Rank, absence weight %1%</translation>
    </message>
    <message>
        <source>Rank, partners weight %1%</source>
        <translation>Rank, partners weight %1%</translation>
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
        <source>repaired code</source>
        <translation>repaired code</translation>
    </message>
    <message>
        <source>code of the other scheme</source>
        <translation>code of the other scheme</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>fuzzy name</source>
        <translation>fuzzy name</translation>
    </message>
    <message>
        <source>coarser level</source>
        <translation>coarser level</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>extra places in cells naming several</source>
        <translation>extra places in cells naming several</translation>
    </message>
    <message>
        <source>code against names</source>
        <translation>code against names</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>sum of the units below</source>
        <translation>sum of the units below</translation>
    </message>
    <message>
        <source>estimate, shared out</source>
        <translation>estimate, shared out</translation>
    </message>
    <message>
        <source>figure of the level above</source>
        <translation>figure of the level above</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>no figure</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>column name</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>chosen by the user</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>implementing partner</source>
        <translation>implementing partner</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donor</translation>
    </message>
    <message>
        <source>organisation acronym</source>
        <translation>organisation acronym</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>organisation name</translation>
    </message>
    <message>
        <source>organisation type</source>
        <translation>organisation type</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>region code</source>
        <translation>region code</translation>
    </message>
    <message>
        <source>region name</source>
        <translation>region name</translation>
    </message>
    <message>
        <source>cercle code</source>
        <translation>cercle code</translation>
    </message>
    <message>
        <source>cercle name</source>
        <translation>cercle name</translation>
    </message>
    <message>
        <source>commune code</source>
        <translation>commune code</translation>
    </message>
    <message>
        <source>commune name</source>
        <translation>commune name</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>people targeted</source>
        <translation>people targeted</translation>
    </message>
    <message>
        <source>women and girls targeted</source>
        <translation>women and girls targeted</translation>
    </message>
    <message>
        <source>men and boys targeted</source>
        <translation>men and boys targeted</translation>
    </message>
    <message>
        <source>children targeted</source>
        <translation>children targeted</translation>
    </message>
    <message>
        <source>adults targeted</source>
        <translation>adults targeted</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>people reached</translation>
    </message>
    <message>
        <source>women and girls reached</source>
        <translation>women and girls reached</translation>
    </message>
    <message>
        <source>men and boys reached</source>
        <translation>men and boys reached</translation>
    </message>
    <message>
        <source>children reached</source>
        <translation>children reached</translation>
    </message>
    <message>
        <source>adults reached</source>
        <translation>adults reached</translation>
    </message>
    <message>
        <source>place stated or inferred</source>
        <translation>place stated or inferred</translation>
    </message>
    <message>
        <source>in the unit</source>
        <translation>in the unit</translation>
    </message>
    <message>
        <source>region-wide</source>
        <translation>region-wide</translation>
    </message>
    <message>
        <source>cercle-wide</source>
        <translation>cercle-wide</translation>
    </message>
    <message>
        <source>commune-wide</source>
        <translation>commune-wide</translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation>shortlisted</translation>
    </message>
    <message>
        <source>included on request</source>
        <translation>included on request</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>excluded on request</source>
        <translation>excluded on request</translation>
    </message>
    <message>
        <source>inside a unit</source>
        <translation>inside a unit</translation>
    </message>
    <message>
        <source>outside every unit</source>
        <translation>outside every unit</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>not located</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>coordinates</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>gazetteer</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>no dates in the table</source>
        <translation>no dates in the table</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>not established</translation>
    </message>
    <message>
        <source>the boundaries&apos; codes</source>
        <translation>the boundaries&apos; codes</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; in exported files</source>
        <translation>Column &apos;%1&apos; in exported files</translation>
    </message>
    <message>
        <source>People per place</source>
        <translation>People per place</translation>
    </message>
    <message>
        <source>largest figure</source>
        <translation>largest figure</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Couverture: who does what where, on the map</source>
        <translation>Couverture: who does what where, on the map</translation>
    </message>
    <message>
        <source>a .couverture project or a table to import</source>
        <translation>a .couverture project or a table to import</translation>
    </message>
    <message>
        <source>interface language (fr or en)</source>
        <translation>interface language (fr or en)</translation>
    </message>
    <message>
        <source>save the main views as PNG into FOLDER, then quit</source>
        <translation>save the main views as PNG into FOLDER, then quit</translation>
    </message>
    <message>
        <source>print the time until the map is drawn, then quit</source>
        <translation>print the time until the map is drawn, then quit</translation>
    </message>
    <message>
        <source>open the default project, whatever was open last</source>
        <translation>open the default project, whatever was open last</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>cannot open the project file: %1</source>
        <translation>cannot open the project file: %1</translation>
    </message>
    <message>
        <source>not a project file: %1</source>
        <translation>not a project file: %1</translation>
    </message>
    <message>
        <source>not a Couverture project (no couverture_project key)</source>
        <translation>not a Couverture project (no couverture_project key)</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>cannot save the project: %1</translation>
    </message>
</context>
<context>
    <name>couverture::app::AnalysisPanel</name>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Who is where</source>
        <translation>Who is where</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Overlaps</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Change between releases</source>
        <translation>Change between releases</translation>
    </message>
    <message>
        <source>Organisations, partners, programmes and people per unit, the figure the Layers tab chooses.</source>
        <translation>Organisations, partners, programmes and people per unit, the figure the Layers tab chooses.</translation>
    </message>
    <message>
        <source>The organisations present per unit and sector, with their rows; presence known only at a coarser level is listed apart.</source>
        <translation>The organisations present per unit and sector, with their rows; presence known only at a coarser level is listed apart.</translation>
    </message>
    <message>
        <source>Units where N or more organisations work in the same sector (in overlapping periods when the table has dates), and the pairs that share the most units.</source>
        <translation>Units where N or more organisations work in the same sector (in overlapping periods when the table has dates), and the pairs that share the most units.</translation>
    </message>
    <message>
        <source>Presence in the sector against need: people in need per organisation, high need with nobody present.</source>
        <translation>Presence in the sector against need: people in need per organisation, high need with nobody present.</translation>
    </message>
    <message>
        <source>Units ranked for a programme by need, absence of other organisations and presence of its partners, with how ranks move when a weight changes.</source>
        <translation>Units ranked for a programme by need, absence of other organisations and presence of its partners, with how ranks move when a weight changes.</translation>
    </message>
    <message>
        <source>Points placed in communes and counted per unit; with a distance, the share of the villages within reach of a point.</source>
        <translation>Points placed in communes and counted per unit; with a distance, the share of the villages within reach of a point.</translation>
    </message>
    <message>
        <source>Organisations that left and arrived per unit and sector between two releases: a second table, or the table without some organisations.</source>
        <translation>Organisations that left and arrived per unit and sector between two releases: a second table, or the table without some organisations.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Sectors of the filters</source>
        <translation>Sectors of the filters</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>no reach</source>
        <translation>no reach</translation>
    </message>
    <message>
        <source>Used at its own level</source>
        <translation>Used at its own level</translation>
    </message>
    <message>
        <source>Shared out by population</source>
        <translation>Shared out by population</translation>
    </message>
    <message>
        <source>Shared out by all-sector need</source>
        <translation>Shared out by all-sector need</translation>
    </message>
    <message>
        <source>COLUMN=VALUE; COLUMN=VALUE</source>
        <translation>COLUMN=VALUE; COLUMN=VALUE</translation>
    </message>
    <message>
        <source>Tables with codes and names, separated by ;</source>
        <translation>Tables with codes and names, separated by ;</translation>
    </message>
    <message>
        <source>Acronyms or names, separated by commas</source>
        <translation>Acronyms or names, separated by commas</translation>
    </message>
    <message>
        <source>The 2015 populated places beside the boundaries</source>
        <translation>The 2015 populated places beside the boundaries</translation>
    </message>
    <message>
        <source>need</source>
        <translation>need</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Organisations at least</source>
        <translation>Organisations at least</translation>
    </message>
    <message>
        <source>Need table</source>
        <translation>Need table</translation>
    </message>
    <message>
        <source>Need column</source>
        <translation>Need column</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Rows kept</translation>
    </message>
    <message>
        <source>Need label</source>
        <translation>Need label</translation>
    </message>
    <message>
        <source>Code keys</source>
        <translation>Code keys</translation>
    </message>
    <message>
        <source>Coarser figures</source>
        <translation>Coarser figures</translation>
    </message>
    <message>
        <source>Population table</source>
        <translation>Population table</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Point table</source>
        <translation>Point table</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Populated places</source>
        <translation>Populated places</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Second release</source>
        <translation>Second release</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>None: take organisations out</source>
        <translation>None: take organisations out</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>people in need</source>
        <translation>people in need</translation>
    </message>
</context>
<context>
    <name>couverture::app::ExportDialog</name>
    <message>
        <source>The atlas has no page: the filters leave no unit or sector.</source>
        <translation>The atlas has no page: the filters leave no unit or sector.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>Automatic: the figure and the level</source>
        <translation>Automatic: the figure and the level</translation>
    </message>
    <message>
        <source>Automatic: the sector and the date</source>
        <translation>Automatic: the sector and the date</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the data describe</source>
        <translation>yyyy-mm-dd: the date the data describe</translation>
    </message>
    <message>
        <source>One source per line; empty: the style&apos;s default</source>
        <translation>One source per line; empty: the style&apos;s default</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>No atlas: one map</source>
        <translation>No atlas: one map</translation>
    </message>
    <message>
        <source>One page per région</source>
        <translation>One page per région</translation>
    </message>
    <message>
        <source>One page per cercle</source>
        <translation>One page per cercle</translation>
    </message>
    <message>
        <source>One page per sector</source>
        <translation>One page per sector</translation>
    </message>
    <message>
        <source>Texts of the page</source>
        <translation>Texts of the page</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <source>Map number</source>
        <translation>Map number</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Page and files</source>
        <translation>Page and files</translation>
    </message>
    <message>
        <source>Language of the map</source>
        <translation>Language of the map</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left half-written.</source>
        <translation>Export cancelled; no file was left half-written.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written:</source>
        <translation>
            <numerusform>%n file written:</numerusform>
            <numerusform>%n files written:</numerusform>
        </translation>
    </message>
    <message>
        <source>The map of %1 has no atlas: export it as one map.</source>
        <translation>The map of %1 has no atlas: export it as one map.</translation>
    </message>
    <message>
        <source>Export the map: %1</source>
        <translation>Export the map: %1</translation>
    </message>
    <message>
        <source>The map of %1: its atlas is one PDF page per région with the largest overlaps (no atlas per cercle or sector).</source>
        <translation>The map of %1: its atlas is one PDF page per région with the largest overlaps (no atlas per cercle or sector).</translation>
    </message>
    <message>
        <source>The map of %1 is exported as one map: an atlas is made of the coverage map only.</source>
        <translation>The map of %1 is exported as one map: an atlas is made of the coverage map only.</translation>
    </message>
</context>
<context>
    <name>couverture::app::FiltersPanel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period (activities overlapping it)</source>
        <translation>Period (activities overlapping it)</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>couverture::app::ImportDialog</name>
    <message>
        <source>Import a table: %1</source>
        <translation>Import a table: %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>HXL tag</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>How the columns are read (change a role to correct it)</source>
        <translation>How the columns are read (change a role to correct it)</translation>
    </message>
    <message>
        <source>First rows, as the roles read them</source>
        <translation>First rows, as the roles read them</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>Add to the project</translation>
    </message>
    <message>
        <source>%1 rows read, %2 columns understood, %3 left unused, %4 problems.</source>
        <translation>%1 rows read, %2 columns understood, %3 left unused, %4 problems.</translation>
    </message>
    <message>
        <source>This table cannot be read as it is: %1</source>
        <translation>This table cannot be read as it is: %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Found from the HXL tag</source>
        <translation>Found from the HXL tag</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Chosen by you</translation>
    </message>
    <message>
        <source>Found from the header</source>
        <translation>Found from the header</translation>
    </message>
    <message>
        <source>Activity table (who does what where)</source>
        <translation>Activity table (who does what where)</translation>
    </message>
    <message>
        <source>Point table (sites, service points)</source>
        <translation>Point table (sites, service points)</translation>
    </message>
    <message>
        <source>Indicator table (people in need, population)</source>
        <translation>Indicator table (people in need, population)</translation>
    </message>
    <message>
        <source>Tables with codes and names, separated by ;</source>
        <translation>Tables with codes and names, separated by ;</translation>
    </message>
    <message>
        <source>This table gives codes without names: tables with the codes and names of another scheme (the COD-PS population, a 3W) say what its codes mean.</source>
        <translation>This table gives codes without names: tables with the codes and names of another scheme (the COD-PS population, a 3W) say what its codes mean.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Code key</source>
        <translation>Code key</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Tables (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Add as</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Code keys</source>
        <translation>Code keys</translation>
    </message>
    <message>
        <source>The need of the gaps and targets analyses. When the table gives several rows per place (sectors, gender, age), say which to keep in the Analysis tab.</source>
        <translation>The need of the gaps and targets analyses. When the table gives several rows per place (sectors, gender, age), say which to keep in the Analysis tab.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couverture::app::LayersPanel</name>
    <message>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Cercles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Mapped level</source>
        <translation>Mapped level</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Outlines shown</source>
        <translation>Outlines shown</translation>
    </message>
</context>
<context>
    <name>couverture::app::LegendPanel</name>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
</context>
<context>
    <name>couverture::app::MainWindow</name>
    <message>
        <source>Couverture projects (*.couverture)</source>
        <translation>Couverture projects (*.couverture)</translation>
    </message>
    <message>
        <source>Couverture</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>The map style cannot be read: %1</source>
        <translation>The map style cannot be read: %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Coverage by %1</source>
        <translation>Coverage by %1</translation>
    </message>
    <message>
        <source>Match report</source>
        <translation>Match report</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>How the rows of the table in view were placed on the map</source>
        <translation>How the rows of the table in view were placed on the map</translation>
    </message>
    <message>
        <source>Open a project or drop a table on the window.</source>
        <translation>Open a project or drop a table on the window.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Match review</source>
        <translation>Match review</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;New project</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Import a table or boundaries…</source>
        <translation>&amp;Import a table or boundaries…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export the map…</source>
        <translation>&amp;Export the map…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Whole &amp;country</source>
        <translation>Whole &amp;country</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tables</translation>
    </message>
    <message>
        <source>Match &amp;review</source>
        <translation>Match &amp;review</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Couverture</source>
        <translation>&amp;About Couverture</translation>
    </message>
    <message>
        <source>About Couverture</source>
        <translation>About Couverture</translation>
    </message>
    <message>
        <source>&lt;b&gt;Couverture %1&lt;/b&gt;&lt;br&gt;Who does what where in Mali: activity tables joined to the administrative boundaries, coverage tables and report-grade maps.</source>
        <translation>&lt;b&gt;Couverture %1&lt;/b&gt;&lt;br&gt;Who does what where in Mali: activity tables joined to the administrative boundaries, coverage tables and report-grade maps.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Open a project</translation>
    </message>
    <message>
        <source>Reading the boundaries and the tables…</source>
        <translation>Reading the boundaries and the tables…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Loading %1</translation>
    </message>
    <message>
        <source>The boundaries cannot be read: %1</source>
        <translation>The boundaries cannot be read: %1</translation>
    </message>
    <message>
        <source>The project cannot be loaded: %1</source>
        <translation>The project cannot be loaded: %1</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (cannot be read)</translation>
    </message>
    <message>
        <source>A table cannot be read</source>
        <translation>A table cannot be read</translation>
    </message>
    <message>
        <source>No table to map: import an activity table (File › Import).</source>
        <translation>No table to map: import an activity table (File › Import).</translation>
    </message>
    <message>
        <source>Place rejected: its rows stay unmatched.</source>
        <translation>Place rejected: its rows stay unmatched.</translation>
    </message>
    <message>
        <source>Decision saved as an alias: %1 → %2</source>
        <translation>Decision saved as an alias: %1 → %2</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>The project has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Import the boundaries, then an activity table (File › Import, or drop the files here).</source>
        <translation>Import the boundaries, then an activity table (File › Import, or drop the files here).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tables and boundaries (*.csv *.xlsx *.xls *.ods *.shp *.gpkg *.geojson *.json *.couverture);;All files (*)</source>
        <translation>Tables and boundaries (*.csv *.xlsx *.xls *.ods *.shp *.gpkg *.geojson *.json *.couverture);;All files (*)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <source>Use %1 as the project&apos;s administrative boundaries?</source>
        <translation>Use %1 as the project&apos;s administrative boundaries?</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations: %1</translation>
    </message>
    <message>
        <source>Implementing partners: %1</source>
        <translation>Implementing partners: %1</translation>
    </message>
    <message>
        <source>Programmes: %1</source>
        <translation>Programmes: %1</translation>
    </message>
    <message>
        <source>Activity rows: %1</source>
        <translation>Activity rows: %1</translation>
    </message>
    <message>
        <source>People reached: %1</source>
        <translation>People reached: %1</translation>
    </message>
    <message>
        <source>Click for the rows and organisations</source>
        <translation>Click for the rows and organisations</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Zoom to a unit: </source>
        <translation>Zoom to a unit: </translation>
    </message>
    <message>
        <source>Name of a région, cercle or commune</source>
        <translation>Name of a région, cercle or commune</translation>
    </message>
    <message>
        <source>No unit is named %1</source>
        <translation>No unit is named %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 communes, %n tables</source>
        <translation>
            <numerusform>%1 communes, %n table</numerusform>
            <numerusform>%1 communes, %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filters leave no activity row (%n rows left out): nothing to map. Clear a filter to see the map again.</source>
        <translation>
            <numerusform>The filters leave no activity row (%n row left out): nothing to map. Clear a filter to see the map again.</numerusform>
            <numerusform>The filters leave no activity row (%n rows left out): nothing to map. Clear a filter to see the map again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows on the map</source>
        <translation>
            <numerusform>%1 of %n row on the map</numerusform>
            <numerusform>%1 of %n rows on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present only at a coarser level: %n organisations</source>
        <translation>
            <numerusform>Present only at a coarser level: %n organisation</numerusform>
            <numerusform>Present only at a coarser level: %n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couverture::app::ReviewPanel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code of the other scheme</source>
        <translation>Code of the other scheme</translation>
    </message>
    <message>
        <source>Repaired code</source>
        <translation>Repaired code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fuzzy name</source>
        <translation>Fuzzy name</translation>
    </message>
    <message>
        <source>Coarser level</source>
        <translation>Coarser level</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Place in the selected unit</source>
        <translation>Place in the selected unit</translation>
    </message>
    <message>
        <source>Place in the table</source>
        <translation>Place in the table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Placed in</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>The place is the unit it was placed in: remember it as an alias</source>
        <translation>The place is the unit it was placed in: remember it as an alias</translation>
    </message>
    <message>
        <source>The place is not the unit it was placed in: keep its rows unmatched</source>
        <translation>The place is not the unit it was placed in: keep its rows unmatched</translation>
    </message>
    <message>
        <source>The place is the candidate selected on the right: remember it as an alias</source>
        <translation>The place is the candidate selected on the right: remember it as an alias</translation>
    </message>
    <message>
        <source>Ranked candidates (outlined in red on the map)</source>
        <translation>Ranked candidates (outlined in red on the map)</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) need a decision</source>
        <translation>
            <numerusform>%n place needs a decision</numerusform>
            <numerusform>%n places need a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the places that need a decision…</source>
        <translation>Finding the places that need a decision…</translation>
    </message>
</context>
<context>
    <name>couverture::app::TableView</name>
    <message>
        <source>Filter the rows (any column)</source>
        <translation>Filter the rows (any column)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Copy the selected rows as shown, headings and words included, to paste into a report</source>
        <translation>Copy the selected rows as shown, headings and words included, to paste into a report</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV or XLSX file, with the column names and codes of the files the command line writes</source>
        <translation>Write the rows shown to a CSV or XLSX file, with the column names and codes of the files the command line writes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couverture::app::UnitRowsDialog</name>
    <message>
        <source>%1 (%2): activities</source>
        <translation>%1 (%2): activities</translation>
    </message>
    <message>
        <source>Organisations present (%1)</source>
        <translation>Organisations present (%1)</translation>
    </message>
    <message>
        <source>Activity rows (%1)</source>
        <translation>Activity rows (%1)</translation>
    </message>
    <message>
        <source>Rows of %1 placed in this unit or below it, with the filters applied.</source>
        <translation>Rows of %1 placed in this unit or below it, with the filters applied.</translation>
    </message>
</context>
</TS>

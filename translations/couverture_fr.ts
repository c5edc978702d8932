<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>choisissez le tableau du besoin (personnes dans le besoin par P-code ou par nom)</translation>
    </message>
    <message>
        <source>Who is where</source>
        <translation>Qui est où</translation>
    </message>
    <message>
        <source>Presence at a coarser level</source>
        <translation>Présence à un niveau supérieur</translation>
    </message>
    <message>
        <source>Organisations present</source>
        <translation>Organisations présentes</translation>
    </message>
    <message>
        <source>%1 organisations present in %2 of the %3 %4; %5 lines of presence known only at a coarser level.</source>
        <translation>%1 organisations présentes dans %2 des %3 %4 ; %5 lignes de présence connues seulement à un niveau supérieur.</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Chevauchements</translation>
    </message>
    <message>
        <source>Organisation pairs</source>
        <translation>Paires d&apos;organisations</translation>
    </message>
    <message>
        <source>Pair matrix %1</source>
        <translation>Matrice des paires %1</translation>
    </message>
    <message>
        <source>Organisations in the same sector where they overlap</source>
        <translation>Organisations d&apos;un même secteur là où elles se chevauchent</translation>
    </message>
    <message>
        <source>%1 unit-sectors where %2 or more organisations work in the same sector; %3 organisation pairs.</source>
        <translation>%1 unités-secteurs où au moins %2 organisations travaillent dans le même secteur ; %3 paires d&apos;organisations.</translation>
    </message>
    <message>
        <source>The table has no dates: organisations are compared by sector alone.</source>
        <translation>Le tableau n&apos;a pas de dates : les organisations sont comparées par secteur seulement.</translation>
    </message>
    <message>
        <source>low need</source>
        <translation>besoin faible</translation>
    </message>
    <message>
        <source>middle need</source>
        <translation>besoin moyen</translation>
    </message>
    <message>
        <source>high need</source>
        <translation>besoin élevé</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>few present</source>
        <translation>peu présents</translation>
    </message>
    <message>
        <source>strong presence</source>
        <translation>forte présence</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Need and coverage</source>
        <translation>Besoin et couverture</translation>
    </message>
    <message>
        <source>%1 high-need %2 with nobody present.</source>
        <translation>%1 %2 à besoin élevé sans personne de présent.</translation>
    </message>
    <message>
        <source>Need known only at a coarser level is shared out: an estimate.</source>
        <translation>Le besoin connu seulement à un niveau supérieur est réparti : c&apos;est une estimation.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>%1 proposés</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Always included</source>
        <translation>Inclus d&apos;office</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Shortlist: %1.</source>
        <translation>Liste courte : %1.</translation>
    </message>
    <message>
        <source>choose the point table (sites or service points)</source>
        <translation>choisissez le tableau de points (sites ou points de service)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points outside</source>
        <translation>Points hors des unités</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <source>Villages within %1 km of a point (%)</source>
        <translation>Villages à moins de %1 km d&apos;un point (%)</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>Points par unité</translation>
    </message>
    <message>
        <source>%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not located.</source>
        <translation>%1 points : %2 dans une commune (%3 localisés par leur nom), %4 hors de toute commune, %5 non localisés.</translation>
    </message>
    <message>
        <source>Villages within %1 km of a point: %2 of %3 (%4).</source>
        <translation>Villages à moins de %1 km d&apos;un point : %2 sur %3 (%4).</translation>
    </message>
    <message>
        <source>choose the second release, or the organisations to take out</source>
        <translation>choisissez la seconde édition, ou les organisations à retirer</translation>
    </message>
    <message>
        <source>Change by sector</source>
        <translation>Évolution par secteur</translation>
    </message>
    <message>
        <source>Last organisation lost</source>
        <translation>Dernière organisation perdue</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Net change in organisations</source>
        <translation>Solde des organisations</translation>
    </message>
    <message>
        <source>%1 departures and %2 arrivals by unit and sector; %3 unit-sectors lost their last organisation.</source>
        <translation>%1 départs et %2 arrivées par unité et par secteur ; %3 unités-secteurs ont perdu leur dernière organisation.</translation>
    </message>
    <message>
        <source>No table to analyse: import an activity table (File › Import).</source>
        <translation>Aucun tableau à analyser : importez un tableau d&apos;activités (Fichier › Importer).</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>aucun chevauchement</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>pas de changement</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <source>Score part: absence</source>
        <translation>Part du score : absence</translation>
    </message>
    <message>
        <source>Absence score</source>
        <translation>Score d&apos;absence</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Always shortlisted</source>
        <translation>Toujours dans la liste courte</translation>
    </message>
    <message>
        <source>Organisations arrived</source>
        <translation>Organisations arrivées</translation>
    </message>
    <message>
        <source>Need × coverage class</source>
        <translation>Classe besoin × couverture</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Cercle name</source>
        <translation>Nom du cercle</translation>
    </message>
    <message>
        <source>Cercle P-code</source>
        <translation>P-code du cercle</translation>
    </message>
    <message>
        <source>Share of sub-units covered</source>
        <translation>Part des sous-unités couvertes</translation>
    </message>
    <message>
        <source>Sub-units</source>
        <translation>Sous-unités</translation>
    </message>
    <message>
        <source>Sub-units covered</source>
        <translation>Sous-unités couvertes</translation>
    </message>
    <message>
        <source>Organisations known only higher up</source>
        <translation>Organisations connues seulement plus haut</translation>
    </message>
    <message>
        <source>Column in the table</source>
        <translation>Colonne du tableau</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Nom de la commune</translation>
    </message>
    <message>
        <source>Commune P-code</source>
        <translation>P-code de la commune</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Code against names</source>
        <translation>Code contredit par les noms</translation>
    </message>
    <message>
        <source>Coverage class (1-3)</source>
        <translation>Classe de couverture (1-3)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>First organisation gained</source>
        <translation>Première organisation arrivée</translation>
    </message>
    <message>
        <source>High need, nobody present</source>
        <translation>Besoin élevé, personne de présent</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvée par</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>Balise HXL</translation>
    </message>
    <message>
        <source>In the shortlist</source>
        <translation>Dans la liste courte</translation>
    </message>
    <message>
        <source>Region code in the table</source>
        <translation>Code de région du tableau</translation>
    </message>
    <message>
        <source>Region name in the table</source>
        <translation>Nom de région du tableau</translation>
    </message>
    <message>
        <source>Cercle code in the table</source>
        <translation>Code de cercle du tableau</translation>
    </message>
    <message>
        <source>Cercle name in the table</source>
        <translation>Nom de cercle du tableau</translation>
    </message>
    <message>
        <source>Commune code in the table</source>
        <translation>Code de commune du tableau</translation>
    </message>
    <message>
        <source>Commune name in the table</source>
        <translation>Nom de commune du tableau</translation>
    </message>
    <message>
        <source>Scheme established</source>
        <translation>Schéma établi</translation>
    </message>
    <message>
        <source>Largest rank move</source>
        <translation>Plus grand écart de rang</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Organisations gone</source>
        <translation>Organisations parties</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Located by</source>
        <translation>Localisé par</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Last organisation lost</source>
        <translation>Dernière organisation perdue</translation>
    </message>
    <message>
        <source>Main sector</source>
        <translation>Secteur principal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Need basis</source>
        <translation>Origine du besoin</translation>
    </message>
    <message>
        <source>Need class (1-3)</source>
        <translation>Classe de besoin (1-3)</translation>
    </message>
    <message>
        <source>Score part: need</source>
        <translation>Part du score : besoin</translation>
    </message>
    <message>
        <source>Need per organisation</source>
        <translation>Besoin par organisation</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Score du besoin</translation>
    </message>
    <message>
        <source>Need taken from</source>
        <translation>Besoin tiré de</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
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
        <translation>Nom complet de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organisation names</source>
        <translation>Noms des organisations</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisations after</source>
        <translation>Organisations après</translation>
    </message>
    <message>
        <source>Organisations at the same time</source>
        <translation>Organisations en même temps</translation>
    </message>
    <message>
        <source>Organisations before</source>
        <translation>Organisations avant</translation>
    </message>
    <message>
        <source>Organisations region-wide</source>
        <translation>Organisations sur toute la région</translation>
    </message>
    <message>
        <source>Other organisations (names)</source>
        <translation>Autres organisations (noms)</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Autres organisations</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unité parente</translation>
    </message>
    <message>
        <source>Parent unit P-code</source>
        <translation>P-code de l&apos;unité parente</translation>
    </message>
    <message>
        <source>Partners present (names)</source>
        <translation>Partenaires présents (noms)</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <translation>Partenaires de mise en œuvre</translation>
    </message>
    <message>
        <source>Score part: partners</source>
        <translation>Part du score : partenaires</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Partenaires présents</translation>
    </message>
    <message>
        <source>Partners score</source>
        <translation>Score des partenaires</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes atteintes</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>Personnes ciblées</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Placé dans</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
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
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reach (km)</source>
        <translation>Portée (km)</translation>
    </message>
    <message>
        <source>Share of villages within reach</source>
        <translation>Part des villages à portée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Code de région</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Nom de la région</translation>
    </message>
    <message>
        <source>Region P-code</source>
        <translation>P-code de la région</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Numéros des lignes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rows at this level</source>
        <translation>Lignes à ce niveau</translation>
    </message>
    <message>
        <source>Code scheme</source>
        <translation>Schéma de codes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sector list</source>
        <translation>Liste des secteurs</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Sectors lost</source>
        <translation>Secteurs perdus</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Units in common</source>
        <translation>Unités en commun</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Villages within reach</source>
        <translation>Villages à portée</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Où dans le fichier</translation>
    </message>
    <message>
        <source>Rank, need weight %1%</source>
        <translation>Rang, poids du besoin %1&#xa0;%</translation>
    </message>
    <message>
        <source>Rank, absence weight %1%</source>
        <translation>Rang, poids de l&apos;absence %1&#xa0;%</translation>
    </message>
    <message>
        <source>Rank, partners weight %1%</source>
        <translation>Rang, poids des partenaires %1&#xa0;%</translation>
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
        <translation>code réparé</translation>
    </message>
    <message>
        <source>code of the other scheme</source>
        <translation>code de l&apos;autre schéma</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>fuzzy name</source>
        <translation>nom approché</translation>
    </message>
    <message>
        <source>coarser level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sans correspondance</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>extra places in cells naming several</source>
        <translation>lieux en plus des cellules qui en nomment plusieurs</translation>
    </message>
    <message>
        <source>code against names</source>
        <translation>code contredit par les noms</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>sum of the units below</source>
        <translation>somme des unités du dessous</translation>
    </message>
    <message>
        <source>estimate, shared out</source>
        <translation>estimation répartie</translation>
    </message>
    <message>
        <source>figure of the level above</source>
        <translation>chiffre du niveau supérieur</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>pas de chiffre</translation>
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
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>nom de colonne</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>choisie par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisée</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>implementing partner</source>
        <translation>partenaire de mise en œuvre</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>bailleur</translation>
    </message>
    <message>
        <source>organisation acronym</source>
        <translation>sigle de l&apos;organisation</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>organisation type</source>
        <translation>type d&apos;organisation</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>region code</source>
        <translation>code de région</translation>
    </message>
    <message>
        <source>region name</source>
        <translation>nom de région</translation>
    </message>
    <message>
        <source>cercle code</source>
        <translation>code de cercle</translation>
    </message>
    <message>
        <source>cercle name</source>
        <translation>nom de cercle</translation>
    </message>
    <message>
        <source>commune code</source>
        <translation>code de commune</translation>
    </message>
    <message>
        <source>commune name</source>
        <translation>nom de commune</translation>
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
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>people targeted</source>
        <translation>personnes ciblées</translation>
    </message>
    <message>
        <source>women and girls targeted</source>
        <translation>femmes et filles ciblées</translation>
    </message>
    <message>
        <source>men and boys targeted</source>
        <translation>hommes et garçons ciblés</translation>
    </message>
    <message>
        <source>children targeted</source>
        <translation>enfants ciblés</translation>
    </message>
    <message>
        <source>adults targeted</source>
        <translation>adultes ciblés</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>personnes atteintes</translation>
    </message>
    <message>
        <source>women and girls reached</source>
        <translation>femmes et filles atteintes</translation>
    </message>
    <message>
        <source>men and boys reached</source>
        <translation>hommes et garçons atteints</translation>
    </message>
    <message>
        <source>children reached</source>
        <translation>enfants atteints</translation>
    </message>
    <message>
        <source>adults reached</source>
        <translation>adultes atteints</translation>
    </message>
    <message>
        <source>place stated or inferred</source>
        <translation>lieu déclaré ou déduit</translation>
    </message>
    <message>
        <source>in the unit</source>
        <translation>dans l&apos;unité</translation>
    </message>
    <message>
        <source>region-wide</source>
        <translation>sur toute la région</translation>
    </message>
    <message>
        <source>cercle-wide</source>
        <translation>sur tout le cercle</translation>
    </message>
    <message>
        <source>commune-wide</source>
        <translation>sur toute la commune</translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation>dans la liste courte</translation>
    </message>
    <message>
        <source>included on request</source>
        <translation>inclusion demandée</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>hors de la liste</translation>
    </message>
    <message>
        <source>excluded on request</source>
        <translation>exclusion demandée</translation>
    </message>
    <message>
        <source>inside a unit</source>
        <translation>dans une unité</translation>
    </message>
    <message>
        <source>outside every unit</source>
        <translation>hors de toute unité</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>non localisé</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>répertoire de villages</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>somme</translation>
    </message>
    <message>
        <source>no dates in the table</source>
        <translation>pas de dates dans le tableau</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>non établi</translation>
    </message>
    <message>
        <source>the boundaries&apos; codes</source>
        <translation>codes des limites</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; in exported files</source>
        <translation>Colonne « %1 » des fichiers exportés</translation>
    </message>
    <message>
        <source>People per place</source>
        <translation>Personnes par lieu</translation>
    </message>
    <message>
        <source>largest figure</source>
        <translation>plus grand chiffre</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Couverture: who does what where, on the map</source>
        <translation>Couverture : qui fait quoi où, sur la carte</translation>
    </message>
    <message>
        <source>a .couverture project or a table to import</source>
        <translation>un projet .couverture ou une table à importer</translation>
    </message>
    <message>
        <source>interface language (fr or en)</source>
        <translation>langue de l&apos;interface (fr ou en)</translation>
    </message>
    <message>
        <source>save the main views as PNG into FOLDER, then quit</source>
        <translation>enregistre les vues principales en PNG dans DOSSIER, puis quitte</translation>
    </message>
    <message>
        <source>print the time until the map is drawn, then quit</source>
        <translation>affiche le temps jusqu&apos;au dessin de la carte, puis quitte</translation>
    </message>
    <message>
        <source>open the default project, whatever was open last</source>
        <translation>ouvre le projet par défaut, quel que soit le dernier ouvert</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>cannot open the project file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier de projet : %1</translation>
    </message>
    <message>
        <source>not a project file: %1</source>
        <translation>pas un fichier de projet : %1</translation>
    </message>
    <message>
        <source>not a Couverture project (no couverture_project key)</source>
        <translation>pas un projet Couverture (pas de clé couverture_project)</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>impossible d&apos;enregistrer le projet : %1</translation>
    </message>
</context>
<context>
    <name>couverture::app::AnalysisPanel</name>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Who is where</source>
        <translation>Qui est où</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Chevauchements</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Change between releases</source>
        <translation>Évolution entre deux éditions</translation>
    </message>
    <message>
        <source>Organisations, partners, programmes and people per unit, the figure the Layers tab chooses.</source>
        <translation>Organisations, partenaires, programmes et personnes par unité : l&apos;indicateur choisi dans l&apos;onglet Couches.</translation>
    </message>
    <message>
        <source>The organisations present per unit and sector, with their rows; presence known only at a coarser level is listed apart.</source>
        <translation>Les organisations présentes par unité et par secteur, avec leurs lignes ; la présence connue seulement à un niveau supérieur est listée à part.</translation>
    </message>
    <message>
        <source>Units where N or more organisations work in the same sector (in overlapping periods when the table has dates), and the pairs that share the most units.</source>
        <translation>Unités où au moins N organisations travaillent dans le même secteur (sur des périodes qui se recoupent quand le tableau a des dates), et les paires qui partagent le plus d&apos;unités.</translation>
    </message>
    <message>
        <source>Presence in the sector against need: people in need per organisation, high need with nobody present.</source>
        <translation>La présence dans le secteur face au besoin : personnes dans le besoin par organisation, besoin élevé sans personne de présent.</translation>
    </message>
    <message>
        <source>Units ranked for a programme by need, absence of other organisations and presence of its partners, with how ranks move when a weight changes.</source>
        <translation>Unités classées pour un programme selon le besoin, l&apos;absence d&apos;autres organisations et la présence de ses partenaires, et comment les rangs bougent quand un poids change.</translation>
    </message>
    <message>
        <source>Points placed in communes and counted per unit; with a distance, the share of the villages within reach of a point.</source>
        <translation>Points placés dans les communes et comptés par unité ; avec une distance, la part des villages à portée d&apos;un point.</translation>
    </message>
    <message>
        <source>Organisations that left and arrived per unit and sector between two releases: a second table, or the table without some organisations.</source>
        <translation>Organisations parties et arrivées par unité et par secteur entre deux éditions : un second tableau, ou le tableau sans certaines organisations.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sectors of the filters</source>
        <translation>Secteurs des filtres</translation>
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
        <translation>sans portée</translation>
    </message>
    <message>
        <source>Used at its own level</source>
        <translation>Utilisés à leur niveau</translation>
    </message>
    <message>
        <source>Shared out by population</source>
        <translation>Répartis selon la population</translation>
    </message>
    <message>
        <source>Shared out by all-sector need</source>
        <translation>Répartis selon le besoin tous secteurs</translation>
    </message>
    <message>
        <source>COLUMN=VALUE; COLUMN=VALUE</source>
        <translation>COLONNE=VALEUR ; COLONNE=VALEUR</translation>
    </message>
    <message>
        <source>Tables with codes and names, separated by ;</source>
        <translation>Tableaux avec codes et noms, séparés par ;</translation>
    </message>
    <message>
        <source>Acronyms or names, separated by commas</source>
        <translation>Sigles ou noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>The 2015 populated places beside the boundaries</source>
        <translation>Les localités de 2015 à côté des limites</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Organisations at least</source>
        <translation>Organisations au moins</translation>
    </message>
    <message>
        <source>Need table</source>
        <translation>Tableau du besoin</translation>
    </message>
    <message>
        <source>Need column</source>
        <translation>Colonne du besoin</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Lignes retenues</translation>
    </message>
    <message>
        <source>Need label</source>
        <translation>Nom du besoin</translation>
    </message>
    <message>
        <source>Code keys</source>
        <translation>Clés de codes</translation>
    </message>
    <message>
        <source>Coarser figures</source>
        <translation>Chiffres d&apos;un niveau supérieur</translation>
    </message>
    <message>
        <source>Population table</source>
        <translation>Tableau de population</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Liste courte</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Point table</source>
        <translation>Tableau de points</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Populated places</source>
        <translation>Localités</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Second release</source>
        <translation>Seconde édition</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>None: take organisations out</source>
        <translation>Aucune : retirer des organisations</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>people in need</source>
        <translation>personnes dans le besoin</translation>
    </message>
</context>
<context>
    <name>couverture::app::ExportDialog</name>
    <message>
        <source>The atlas has no page: the filters leave no unit or sector.</source>
        <translation>L&apos;atlas n&apos;a aucune page : les filtres ne laissent aucune unité ni aucun secteur.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Automatic: the figure and the level</source>
        <translation>Automatique : l&apos;indicateur et le niveau</translation>
    </message>
    <message>
        <source>Automatic: the sector and the date</source>
        <translation>Automatique : le secteur et la date</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the data describe</source>
        <translation>aaaa-mm-jj : la date que décrivent les données</translation>
    </message>
    <message>
        <source>One source per line; empty: the style&apos;s default</source>
        <translation>Une source par ligne ; vide : celles du style</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>No atlas: one map</source>
        <translation>Pas d&apos;atlas : une carte</translation>
    </message>
    <message>
        <source>One page per région</source>
        <translation>Une page par région</translation>
    </message>
    <message>
        <source>One page per cercle</source>
        <translation>Une page par cercle</translation>
    </message>
    <message>
        <source>One page per sector</source>
        <translation>Une page par secteur</translation>
    </message>
    <message>
        <source>Texts of the page</source>
        <translation>Textes de la page</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>Map number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Page and files</source>
        <translation>Page et fichiers</translation>
    </message>
    <message>
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
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
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left half-written.</source>
        <translation>Export annulé ; aucun fichier n&apos;est resté à moitié écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written:</source>
        <translation>
            <numerusform>%n fichier écrit :</numerusform>
            <numerusform>%n fichiers écrits :</numerusform>
        </translation>
    </message>
    <message>
        <source>The map of %1 has no atlas: export it as one map.</source>
        <translation>La carte « %1 » n&apos;a pas d&apos;atlas : exportez-la en une seule carte.</translation>
    </message>
    <message>
        <source>Export the map: %1</source>
        <translation>Exporter la carte : %1</translation>
    </message>
    <message>
        <source>The map of %1: its atlas is one PDF page per région with the largest overlaps (no atlas per cercle or sector).</source>
        <translation>Carte « %1 » : son atlas est un PDF d&apos;une page par région avec les plus grands chevauchements (pas d&apos;atlas par cercle ni par secteur).</translation>
    </message>
    <message>
        <source>The map of %1 is exported as one map: an atlas is made of the coverage map only.</source>
        <translation>La carte « %1 » est exportée en une seule carte : seule la carte de couverture se décline en atlas.</translation>
    </message>
</context>
<context>
    <name>couverture::app::FiltersPanel</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period (activities overlapping it)</source>
        <translation>Période (activités qui la recoupent)</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
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
        <translation>Importer un tableau : %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>HXL tag</source>
        <translation>Balise HXL</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>How the columns are read (change a role to correct it)</source>
        <translation>Lecture des colonnes (changez un rôle pour la corriger)</translation>
    </message>
    <message>
        <source>First rows, as the roles read them</source>
        <translation>Premières lignes, telles que les rôles les lisent</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>%1 rows read, %2 columns understood, %3 left unused, %4 problems.</source>
        <translation>%1 lignes lues, %2 colonnes comprises, %3 non utilisées, %4 problèmes.</translation>
    </message>
    <message>
        <source>This table cannot be read as it is: %1</source>
        <translation>Ce tableau ne peut pas être lu tel quel : %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <source>Found from the HXL tag</source>
        <translation>Trouvé par la balise HXL</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Choisi par vous</translation>
    </message>
    <message>
        <source>Found from the header</source>
        <translation>Trouvé par l&apos;en-tête</translation>
    </message>
    <message>
        <source>Activity table (who does what where)</source>
        <translation>Tableau d&apos;activités (qui fait quoi où)</translation>
    </message>
    <message>
        <source>Point table (sites, service points)</source>
        <translation>Tableau de points (sites, points de service)</translation>
    </message>
    <message>
        <source>Indicator table (people in need, population)</source>
        <translation>Tableau d&apos;indicateur (personnes dans le besoin, population)</translation>
    </message>
    <message>
        <source>Tables with codes and names, separated by ;</source>
        <translation>Tableaux avec codes et noms, séparés par ;</translation>
    </message>
    <message>
        <source>This table gives codes without names: tables with the codes and names of another scheme (the COD-PS population, a 3W) say what its codes mean.</source>
        <translation>Ce tableau donne des codes sans noms : des tableaux avec les codes et les noms d&apos;un autre schéma (la population COD-PS, un 3W) disent ce que ses codes désignent.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Code key</source>
        <translation>Clé de codes</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Tableaux (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Ajouter comme</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Code keys</source>
        <translation>Clés de codes</translation>
    </message>
    <message>
        <source>The need of the gaps and targets analyses. When the table gives several rows per place (sectors, gender, age), say which to keep in the Analysis tab.</source>
        <translation>Le besoin des analyses des lacunes et des cibles. Quand le tableau donne plusieurs lignes par lieu (secteurs, sexe, âge), indiquez lesquelles garder dans l&apos;onglet Analyse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n ligne)</numerusform>
            <numerusform>%1 (%n lignes)</numerusform>
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
        <translation>Noms</translation>
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
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Mapped level</source>
        <translation>Niveau cartographié</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Outlines shown</source>
        <translation>Limites affichées</translation>
    </message>
</context>
<context>
    <name>couverture::app::LegendPanel</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
</context>
<context>
    <name>couverture::app::MainWindow</name>
    <message>
        <source>Couverture projects (*.couverture)</source>
        <translation>Projets Couverture (*.couverture)</translation>
    </message>
    <message>
        <source>Couverture</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>The map style cannot be read: %1</source>
        <translation>Le style de carte est illisible : %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Coverage by %1</source>
        <translation>Couverture par %1</translation>
    </message>
    <message>
        <source>Match report</source>
        <translation>Rapport de correspondance</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>How the rows of the table in view were placed on the map</source>
        <translation>Comment les lignes du tableau affiché ont été placées sur la carte</translation>
    </message>
    <message>
        <source>Open a project or drop a table on the window.</source>
        <translation>Ouvrez un projet ou déposez un tableau sur la fenêtre.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Match review</source>
        <translation>Révision des correspondances</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import a table or boundaries…</source>
        <translation>&amp;Importer un tableau ou des limites…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export the map…</source>
        <translation>E&amp;xporter la carte…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Whole &amp;country</source>
        <translation>Tout le &amp;pays</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tableaux</translation>
    </message>
    <message>
        <source>Match &amp;review</source>
        <translation>&amp;Révision des correspondances</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Couverture</source>
        <translation>À &amp;propos de Couverture</translation>
    </message>
    <message>
        <source>About Couverture</source>
        <translation>À propos de Couverture</translation>
    </message>
    <message>
        <source>&lt;b&gt;Couverture %1&lt;/b&gt;&lt;br&gt;Who does what where in Mali: activity tables joined to the administrative boundaries, coverage tables and report-grade maps.</source>
        <translation>&lt;b&gt;Couverture %1&lt;/b&gt;&lt;br&gt;Qui fait quoi où au Mali : tableaux d&apos;activités joints aux limites administratives, tableaux de couverture et cartes de qualité rapport.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Reading the boundaries and the tables…</source>
        <translation>Lecture des limites et des tableaux…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>The boundaries cannot be read: %1</source>
        <translation>Les limites sont illisibles : %1</translation>
    </message>
    <message>
        <source>The project cannot be loaded: %1</source>
        <translation>Le projet ne peut pas être chargé : %1</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>A table cannot be read</source>
        <translation>Un tableau est illisible</translation>
    </message>
    <message>
        <source>No table to map: import an activity table (File › Import).</source>
        <translation>Aucun tableau à cartographier : importez un tableau d&apos;activités (Fichier › Importer).</translation>
    </message>
    <message>
        <source>Place rejected: its rows stay unmatched.</source>
        <translation>Lieu rejeté : ses lignes restent sans correspondance.</translation>
    </message>
    <message>
        <source>Decision saved as an alias: %1 → %2</source>
        <translation>Décision enregistrée comme alias : %1 → %2</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>Le projet a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Import the boundaries, then an activity table (File › Import, or drop the files here).</source>
        <translation>Importez les limites, puis un tableau d&apos;activités (Fichier › Importer, ou déposez les fichiers ici).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Tables and boundaries (*.csv *.xlsx *.xls *.ods *.shp *.gpkg *.geojson *.json *.couverture);;All files (*)</source>
        <translation>Tableaux et limites (*.csv *.xlsx *.xls *.ods *.shp *.gpkg *.geojson *.json *.couverture);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Use %1 as the project&apos;s administrative boundaries?</source>
        <translation>Utiliser %1 comme limites administratives du projet ?</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations : %1</translation>
    </message>
    <message>
        <source>Implementing partners: %1</source>
        <translation>Partenaires de mise en œuvre : %1</translation>
    </message>
    <message>
        <source>Programmes: %1</source>
        <translation>Programmes : %1</translation>
    </message>
    <message>
        <source>Activity rows: %1</source>
        <translation>Lignes d&apos;activité : %1</translation>
    </message>
    <message>
        <source>People reached: %1</source>
        <translation>Personnes atteintes : %1</translation>
    </message>
    <message>
        <source>Click for the rows and organisations</source>
        <translation>Cliquez pour voir les lignes et les organisations</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Zoom to a unit: </source>
        <translation>Zoomer sur une unité : </translation>
    </message>
    <message>
        <source>Name of a région, cercle or commune</source>
        <translation>Nom d&apos;une région, d&apos;un cercle ou d&apos;une commune</translation>
    </message>
    <message>
        <source>No unit is named %1</source>
        <translation>Aucune unité ne s&apos;appelle %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 communes, %n tables</source>
        <translation>
            <numerusform>%1 communes, %n tableau</numerusform>
            <numerusform>%1 communes, %n tableaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filters leave no activity row (%n rows left out): nothing to map. Clear a filter to see the map again.</source>
        <translation>
            <numerusform>Les filtres ne laissent aucune ligne d&apos;activité (%n ligne écartée) : rien à cartographier. Effacez un filtre pour revoir la carte.</numerusform>
            <numerusform>Les filtres ne laissent aucune ligne d&apos;activité (%n lignes écartées) : rien à cartographier. Effacez un filtre pour revoir la carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows on the map</source>
        <translation>
            <numerusform>%1 sur %n ligne sur la carte</numerusform>
            <numerusform>%1 sur %n lignes sur la carte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present only at a coarser level: %n organisations</source>
        <translation>
            <numerusform>Présente seulement à un niveau supérieur : %n organisation</numerusform>
            <numerusform>Présentes seulement à un niveau supérieur : %n organisations</numerusform>
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
        <translation>Code de l’autre schéma</translation>
    </message>
    <message>
        <source>Repaired code</source>
        <translation>Code réparé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fuzzy name</source>
        <translation>Nom approché</translation>
    </message>
    <message>
        <source>Coarser level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans correspondance</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Place in the selected unit</source>
        <translation>Placer dans l&apos;unité choisie</translation>
    </message>
    <message>
        <source>Place in the table</source>
        <translation>Lieu dans le tableau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Placé dans</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>The place is the unit it was placed in: remember it as an alias</source>
        <translation>Le lieu est bien l&apos;unité où il a été placé : le retenir comme alias</translation>
    </message>
    <message>
        <source>The place is not the unit it was placed in: keep its rows unmatched</source>
        <translation>Le lieu n&apos;est pas l&apos;unité où il a été placé : laisser ses lignes sans correspondance</translation>
    </message>
    <message>
        <source>The place is the candidate selected on the right: remember it as an alias</source>
        <translation>Le lieu est le candidat choisi à droite : le retenir comme alias</translation>
    </message>
    <message>
        <source>Ranked candidates (outlined in red on the map)</source>
        <translation>Candidats classés (entourés de rouge sur la carte)</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) need a decision</source>
        <translation>
            <numerusform>%n lieu demande une décision</numerusform>
            <numerusform>%n lieux demandent une décision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the places that need a decision…</source>
        <translation>Recherche des lieux qui demandent une décision…</translation>
    </message>
</context>
<context>
    <name>couverture::app::TableView</name>
    <message>
        <source>Filter the rows (any column)</source>
        <translation>Filtrer les lignes (toutes colonnes)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <source>Copy the selected rows as shown, headings and words included, to paste into a report</source>
        <translation>Copier les lignes choisies telles qu&apos;affichées, titres et mots compris, pour les coller dans un rapport</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV or XLSX file, with the column names and codes of the files the command line writes</source>
        <translation>Écrire les lignes affichées dans un fichier CSV ou XLSX, avec les noms de colonnes et les codes des fichiers de la ligne de commande</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows</source>
        <translation>
            <numerusform>%1 sur %n ligne</numerusform>
            <numerusform>%1 sur %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couverture::app::UnitRowsDialog</name>
    <message>
        <source>%1 (%2): activities</source>
        <translation>%1 (%2) : activités</translation>
    </message>
    <message>
        <source>Organisations present (%1)</source>
        <translation>Organisations présentes (%1)</translation>
    </message>
    <message>
        <source>Activity rows (%1)</source>
        <translation>Lignes d&apos;activité (%1)</translation>
    </message>
    <message>
        <source>Rows of %1 placed in this unit or below it, with the filters applied.</source>
        <translation>Lignes de %1 placées dans cette unité ou en dessous, filtres appliqués.</translation>
    </message>
</context>
</TS>

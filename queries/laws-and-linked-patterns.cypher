// Which patterns does each law link to?
MATCH (law:Law)-[:HAS_SECTION*]->(:Section)-[:LINKS_TO]->(target)
MATCH (target)<-[:HAS_SECTION*0..]-(pattern:Pattern)
RETURN law.name AS law, collect(DISTINCT pattern.name) AS patterns
ORDER BY law

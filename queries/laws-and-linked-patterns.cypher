// Which patterns does each law link to?
MATCH (law:Law)-[:HAS_SECTION*]->(:Section)-[:LINKS_TO]->(target)
MATCH (pattern:Pattern)
WHERE pattern = target OR (pattern)-[:HAS_SECTION*]->(target)
RETURN law.name AS law, collect(DISTINCT pattern.name) AS patterns
ORDER BY law

MATCH (law:Page)-[:HAS_SECTION*1..30]->(:Section)-[:LINKS_TO]->(target)
WHERE list_contains(law.labels, 'Law')
MATCH (target)<-[:HAS_SECTION*0..30]-(pattern:Page)
WHERE list_contains(pattern.labels, 'Pattern')
RETURN law.name AS law, collect(DISTINCT pattern.name) AS patterns
ORDER BY law

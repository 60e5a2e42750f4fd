MATCH (cs:Page)-[:HAS_SECTION*1..30]->(:Section)-[:MENTIONS]->(:Concept {id: 'consensus'})
WHERE list_contains(cs.labels, 'CaseStudy')
WITH DISTINCT cs
OPTIONAL MATCH (cs)-[:HAS_SECTION*0..30]->(target)<-[:LINKS_TO]-(:Section)<-[:HAS_SECTION*1..30]-(law:Page)
WHERE list_contains(law.labels, 'Law')
RETURN cs.name AS caseStudy, coalesce(collect(DISTINCT law.name), CAST([] AS STRING[])) AS linkedFromLaws
ORDER BY caseStudy

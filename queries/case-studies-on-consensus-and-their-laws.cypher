// Which case studies mention consensus, and which laws link to them (an empty list: none)?
MATCH (cs:CaseStudy)-[:HAS_SECTION*]->(:Section)-[:MENTIONS]->(:Concept {id: 'consensus'})
WITH DISTINCT cs
OPTIONAL MATCH (law:Law)-[:HAS_SECTION*]->(:Section)-[:LINKS_TO]->(target)
WHERE target = cs OR (cs)-[:HAS_SECTION*]->(target)
RETURN cs.name AS caseStudy, collect(DISTINCT law.name) AS linkedFromLaws
ORDER BY caseStudy

// Which case studies mention consensus, and which laws link to them (an empty list: none)?
MATCH (cs:CaseStudy)-[:HAS_SECTION*]->(:Section)-[:MENTIONS]->(:Concept {id: 'consensus'})
WITH DISTINCT cs
OPTIONAL MATCH (cs)-[:HAS_SECTION*0..]->(target)<-[:LINKS_TO]-(:Section)<-[:HAS_SECTION*]-(law:Law)
RETURN cs.name AS caseStudy, collect(DISTINCT law.name) AS linkedFromLaws
ORDER BY caseStudy

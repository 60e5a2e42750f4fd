// Which concepts does the site mention most often, and on how many pages?
MATCH (p:Page)-[:HAS_SECTION*]->(:Section)-[m:MENTIONS]->(c:Concept)
RETURN c.name AS concept, sum(m.count) AS mentions, count(DISTINCT p) AS pages
ORDER BY mentions DESC, concept
LIMIT 10

MATCH (p:Page)-[:HAS_SECTION*1..30]->(:Section)-[m:MENTIONS]->(c:Concept)
RETURN c.name AS concept, sum(m.count) AS mentions, count(DISTINCT p.nodeId) AS pages
ORDER BY mentions DESC, concept
LIMIT 10

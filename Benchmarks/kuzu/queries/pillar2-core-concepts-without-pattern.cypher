MATCH (e:Episode {pillar: 2})-[:NEEDS {weight: 5}]->(c:Concept)
WHERE NOT EXISTS { MATCH (c)<-[:MENTIONS]-(:Section)<-[:HAS_SECTION*1..30]-(p:Page) WHERE list_contains(p.labels, 'Pattern') }
RETURN e.number AS episode, e.title AS title, c.name AS concept
ORDER BY episode, concept

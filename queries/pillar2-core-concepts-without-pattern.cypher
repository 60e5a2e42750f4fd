// Which series-pillar-2 episodes have a core concept (weight 5) that no pattern page mentions?
MATCH (e:Episode {pillar: 2})-[:NEEDS {weight: 5}]->(c:Concept)
WHERE NOT (c)<-[:MENTIONS]-(:Section)<-[:HAS_SECTION*]-(:Pattern)
RETURN e.number AS episode, e.title AS title, c.name AS concept
ORDER BY episode, concept

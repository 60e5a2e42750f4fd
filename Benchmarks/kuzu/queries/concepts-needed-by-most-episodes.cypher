MATCH (e:Episode)-[n:NEEDS]->(c:Concept)
RETURN c.name AS concept, count(e) AS episodes, sum(n.weight) AS weight
ORDER BY episodes DESC, weight DESC, concept
LIMIT 10

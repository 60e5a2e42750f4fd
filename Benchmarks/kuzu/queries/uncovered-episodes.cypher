MATCH (e:Episode)
WHERE NOT EXISTS { MATCH (e)-[:NEEDS]->(:Concept)<-[:MENTIONS]-(:Section) }
RETURN e.number AS episode, e.title AS title, e.block AS block
ORDER BY episode

// Which episodes need no concept that the site mentions at all?
MATCH (e:Episode)
WHERE NOT (e)-[:NEEDS]->(:Concept)<-[:MENTIONS]-(:Section)
RETURN e.number AS episode, e.title AS title, e.block AS block
ORDER BY episode

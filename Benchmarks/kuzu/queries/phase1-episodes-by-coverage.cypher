MATCH (e:Episode {phase: 1})
WHERE e.grade <> 'strong'
OPTIONAL MATCH (e)-[c:COVERED_BY]->(evidence)
WITH e, c, evidence ORDER BY c.score DESC SKIP 0
WITH e, collect(evidence.page) AS pages
RETURN e.number AS episode, e.title AS title, e.coverage AS coverage, e.grade AS grade, pages[1] AS bestPage
ORDER BY coverage, episode
LIMIT 10

// Which phase-1 episodes does the site cover least, and where is their best evidence?
MATCH (e:Episode {phase: 1})
WHERE e.grade <> 'strong'
OPTIONAL MATCH (e)-[c:COVERED_BY]->(evidence)
WITH e, c, evidence ORDER BY c.score DESC
WITH e, collect(evidence.page)[0] AS bestPage
RETURN e.number AS episode, e.title AS title, e.coverage AS coverage, e.grade AS grade, bestPage
ORDER BY coverage, episode
LIMIT 10

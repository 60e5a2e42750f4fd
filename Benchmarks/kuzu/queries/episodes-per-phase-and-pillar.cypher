MATCH (sp:SeriesPillar)-[:HAS_BLOCK]->(:Block)-[:HAS_EPISODE]->(e:Episode)-[:IN_PHASE]->(ph:Phase)
RETURN ph.number AS phase, ph.name AS phaseName, sp.number AS pillar, sp.name AS pillarName, count(e) AS episodes
ORDER BY phase, pillar

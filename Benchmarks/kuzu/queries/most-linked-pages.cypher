MATCH (source:Page)-[:HAS_SECTION*1..30]->(:Section)-[:LINKS_TO]->(target)
MATCH (target)<-[:HAS_SECTION*0..30]-(page:Page)
WHERE source.nodeId <> page.nodeId
RETURN page.path AS page, count(DISTINCT source.nodeId) AS linkingPages
ORDER BY linkingPages DESC, page
LIMIT 10

// Which pages do the most other pages link to (to the page itself or one of its sections)?
MATCH (from:Page)-[:HAS_SECTION*]->(:Section)-[:LINKS_TO]->(target)
MATCH (target)<-[:HAS_SECTION*0..]-(page:Page)
WHERE from <> page
RETURN page.path AS page, count(DISTINCT from) AS linkingPages
ORDER BY linkingPages DESC, page
LIMIT 10

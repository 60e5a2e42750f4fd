// Which pages does the rest of the site link to most (links to the page or one of its sections)?
MATCH (source:Section)-[l:LINKS_TO]->(target)
MATCH (page:Page)
WHERE page = target OR (page)-[:HAS_SECTION*]->(target)
WITH page, source
MATCH (from:Page)-[:HAS_SECTION*]->(source)
WHERE from <> page
RETURN page.path AS page, count(DISTINCT from) AS linkingPages
ORDER BY linkingPages DESC, page
LIMIT 10

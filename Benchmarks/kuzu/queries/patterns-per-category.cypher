MATCH (p:Page)
WHERE list_contains(p.labels, 'Pattern')
RETURN p.category AS category, count(*) AS patterns, collect(p.name) AS names
ORDER BY category

// How many pattern pages does each category of the pattern library hold?
MATCH (p:Pattern)
RETURN p.category AS category, count(*) AS patterns, collect(p.name) AS names
ORDER BY category

MATCH (p:Page)-[:HAS_SECTION*1..30]->(s:Section)
WHERE s.mathInline + s.mathBlocks > 0
RETURN p.path AS page, s.heading AS section, s.mathInline AS inline, s.mathBlocks AS blocks
ORDER BY page, s.position

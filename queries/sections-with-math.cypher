// Which sections carry mathematics (formulas inline or as blocks), and on which pages?
MATCH (p:Page)-[:HAS_SECTION*]->(s:Section)
WHERE s.mathInline + s.mathBlocks > 0
RETURN p.path AS page, s.heading AS section, s.mathInline AS inline, s.mathBlocks AS blocks
ORDER BY page, s.position

MATCH (s:Section)
UNWIND s.codeLanguages AS language
RETURN language, count(*) AS sections, sum(s.codeBlocks) AS blocksInThoseSections
ORDER BY sections DESC, language

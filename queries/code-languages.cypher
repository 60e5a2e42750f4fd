// In which languages are the code examples written, and how many sections use each?
MATCH (s:Section)
UNWIND s.codeLanguages AS language
RETURN language, count(*) AS sections, sum(s.codeBlocks) AS blocksInThoseSections
ORDER BY sections DESC, language

// Which pages should the writer of episode 27 (Raft) read first, and what kind of page is each?
CALL gapgraph.relatedToEpisode(27, 5) YIELD page, score, node
RETURN page, score, [label IN labels(node) WHERE label <> 'Page'] AS kind
ORDER BY score DESC, page

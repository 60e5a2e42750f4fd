// Which pages are only redirect stubs, and where do they send the reader?
MATCH (stub:Redirect)
OPTIONAL MATCH (stub)-[:REDIRECTS_TO]->(target:Page)
RETURN stub.path AS stub, target.path AS target
ORDER BY stub

MATCH (stub:Page)
WHERE list_contains(stub.labels, 'Redirect')
OPTIONAL MATCH (stub)-[:REDIRECTS_TO]->(target:Page)
RETURN stub.path AS stub, target.path AS target
ORDER BY stub.path

import Cypher
import Testing

@Test func tableRendersAlignedColumnsAndRowCount() throws {
    let result = try run("MATCH (p:Person {name: 'Ann'}) RETURN p.name AS name, p")
    #expect(
        result.table() == """
            +-------+----------------------------------+
            | name  | p                                |
            +-------+----------------------------------+
            | 'Ann' | (:Person {age: 31, name: 'Ann'}) |
            +-------+----------------------------------+
            1 row

            """)
}

@Test func jsonRendersNodesAsObjects() throws {
    let result = try run("MATCH (p:Page) RETURN p, 1.5 AS x")
    #expect(result.json() == "[{\"p\": {\"id\": 3, \"labels\": [\"Page\"], \"properties\": {\"title\": \"Home\"}}, \"x\": 1.5}]\n")
}

@Test func csvQuotesFieldsThatNeedIt() throws {
    let result = try run("RETURN 'a,b' AS x, null AS y, [1, 2] AS z")
    #expect(result.csv() == "x,y,z\n\"a,b\",,\"[1, 2]\"\n")
}

@Test func pathRendersDirectionOfEachHop() throws {
    let result = try run("MATCH p = (:Person {name: 'Bob'})<-[:KNOWS]-() RETURN p")
    #expect(result.text(result.rows[0][0]) == "<(:Person {age: 25, name: 'Bob'})<-[:KNOWS {since: 2020}]-(:Person {age: 31, name: 'Ann'})>")
}

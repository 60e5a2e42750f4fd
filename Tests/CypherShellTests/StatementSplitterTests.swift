import Cypher
import CypherShell
import Testing

@Suite("Splitting shell input into statements and commands")
struct StatementSplitterTests {
    func split(_ text: String) -> [ShellInput] {
        var splitter = StatementSplitter()
        return splitter.feed(text) + splitter.finish()
    }

    func at(_ offset: Int, _ line: Int, _ column: Int) -> SourcePosition {
        SourcePosition(offset: offset, line: line, column: column)
    }

    @Test("a statement ends at ; and is given without it, with where it started")
    func statements() {
        #expect(split("MATCH (l:Law)\nRETURN l.name;\n  RETURN 1;") == [
            .statement("MATCH (l:Law)\nRETURN l.name", at: at(0, 1, 1)),
            .statement("RETURN 1", at: at(31, 3, 3)),
        ])
    }

    @Test("a ; inside a string, a quoted name or a comment ends nothing")
    func quotedSemicolons() {
        let text = """
            MATCH (p:Page) WHERE p.title = 'a; b' AND p.name <> "it\\"s; fine" // not the end;
            /* nor; this */ RETURN p.`odd;name` AS x;
            """
        #expect(split(text).count == 1)
        guard case .statement(let statement, _)? = split(text).first else { return }
        #expect(statement.hasSuffix("RETURN p.`odd;name` AS x"))
    }

    @Test("an escaped quote does not end a string")
    func escapedQuote() {
        #expect(split("RETURN 'it\\'s; one';") == [.statement("RETURN 'it\\'s; one'", at: at(0, 1, 1))])
    }

    @Test("a / that starts no comment is division")
    func division() {
        #expect(split("RETURN 6 / 3; /7") == [.statement("RETURN 6 / 3", at: at(0, 1, 1)), .statement("/7", at: at(14, 1, 15))])
    }

    @Test("a comment before a statement is not part of where it starts")
    func leadingComment() {
        #expect(split("// laws\n/* all */ MATCH (l:Law) RETURN l;") == [.statement("MATCH (l:Law) RETURN l", at: at(18, 2, 11))])
    }

    @Test("a : where a statement would start is a command up to the end of its line")
    func commands() {
        #expect(split(":format json\nRETURN 1; :schema\n  :quit;") == [
            .command("format json", line: 1), .statement("RETURN 1", at: at(13, 2, 1)), .command("schema", line: 2), .command("quit", line: 3),
        ])
    }

    @Test("a : inside a statement is Cypher, even at the start of a line")
    func colonInStatement() {
        #expect(split("MATCH (p\n:Pattern) RETURN p;") == [.statement("MATCH (p\n:Pattern) RETURN p", at: at(0, 1, 1))])
    }

    @Test("empty statements and comment-only input give nothing")
    func empty() {
        #expect(split(" ;; // only a note\n/* and this */\n").isEmpty)
    }

    @Test("at the end of the input a statement without ; is still run")
    func trailing() {
        #expect(split("RETURN 1;\nRETURN 2\n") == [.statement("RETURN 1", at: at(0, 1, 1)), .statement("RETURN 2", at: at(10, 2, 1))])
    }

    @Test("an unterminated block comment at the end is handed on, so the parser can name it")
    func openComment() {
        #expect(split("RETURN 1; /* never closed") == [.statement("RETURN 1", at: at(0, 1, 1)), .statement("/* never closed", at: at(10, 1, 11))])
    }

    @Test("input fed one character at a time gives the same items as all at once")
    func pieces() {
        let text = "MATCH (n) WHERE n.name = 'x;y' // c;\nRETURN n; :format csv\nRETURN /* ; */ 1;"
        var splitter = StatementSplitter()
        var items: [ShellInput] = []
        for character in text { items += splitter.feed(String(character)) }
        items += splitter.finish()
        #expect(items == split(text))
        #expect(items.count == 3)
    }

    @Test("an entry is complete when it leaves no statement open")
    func completeness() {
        #expect(StatementSplitter.isComplete("MATCH (n) RETURN n;"))
        #expect(StatementSplitter.isComplete("RETURN 1; // done"))
        #expect(StatementSplitter.isComplete(":help"))
        #expect(StatementSplitter.isComplete(""))
        #expect(StatementSplitter.isComplete("// just a note"))
        #expect(!StatementSplitter.isComplete("MATCH (n)"))
        #expect(!StatementSplitter.isComplete("RETURN 'a;"))
        #expect(!StatementSplitter.isComplete("RETURN 1 /* ; "))
        #expect(!StatementSplitter.isComplete("RETURN 1; MATCH (n)"))
        #expect(!StatementSplitter.isComplete("MATCH (n) // c;"))
    }
}

import CypherShell
import Testing

@Suite("The shell's : commands")
struct ShellCommandTests {
    @Test("each command by name, case aside; :exit is :quit")
    func names() throws {
        #expect(try ShellCommand.parse("help") == .help)
        #expect(try ShellCommand.parse("schema") == .schema)
        #expect(try ShellCommand.parse("quit") == .quit)
        #expect(try ShellCommand.parse("Exit") == .quit)
        #expect(try ShellCommand.parse("format json") == .format(.json))
        #expect(try ShellCommand.parse("FORMAT  CSV") == .format(.csv))
        #expect(try ShellCommand.parse("format") == .format(nil))
    }

    @Test("an unknown command names itself and lists the real ones")
    func unknown() {
        #expect(throws: ShellCommandError.unknown("bogus")) { try ShellCommand.parse("bogus now") }
        #expect(ShellCommandError.unknown("bogus").description
            == ":bogus is not a command; the commands are :help, :schema, :format table|json|csv and :quit")
    }

    @Test("a format that does not exist says which do")
    func badFormat() {
        #expect(throws: ShellCommandError.unknownFormat("xml")) { try ShellCommand.parse("format xml") }
        #expect(ShellCommandError.unknownFormat("xml").description == "'xml' is not a format; :format takes table, json or csv")
    }

    @Test("a command that takes nothing refuses an argument")
    func extraArgument() {
        #expect(throws: ShellCommandError.unexpectedArgument(command: "quit", argument: "now please")) { try ShellCommand.parse("quit now please") }
    }
}

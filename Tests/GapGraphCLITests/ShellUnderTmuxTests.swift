import Foundation
import Testing

/// scripts/shell-under-tmux.sh types into `gapgraph shell` in a detached tmux session and
/// checks the screen after each step; this test runs it on the built executable.
@Suite("gapgraph shell at a terminal, driven through tmux")
struct ShellUnderTmuxTests {
    static let script = CommandRunner.packageRoot.appendingPathComponent("scripts/shell-under-tmux.sh")

    @Test(
        "a person's session: a two-line query, :format json, an error fixed from the history, Ctrl-C, :quit, history in the next session, Ctrl-D",
        .enabled(if: CommandRunner.isInstalled("tmux"), "tmux is not installed; .ci/run installs it")
    )
    func session() throws {
        let executable = try #require(CommandRunner.executable, "no gapgraph executable beside the tests")
        let outcome = try CommandRunner.run(Self.script, [executable.path])
        let report = outcome.standardOutput + outcome.standardError
        #expect(outcome.status == 0, "\(report)")
        #expect(!report.contains("not ok"), "\(report)")
        for check in [
            "ok - Enter before the ; continues the statement on a second line",
            "ok - the two-line query runs when the ; ends it",
            "ok - :format json is confirmed",
            "ok - the caret stands under the token that is wrong",
            "ok - the error is red on the terminal",
            "ok - Up brings back the query with the error",
            "ok - fixed with the arrow keys, the query runs and prints JSON",
            "ok - Up four times brings back the two-line query, both lines",
            "ok - Ctrl-C abandons the line",
            "ok - :quit ends the shell with exit code 0",
            "ok - in the new session Up recalls the last statement of the old one",
            "ok - Ctrl-D on an empty line ends the shell with exit code 0",
        ] {
            #expect(report.contains(check + "\n"), "missing: \(check)")
        }
        #expect(report.hasSuffix("all 22 checks passed\n"))
    }
}

import ArgumentParser

/// How much a command says besides its data; every command takes it.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "No progress bar and no messages on standard error; the data is still printed.")
    var quiet = false
}

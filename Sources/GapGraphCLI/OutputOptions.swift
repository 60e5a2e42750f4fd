import ArgumentParser

/// How much a command says besides its data; every command takes it.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "No progress bar, banner or confirmations; data and errors are still printed.")
    var quiet = false
}

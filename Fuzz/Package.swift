// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets over the main package's libraries; built only by run.sh, with
// -sanitize=fuzzer,address, so the main build and CI never see them.
let package = Package(
    name: "GapGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "GapGraph", path: "../")],
    targets: [
        .target(name: "LibFuzzerDriver"),
        fuzzTarget("FuzzQuery"),
        fuzzTarget("FuzzPage"),
        fuzzTarget("FuzzPlan"),
    ]
)

/// Each target's `@main` hands its per-input function to libFuzzer's driver. lld, because gold
/// fails on SwiftPM's `--defsym main=…` beside libFuzzer's own `main`.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name, dependencies: ["LibFuzzerDriver", .product(name: "GapGraphCLI", package: "GapGraph")],
        linkerSettings: [.unsafeFlags(["-use-ld=lld"])])
}

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GapGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gapgraph", targets: ["gapgraph"]),
        .library(name: "GapGraphCLI", targets: ["GapGraphCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "FileOutput"),
        .target(name: "SiteHTML", dependencies: ["CLibXML2"]),
        .target(name: "GraphStore"),
        .target(
            name: "SiteImport",
            dependencies: ["SiteHTML", "GraphStore", "FileOutput", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "Cypher", dependencies: ["GraphStore"]),
        .target(name: "TCK", dependencies: ["Cypher", "GraphStore"]),
        .target(name: "Analysis", dependencies: ["SiteImport", "GraphStore"]),
        .target(name: "Reports", dependencies: ["Analysis", "SiteImport", "GraphStore", "Cypher", "FileOutput"]),
        .target(name: "LineEditing"),
        .target(name: "CypherShell", dependencies: ["Cypher", "GraphStore", "Reports", "FileOutput", "LineEditing"]),
        .target(
            name: "GapGraphCLI",
            dependencies: [
                "Reports", "Analysis", "SiteImport", "GraphStore", "SiteHTML", "Cypher", "TCK", "FileOutput", "CypherShell", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "gapgraph", dependencies: ["GapGraphCLI"]),
        .testTarget(name: "FileOutputTests", dependencies: ["FileOutput"]),
        .testTarget(name: "SiteHTMLTests", dependencies: ["SiteHTML", "CLibXML2"]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore"]),
        .testTarget(name: "SiteImportTests", dependencies: ["SiteImport", "GraphStore", "SiteHTML"]),
        .testTarget(name: "CypherTests", dependencies: ["Cypher", "GraphStore"]),
        .testTarget(name: "TCKTests", dependencies: ["TCK"]),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Analysis", "SiteImport", "GraphStore", .product(name: "Yams", package: "Yams")],
            exclude: ["Judgements"]
        ),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "SiteImport", "Analysis", "GraphStore", "Cypher", "FileOutput"], exclude: ["Golden"]
        ),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "CypherShellTests", dependencies: ["CypherShell", "Cypher", "GraphStore", "FileOutput"]),
        .testTarget(name: "GapGraphCLITests", dependencies: ["GapGraphCLI"], exclude: ["SavedQueries"]),
    ]
)

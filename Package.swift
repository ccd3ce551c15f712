// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Netra",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "netra", targets: ["netra"]),
        .library(name: "NetraCore", targets: ["NetraCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The operational log (journald under systemd): start, reloads, broken files, kiosk PINs.
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // The zip container of .xlsx and .ods workbooks, read in memory (never extracted
        // to disk), entry by entry with a size cap: see WorkbookArchive.swift.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The model: domain types, reading the data folder, validation, derived facts.
        // No terminal code lives here.
        // TOML is read by NetraCore's own reader: see TOMLReader.swift for why.
        .target(name: "NetraCore", dependencies: [
            "CCrypt", "CLibXML2", .product(name: "Logging", package: "swift-log"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // System libxml2's streaming (SAX2) parser for workbook XML: 3.5x faster than
        // FoundationXML's XMLParser, which wraps the same library (and which XMLCoder and
        // SWXMLHash build on); see XMLStream.swift for the measurement.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // System libcrypt (libxcrypt): salted hashes of the kiosk PIN.
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        // System ncursesw (wide-character build); the shim header wraps the macros
        // and globals Swift cannot import. No pkgConfig: its -D flags are dropped by
        // SwiftPM with a warning, and the headers live in the default include path.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Sites' snapshots in PostgreSQL: schema, push, reading back into the model the
        // folder path builds. NetraCore stays free of the client.
        .target(name: "NetraDatabase", dependencies: ["NetraCore", "CLibPQ"]),
        // libpq, PostgreSQL's own client library: a province on one engine through a
        // well-kept client (no hand-written protocol). Not postgres-nio: its swift-nio
        // and two BoringSSL copies were 265 s of a 435-s clean build here, and CI ran
        // out of time (docs/decisions.md, "The province's client").
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Layout into a cell grid, input handling, themes, ncurses drawing.
        .target(name: "NetraTUI", dependencies: ["NetraCore", "CNcursesw"]),
        // The command line.
        .executableTarget(
            name: "netra",
            dependencies: [
                "NetraCore", "NetraTUI", "NetraDatabase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // On-demand benchmark: load + validate + derive over generated folders.
        // ZIPFoundation writes the 100k-row workbooks of `--workbook`.
        .executableTarget(name: "netra-bench", dependencies: ["NetraCore", "NetraTUI", "NetraDatabase", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // ZIPFoundation also writes the small workbooks the tests read.
        // Fixtures/Workbooks: workbooks LibreOffice made (scripts/make-workbook-fixtures.sh),
        // read by path like the golden frames.
        .testTarget(name: "NetraCoreTests", dependencies: ["NetraCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "NetraTUITests", dependencies: ["NetraTUI", "NetraCore"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "netraTests", dependencies: ["netra", "NetraCore", "NetraDatabase"]),
        .testTarget(name: "NetraDatabaseTests", dependencies: ["NetraDatabase", "NetraCore"]),
    ]
)

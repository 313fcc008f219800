// swift-tools-version: 6.2
import PackageDescription

let strictSwift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "PartnerCommerce",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PartnerCenterModels", targets: ["PartnerCenterModels"]),
        .library(name: "PartnerCenter", targets: ["PartnerCenter"]),
        .executable(name: "partner-commerce", targets: ["partner-commerce"]),
        .executable(name: "partner-commerce-bench", targets: ["PartnerCommerceBench"]),
        .executable(name: "hummingbird-floor", targets: ["HummingbirdFloor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .target(name: "PartnerCenterModels", swiftSettings: strictSwift6),
        .target(
            name: "PartnerCenter",
            dependencies: [
                "PartnerCenterModels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "CommerceCore",
            dependencies: ["PartnerCenterModels"],
            resources: [.copy("Catalog/DefaultCatalog.json")],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "CommerceStore",
            dependencies: [
                "CommerceCore", "PartnerCenterModels",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "CommerceServer",
            dependencies: [
                "CommerceCore", "CommerceStore", "PartnerCenterModels",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Dashboard/Templates"), .copy("OpenAPI/openapi.yaml")],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "partner-commerce",
            dependencies: [
                "CommerceServer",
                "PartnerCenter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "PartnerCommerceBench",
            dependencies: [
                "CommerceCore",
                "CommerceServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/PartnerCommerceBench",
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "HummingbirdFloor",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/HummingbirdFloor",
            swiftSettings: strictSwift6
        ),
        .testTarget(name: "PartnerCenterModelsTests", dependencies: ["PartnerCenterModels"], swiftSettings: strictSwift6),
        .testTarget(name: "CommerceCoreTests", dependencies: ["CommerceCore"], swiftSettings: strictSwift6),
        .testTarget(
            name: "CommerceStoreTests",
            dependencies: ["CommerceStore", "TestSupport", .product(name: "NIOPosix", package: "swift-nio")],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "TestSupport",
            dependencies: [.product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Tests/TestSupport",
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "CommerceServerTests",
            dependencies: [
                "CommerceServer",
                "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "PartnerCenterTests",
            dependencies: [
                "PartnerCenter",
                "CommerceServer",
                "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "PartnerCommerceCLITests",
            dependencies: ["PartnerCenterModels", "TestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSwift6
        ),
    ]
)

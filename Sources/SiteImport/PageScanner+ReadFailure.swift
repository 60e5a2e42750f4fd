import Foundation

extension PageScanner {
    /// Why a listed page could not be read. Foundation says it well for a missing file or a
    /// permission, but for a folder put in the file's place only "error 256".
    static func readFailure(_ error: any Error, at url: URL) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "it is now a folder, not a file"
        }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

import Foundation

/// Maps `items` on `threads` threads; result `i` belongs to item `i` whatever the timing.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
) -> [Result] {
    let slots = ResultSlots<Result>(count: items.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, items.count))) { _ in
        while true {
            let index = next.take()
            guard index < items.count else { return }
            slots.store(transform(items[index]), at: index)
        }
    }
    return slots.values()
}

/// Written by one thread per index, read after all threads joined.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [Value] { storage.map { $0! } }
}

/// Hands out 0, 1, 2, … to whichever thread asks next.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}

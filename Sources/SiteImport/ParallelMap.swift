import Foundation

/// Maps `items` on `threads` threads; result `i` belongs to item `i` whatever the timing.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
) -> [Result] {
    var results: [Result] = []
    results.reserveCapacity(items.count)
    parallelForEach(items, threads: threads, into: &results, transform) { results, result in results.append(result) }
    return results
}

/// Transforms `items` on `threads` threads and hands each result to `consume`, in index order,
/// on whichever thread completed the result next due, one at a time: consuming overlaps the
/// transforming of later items instead of waiting for all of them, and a result is dropped
/// as soon as it was consumed.
func parallelForEach<Item: Sendable, Result: Sendable, State>(
    _ items: [Item], threads: Int, into state: inout State,
    _ transform: @Sendable (Item) -> Result, consume: (inout State, Result) -> Void
) {
    withoutActuallyEscaping(consume) { consume in
        let handoff = OrderedHandoff<Result, State>(count: items.count, state: state, consume: consume)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, items.count))) { _ in
            while true {
                let index = next.take()
                guard index < items.count else { return }
                handoff.deliver(transform(items[index]), at: index)
            }
        }
        state = handoff.state
    }
}

/// Results waiting for their turn, and the state they are consumed into.
private final class OrderedHandoff<Result, State>: @unchecked Sendable {
    private var waiting: [Result?]
    private var due = 0
    private var consuming = false
    private let lock = NSLock()
    private let consume: (inout State, Result) -> Void
    /// Only the one thread that set `consuming` touches it until it clears the flag.
    var state: State

    init(count: Int, state: State, consume: @escaping (inout State, Result) -> Void) {
        waiting = Array(repeating: nil, count: count)
        self.state = state
        self.consume = consume
    }

    func deliver(_ result: Result, at index: Int) {
        lock.lock()
        waiting[index] = result
        guard !consuming else {
            lock.unlock()
            return
        }
        consuming = true
        while due < waiting.count, let ready = waiting[due] {
            waiting[due] = nil
            due += 1
            lock.unlock()
            consume(&state, ready)
            lock.lock()
        }
        consuming = false
        lock.unlock()
    }
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

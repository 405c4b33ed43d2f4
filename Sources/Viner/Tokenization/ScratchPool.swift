#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock-protected stack of reusable tokenizer scratches.
///
/// It uses a `pthread_mutex_t` rather than `Synchronization.Mutex`: on Linux the latter is
/// built on raw futexes the thread sanitizer cannot see, so every pool access was reported as
/// a race. Popping and pushing within the reserved capacity allocates nothing.
final class ScratchPool: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var items: [TokenizerScratch]   // guarded by `mutex`

    init(_ first: TokenizerScratch) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        items = []
        items.reserveCapacity(16)
        items.append(first)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// A scratch from the pool, or nil when every one is in use.
    func pop() -> TokenizerScratch? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return items.popLast()
    }

    /// Gives a scratch back.
    func push(_ scratch: TokenizerScratch) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        items.append(scratch)
    }
}

/// A trie over folded pieces (see ``SyllableFolding``): each edge is one piece hash, so a
/// lookup walks the document's pieces with one hash-table probe per piece.
///
/// Edges live in one open-addressing table keyed by (node, piece hash), probed linearly, key and
/// child side by side so a probe reads one cache line; each
/// node also records which kinds of entries end in its subtree, so a rule looking for, say,
/// titles stops at the first piece when no title starts with it.
struct LexiconTrie: Sendable {
    /// One slot of the edge table: the edge key and the child node (-1 when empty).
    private struct Slot {
        var key: UInt64
        var child: Int32
    }
    private var slots: [Slot]
    private var mask: Int
    private var edgeCount = 0
    /// Indices into the lexicon's entries that end at each node.
    private(set) var payloads: [[Int32]] = [[]]
    /// Per node: the ``KindSet`` bits of every entry in its subtree (itself included).
    private(set) var subtreeKinds: [UInt32] = [0]
    /// Per node: the ``KindSet`` bits of the entries that end at it (so a walk reads
    /// `payloads` only at the node where its longest match ends).
    private(set) var endKinds: [UInt32] = [0]

    /// A bit per `hash & rootFilterMask` of the root's children: a clear bit proves a piece starts
    /// no entry without probing the edge table (most words of a text start none).
    private var rootFilter = [UInt64](repeating: 0, count: (rootFilterMask + 1) / 64)
    private static let rootFilterMask = (1 << 15) - 1

    static let root: Int32 = 0

    init() {
        slots = [Slot](repeating: Slot(key: 0, child: -1), count: 1024)
        mask = 1023
    }

    @inline(__always)
    private static func edgeKey(_ node: Int32, _ hash: UInt64) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) ^ hash
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 20) & mask
    }

    /// The child of `node` along `hash`, if any.
    @inline(__always)
    func child(_ node: Int32, _ hash: UInt64) -> Int32? {
        let key = Self.edgeKey(node, hash)
        var index = slot(key)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[index]
                if slot.child < 0 { return nil }
                if slot.key == key { return slot.child }
                index = (index + 1) & mask
            }
        }
    }

    /// The child of the root along `hash`, if any (what `child(root, hash)` says, faster when
    /// there is none).
    @inline(__always)
    func rootChild(_ hash: UInt64) -> Int32? {
        let bit = Int(truncatingIfNeeded: hash) & Self.rootFilterMask
        guard rootFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return child(Self.root, hash)
    }

    private mutating func setChild(_ key: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > mask + 1 { grow() }
        var index = slot(key)
        while slots[index].child >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(key: key, child: child)
        edgeCount += 1
    }

    private mutating func grow() {
        let oldSlots = slots
        let capacity = (mask + 1) * 2
        slots = [Slot](repeating: Slot(key: 0, child: -1), count: capacity)
        mask = capacity - 1
        edgeCount = 0
        for slot in oldSlots where slot.child >= 0 {
            setChild(slot.key, slot.child)
        }
    }

    /// Inserts an entry under its piece hashes; `kindBit` marks its kind on the path.
    mutating func insert(_ hashes: [UInt64], entry: Int32, kindBit: UInt32) {
        var node = Self.root
        subtreeKinds[0] |= kindBit
        for hash in hashes {
            if let next = child(node, hash) {
                node = next
            } else {
                if node == Self.root {
                    let bit = Int(truncatingIfNeeded: hash) & Self.rootFilterMask
                    rootFilter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
                let next = Int32(payloads.count)
                payloads.append([])
                subtreeKinds.append(0)
                endKinds.append(0)
                setChild(Self.edgeKey(node, hash), next)
                node = next
            }
            subtreeKinds[Int(node)] |= kindBit
        }
        payloads[Int(node)].append(entry)
        endKinds[Int(node)] |= kindBit
    }

    /// The number of nodes.
    var nodeCount: Int { payloads.count }
}

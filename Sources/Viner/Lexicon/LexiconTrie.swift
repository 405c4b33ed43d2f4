/// A trie over folded pieces (see ``SyllableFolding``): each edge is one piece hash, so a
/// lookup walks the document's pieces with one hash-table probe per piece.
///
/// Edges live in one open-addressing table keyed by (node, piece hash), probed linearly; each
/// node also records which kinds of entries end in its subtree, so a rule looking for, say,
/// titles stops at the first piece when no title starts with it.
struct LexiconTrie: Sendable {
    private var keys: [UInt64]
    private var children: [Int32]
    private var mask: Int
    private var edgeCount = 0
    /// Indices into the lexicon's entries that end at each node.
    private(set) var payloads: [[Int32]] = [[]]
    /// Per node: the ``KindSet`` bits of every entry in its subtree (itself included).
    private(set) var subtreeKinds: [UInt32] = [0]

    static let root: Int32 = 0

    init() {
        keys = [UInt64](repeating: 0, count: 1024)
        children = [Int32](repeating: -1, count: 1024)
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
        while true {
            let child = children[index]
            if child < 0 { return nil }
            if keys[index] == key { return child }
            index = (index + 1) & mask
        }
    }

    private mutating func setChild(_ key: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > mask + 1 { grow() }
        var index = slot(key)
        while children[index] >= 0 { index = (index + 1) & mask }
        keys[index] = key
        children[index] = child
        edgeCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldChildren = children
        let capacity = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: capacity)
        children = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        edgeCount = 0
        for index in oldChildren.indices where oldChildren[index] >= 0 {
            setChild(oldKeys[index], oldChildren[index])
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
                let next = Int32(payloads.count)
                payloads.append([])
                subtreeKinds.append(0)
                setChild(Self.edgeKey(node, hash), next)
                node = next
            }
            subtreeKinds[Int(node)] |= kindBit
        }
        payloads[Int(node)].append(entry)
    }

    /// The number of nodes.
    var nodeCount: Int { payloads.count }
}

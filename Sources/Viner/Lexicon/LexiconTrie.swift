/// A trie over folded pieces (see ``SyllableFolding``): each edge is one piece hash, so a
/// lookup walks the document's pieces with one hash-table probe per piece.
struct LexiconTrie: Sendable {
    /// Node `0` is the root.
    private var edges: [UInt64: Int32] = [:]
    /// Indices into the lexicon's entries that end at each node.
    private(set) var payloads: [[Int32]] = [[]]

    static let root: Int32 = 0

    @inline(__always)
    private static func edgeKey(_ node: Int32, _ hash: UInt64) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) ^ hash
    }

    /// The child of `node` along `hash`, if any.
    @inline(__always)
    func child(_ node: Int32, _ hash: UInt64) -> Int32? {
        edges[Self.edgeKey(node, hash)]
    }

    /// Inserts an entry under its piece hashes.
    mutating func insert(_ hashes: [UInt64], entry: Int32) {
        var node = Self.root
        for hash in hashes {
            let key = Self.edgeKey(node, hash)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                edges[key] = next
                node = next
            }
        }
        payloads[Int(node)].append(entry)
    }

    /// The number of nodes.
    var nodeCount: Int { payloads.count }
}

extension EntityRecognizer {
    /// Recognises many texts on `jobs` threads and hands the documents out in input order,
    /// reading `texts` lazily with bounded memory (see ``OrderedParallelMap``).
    ///
    /// ```swift
    /// let recognizer = try EntityRecognizer()
    /// for document in recognizer.documents(texts, jobs: 4) {          // blocking
    ///     print(document.entities.count)
    /// }
    /// for await document in recognizer.documents(texts, jobs: 4).async {   // in async code
    ///     print(document.roles.count)
    /// }
    /// ```
    ///
    /// For per-text reference dates or ids, build an ``OrderedParallelMap`` with your own
    /// transform: `OrderedParallelMap(items, jobs: 4) { (item.id, recognizer.document(item.text, referenceDate: item.date)) }`.
    public func documents<Texts: Sequence>(_ texts: Texts, referenceDate: CalendarDate? = nil,
                                           jobs: Int) -> OrderedParallelMap<Texts, RecognizedDocument>
    where Texts.Element: StringProtocol & Sendable {
        let recognizer = self
        return OrderedParallelMap(texts, jobs: jobs) { recognizer.document($0, referenceDate: referenceDate) }
    }
}

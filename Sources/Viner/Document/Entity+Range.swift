extension Entity {
    /// The entity's range as `String.Index` values of `text`, the string (or substring) it was
    /// recognised in: `text[entity.range(in: text)]` is the entity's text.
    ///
    /// For a `Substring` the indices are those of its base string, so they slice the caller's
    /// whole string too:
    ///
    /// ```swift
    /// let file = "Ngày 18/6/2016 họp.\nĐạt 83,7%."
    /// for line in file.split(separator: "\n") {
    ///     for entity in recognizer.recognize(line) {
    ///         print(file[entity.range(in: line)])   // "Ngày 18/6/2016", then "83,7%"
    ///     }
    /// }
    /// ```
    ///
    /// The ranges fall on Unicode scalar boundaries. `text` must be the text the entity came
    /// from; a shorter one traps.
    public func range<Text: StringProtocol>(in text: Text) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let upper = utf8.index(lower, offsetBy: utf8Range.count)
        return lower..<upper
    }
}

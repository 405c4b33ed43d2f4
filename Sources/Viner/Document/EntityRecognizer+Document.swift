extension EntityRecognizer {
    /// Recognises `text` once and returns the text with its entities and roles.
    ///
    /// - Parameters:
    ///   - text: a `String` or `Substring` in any Unicode form or tone placement.
    ///   - referenceDate: the document's own date, for relative dates (`hôm qua`).
    ///
    /// ```swift
    /// let document = recognizer.document("Ông Hà Văn Hải, Chủ tịch UBND tỉnh, phát biểu.")
    /// document.roles(ofPersonNamed: "Hà Văn Hải").first?.title.text   // "Chủ tịch"
    /// ```
    public func document(_ text: some StringProtocol, referenceDate: CalendarDate? = nil) -> RecognizedDocument {
        let string = String(text)
        let entities = recognize(string, referenceDate: referenceDate)
        return RecognizedDocument(text: string, referenceDate: referenceDate, entities: entities,
                                  roles: roles(linking: entities, in: string))
    }

    /// Recognises raw UTF-8 bytes; the entities' ``Entity/utf8Range`` index `bytes`.
    ///
    /// Throws ``InvalidUTF8Error`` (with the offset of the first bad byte) when `bytes` are not
    /// well-formed UTF-8.
    ///
    /// ```swift
    /// let bytes: [UInt8] = Array("Đạt 83,7%.".utf8)
    /// let document = try recognizer.document(utf8: bytes)
    /// ```
    public func document(utf8 bytes: some Sequence<UInt8>, referenceDate: CalendarDate? = nil) throws(InvalidUTF8Error) -> RecognizedDocument {
        document(try InvalidUTF8Error.decode(Array(bytes)), referenceDate: referenceDate)
    }

    /// The entities of raw UTF-8 bytes; their ``Entity/utf8Range`` index `bytes`.
    ///
    /// Throws ``InvalidUTF8Error`` when `bytes` are not well-formed UTF-8 (the offsets of a
    /// repaired text would not match the caller's bytes).
    ///
    /// ```swift
    /// let entities = try recognizer.recognize(utf8: Array("Ngày 18/6/2016".utf8))
    /// ```
    public func recognize(utf8 bytes: some Sequence<UInt8>, referenceDate: CalendarDate? = nil) throws(InvalidUTF8Error) -> [Entity] {
        recognize(try InvalidUTF8Error.decode(Array(bytes)), referenceDate: referenceDate)
    }
}

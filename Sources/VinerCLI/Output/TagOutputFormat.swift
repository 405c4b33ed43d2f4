import ArgumentParser

/// Output formats of `viner tag`.
enum TagOutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// The input with entities marked (coloured on a terminal).
    case text
    /// One JSON object per input document: `{"id", "entities": [...]}`.
    case jsonl
    /// One JSON array holding every document's object.
    case json
    /// One entity a line: id, start, end, type, text, value.
    case tsv
    /// One token a line with its IOB2 tag (VLSP / PhoNER style); a blank line between documents.
    case conll
    /// spaCy / Prodigy: `{"text", "ents": [{"start", "end", "label"}], "meta": {"id"}}`.
    case spacy
}

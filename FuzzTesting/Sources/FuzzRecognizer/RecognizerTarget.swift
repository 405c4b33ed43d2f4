// libFuzzer target: the whole recogniser. The first byte decides whether a reference date is
// given; the rest is the text. Checks EntityInvariants and that a second run agrees.
import FuzzSupport
import Viner

let recognizer = try! EntityRecognizer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecognizer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let text = input.payloadText
    let referenceDate: CalendarDate? = input.selector & 1 == 0 ? nil : CalendarDate(year: 2024, month: 2, day: 29)
    let entities = recognizer.recognize(text, referenceDate: referenceDate)
    EntityInvariants.check(entities, in: text)
    return 0
}

// libFuzzer target: the whole recogniser. The first byte picks the options: bit 0 gives a
// reference date, bit 1 reports clock times without a day (`timesWithoutDate`); the rest is the
// text. Checks EntityInvariants, that a second run agrees (no state left in reused scratch
// buffers or caches), and that the role links (what `viner tag --roles` prints) only join
// entities of the run, each in its place.
import FuzzSupport
import Viner

let recognizers = [try! EntityRecognizer(), try! EntityRecognizer(options: RecognitionOptions(timesWithoutDate: true))]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecognizer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let text = input.payloadText
    let recognizer = recognizers[Int(input.selector >> 1) & 1]
    let referenceDate: CalendarDate? = input.selector & 1 == 0 ? nil : CalendarDate(iso: "2024-02-29")
    let entities = recognizer.recognize(text, referenceDate: referenceDate)
    EntityInvariants.check(entities, in: text)
    let again = recognizer.recognize(text, referenceDate: referenceDate)
    require(again == entities, "a second run differs on \(escaped(text)): \(entities.count) then \(again.count) entities")
    RoleInvariants.check(recognizer.roles(linking: entities, in: text), among: entities)
    return 0
}

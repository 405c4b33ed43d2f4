// Starts libFuzzer with this target's callback (see FuzzSupport/FuzzDriver.swift).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FuzzSupport

exit(runFuzzer(fuzzRecognizer))

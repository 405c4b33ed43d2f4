// CICU text helpers used by viner's tokenizer: Unicode character facts for a lookup table,
// UTF-8 to UTF-16 conversion that remembers byte offsets, and bulk boundary iteration.
// Plain C types only (see cicu.h for why).
#ifndef CICU_TEXT_H
#define CICU_TEXT_H

#include <stdint.h>
#include "cicu.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Bits of `cicu_scalar_facts`: the low 5 bits are ICU's general category (UCharCategory).
#define CICU_FACT_CATEGORY_MASK 0x1F
/// The scalar has the Unicode White_Space property.
#define CICU_FACT_WHITE_SPACE 0x20
/// The scalar belongs to a script written without spaces between words (line break class
/// SA, ID or CJ: Thai, Lao, Khmer, Myanmar, Han, Kana, …).
#define CICU_FACT_NO_SPACE_SCRIPT 0x40

/// Facts about one Unicode scalar, packed as described by the CICU_FACT_* macros.
uint32_t cicu_scalar_facts(uint32_t scalar);

/// Converts `length` bytes of UTF-8 to UTF-16. Each maximal ill-formed subsequence becomes one
/// U+FFFD. `units` must hold `length` code units and `byte_offsets` `length + 1` entries;
/// `byte_offsets[i]` receives the byte offset (relative to `text`) where unit `i`'s scalar
/// starts, and `byte_offsets[count]` = `length`. Returns the number of UTF-16 units.
int32_t cicu_utf8_to_utf16(const uint8_t *text, int32_t length, uint16_t *units, int32_t *byte_offsets);

/// Writes up to `capacity` next boundaries of `iterator` into `out`, each mapped through
/// `byte_offsets` (when not NULL) and shifted by `base`. Returns how many were written; fewer
/// than `capacity` means iteration is done.
int32_t cicu_break_fill(cicu_break_iterator *iterator, const int32_t *byte_offsets, int32_t base,
                        int32_t *out, int32_t capacity);

/// Iterates every remaining boundary and returns how many there were (a benchmark baseline).
int64_t cicu_break_count(cicu_break_iterator *iterator);

#ifdef __cplusplus
}
#endif

#endif

// CICU: a thin plain-C facade over the system ICU library (ICU4C).
//
// Swift cannot import ICU's headers directly next to Foundation (they clash with Foundation's
// bundled `_FoundationICU`), and ICU renames every function to a versioned symbol through
// macros Swift does not import. So only the .c files of this target include <unicode/*.h>;
// this header exposes plain C types and an opaque handle, nothing from ICU.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator plus the reusable UText it iterates. Opaque to Swift.
typedef struct cicu_break_iterator cicu_break_iterator;

/// Success is `status <= 0` (ICU warnings are negative and count as success).
static inline int cicu_success(int32_t status) { return status <= 0; }

/// The symbolic name of an ICU status code ("U_ILLEGAL_ARGUMENT_ERROR" …).
const char *cicu_error_name(int32_t status);

/// The ICU version string, e.g. "72.1".
const char *cicu_version(void);

/// Opens a word break iterator for `locale` (e.g. "vi"). Returns NULL and sets *status on failure.
cicu_break_iterator *cicu_word_break_open(const char *locale, int32_t *status);

/// Opens a break iterator from rule source (UTF-16, `.rbbi` syntax). On a syntax error
/// *status is set and *parse_line / *parse_offset locate it.
cicu_break_iterator *cicu_break_open_rules(const uint16_t *rules, int32_t rules_length,
                                           int32_t *parse_line, int32_t *parse_offset,
                                           int32_t *status);

/// Closes the iterator and its UText. NULL is allowed.
void cicu_break_close(cicu_break_iterator *iterator);

/// Points the iterator at UTF-16 text (not copied: it must outlive the iteration).
int32_t cicu_break_set_utf16(cicu_break_iterator *iterator, const uint16_t *text, int32_t length);

/// Points the iterator at UTF-8 text through a reused UText (not copied). Offsets returned by
/// `cicu_break_next` are then UTF-8 byte offsets.
int32_t cicu_break_set_utf8(cicu_break_iterator *iterator, const uint8_t *text, int64_t length);

/// Moves to the first boundary (0) and returns it.
int32_t cicu_break_first(cicu_break_iterator *iterator);

/// Returns the next boundary, or -1 when done.
int32_t cicu_break_next(cicu_break_iterator *iterator);

/// The rule status of the boundary last returned (ICU's UBRK_WORD_* ranges:
/// 0–99 none, 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideographic).
int32_t cicu_break_rule_status(const cicu_break_iterator *iterator);

#ifdef __cplusplus
}
#endif

#endif

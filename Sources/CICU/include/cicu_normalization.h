// Unicode normalisation and character properties from ICU, over plain C types.
// Used by viner's Normalizer (Sources/Viner/Normalization). No ICU types appear here.
#ifndef CICU_NORMALIZATION_H
#define CICU_NORMALIZATION_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Normalisation forms understood by the functions below.
#define CICU_FORM_NFC 0
#define CICU_FORM_NFD 1

/// Bits returned by `cicu_norm_scalar_info`.
#define CICU_SCALAR_NFC_YES 1       ///< NFC_Quick_Check = Yes
#define CICU_SCALAR_CCC_ZERO 2      ///< canonical combining class 0
#define CICU_SCALAR_ALPHABETIC 4    ///< Alphabetic property
#define CICU_SCALAR_NONSPACING 8    ///< general category Mn
#define CICU_SCALAR_NFD_YES 16      ///< NFD_Quick_Check = Yes

/// Facts about one code point (see the CICU_SCALAR_* bits).
uint32_t cicu_norm_scalar_info(uint32_t scalar);

/// ICU's simple lower-case mapping of one code point.
uint32_t cicu_norm_scalar_lowercase(uint32_t scalar);

/// Normalises UTF-32 `source` into `destination` (capacity `capacity` code points).
/// Returns the length needed; when it exceeds `capacity` nothing useful was written
/// (call again with a bigger buffer). Sets *status (> 0 on failure).
int32_t cicu_norm_normalize_utf32(int32_t form, const uint32_t *source, int32_t length,
                             uint32_t *destination, int32_t capacity, int32_t *status);

/// ICU's quick check of UTF-16 text for `form`: 0 = no, 1 = yes, 2 = maybe.
int32_t cicu_norm_quick_check_utf16(int32_t form, const uint16_t *text, int32_t length, int32_t *status);

/// Normalises UTF-16 `source` into `destination`; returns the length needed (see above).
int32_t cicu_norm_normalize_utf16(int32_t form, const uint16_t *source, int32_t length,
                             uint16_t *destination, int32_t capacity, int32_t *status);

/// Converts UTF-8 to UTF-16; returns the UTF-16 length needed.
int32_t cicu_norm_utf8_to_utf16(const uint8_t *source, int32_t length,
                           uint16_t *destination, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif

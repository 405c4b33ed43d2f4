// ICU normalisation for viner's Normalizer. See include/cicu_normalization.h.
#include "cicu_normalization.h"

#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

static const UNormalizer2 *instance(int32_t form, UErrorCode *status) {
    return form == CICU_FORM_NFD ? unorm2_getNFDInstance(status) : unorm2_getNFCInstance(status);
}

uint32_t cicu_norm_scalar_info(uint32_t scalar) {
    UChar32 c = (UChar32)scalar;
    uint32_t bits = 0;
    if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES) { bits |= CICU_SCALAR_NFC_YES; }
    if (u_getIntPropertyValue(c, UCHAR_NFD_QUICK_CHECK) == UNORM_YES) { bits |= CICU_SCALAR_NFD_YES; }
    if (u_getCombiningClass(c) == 0) { bits |= CICU_SCALAR_CCC_ZERO; }
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) { bits |= CICU_SCALAR_ALPHABETIC; }
    if (u_charType(c) == U_NON_SPACING_MARK) { bits |= CICU_SCALAR_NONSPACING; }
    return bits;
}

uint32_t cicu_norm_scalar_lowercase(uint32_t scalar) { return (uint32_t)u_tolower((UChar32)scalar); }

int32_t cicu_norm_normalize_utf32(int32_t form, const uint32_t *source, int32_t length,
                             uint32_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *norm = instance(form, &error);
    if (U_FAILURE(error)) { *status = error; return 0; }

    UChar stackIn[256];
    UChar stackOut[512];
    UChar *in = stackIn;
    UChar *out = stackOut;
    int32_t inCapacity = 256;
    int32_t outCapacity = 512;
    if (length * 2 > inCapacity) {
        inCapacity = length * 2;
        in = malloc(sizeof(UChar) * (size_t)inCapacity);
    }
    int32_t units = 0;
    for (int32_t i = 0; i < length; i++) {
        UBool failed = 0;
        U16_APPEND(in, units, inCapacity, (UChar32)source[i], failed);
        (void)failed;
    }
    int32_t needed = unorm2_normalize(norm, in, units, out, outCapacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR;
        outCapacity = needed;
        out = malloc(sizeof(UChar) * (size_t)outCapacity);
        needed = unorm2_normalize(norm, in, units, out, outCapacity, &error);
    }
    int32_t count = 0;
    if (U_SUCCESS(error)) {
        int32_t i = 0;
        while (i < needed) {
            UChar32 c;
            U16_NEXT(out, i, needed, c);
            if (count < capacity) { destination[count] = (uint32_t)c; }
            count++;
        }
    }
    if (in != stackIn) { free(in); }
    if (out != stackOut) { free(out); }
    *status = error;
    return count;
}

int32_t cicu_norm_quick_check_utf16(int32_t form, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *norm = instance(form, &error);
    UNormalizationCheckResult result = UNORM_NO;
    if (U_SUCCESS(error)) { result = unorm2_quickCheck(norm, (const UChar *)text, length, &error); }
    *status = error;
    return result == UNORM_YES ? 1 : (result == UNORM_MAYBE ? 2 : 0);
}

int32_t cicu_norm_normalize_utf16(int32_t form, const uint16_t *source, int32_t length,
                             uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *norm = instance(form, &error);
    int32_t needed = 0;
    if (U_SUCCESS(error)) {
        needed = unorm2_normalize(norm, (const UChar *)source, length, (UChar *)destination, capacity, &error);
    }
    *status = error;
    return needed;
}

int32_t cicu_norm_utf8_to_utf16(const uint8_t *source, int32_t length,
                           uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8((UChar *)destination, capacity, &needed, (const char *)source, length, &error);
    *status = error;
    return needed;
}

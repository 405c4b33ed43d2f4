#include "cicu_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

uint32_t cicu_scalar_facts(uint32_t scalar) {
    UChar32 c = (UChar32)scalar;
    uint32_t facts = (uint32_t)u_charType(c) & CICU_FACT_CATEGORY_MASK;
    if (u_isUWhiteSpace(c)) { facts |= CICU_FACT_WHITE_SPACE; }
    int32_t lb = u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
    if (lb == U_LB_COMPLEX_CONTEXT || lb == U_LB_IDEOGRAPHIC || lb == U_LB_CONDITIONAL_JAPANESE_STARTER) {
        facts |= CICU_FACT_NO_SPACE_SCRIPT;
    }
    return facts;
}

int32_t cicu_utf8_to_utf16(const uint8_t *text, int32_t length, uint16_t *units, int32_t *byte_offsets) {
    int32_t i = 0;
    int32_t count = 0;
    while (i < length) {
        uint8_t lead = text[i];
        if (lead < 0x80) {
            byte_offsets[count] = i;
            units[count++] = lead;
            i++;
            continue;
        }
        int32_t start = i;
        UChar32 c;
        U8_NEXT(text, i, length, c);
        if (c < 0) { c = 0xFFFD; }
        if (c <= 0xFFFF) {
            byte_offsets[count] = start;
            units[count++] = (uint16_t)c;
        } else {
            byte_offsets[count] = start;
            units[count++] = U16_LEAD(c);
            byte_offsets[count] = start;
            units[count++] = U16_TRAIL(c);
        }
    }
    byte_offsets[count] = length;
    return count;
}

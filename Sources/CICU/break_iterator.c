#include "cicu.h"
#include "cicu_text.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct cicu_break_iterator {
    UBreakIterator *iterator;
    UText utext;
    int utext_open;
};

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *cicu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}

static cicu_break_iterator *wrap(UBreakIterator *iterator, UErrorCode *status) {
    if (U_FAILURE(*status)) { return NULL; }
    cicu_break_iterator *result = calloc(1, sizeof(cicu_break_iterator));
    if (result == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->iterator = iterator;
    UText initial = UTEXT_INITIALIZER;
    result->utext = initial;
    return result;
}

cicu_break_iterator *cicu_word_break_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &error);
    cicu_break_iterator *result = wrap(iterator, &error);
    *status = error;
    return result;
}

cicu_break_iterator *cicu_break_open_rules(const uint16_t *rules, int32_t rules_length,
                                           int32_t *parse_line, int32_t *parse_offset,
                                           int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError parse = {0};
    UBreakIterator *iterator = ubrk_openRules((const UChar *)rules, rules_length, NULL, 0, &parse, &error);
    if (parse_line) { *parse_line = parse.line; }
    if (parse_offset) { *parse_offset = parse.offset; }
    cicu_break_iterator *result = wrap(iterator, &error);
    *status = error;
    return result;
}

void cicu_break_close(cicu_break_iterator *iterator) {
    if (iterator == NULL) { return; }
    ubrk_close(iterator->iterator);
    if (iterator->utext_open) { utext_close(&iterator->utext); }
    free(iterator);
}

int32_t cicu_break_set_utf16(cicu_break_iterator *iterator, const uint16_t *text, int32_t length) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(iterator->iterator, (const UChar *)text, length, &error);
    return error;
}

int32_t cicu_break_set_utf8(cicu_break_iterator *iterator, const uint8_t *text, int64_t length) {
    UErrorCode error = U_ZERO_ERROR;
    // Re-opening an existing UText reuses its storage: no allocation per text.
    utext_openUTF8(&iterator->utext, (const char *)text, length, &error);
    if (U_FAILURE(error)) { return error; }
    iterator->utext_open = 1;
    ubrk_setUText(iterator->iterator, &iterator->utext, &error);
    return error;
}

int32_t cicu_break_first(cicu_break_iterator *iterator) { return ubrk_first(iterator->iterator); }

int32_t cicu_break_next(cicu_break_iterator *iterator) { return ubrk_next(iterator->iterator); }

int32_t cicu_break_rule_status(const cicu_break_iterator *iterator) {
    return ubrk_getRuleStatus(iterator->iterator);
}

int32_t cicu_break_fill(cicu_break_iterator *iterator, const int32_t *byte_offsets, int32_t base,
                        int32_t *out, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(iterator->iterator);
        if (boundary == UBRK_DONE) { break; }
        out[count++] = base + (byte_offsets ? byte_offsets[boundary] : boundary);
    }
    return count;
}

int64_t cicu_break_count(cicu_break_iterator *iterator) {
    int64_t count = 0;
    while (ubrk_next(iterator->iterator) != UBRK_DONE) { count++; }
    return count;
}

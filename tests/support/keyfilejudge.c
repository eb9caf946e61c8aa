/* keyfile-judge: GLib's GKeyFile, the parser NetworkManager reads its keyfiles with, as a host
 * program, so every test reaches the same judge through the tool bridge (under Wine too, where
 * the test cannot link GLib).
 *
 *   keyfile-judge read < KEYFILE
 *       every group and key as JSON, each value as GLib reads it as a string, a string list
 *       and an integer list (null where GLib refuses that reading):
 *       {"GROUP": {"KEY": {"string": "..", "strings": [..], "integers": [..]}}}
 *   keyfile-judge write GROUP KEY < VALUE
 *       the keyfile GLib writes for that one value
 *
 * Exit 1 with GLib's message when it refuses the keyfile, 2 on a usage error. */
#include <glib.h>
#include <stdio.h>
#include <string.h>

static GString* read_stdin(void) {
    GString* text = g_string_new(NULL);
    char buffer[65536];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        g_string_append_len(text, buffer, (gssize)n);
    }
    return text;
}

static void put_json_string(const char* s) {
    putchar('"');
    for (const unsigned char* p = (const unsigned char*)s; *p != 0; ++p) {
        if (*p == '"' || *p == '\\') {
            printf("\\%c", *p);
        } else if (*p < 0x20) {
            printf("\\u%04x", *p);
        } else {
            putchar(*p);
        }
    }
    putchar('"');
}

static void put_value(GKeyFile* file, const char* group, const char* key) {
    gchar* string = g_key_file_get_string(file, group, key, NULL);
    fputs("{\"string\": ", stdout);
    if (string != NULL) {
        put_json_string(string);
    } else {
        fputs("null", stdout);
    }
    g_free(string);
    gsize count = 0;
    gchar** strings = g_key_file_get_string_list(file, group, key, &count, NULL);
    fputs(", \"strings\": ", stdout);
    if (strings != NULL) {
        putchar('[');
        for (gsize i = 0; i < count; ++i) {
            fputs(i == 0 ? "" : ", ", stdout);
            put_json_string(strings[i]);
        }
        putchar(']');
    } else {
        fputs("null", stdout);
    }
    g_strfreev(strings);
    gint* integers = g_key_file_get_integer_list(file, group, key, &count, NULL);
    fputs(", \"integers\": ", stdout);
    if (integers != NULL) {
        putchar('[');
        for (gsize i = 0; i < count; ++i) {
            printf("%s%d", i == 0 ? "" : ", ", integers[i]);
        }
        putchar(']');
    } else {
        fputs("null", stdout);
    }
    g_free(integers);
    putchar('}');
}

static int read_keyfile(void) {
    GString* text = read_stdin();
    GKeyFile* file = g_key_file_new();
    GError* error = NULL;
    if (!g_key_file_load_from_data(file, text->str, text->len, G_KEY_FILE_NONE, &error)) {
        fprintf(stderr, "keyfile-judge: GLib refused the keyfile: %s\n", error->message);
        g_error_free(error);
        g_key_file_free(file);
        g_string_free(text, TRUE);
        return 1;
    }
    gchar** groups = g_key_file_get_groups(file, NULL);
    putchar('{');
    for (gchar** g = groups; *g != NULL; ++g) {
        fputs(g == groups ? "" : ", ", stdout);
        put_json_string(*g);
        fputs(": {", stdout);
        gchar** keys = g_key_file_get_keys(file, *g, NULL, NULL);
        for (gchar** k = keys; k != NULL && *k != NULL; ++k) {
            fputs(k == keys ? "" : ", ", stdout);
            put_json_string(*k);
            fputs(": ", stdout);
            put_value(file, *g, *k);
        }
        g_strfreev(keys);
        putchar('}');
    }
    puts("}");
    g_strfreev(groups);
    g_key_file_free(file);
    g_string_free(text, TRUE);
    return 0;
}

static int write_keyfile(const char* group, const char* key) {
    GString* value = read_stdin();
    GKeyFile* file = g_key_file_new();
    g_key_file_set_string(file, group, key, value->str);
    gsize length = 0;
    gchar* data = g_key_file_to_data(file, &length, NULL);
    fwrite(data, 1, length, stdout);
    g_free(data);
    g_key_file_free(file);
    g_string_free(value, TRUE);
    return 0;
}

int main(int argc, char** argv) {
    if (argc == 2 && strcmp(argv[1], "read") == 0) {
        return read_keyfile();
    }
    if (argc == 4 && strcmp(argv[1], "write") == 0) {
        return write_keyfile(argv[2], argv[3]);
    }
    fputs("usage: keyfile-judge read < KEYFILE | keyfile-judge write GROUP KEY < VALUE\n", stderr);
    return 2;
}

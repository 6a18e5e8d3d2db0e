/* A stand-in for a library that a binary loads by name (libqt6keychain.so.1), for
 * test_binaries.py: if the dynamic loader ever picks this file up, its constructor leaves a
 * marker file at $MAILWRIGHT_DECOY_MARKER before main() runs. */
#include <stdio.h>
#include <stdlib.h>

__attribute__((constructor)) static void mark_loaded(void)
{
    const char *marker = getenv("MAILWRIGHT_DECOY_MARKER");
    if (!marker)
        return;
    FILE *file = fopen(marker, "w");
    if (file) {
        fputs("the decoy library was loaded\n", file);
        fclose(file);
    }
}

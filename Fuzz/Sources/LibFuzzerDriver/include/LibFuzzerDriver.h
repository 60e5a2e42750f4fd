#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs with a main of their own (SwiftPM gives every executable
// one): runs the fuzzing loop with the command-line flags, calling `callback` per input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

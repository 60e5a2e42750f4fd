// Only the header matters: libFuzzer (linked by -sanitize=fuzzer) defines the function.
#include "LibFuzzerDriver.h"

# Sourced by tools/test.sh (MAILWRIGHT_SANITIZE=1) and tools/fuzz.sh: how the sanitizer runtimes
# report. Every test process and every program a test starts (mailwright-send from the Python
# tests) inherits these.
#
# A finding ends the process with an error (UBSan is also built fatal:
# -fno-sanitize-recover=undefined), and LeakSanitizer's report at exit fails the test. No
# suppressions: the suite runs clean, Qt, D-Bus and gnome-keyring included. Should third-party
# noise ever need one, it goes in a file here, each entry with its reason, and
# LSAN_OPTIONS/UBSAN_OPTIONS point at it; never our own code.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="print_suppressions=0"

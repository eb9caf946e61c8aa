// The program whose precompiled app/precompiled/qtcore.h the other programs and the tests
// reuse (REUSE_FROM): it links QtCore only, so it defines no macro they lack.
int main() { return 0; }

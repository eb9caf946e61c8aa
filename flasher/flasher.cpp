// imprint_flasher: see README.md. Sources are added by the folders of this directory.
namespace imprint::flasher {
// An anchor so the library is never empty while its parts land one by one.
int libraryAnchor() { return 0; }
} // namespace imprint::flasher

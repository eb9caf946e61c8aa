// Keeps imprint_translations a real library; its content is the embedded .qm resources.
namespace imprint {
int translationsAnchor() { return 0; }
} // namespace imprint

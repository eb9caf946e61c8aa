/* ext2fs-judge: libext2fs, the judge of the ext2/3/4 block-bitmap reader, as a host program, so
 * the Linux build and the Windows build (through the tool bridge) ask the same library.
 *
 *   ext2fs-judge IMAGE OFFSET
 *       the blocks libext2fs's bitmap marks in use, from s_first_data_block on, bit by bit, as
 *       runs: one "FIRST COUNT" line each, of the filesystem OFFSET bytes into IMAGE.
 *
 * Exit 1 when libext2fs cannot read it, 2 on a usage error. */
#include <ext2fs/ext2fs.h>

#include <stdio.h>

int main(int argc, char** argv) {
    if (argc != 3) {
        fputs("usage: ext2fs-judge IMAGE OFFSET\n", stderr);
        return 2;
    }
    char options[64];
    snprintf(options, sizeof options, "offset=%s", argv[2]);
    ext2_filsys fs = NULL;
    if (ext2fs_open2(argv[1], options, EXT2_FLAG_64BITS, 0, 0, unix_io_manager, &fs) != 0) {
        fprintf(stderr, "ext2fs-judge: libext2fs cannot open %s at %s\n", argv[1], argv[2]);
        return 1;
    }
    if (ext2fs_read_block_bitmap(fs) != 0) {
        fprintf(stderr, "ext2fs-judge: libext2fs cannot read the block bitmap\n");
        ext2fs_close_free(&fs);
        return 1;
    }
    const blk64_t count = ext2fs_blocks_count(fs->super);
    blk64_t first = 0;
    blk64_t length = 0;
    for (blk64_t b = fs->super->s_first_data_block; b < count; ++b) {
        if (ext2fs_test_block_bitmap2(fs->block_map, b) == 0) {
            continue;
        }
        if (length > 0 && first + length == b) {
            ++length;
            continue;
        }
        if (length > 0) {
            printf("%llu %llu\n", (unsigned long long)first, (unsigned long long)length);
        }
        first = b;
        length = 1;
    }
    if (length > 0) {
        printf("%llu %llu\n", (unsigned long long)first, (unsigned long long)length);
    }
    ext2fs_close_free(&fs);
    return 0;
}

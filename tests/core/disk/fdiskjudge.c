/* fdisk-judge: libfdisk, the judge of Imprint's partition-table reader, as a host program, so
 * the Linux build and the Windows build (through the tool bridge) ask the same library.
 *
 *   fdisk-judge read IMAGE SECTOR
 *       what libfdisk lists at SECTOR bytes a sector (0: the image's own), as JSON: {"label":
 *       false} without a label, {"error": ".."} when libfdisk cannot, else {"kind", "diskId",
 *       "sectorSize", "partitions": [{"partno", "start", "size" (in sectors), "code",
 *       "typeString", "typeName", "typeKnown", "name", "uuid", "attrs", "bootable",
 *       "container"}]}. Strings are hex, byte for byte (names may be anything).
 *   fdisk-judge apply IMAGE SECTOR < SCRIPT
 *       writes the table an sfdisk SCRIPT describes with libfdisk's script engine, as sfdisk and
 *       fdisk's "I" command do, without sfdisk's sync(2) of every filesystem.
 *
 * Exit 1 when libfdisk fails, 2 on a usage error. */
#include <libfdisk/libfdisk.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_hex(const char* key, const char* s) {
    printf("\"%s\": \"", key);
    for (const unsigned char* p = (const unsigned char*)(s != NULL ? s : ""); *p != 0; ++p) {
        printf("%02x", *p);
    }
    fputs("\", ", stdout);
}

static void put_partition(struct fdisk_partition* pa) {
    printf("{\"partno\": %zu, \"start\": %llu, \"size\": %llu, ", fdisk_partition_get_partno(pa),
           (unsigned long long)fdisk_partition_get_start(pa),
           (unsigned long long)fdisk_partition_get_size(pa));
    struct fdisk_parttype* t = fdisk_partition_get_type(pa);
    if (t != NULL) {
        printf("\"code\": %u, \"typeKnown\": %s, ", fdisk_parttype_get_code(t) & 0xffu,
               fdisk_parttype_is_unknown(t) == 0 ? "true" : "false");
        put_hex("typeString", fdisk_parttype_get_string(t));
        put_hex("typeName", fdisk_parttype_get_name(t));
    }
    put_hex("name", fdisk_partition_get_name(pa));
    put_hex("uuid", fdisk_partition_get_uuid(pa));
    put_hex("attrs", fdisk_partition_get_attrs(pa));
    printf("\"bootable\": %s, \"container\": %s}",
           fdisk_partition_is_bootable(pa) != 0 ? "true" : "false",
           fdisk_partition_is_container(pa) != 0 ? "true" : "false");
}

static int list(struct fdisk_context* cxt) {
    struct fdisk_table* table = NULL;
    if (fdisk_get_partitions(cxt, &table) != 0) {
        puts("{\"error\": \"libfdisk cannot list\"}");
        return 0;
    }
    char* id = NULL;
    fdisk_get_disklabel_id(cxt, &id);
    fputs("{", stdout);
    put_hex("kind", fdisk_label_get_name(fdisk_get_label(cxt, NULL)));
    put_hex("diskId", id);
    free(id);
    printf("\"sectorSize\": %lu, \"partitions\": [", fdisk_get_sector_size(cxt));
    struct fdisk_iter* iter = fdisk_new_iter(FDISK_ITER_FORWARD);
    struct fdisk_partition* pa = NULL;
    for (int i = 0; fdisk_table_next_partition(table, iter, &pa) == 0; ++i) {
        fputs(i == 0 ? "" : ", ", stdout);
        put_partition(pa);
    }
    puts("]}");
    fdisk_free_iter(iter);
    fdisk_unref_table(table);
    return 0;
}

static int apply(struct fdisk_context* cxt) {
    struct fdisk_script* dp = fdisk_new_script(cxt);
    int rc = fdisk_script_read_file(dp, stdin);
    rc = rc == 0 ? fdisk_apply_script(cxt, dp) : rc;
    rc = rc == 0 ? fdisk_write_disklabel(cxt) : rc;
    fdisk_unref_script(dp);
    if (rc != 0) {
        fprintf(stderr, "fdisk-judge: libfdisk cannot apply the script: %d\n", rc);
    }
    return rc == 0 ? 0 : 1;
}

int main(int argc, char** argv) {
    const int reading = argc == 4 && strcmp(argv[1], "read") == 0;
    if (!reading && !(argc == 4 && strcmp(argv[1], "apply") == 0)) {
        fputs("usage: fdisk-judge read|apply IMAGE SECTOR\n", stderr);
        return 2;
    }
    struct fdisk_context* cxt = fdisk_new_context();
    const unsigned long sector = strtoul(argv[3], NULL, 10);
    if (sector != 0) {
        fdisk_save_user_sector_size(cxt, (unsigned)sector, (unsigned)sector);
    }
    if (reading) {
        fdisk_enable_listonly(cxt, 1);
    }
    int rc = 0;
    if (fdisk_assign_device(cxt, argv[2], reading) != 0) {
        if (reading) {
            puts("{\"error\": \"libfdisk cannot read\"}");
        } else {
            fprintf(stderr, "fdisk-judge: libfdisk cannot open %s\n", argv[2]);
            rc = 1;
        }
    } else if (reading) {
        rc = fdisk_has_label(cxt) ? list(cxt) : (puts("{\"label\": false}"), 0);
        fdisk_deassign_device(cxt, 1);
    } else {
        rc = apply(cxt);
        fdisk_deassign_device(cxt, 1);
    }
    fdisk_unref_context(cxt);
    return rc;
}

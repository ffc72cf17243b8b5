/* Prints the registry JSON (tsr_registry_json) to stdout, or with --onnx-importer the ONNX
 * importer's converter table (tsr_onnx_importer_json); used by `npm run generate`. */
#include <stdio.h>
#include <string.h>

#include "tessera/c_api.h"

int main(int argc, char** argv) {
  const int importer = argc > 1 && strcmp(argv[1], "--onnx-importer") == 0;
  const char* json = importer ? tsr_onnx_importer_json() : tsr_registry_json();
  if (!json[0]) {
    fprintf(stderr, "dump_registry: %s\n", tsr_last_error());
    return 1;
  }
  fwrite(json, 1, strlen(json), stdout);
  return 0;
}

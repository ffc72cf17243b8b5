/* Prints the registry JSON (tsr_registry_json) to stdout; used by `npm run generate`. */
#include <stdio.h>
#include <string.h>

#include "tessera/c_api.h"

int main(void) {
  const char* json = tsr_registry_json();
  if (!json[0]) {
    fprintf(stderr, "dump_registry: %s\n", tsr_last_error());
    return 1;
  }
  fwrite(json, 1, strlen(json), stdout);
  return 0;
}

#include "cli/cli.h"

int main(int argc, char** argv) {
    return couverture::cli::run(argc, argv);
}

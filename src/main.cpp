// truce: the command-line entry point; everything else is in src/cli.
#include "cli/app.hpp"

int main(int argc, char** argv) { return truce::cli::run(argc, argv); }

// couverture-app: the desktop application. Opens the project given on the command line, else the last one,
// else the default project over the real data. --lang fr|en overrides the language; --screenshot DIR saves
// images of the main views once the map is drawn and quits; --quit-when-shown prints how long the map took.
#include "app/app_run.h"

int main(int argc, char** argv) {
    return couverture::app::runApplication(argc, argv);
}

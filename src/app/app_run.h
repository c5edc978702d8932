#pragma once
// The application's start: QApplication, language, main window, the project to open, and the options used by
// the screenshots and the start-up benchmark.

#include <QString>

namespace couverture::app {

class MainWindow;

int runApplication(int argc, char** argv);

// The project opened when none is given: the last one used, else the default project (installed beside the
// program, else the source tree's data/default.couverture).
QString startupProject();
QString defaultProjectPath();

// Saves PNG images of the main views of `window` into `folder`, named <prefix>_map.png, _review.png,
// _tables.png, _export.png. Returns the files written.
QStringList saveScreenshots(MainWindow& window, const QString& folder, const QString& prefix);

} // namespace couverture::app

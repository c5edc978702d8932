#pragma once
// Importing an activity table: choose the sheet, see how each column was understood (role found from the
// HXL tag or the header), change it, and check the first rows as the roles read them before adding it.

#include "app/project/project.h"
#include "core/activity_table.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace couverture::app {

// Files the import reads as activity tables; anything else is offered as boundaries.
bool isTableFile(const QString& path);

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
    SourceSpec source() const;          // what the project keeps: path, sheet, mapping, code key
    bool readOk() const { return ok_; } // the table could be read with the current choices
    int previewRows() const;
    // Sets the role of a header (by its text) and re-reads: what the user does with the combo boxes.
    void setRole(const QString& header, const QString& roleKey);

private:
    void reread();
    void fillMapping();
    void fillPreview();
    std::map<Role, std::string> chosenMapping() const;

    QString path_;
    QComboBox* sheet_;
    QComboBox* codeKey_;
    QTableWidget* mapping_;
    QTableWidget* preview_;
    QLabel* status_;
    ActivityTable table_;
    std::map<Role, std::string> explicit_;
    bool ok_ = false;
};

} // namespace couverture::app

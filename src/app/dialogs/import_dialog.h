#pragma once
// Importing a table: choose the sheet, see how each column was understood (role found from the HXL tag or the
// header), change it, and check the first rows as the roles read them before adding it. A table is added as
// what it looks like, which the user may change: an activity table (joined to the boundaries, mapped), a
// point table (the sites analysis) or an indicator table (the need of gaps and targets). A table that gives
// codes without names asks for code keys, found among the project's tables when it has some.

#include "app/project/project.h"
#include "core/activity_table.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace couverture::app {

// Files the import reads as activity tables; anything else is offered as boundaries.
bool isTableFile(const QString& path);

enum class ImportUse { Activities, Points, Indicator };

// What a table looks like it is for: points (coordinates, or site names, and no organisation), an indicator
// (no organisation: figures by place, such as people in need or population) or activities.
ImportUse guessUse(const ActivityTable& table);

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `knownTables`: the project's tables with codes and names, the code keys found for a table that gives
    // codes only.
    explicit ImportDialog(const QString& path, const QStringList& knownTables = {},
                          QWidget* parent = nullptr);
    SourceSpec source() const; // what the project keeps: path, sheet, mapping, code keys
    ImportUse use() const;
    void setUse(ImportUse use);
    QString figureColumn() const; // an indicator's figure (a header)
    QStringList codeKeys() const;
    bool codeOnly() const;              // some rows give codes without names
    bool readOk() const { return ok_; } // the table could be read with the current choices
    int previewRows() const;
    // Sets the role of a header (by its text) and re-reads: what the user does with the combo boxes.
    void setRole(const QString& header, const QString& roleKey);

private:
    void reread();
    void fillChoices();
    void fillMapping();
    void fillPreview();
    std::map<Role, std::string> chosenMapping() const;

    QString path_;
    QStringList knownTables_;
    QComboBox* sheet_;
    QComboBox* use_;
    QComboBox* figure_;
    QLineEdit* codeKeys_;
    QWidget* codeKeysField_;
    QWidget* figureField_;
    QFormLayout* form_ = nullptr;
    QTableWidget* mapping_;
    QTableWidget* preview_;
    QLabel* status_;
    ActivityTable table_;
    std::map<Role, std::string> explicit_;
    bool ok_ = false;
    bool useChosen_ = false; // the user picked the use: a re-read does not guess it again
};

} // namespace couverture::app

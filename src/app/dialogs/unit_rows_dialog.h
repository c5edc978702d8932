#pragma once
// What a click on the map opens: the activity rows placed in the unit or below it, and the organisations
// present with their rows, each in a sortable, filterable table.

#include "app/project/workspace.h"
#include "core/table_writer.h"

#include <QDialog>

namespace couverture::app {

class TableView;

// The rows of `source` placed in `unit` or below it that pass `filter`.
OutputTable unitRowsTable(const AdminTree& tree, const LoadedSource& source, UnitId unit,
                          const ActivityFilter& filter);
// Distinct organisations among those rows, with their row counts, sectors and whether they are present only
// at a coarser level.
OutputTable unitOrganisationsTable(const OutputTable& rows);

class UnitRowsDialog : public QDialog {
    Q_OBJECT
public:
    UnitRowsDialog(const AdminTree& tree, const LoadedSource& source, UnitId unit,
                   const ActivityFilter& filter, QWidget* parent = nullptr);
    TableView* rowsView() const { return rows_; }
    TableView* organisationsView() const { return organisations_; }

private:
    TableView* rows_;
    TableView* organisations_;
};

} // namespace couverture::app

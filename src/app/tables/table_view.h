#pragma once
// A result table on screen: core's OutputTable in a sortable, filterable view that copies the selection as
// tab-separated text and exports the rows shown to CSV or XLSX through core's writers. The screen and the
// copy show headings and coded values in the user's language (column_labels.h); exports keep the keys.

#include "core/table_writer.h"

#include <QAbstractTableModel>
#include <QWidget>
#include <string>
#include <unordered_map>
#include <vector>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace couverture::app {

class OutputTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setTable(OutputTable table);
    const OutputTable& table() const { return table_; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    OutputTable table_;
    std::vector<bool> coded_; // per column: its values are codes shown in words (column_labels.h)
    std::vector<std::unordered_map<std::string, QString>> words_; // per coded column: code -> words
    QString decimalPoint_ = QStringLiteral(".");
};

class TableView : public QWidget {
    Q_OBJECT
public:
    explicit TableView(QWidget* parent = nullptr);
    void setTable(OutputTable table);
    // The rows that pass the filter, in the order shown, as an OutputTable (what Export writes).
    OutputTable shownTable() const;
    QTableView* view() const { return view_; }
    void setFilterText(const QString& text);
    int shownRows() const;
    void exportTo(const QString& path); // .csv or .xlsx; throws OutputError
    void copySelection() const;

private:
    void updateCount();
    void askAndExport();

    OutputTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QLineEdit* filter_;
    QLabel* count_;
};

} // namespace couverture::app

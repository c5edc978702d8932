#include "app/tables/table_view.h"

#include "app/tables/column_labels.h"
#include "core/problem.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cstdlib>
#include <set>

namespace couverture::app {
namespace {

// A long heading on two lines, broken at the space nearest its middle: a column of small numbers under
// "Organisations connues seulement plus haut" then stays narrow.
QString twoLines(QString label) {
    constexpr int kOneLine = 14; // characters
    if (label.size() <= kOneLine) {
        return label;
    }
    qsizetype best = -1;
    for (qsizetype at = label.indexOf(' '); at >= 0; at = label.indexOf(' ', at + 1)) {
        if (best < 0 || std::abs(2 * at - label.size()) < std::abs(2 * best - label.size())) {
            best = at;
        }
    }
    if (best >= 0) {
        label[best] = '\n';
    }
    return label;
}

} // namespace

void OutputTableModel::setTable(OutputTable table) {
    beginResetModel();
    table_ = std::move(table);
    // Each distinct code in words once, not a translation lookup per cell each time the filter or a sort
    // reads it (sorting a 24,088-row match report by method: 105 ms against 220). A language switch builds
    // a new window, so the words stay right.
    words_.assign(table_.columns.size(), {});
    coded_.clear();
    decimalPoint_ = QLocale().decimalPoint(); // the window's language (installLanguage sets the default)
    for (std::size_t column = 0; column < table_.columns.size(); ++column) {
        const std::string& key = table_.columns[column].name;
        coded_.push_back(hasValueLabels(key));
        for (std::size_t row = 0; coded_.back() && row < table_.rows.size(); ++row) {
            const auto& cells = table_.rows[row];
            if (column < cells.size() && !words_[column].contains(cells[column])) {
                words_[column].emplace(cells[column], valueLabel(key, cells[column]));
            }
        }
    }
    endResetModel();
}

int OutputTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.rows.size());
}

int OutputTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.columns.size());
}

QVariant OutputTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const auto& row = table_.rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    static const std::string kNone;
    const std::string& raw = column < row.size() ? row[column] : kNone;
    const bool numeric = table_.columns[column].type != OutputColumn::Type::Text;
    const bool coded = coded_[column];
    const auto shown = [&] {
        const auto found = coded ? words_[column].find(raw) : words_[column].end();
        if (found != words_[column].end()) {
            return found->second;
        }
        QString text = QString::fromStdString(raw);
        if (table_.columns[column].type == OutputColumn::Type::Real) {
            text.replace(QLatin1Char('.'), decimalPoint_); // "0,7864" in French, as the review's scores
        }
        return text;
    };
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) { // words, not codes: what the filter matches
        return shown();
    }
    if (role == Qt::EditRole) { // what sorting compares: numbers as numbers, text as shown
        bool ok = false;
        const double value = numeric ? QString::fromStdString(raw).toDouble(&ok) : 0.0;
        if (ok) {
            return value;
        }
        return shown();
    }
    if (role == Qt::TextAlignmentRole && numeric && !coded) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OutputTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    const std::string& key = table_.columns[static_cast<std::size_t>(section)].name;
    if (role == Qt::DisplayRole) {
        return twoLines(columnLabel(key));
    }
    if (role == Qt::ToolTipRole) { // the name to look for in the exported files
        return columnToolTip(key);
    }
    return {};
}

TableView::TableView(QWidget* parent)
    : QWidget(parent), model_(new OutputTableModel(this)), proxy_(new QSortFilterProxyModel(this)),
      view_(new QTableView(this)), filter_(new QLineEdit(this)), count_(new QLabel(this)) {
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::EditRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterRole(Qt::DisplayRole); // the labels and words shown, not the codes behind them
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view_->setModel(proxy_);
    // The table's own order first (ranks, tree order), as the command line writes it; a click sorts.
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view_->setSortingEnabled(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->verticalHeader()->hide(); // row numbers would follow the sort and mislead
    filter_->setPlaceholderText(tr("Filter the rows (any column)"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, this, &TableView::setFilterText);

    auto* copy = new QPushButton(tr("Copy"), this);
    auto* save = new QPushButton(tr("Export…"), this);
    copy->setToolTip(
        tr("Copy the selected rows as shown, headings and words included, to paste into a report"));
    save->setToolTip(tr("Write the rows shown to a CSV or XLSX file, with the column names and codes of the "
                        "files the command line writes"));
    connect(copy, &QPushButton::clicked, this, &TableView::copySelection);
    connect(save, &QPushButton::clicked, this, &TableView::askAndExport);
    auto* shortcut = new QShortcut(QKeySequence::Copy, view_);
    connect(shortcut, &QShortcut::activated, this, &TableView::copySelection);

    auto* top = new QHBoxLayout;
    top->addWidget(filter_, 1);
    top->addWidget(count_);
    top->addWidget(copy);
    top->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
}

void TableView::setTable(OutputTable table) {
    const bool another = table.name != model_->table().name;
    model_->setTable(std::move(table));
    if (another) { // a sort chosen for one table means nothing for another
        view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        proxy_->sort(-1);
    }
    view_->resizeColumnsToContents();
    for (int column = 0; column < model_->columnCount(); ++column) {
        view_->setColumnWidth(column, std::min(view_->columnWidth(column), 320));
    }
    updateCount();
}

void TableView::setFilterText(const QString& text) {
    if (filter_->text() != text) {
        filter_->setText(text);
    }
    proxy_->setFilterFixedString(text);
    updateCount();
}

int TableView::shownRows() const {
    return proxy_->rowCount();
}

void TableView::updateCount() {
    count_->setText(tr("%1 of %n rows", nullptr, model_->rowCount()).arg(proxy_->rowCount()));
}

OutputTable TableView::shownTable() const {
    const OutputTable& all = model_->table();
    OutputTable shown;
    shown.name = all.name;
    shown.columns = all.columns;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const int source = proxy_->mapToSource(proxy_->index(row, 0)).row();
        shown.rows.push_back(all.rows[static_cast<std::size_t>(source)]);
    }
    return shown;
}

// Export writes the stable keys and raw codes (docs/coverage_columns.md), the files scripts and the command
// line share; Copy below takes what the window shows, for a report.
void TableView::exportTo(const QString& path) {
    const OutputTable table = shownTable();
    if (path.endsWith(".xlsx", Qt::CaseInsensitive)) {
        writeXlsx({&table}, path.toStdString());
    } else {
        writeCsv(table, path.toStdString());
    }
}

void TableView::askAndExport() {
    QString selected;
    const QString name = QString::fromStdString(model_->table().name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the table"), name + ".csv",
                                                      tr("CSV (*.csv);;Excel workbook (*.xlsx)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    try {
        exportTo(path);
    } catch (const OutputError& error) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(describe(error.problem)));
    }
}

// The headings and cells as shown (labels, codes in words, in the user's language): for pasting into a
// report.
void TableView::copySelection() const {
    std::set<int> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedIndexes()) {
        rows.insert(index.row());
    }
    QStringList lines;
    QStringList header;
    for (int column = 0; column < proxy_->columnCount(); ++column) {
        header << proxy_->headerData(column, Qt::Horizontal).toString().replace('\n', ' ');
    }
    lines << header.join('\t');
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < proxy_->columnCount(); ++column) {
            cells << proxy_->index(row, column).data().toString();
        }
        lines << cells.join('\t');
    }
    QApplication::clipboard()->setText(lines.join('\n') + '\n');
}

} // namespace couverture::app

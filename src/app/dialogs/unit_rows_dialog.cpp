#include "app/dialogs/unit_rows_dialog.h"

#include "app/tables/table_view.h"
#include "core/reconcile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <map>
#include <set>

namespace couverture::app {
namespace {
using Type = OutputColumn::Type;
}

OutputTable unitRowsTable(const AdminTree& tree, const LoadedSource& source, UnitId unit,
                          const ActivityFilter& filter) {
    OutputTable table;
    table.name = "rows_" + tree.unit(unit).pcode;
    table.columns = {
        {"row", "", Type::Integer},    {"organisation", "", Type::Text}, {"org_type", "", Type::Text},
        {"sector", "", Type::Text},    {"activity", "", Type::Text},     {"programme", "", Type::Text},
        {"status", "", Type::Text},    {"start", "", Type::Text},        {"end", "", Type::Text},
        {"placed_in", "", Type::Text}, {"method", "", Type::Text},       {"targeted", "", Type::Real},
        {"reached", "", Type::Real}};
    const auto number = [](const std::optional<double>& value) { return value ? formatNumber(*value) : ""; };
    for (std::size_t i = 0; i < source.table.rows.size(); ++i) {
        const Match& match = source.reconciled.matches[i];
        const ActivityRow& row = source.table.rows[i];
        if (match.unit == kNoUnit || !tree.isWithin(match.unit, unit) || !filter.keeps(row)) {
            continue;
        }
        const std::string organisation =
            row.cell(Role::OrgAcronym).empty() ? row.cell(Role::OrgName) : row.cell(Role::OrgAcronym);
        table.rows.push_back({std::to_string(row.row), organisation, row.cell(Role::OrgType),
                              row.cell(Role::Sector), row.cell(Role::Activity), row.cell(Role::Programme),
                              row.cell(Role::Status), row.start ? formatDate(*row.start) : "",
                              row.end ? formatDate(*row.end) : "", tree.unit(match.unit).name,
                              std::string(methodKey(match.method)), number(row.targeted),
                              number(row.reached)});
    }
    return table;
}

OutputTable unitOrganisationsTable(const OutputTable& rows) {
    struct Presence {
        int rows = 0;
        std::set<std::string> sectors, types;
    };
    std::map<std::string, Presence> byOrganisation;
    for (const auto& row : rows.rows) {
        Presence& presence = byOrganisation[row[1]];
        ++presence.rows;
        if (!row[3].empty()) {
            presence.sectors.insert(row[3]);
        }
        if (!row[2].empty()) {
            presence.types.insert(row[2]);
        }
    }
    const auto joined = [](const std::set<std::string>& values) {
        std::string text;
        for (const auto& value : values) {
            text += (text.empty() ? "" : ", ") + value;
        }
        return text;
    };
    OutputTable table;
    table.name = "organisations";
    table.columns = {{"organisation", "", Type::Text},
                     {"org_type", "", Type::Text},
                     {"rows", "", Type::Integer},
                     {"sectors", "", Type::Text}};
    for (const auto& [name, presence] : byOrganisation) {
        table.rows.push_back(
            {name, joined(presence.types), std::to_string(presence.rows), joined(presence.sectors)});
    }
    return table;
}

UnitRowsDialog::UnitRowsDialog(const AdminTree& tree, const LoadedSource& source, UnitId unit,
                               const ActivityFilter& filter, QWidget* parent)
    : QDialog(parent), rows_(new TableView(this)), organisations_(new TableView(this)) {
    const AdminUnit& admin = tree.unit(unit);
    setWindowTitle(tr("%1 (%2): activities")
                       .arg(QString::fromStdString(admin.name), QString::fromStdString(admin.pcode)));
    OutputTable rows = unitRowsTable(tree, source, unit, filter);
    organisations_->setTable(unitOrganisationsTable(rows));
    const int rowCount = static_cast<int>(rows.rows.size());
    rows_->setTable(std::move(rows));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(organisations_, tr("Organisations present (%1)").arg(organisations_->shownRows()));
    tabs->addTab(rows_, tr("Activity rows (%1)").arg(rowCount));
    auto* heading = new QLabel(
        tr("Rows of %1 placed in this unit or below it, with the filters applied.").arg(source.spec.label),
        this);
    heading->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace couverture::app

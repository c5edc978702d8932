#include "app/dialogs/import_dialog.h"

#include "core/commands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdint>

namespace couverture::app {

bool isTableFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "csv" || suffix == "xlsx" || suffix == "xls" || suffix == "ods" || suffix == "txt" ||
           suffix == "tsv";
}

namespace {

bool hasRole(const ActivityTable& table, Role role) {
    return table.mapping.count(role) != 0;
}

// The column an indicator table's figure most likely is: people in need, else a population total.
int figureGuess(const QStringList& headers) {
    for (const char* pattern : {"in need|inneed|besoin|\\bpin\\b", "t_tl|population|total"}) {
        const QRegularExpression match(pattern, QRegularExpression::CaseInsensitiveOption);
        for (int i = 0; i < headers.size(); ++i) {
            if (match.match(headers[i]).hasMatch()) {
                return i;
            }
        }
    }
    return 0;
}

} // namespace

ImportUse guessUse(const ActivityTable& table) {
    const bool organisation = hasRole(table, Role::OrgAcronym) || hasRole(table, Role::OrgName);
    const bool located =
        (hasRole(table, Role::Latitude) && hasRole(table, Role::Longitude)) || hasRole(table, Role::SiteName);
    if (organisation) {
        return ImportUse::Activities;
    }
    return located ? ImportUse::Points : ImportUse::Indicator;
}

ImportDialog::ImportDialog(const QString& path, const QStringList& knownTables, QWidget* parent)
    : QDialog(parent), path_(path), knownTables_(knownTables), sheet_(new QComboBox(this)),
      use_(new QComboBox(this)), figure_(new QComboBox(this)), codeKeys_(new QLineEdit(this)),
      mapping_(new QTableWidget(this)), preview_(new QTableWidget(this)), status_(new QLabel(this)) {
    setWindowTitle(tr("Import a table: %1").arg(QFileInfo(path).fileName()));
    try {
        for (const SheetInfo& sheet : listSheets(path.toStdString())) {
            const int rows =
                static_cast<int>(std::min<std::int64_t>(sheet.rows, 1 << 30)); // a sheet has 2^20
            sheet_->addItem(tr("%1 (%n rows)", nullptr, rows).arg(QString::fromStdString(sheet.name)),
                            QString::fromStdString(sheet.name));
        }
    } catch (const InputError&) {
        // reread() below says what is wrong
    }
    sheet_->setEnabled(sheet_->count() > 1);
    use_->addItem(tr("Activity table (who does what where)"), static_cast<int>(ImportUse::Activities));
    use_->addItem(tr("Point table (sites, service points)"), static_cast<int>(ImportUse::Points));
    use_->addItem(tr("Indicator table (people in need, population)"), static_cast<int>(ImportUse::Indicator));
    codeKeys_->setPlaceholderText(tr("Tables with codes and names, separated by ;"));
    codeKeys_->setToolTip(
        tr("This table gives codes without names: tables with the codes and names of another "
           "scheme (the COD-PS population, a 3W) say what its codes mean."));
    codeKeysField_ = new QWidget(this);
    auto* keysLayout = new QHBoxLayout(codeKeysField_);
    keysLayout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("Add…"), codeKeysField_);
    keysLayout->addWidget(codeKeys_, 1);
    keysLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString key = QFileDialog::getOpenFileName(
            this, tr("Code key"), QFileInfo(path_).absolutePath(), tr("Tables (*.csv *.xlsx *.xls *.ods)"));
        if (!key.isEmpty()) {
            codeKeys_->setText(codeKeys_->text().isEmpty() ? key : codeKeys_->text() + "; " + key);
        }
    });
    figureField_ = figure_;
    mapping_->setColumnCount(3);
    mapping_->setHorizontalHeaderLabels({tr("Column"), tr("HXL tag"), tr("Role")});
    mapping_->verticalHeader()->hide();
    mapping_->horizontalHeader()->setStretchLastSection(true);
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    status_->setWordWrap(true);

    auto* form = form_ = new QFormLayout;
    form->addRow(tr("Sheet"), sheet_);
    form->addRow(tr("Add as"), use_);
    form->addRow(tr("Figure"), figureField_);
    form->addRow(tr("Code keys"), codeKeysField_);
    auto* mappingBox = new QGroupBox(tr("How the columns are read (change a role to correct it)"), this);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(mapping_);
    auto* previewBox = new QGroupBox(tr("First rows, as the roles read them"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(preview_);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the project"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(sheet_, &QComboBox::currentIndexChanged, this, [this] {
        explicit_.clear();
        reread();
    });
    connect(use_, &QComboBox::activated, this, [this] { useChosen_ = true; });
    connect(use_, &QComboBox::currentIndexChanged, this,
            [this] { form_->setRowVisible(figureField_, use() == ImportUse::Indicator); });
    reread();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    resize(1100, 620);
}

void ImportDialog::reread() {
    ActivityReadOptions options;
    options.sheet = sheet_->currentData().toString().toStdString();
    options.explicitMapping = explicit_;
    try {
        table_ = readActivityTable(path_.toStdString(), options);
        ok_ = true;
        status_->setText(tr("%1 rows read, %2 columns understood, %3 left unused, %4 problems.")
                             .arg(table_.rows.size())
                             .arg(table_.mapping.size())
                             .arg(table_.unmappedHeaders.size())
                             .arg(table_.problems.size()));
    } catch (const InputError& error) {
        table_ = {};
        ok_ = false;
        status_->setText(tr("This table cannot be read as it is: %1")
                             .arg(QString::fromStdString(describe(error.problem))));
    }
    fillChoices();
    fillMapping();
    fillPreview();
}

// What depends on the table read: its use (unless the user chose it), its figure columns, its code keys.
void ImportDialog::fillChoices() {
    if (!useChosen_) {
        setUse(guessUse(table_));
        useChosen_ = false;
    }
    const QString keptFigure = figure_->currentText();
    QStringList headers;
    for (const auto& [role, mapping] : table_.mapping) {
        headers << QString::fromStdString(mapping.header);
    }
    for (const auto& header : table_.unmappedHeaders) {
        headers << QString::fromStdString(header);
    }
    figure_->clear();
    figure_->addItems(headers);
    figure_->setCurrentIndex(headers.contains(keptFigure) ? headers.indexOf(keptFigure)
                                                          : figureGuess(headers));
    figure_->setToolTip(tr("The need of the gaps and targets analyses. When the table gives several rows per "
                           "place (sectors, gender, age), say which to keep in the Analysis tab."));
    if (form_ != nullptr) { // null while the constructor reads the table the first time
        form_->setRowVisible(codeKeysField_, codeOnly());
        form_->setRowVisible(figureField_, use() == ImportUse::Indicator);
    }
    if (codeOnly() && codeKeys_->text().isEmpty()) {
        codeKeys_->setText(knownTables_.join("; ")); // found: the project's tables with codes and names
    }
}

void ImportDialog::fillMapping() {
    struct Column {
        QString header, hxl;
        std::optional<Role> role;
        QString how;
    };
    std::vector<Column> columns;
    for (const auto& [role, mapping] : table_.mapping) {
        columns.push_back({QString::fromStdString(mapping.header), QString::fromStdString(mapping.hxl), role,
                           QString::fromStdString(mapping.how)});
    }
    for (const auto& header : table_.unmappedHeaders) {
        columns.push_back({QString::fromStdString(header), {}, std::nullopt, {}});
    }
    mapping_->setRowCount(static_cast<int>(columns.size()));
    for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
        const Column& column = columns[static_cast<std::size_t>(i)];
        mapping_->setItem(i, 0, new QTableWidgetItem(column.header));
        mapping_->setItem(i, 1, new QTableWidgetItem(column.hxl));
        auto* role = new QComboBox(mapping_);
        role->addItem(tr("(not used)"), QString());
        for (std::size_t r = 0; r < kRoleCount; ++r) {
            const QString key = QString::fromUtf8(roleKey(static_cast<Role>(r)));
            role->addItem(key, key);
        }
        if (column.role) {
            role->setCurrentIndex(role->findData(QString::fromUtf8(roleKey(*column.role))));
            role->setToolTip(column.how == "hxl"        ? tr("Found from the HXL tag")
                             : column.how == "explicit" ? tr("Chosen by you")
                                                        : tr("Found from the header"));
        }
        const QString header = column.header;
        connect(role, &QComboBox::currentIndexChanged, this,
                [this, header, role] { setRole(header, role->currentData().toString()); });
        mapping_->setCellWidget(i, 2, role);
    }
    mapping_->resizeColumnsToContents();
}

void ImportDialog::fillPreview() {
    std::vector<Role> roles;
    for (const auto& [role, mapping] : table_.mapping) {
        roles.push_back(role);
    }
    preview_->clear();
    preview_->setColumnCount(static_cast<int>(roles.size()));
    QStringList headers;
    for (Role role : roles) {
        headers << QString::fromUtf8(roleKey(role));
    }
    preview_->setHorizontalHeaderLabels(headers);
    const int count = static_cast<int>(std::min<std::size_t>(table_.rows.size(), 30));
    preview_->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        for (int column = 0; column < static_cast<int>(roles.size()); ++column) {
            preview_->setItem(
                row, column,
                new QTableWidgetItem(QString::fromStdString(table_.rows[static_cast<std::size_t>(row)].cell(
                    roles[static_cast<std::size_t>(column)]))));
        }
    }
    preview_->resizeColumnsToContents();
}

void ImportDialog::setRole(const QString& header, const QString& key) {
    // A column plays one role: an earlier choice for it is replaced. (Detection still gives a role the user
    // takes away from a column when another column fits it; the table then says so in the mapping.)
    for (auto it = explicit_.begin(); it != explicit_.end();) {
        it = it->second == header.toStdString() ? explicit_.erase(it) : std::next(it);
    }
    Role role{};
    if (parseRole(key.toStdString(), role)) {
        explicit_[role] = header.toStdString();
    }
    reread();
}

std::map<Role, std::string> ImportDialog::chosenMapping() const {
    return explicit_;
}

int ImportDialog::previewRows() const {
    return preview_->rowCount();
}

SourceSpec ImportDialog::source() const {
    SourceSpec spec;
    spec.path = QFileInfo(path_).absoluteFilePath();
    spec.label = QFileInfo(path_).completeBaseName();
    spec.sheet = sheet_->currentData().toString();
    spec.mapping = chosenMapping();
    spec.codeKeys = codeOnly() ? codeKeys() : QStringList();
    return spec;
}

ImportUse ImportDialog::use() const {
    return static_cast<ImportUse>(use_->currentData().toInt());
}

void ImportDialog::setUse(ImportUse use) {
    use_->setCurrentIndex(std::max(0, use_->findData(static_cast<int>(use))));
    useChosen_ = true;
}

QString ImportDialog::figureColumn() const {
    return figure_->currentText();
}

QStringList ImportDialog::codeKeys() const {
    QStringList keys;
    for (const QString& key : codeKeys_->text().split(';', Qt::SkipEmptyParts)) {
        if (!key.trimmed().isEmpty()) {
            keys << QFileInfo(key.trimmed()).absoluteFilePath();
        }
    }
    return keys;
}

bool ImportDialog::codeOnly() const {
    return ok_ && hasCodeOnlyRows(table_);
}

} // namespace couverture::app

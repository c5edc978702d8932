#include "app/dialogs/import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace couverture::app {

bool isTableFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "csv" || suffix == "xlsx" || suffix == "xls" || suffix == "ods" || suffix == "txt" ||
           suffix == "tsv";
}

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent), path_(path), sheet_(new QComboBox(this)), codeKey_(new QComboBox(this)),
      mapping_(new QTableWidget(this)), preview_(new QTableWidget(this)), status_(new QLabel(this)) {
    setWindowTitle(tr("Import a table: %1").arg(QFileInfo(path).fileName()));
    try {
        for (const SheetInfo& sheet : listSheets(path.toStdString())) {
            sheet_->addItem(tr("%1 (%2 rows)").arg(QString::fromStdString(sheet.name)).arg(sheet.rows),
                            QString::fromStdString(sheet.name));
        }
    } catch (const InputError&) {
        // reread() below says what is wrong
    }
    sheet_->setEnabled(sheet_->count() > 1);
    mapping_->setColumnCount(3);
    mapping_->setHorizontalHeaderLabels({tr("Column"), tr("HXL tag"), tr("Role")});
    mapping_->verticalHeader()->hide();
    mapping_->horizontalHeader()->setStretchLastSection(true);
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    status_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Sheet"), sheet_);
    form->addRow(tr("Code key (tables that give only codes)"), codeKey_);
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
    fillMapping();
    fillPreview();
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
    const QString keptKey = codeKey_->currentText();
    codeKey_->clear();
    codeKey_->addItem(tr("(none)"));
    mapping_->setRowCount(static_cast<int>(columns.size()));
    for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
        const Column& column = columns[static_cast<std::size_t>(i)];
        codeKey_->addItem(column.header);
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
    codeKey_->setCurrentText(keptKey);
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
    spec.codeKey = codeKey_->currentIndex() > 0 ? codeKey_->currentText() : QString();
    return spec;
}

} // namespace couverture::app

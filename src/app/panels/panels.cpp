#include "app/panels/panels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <set>

namespace couverture::app {

QString figureLabel(const render::MapStyle& style, const QString& language, const std::string& figure) {
    return QString::fromStdString(style.textOr(language.toStdString(), "legend_titles." + figure, figure));
}

// --- Layers ------------------------------------------------------------------------------------------------

LayersPanel::LayersPanel(const render::MapStyle& style, const QString& language, QWidget* parent)
    : QWidget(parent), source_(new QComboBox(this)), level_(new QComboBox(this)),
      figure_(new QComboBox(this)), regions_(new QCheckBox(tr("Régions"), this)),
      cercles_(new QCheckBox(tr("Cercles"), this)), communes_(new QCheckBox(tr("Communes"), this)),
      labels_(new QCheckBox(tr("Names"), this)) {
    level_->addItem(tr("Région"), static_cast<int>(AdminLevel::Region));
    level_->addItem(tr("Cercle"), static_cast<int>(AdminLevel::Cercle));
    level_->addItem(tr("Commune"), static_cast<int>(AdminLevel::Commune));
    for (const std::string& name : coverageFigureNames()) {
        figure_->addItem(figureLabel(style, language, name), QString::fromStdString(name));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Table"), source_);
    form->addRow(tr("Mapped level"), level_);
    form->addRow(tr("Figure"), figure_);
    auto* outlines = new QGroupBox(tr("Outlines shown"), this);
    auto* outlineLayout = new QVBoxLayout(outlines);
    for (QCheckBox* box : {regions_, cercles_, communes_, labels_}) {
        outlineLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &LayersPanel::changed);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(outlines);
    layout->addStretch(1);
    for (QComboBox* box : {source_, level_, figure_}) {
        connect(box, &QComboBox::currentIndexChanged, this, &LayersPanel::changed);
    }
}

void LayersPanel::setSources(const QStringList& labels) {
    const QSignalBlocker blocker(source_);
    source_->clear();
    source_->addItems(labels);
}

void LayersPanel::setState(const ViewState& view) {
    const QSignalBlocker blockers[] = {QSignalBlocker(source_),  QSignalBlocker(level_),
                                       QSignalBlocker(figure_),  QSignalBlocker(regions_),
                                       QSignalBlocker(cercles_), QSignalBlocker(communes_),
                                       QSignalBlocker(labels_)};
    source_->setCurrentIndex(view.activeSource);
    level_->setCurrentIndex(level_->findData(static_cast<int>(view.level)));
    figure_->setCurrentIndex(std::max(0, figure_->findData(view.figure)));
    regions_->setChecked(view.showRegions);
    cercles_->setChecked(view.showCercles);
    communes_->setChecked(view.showCommunes);
    labels_->setChecked(view.showLabels);
}

ViewState LayersPanel::state(ViewState base) const {
    base.activeSource = std::max(0, source_->currentIndex());
    base.level = static_cast<AdminLevel>(level_->currentData().toInt());
    base.figure = figure_->currentData().toString();
    base.showRegions = regions_->isChecked();
    base.showCercles = cercles_->isChecked();
    base.showCommunes = communes_->isChecked();
    base.showLabels = labels_->isChecked();
    return base;
}

// --- Filters -----------------------------------------------------------------------------------------------

namespace {
constexpr Role kFilterRoles[] = {Role::Sector, Role::OrgAcronym, Role::OrgType, Role::Status};

std::string filterValue(const ActivityRow& row, Role role) {
    if (role == Role::OrgAcronym) {
        return row.cell(Role::OrgAcronym).empty() ? row.cell(Role::OrgName) : row.cell(Role::OrgAcronym);
    }
    return row.cell(role);
}
} // namespace

FiltersPanel::FiltersPanel(QWidget* parent)
    : QWidget(parent), useFrom_(new QCheckBox(tr("From"), this)), useTo_(new QCheckBox(tr("To"), this)),
      from_(new QDateEdit(this)), to_(new QDateEdit(this)) {
    auto* toolbox = new QToolBox(this);
    const QString titles[] = {tr("Sector"), tr("Organisation"), tr("Organisation type"), tr("Status")};
    for (const QString& title : titles) {
        auto* list = new QListWidget(toolbox);
        list->setObjectName(title);
        toolbox->addItem(list, title);
        lists_.push_back(list);
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (!updating_) {
                emit changed();
            }
        });
    }
    auto* period = new QGroupBox(tr("Period (activities overlapping it)"), this);
    auto* form = new QFormLayout(period);
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat("yyyy-MM-dd");
        edit->setDate(QDate(2023, 1, 1));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!updating_) {
                emit changed();
            }
        });
    }
    to_->setDate(QDate(2023, 12, 31));
    form->addRow(useFrom_, from_);
    form->addRow(useTo_, to_);
    for (QCheckBox* box : {useFrom_, useTo_}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            from_->setEnabled(useFrom_->isChecked());
            to_->setEnabled(useTo_->isChecked());
            if (!updating_) {
                emit changed();
            }
        });
    }
    from_->setEnabled(false);
    to_->setEnabled(false);
    auto* clear = new QPushButton(tr("Clear the filters"), this);
    connect(clear, &QPushButton::clicked, this, [this] {
        setState({});
        emit changed();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbox, 1);
    layout->addWidget(period);
    layout->addWidget(clear);
}

QListWidget* FiltersPanel::list(int index) const {
    return lists_[static_cast<std::size_t>(index)];
}

void FiltersPanel::setChoices(const std::vector<ActivityRow>& rows) {
    updating_ = true;
    const FilterState kept = state();
    for (int i = 0; i < 4; ++i) {
        std::map<std::string, int> counts;
        for (const ActivityRow& row : rows) {
            const std::string value = filterValue(row, kFilterRoles[i]);
            if (!value.empty()) {
                ++counts[value];
            }
        }
        list(i)->clear();
        for (const auto& [value, count] : counts) {
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(QString::fromStdString(value)).arg(count));
            item->setData(Qt::UserRole, QString::fromStdString(value));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            list(i)->addItem(item);
        }
    }
    updating_ = false;
    setState(kept);
}

void FiltersPanel::setState(const FilterState& filter) {
    updating_ = true;
    const QStringList* chosen[] = {&filter.sectors, &filter.organisations, &filter.organisationTypes,
                                   &filter.statuses};
    for (int i = 0; i < 4; ++i) {
        for (int row = 0; row < list(i)->count(); ++row) {
            QListWidgetItem* item = list(i)->item(row);
            item->setCheckState(chosen[i]->contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                         : Qt::Unchecked);
        }
    }
    useFrom_->setChecked(filter.from.isValid());
    useTo_->setChecked(filter.to.isValid());
    if (filter.from.isValid()) {
        from_->setDate(filter.from);
    }
    if (filter.to.isValid()) {
        to_->setDate(filter.to);
    }
    updating_ = false;
}

FilterState FiltersPanel::state() const {
    FilterState filter;
    QStringList* chosen[] = {&filter.sectors, &filter.organisations, &filter.organisationTypes,
                             &filter.statuses};
    for (int i = 0; i < 4; ++i) {
        for (int row = 0; row < list(i)->count(); ++row) {
            if (list(i)->item(row)->checkState() == Qt::Checked) {
                *chosen[i] << list(i)->item(row)->data(Qt::UserRole).toString();
            }
        }
    }
    if (useFrom_->isChecked()) {
        filter.from = from_->date();
    }
    if (useTo_->isChecked()) {
        filter.to = to_->date();
    }
    return filter;
}

// --- Legend ------------------------------------------------------------------------------------------------

namespace {

// A tree view asks its delegate for a row's height without the column's width, so wrapped text would
// keep one line: the width is given here.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, view_->header()->sectionSize(index.column()), 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QTreeView* view_;
};

} // namespace

LegendPanel::LegendPanel(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), entries_(new QTreeWidget(this)) {
    title_->setWordWrap(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    entries_->setColumnCount(2);
    entries_->setHeaderLabels({tr("Class"), tr("Units")});
    entries_->setRootIsDecorated(false);
    // Class labels are read whole ("Présence connue seulement au niveau du cercle ou de la région"): they
    // wrap onto a second line rather than end in "...".
    entries_->setWordWrap(true);
    entries_->setTextElideMode(Qt::ElideNone);
    entries_->setUniformRowHeights(false);
    entries_->setItemDelegate(new WrappingDelegate(entries_));
    // Row heights follow the column's width only when the rows are laid out again after it changes.
    connect(entries_->header(), &QHeaderView::sectionResized, entries_,
            [this] { entries_->doItemsLayout(); });
    entries_->header()->setStretchLastSection(false);
    entries_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    entries_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setMinimumWidth(300);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(entries_, 1);
}

void LegendPanel::setLegend(const QString& title, const std::vector<render::LegendEntry>& entries) {
    title_->setText(title);
    entries_->clear();
    for (const auto& entry : entries) {
        QPixmap swatch(18, 12);
        const bool hatched = entry.kind == render::LegendKind::CoarserOnly;
        swatch.fill(hatched ? QColor(Qt::white) : entry.colour);
        if (entry.kind == render::LegendKind::NoData || hatched) {
            QPainter painter(&swatch);
            painter.setPen(hatched ? entry.colour : QColor(0x80, 0x80, 0x80));
            for (int x = -12; x < 18; x += 4) {
                painter.drawLine(x, 12, x + 12, 0);
            }
        }
        auto* item = new QTreeWidgetItem(entries_,
                                         {QString::fromStdString(entry.label), QString::number(entry.count)});
        item->setIcon(0, QIcon(swatch));
        item->setToolTip(0, QString::fromStdString(entry.label));
        item->setTextAlignment(1, Qt::AlignRight);
    }
}

QString LegendPanel::title() const {
    return title_->text();
}

int LegendPanel::entryCount() const {
    return entries_->topLevelItemCount();
}

} // namespace couverture::app

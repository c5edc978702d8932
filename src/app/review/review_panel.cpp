#include "app/review/review_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace couverture::app {

QString methodLabel(MatchMethod method) {
    switch (method) {
    case MatchMethod::Alias:
        return ReviewPanel::tr("Alias");
    case MatchMethod::Code:
        return ReviewPanel::tr("Code");
    case MatchMethod::CodeOtherScheme:
        return ReviewPanel::tr("Code of the other scheme");
    case MatchMethod::CodeRepaired:
        return ReviewPanel::tr("Repaired code");
    case MatchMethod::Name:
        return ReviewPanel::tr("Name");
    case MatchMethod::NameFuzzy:
        return ReviewPanel::tr("Fuzzy name");
    case MatchMethod::CoarserLevel:
        return ReviewPanel::tr("Coarser level");
    case MatchMethod::Unmatched:
        return ReviewPanel::tr("Unmatched");
    }
    return {};
}

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), placesView_(new QTableWidget(this)),
      candidatesView_(new QTableWidget(this)), accept_(new QPushButton(tr("Accept"), this)),
      reject_(new QPushButton(tr("Reject"), this)),
      pick_(new QPushButton(tr("Place in the selected unit"), this)) {
    placesView_->setColumnCount(6);
    placesView_->setHorizontalHeaderLabels(
        {tr("Place in the table"), tr("Rows"), tr("Method"), tr("Placed in"), tr("Score"), tr("Reason")});
    candidatesView_->setColumnCount(4);
    candidatesView_->setHorizontalHeaderLabels(
        {tr("Candidate"), tr("P-code"), tr("Within"), tr("Similarity")});
    for (QTableWidget* table : {placesView_, candidatesView_}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    }
    accept_->setToolTip(tr("The place is the unit it was placed in: remember it as an alias"));
    reject_->setToolTip(tr("The place is not the unit it was placed in: keep its rows unmatched"));
    pick_->setToolTip(tr("The place is the candidate selected on the right: remember it as an alias"));
    connect(accept_, &QPushButton::clicked, this, &ReviewPanel::acceptCurrent);
    connect(reject_, &QPushButton::clicked, this, &ReviewPanel::rejectCurrent);
    connect(pick_, &QPushButton::clicked, this, &ReviewPanel::pickCandidate);
    connect(placesView_, &QTableWidget::itemSelectionChanged, this, &ReviewPanel::showCandidates);
    connect(candidatesView_, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const int place = currentPlace(); place >= 0) {
            std::vector<UnitId> units;
            for (const auto& candidate : places_[static_cast<std::size_t>(place)].candidates) {
                units.push_back(candidate.unit);
            }
            emit candidatesShown(units, selectedCandidate());
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(accept_);
    buttons->addWidget(reject_);
    buttons->addWidget(pick_);
    buttons->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Ranked candidates (outlined in red on the map)"), this));
    right->addWidget(candidatesView_, 1);
    auto* tables = new QHBoxLayout;
    tables->addWidget(placesView_, 5);
    tables->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(tables, 1);
    layout->addLayout(buttons);
}

void ReviewPanel::setWaiting() {
    setPlaces(nullptr, {});
    summary_->setText(tr("Finding the places that need a decision…"));
}

void ReviewPanel::setPlaces(const AdminTree* tree, std::vector<ReviewPlace> places) {
    const int previous = currentPlace();
    tree_ = tree;
    places_ = std::move(places);
    std::size_t rows = 0;
    for (const auto& place : places_) {
        rows += place.rows.size();
    }
    summary_->setText(tr("%n place(s) need a decision", "", static_cast<int>(places_.size())) + " — " +
                      tr("%n row(s)", "", static_cast<int>(rows)));
    const QSignalBlocker blocker(placesView_);
    placesView_->setRowCount(static_cast<int>(places_.size()));
    for (int i = 0; i < static_cast<int>(places_.size()); ++i) {
        const ReviewPlace& place = places_[static_cast<std::size_t>(i)];
        const bool placed = place.match.unit != kNoUnit && tree_ != nullptr;
        const QStringList cells = {placeText(place.place),
                                   QString::number(place.rows.size()),
                                   methodLabel(place.match.method),
                                   placed ? QString::fromStdString(tree_->unit(place.match.unit).name + " (" +
                                                                   tree_->unit(place.match.unit).pcode + ")")
                                          : QString(),
                                   placed ? QLocale().toString(place.match.score, 'f', 2) : QString(),
                                   QString::fromStdString(place.match.reason)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            placesView_->setItem(i, column, item);
        }
    }
    placesView_->resizeColumnsToContents();
    placesView_->setColumnWidth(0, std::min(placesView_->columnWidth(0), 240));
    placesView_->setColumnWidth(3, std::min(placesView_->columnWidth(3), 180));
    placesView_->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Interactive);
    placesView_->setColumnWidth(5, 560); // the reason is what the user acts on: its full sentence, scrollable
    // Filling the list is not a choice of the user's: the map is not moved to the candidates.
    const QSignalBlocker quiet(this);
    if (!places_.empty()) {
        selectPlace(std::clamp(previous, 0, static_cast<int>(places_.size()) - 1));
    } else {
        candidatesView_->setRowCount(0);
        showCandidates();
    }
}

int ReviewPanel::currentPlace() const {
    const auto rows =
        placesView_->selectionModel() ? placesView_->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void ReviewPanel::selectPlace(int index) {
    placesView_->selectRow(index);
    showCandidates();
}

void ReviewPanel::selectCandidate(int index) {
    candidatesView_->selectRow(index);
}

UnitId ReviewPanel::selectedCandidate() const {
    const int place = currentPlace();
    const auto rows = candidatesView_->selectionModel()->selectedRows();
    if (place < 0 || rows.isEmpty()) {
        return kNoUnit;
    }
    const auto& candidates = places_[static_cast<std::size_t>(place)].candidates;
    const auto index = static_cast<std::size_t>(rows.front().row());
    return index < candidates.size() ? candidates[index].unit : kNoUnit;
}

void ReviewPanel::showCandidates() {
    const int index = currentPlace();
    const bool has = index >= 0 && tree_ != nullptr;
    accept_->setEnabled(has && places_[static_cast<std::size_t>(index)].match.unit != kNoUnit);
    reject_->setEnabled(has && places_[static_cast<std::size_t>(index)].match.unit != kNoUnit);
    pick_->setEnabled(has);
    if (!has) {
        candidatesView_->setRowCount(0);
        emit candidatesShown({}, kNoUnit);
        return;
    }
    const ReviewPlace& place = places_[static_cast<std::size_t>(index)];
    const QSignalBlocker blocker(candidatesView_);
    candidatesView_->setRowCount(static_cast<int>(place.candidates.size()));
    std::vector<UnitId> units;
    for (int i = 0; i < static_cast<int>(place.candidates.size()); ++i) {
        const auto& candidate = place.candidates[static_cast<std::size_t>(i)];
        const AdminUnit& unit = tree_->unit(candidate.unit);
        const UnitId parent = unit.parent;
        const QStringList cells = {QString::fromStdString(unit.name), QString::fromStdString(unit.pcode),
                                   parent != kNoUnit ? QString::fromStdString(tree_->unit(parent).name)
                                                     : QString(),
                                   QLocale().toString(candidate.score, 'f', 2)};
        for (int column = 0; column < cells.size(); ++column) {
            candidatesView_->setItem(i, column, new QTableWidgetItem(cells[column]));
        }
        units.push_back(candidate.unit);
    }
    candidatesView_->resizeColumnsToContents();
    if (!place.candidates.empty()) {
        candidatesView_->selectRow(0);
    }
    emit candidatesShown(units, selectedCandidate());
}

void ReviewPanel::acceptCurrent() {
    if (const int index = currentPlace(); index >= 0) {
        const ReviewPlace& place = places_[static_cast<std::size_t>(index)];
        if (place.match.unit != kNoUnit) {
            emit decided(place, place.match.unit, false);
        }
    }
}

void ReviewPanel::rejectCurrent() {
    if (const int index = currentPlace(); index >= 0) {
        emit decided(places_[static_cast<std::size_t>(index)], kNoUnit, true);
    }
}

void ReviewPanel::pickCandidate() {
    const int index = currentPlace();
    const UnitId unit = selectedCandidate();
    if (index >= 0 && unit != kNoUnit) {
        emit decided(places_[static_cast<std::size_t>(index)], unit, false);
    }
}

} // namespace couverture::app

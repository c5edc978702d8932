#include "app/review/review_panel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
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

QString translatedReason(const std::string& reason) {
    // core's reasons are English sentences built from a few patterns; their fixed words are translated and
    // the quoted names, codes and scores kept as they are.
    // Longest first, so that a phrase is replaced before the shorter phrases inside it.
    static const char* const kPhrases[] = {
        QT_TRANSLATE_NOOP("Reason", "the row names no place (no code, no name)"),
        QT_TRANSLATE_NOOP("Reason", "rejected in the match review"),
        QT_TRANSLATE_NOOP("Reason", "no finer place given: presence at "),
        QT_TRANSLATE_NOOP("Reason", "(parent corrected)"),
        QT_TRANSLATE_NOOP("Reason", "another P-code scheme"),
        QT_TRANSLATE_NOOP("Reason", "is not in the boundaries"),
        QT_TRANSLATE_NOOP("Reason", "in the boundaries, the row says"),
        QT_TRANSLATE_NOOP("Reason", "in the boundaries"),
        QT_TRANSLATE_NOOP("Reason", "as the row says"),
        QT_TRANSLATE_NOOP("Reason", "without a name, and"),
        QT_TRANSLATE_NOOP("Reason", "repaired to"),
        QT_TRANSLATE_NOOP("Reason", "alias table:"),
        QT_TRANSLATE_NOOP("Reason", "read as"),
        QT_TRANSLATE_NOOP("Reason", "(similarity"),
        QT_TRANSLATE_NOOP("Reason", "(closest:"),
        QT_TRANSLATE_NOOP("Reason", "not found in"),
        QT_TRANSLATE_NOOP("Reason", "not found"),
        QT_TRANSLATE_NOOP("Reason", "name spelt"),
        QT_TRANSLATE_NOOP("Reason", "placed at"),
        QT_TRANSLATE_NOOP("Reason", "found by"),
        QT_TRANSLATE_NOOP("Reason", "found in"),
        QT_TRANSLATE_NOOP("Reason", "are named"),
        QT_TRANSLATE_NOOP("Reason", "the country"),
        QT_TRANSLATE_NOOP("Reason", "outside"),
        QT_TRANSLATE_NOOP("Reason", "not in"),
        QT_TRANSLATE_NOOP("Reason", "code"),
        QT_TRANSLATE_NOOP("Reason", "region"),
        QT_TRANSLATE_NOOP("Reason", " is "),
    };
    QString text = QString::fromStdString(reason);
    // "région level" -> "niveau région": the word order changes, so the level word is placed by the
    // translation.
    static const QRegularExpression levelPhrase("\\b(region|cercle|commune|country) level\\b");
    QString placed;
    qsizetype from = 0;
    for (auto it = levelPhrase.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        placed += text.mid(from, match.capturedStart() - from) +
                  QCoreApplication::translate("Reason", "%1 level").arg(match.captured(1));
        from = match.capturedEnd();
    }
    text = placed + text.mid(from);
    for (const char* phrase : kPhrases) {
        const QString translated = QCoreApplication::translate("Reason", phrase);
        if (translated != QLatin1String(phrase)) {
            text.replace(QLatin1String(phrase), translated);
        }
    }
    return text;
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
                                   translatedReason(place.match.reason)};
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

#include "app/panels/analysis_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace couverture::app {
namespace {

using Kind = AnalysisKind;

QString aboutText(AnalysisKind kind) {
    switch (kind) {
    case Kind::Coverage:
        return AnalysisPanel::tr(
            "Organisations, partners, programmes and people per unit, the figure the Layers "
            "tab chooses.");
    case Kind::WhoIsWhere:
        return AnalysisPanel::tr(
            "The organisations present per unit and sector, with their rows; presence known "
            "only at a coarser level is listed apart.");
    case Kind::Overlaps:
        return AnalysisPanel::tr(
            "Units where N or more organisations work in the same sector (in overlapping "
            "periods when the table has dates), and the pairs that share the most units.");
    case Kind::Gaps:
        return AnalysisPanel::tr("Presence in the sector against need: people in need per organisation, high "
                                 "need with nobody present.");
    case Kind::Targets:
        return AnalysisPanel::tr("Units ranked for a programme by need, absence of other organisations and "
                                 "presence of its partners, with how ranks move when a weight changes.");
    case Kind::Sites:
        return AnalysisPanel::tr(
            "Points placed in communes and counted per unit; with a distance, the share of "
            "the villages within reach of a point.");
    case Kind::Change:
        return AnalysisPanel::tr(
            "Organisations that left and arrived per unit and sector between two releases: "
            "a second table, or the table without some organisations.");
    }
    return {};
}

QStringList splitList(const QString& text, QChar separator) {
    QStringList values;
    for (const QString& value : text.split(separator, Qt::SkipEmptyParts)) {
        if (!value.trimmed().isEmpty()) {
            values << value.trimmed();
        }
    }
    return values;
}

} // namespace

QString analysisLabel(AnalysisKind kind) {
    switch (kind) {
    case Kind::Coverage:
        return AnalysisPanel::tr("Coverage");
    case Kind::WhoIsWhere:
        return AnalysisPanel::tr("Who is where");
    case Kind::Overlaps:
        return AnalysisPanel::tr("Overlaps");
    case Kind::Gaps:
        return AnalysisPanel::tr("Gaps");
    case Kind::Targets:
        return AnalysisPanel::tr("Targets");
    case Kind::Sites:
        return AnalysisPanel::tr("Sites");
    case Kind::Change:
        return AnalysisPanel::tr("Change between releases");
    }
    return {};
}

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent), kind_(new QComboBox(this)), about_(new QLabel(this)), form_(new QFormLayout),
      sector_(new QComboBox(this)), level_(new QComboBox(this)), minOrganisations_(new QSpinBox(this)),
      needPath_(new QLineEdit(this)), needValue_(new QLineEdit(this)), needWhere_(new QLineEdit(this)),
      needLabel_(new QLineEdit(this)), codeKeys_(new QLineEdit(this)), apportion_(new QComboBox(this)),
      population_(new QLineEdit(this)), shortlist_(new QSpinBox(this)), partners_(new QLineEdit(this)),
      points_(new QLineEdit(this)), gazetteer_(new QLineEdit(this)), reach_(new QDoubleSpinBox(this)),
      after_(new QComboBox(this)), withdraw_(new QLineEdit(this)), progress_(new QProgressBar(this)),
      result_(new QLabel(this)) {
    for (AnalysisKind kind : kAnalysisKinds) {
        kind_->addItem(analysisLabel(kind), analysisKey(kind));
    }
    about_->setWordWrap(true);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_->setRange(0, 1000);
    progress_->setVisible(false);
    buildOptions();
    // Narrow enough for the dock: long paths and names scroll inside their fields.
    for (QComboBox* box : findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(kind_);
    layout->addWidget(about_);
    layout->addWidget(progress_); // the result above the options: the dock is short, the options long
    layout->addWidget(result_);
    layout->addLayout(form_);
    layout->addStretch(1);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        showRowsOf(kind());
        if (!updating_) {
            emit changed();
        }
    });
    showRowsOf(Kind::Coverage);
}

QWidget* AnalysisPanel::fileField(QLineEdit* edit, const QString& title, const QString& filter) {
    auto* field = new QWidget(this);
    auto* layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("…"), field);
    browse->setToolTip(tr("Choose a file"));
    browse->setMaximumWidth(32);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString path =
            QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).absolutePath(), filter);
        if (!path.isEmpty()) {
            edit->setText(path);
            emit changed();
        }
    });
    return field;
}

void AnalysisPanel::buildOptions() {
    const QString tables = tr("Tables (*.csv *.xlsx *.xls *.ods);;All files (*)");
    sector_->addItem(tr("Sectors of the filters"), QString());
    level_->addItem(tr("Région"), static_cast<int>(AdminLevel::Region));
    level_->addItem(tr("Cercle"), static_cast<int>(AdminLevel::Cercle));
    level_->addItem(tr("Commune"), static_cast<int>(AdminLevel::Commune));
    minOrganisations_->setRange(2, 50);
    shortlist_->setRange(1, 100);
    reach_->setRange(0, 500);
    reach_->setSuffix(tr(" km"));
    reach_->setSpecialValueText(tr("no reach"));
    apportion_->addItem(tr("Used at its own level"), "none");
    apportion_->addItem(tr("Shared out by population"), "population");
    apportion_->addItem(tr("Shared out by all-sector need"), "need");
    needValue_->setPlaceholderText("#inneed");
    needWhere_->setPlaceholderText(tr("COLUMN=VALUE; COLUMN=VALUE"));
    needLabel_->setPlaceholderText(tr("people in need"));
    codeKeys_->setPlaceholderText(tr("Tables with codes and names, separated by ;"));
    partners_->setPlaceholderText(tr("Acronyms or names, separated by commas"));
    withdraw_->setPlaceholderText(tr("Acronyms or names, separated by commas"));
    gazetteer_->setPlaceholderText(tr("The 2015 populated places beside the boundaries"));
    auto* weights = new QWidget(this);
    auto* weightsLayout = new QHBoxLayout(weights);
    weightsLayout->setContentsMargins(0, 0, 0, 0);
    const QString criteria[] = {tr("need"), tr("absence"), tr("partners")};
    for (int i = 0; i < 3; ++i) {
        weights_[i] = new QDoubleSpinBox(weights);
        weights_[i]->setRange(0, 10);
        weights_[i]->setSingleStep(0.1);
        weights_[i]->setToolTip(criteria[i]);
        weights_[i]->setKeyboardTracking(false);
        weightsLayout->addWidget(weights_[i]);
    }
    const std::vector<Kind> grouped = {Kind::WhoIsWhere, Kind::Overlaps, Kind::Gaps, Kind::Targets,
                                       Kind::Change};
    const std::vector<Kind> levels = {Kind::WhoIsWhere, Kind::Overlaps, Kind::Gaps,
                                      Kind::Targets,    Kind::Sites,    Kind::Change};
    const std::vector<Kind> need = {Kind::Gaps, Kind::Targets};
    const auto row = [&](const QString& label, QWidget* field, std::vector<Kind> kinds) {
        form_->addRow(label, field);
        rows_.emplace_back(field, std::move(kinds));
    };
    row(tr("Sector"), sector_, grouped);
    row(tr("Level"), level_, levels);
    row(tr("Organisations at least"), minOrganisations_, {Kind::Overlaps});
    row(tr("Need table"), fileField(needPath_, tr("Need table"), tables), need);
    row(tr("Need column"), needValue_, need);
    row(tr("Rows kept"), needWhere_, need);
    row(tr("Need label"), needLabel_, need);
    row(tr("Code keys"), codeKeys_, need);
    row(tr("Coarser figures"), apportion_, need);
    row(tr("Population table"), fileField(population_, tr("Population table"), tables), need);
    row(tr("Shortlist"), shortlist_, {Kind::Targets});
    row(tr("Weights"), weights, {Kind::Targets});
    row(tr("Partners"), partners_, {Kind::Targets});
    row(tr("Point table"), fileField(points_, tr("Point table"), tables), {Kind::Sites});
    row(tr("Villages"), fileField(gazetteer_, tr("Populated places"), tables), {Kind::Sites});
    row(tr("Reach"), reach_, {Kind::Sites});
    row(tr("Second release"), after_, {Kind::Change});
    row(tr("Take out"), withdraw_, {Kind::Change});

    const auto edited = [this] {
        if (!updating_) {
            emit changed();
        }
    };
    for (QComboBox* box : {sector_, level_, apportion_, after_}) {
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    }
    for (QSpinBox* box : {minOrganisations_, shortlist_}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, edited);
    }
    for (QDoubleSpinBox* box : {weights_[0], weights_[1], weights_[2], reach_}) {
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    }
    for (QLineEdit* edit : {needPath_, needValue_, needWhere_, needLabel_, codeKeys_, population_, partners_,
                            points_, gazetteer_, withdraw_}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, edited] {
            if (edit->isModified()) {
                edit->setModified(false);
                edited();
            }
        });
    }
}

void AnalysisPanel::showRowsOf(AnalysisKind kind) {
    about_->setText(aboutText(kind));
    for (const auto& [field, kinds] : rows_) {
        form_->setRowVisible(field, std::find(kinds.begin(), kinds.end(), kind) != kinds.end());
    }
}

void AnalysisPanel::setChoices(const QStringList& sectors, const QStringList& tables, int activeTable) {
    updating_ = true;
    const QString sector = sector_->currentData().toString();
    const int after = after_->currentData().isValid() ? after_->currentData().toInt() : -1;
    sector_->clear();
    sector_->addItem(tr("Sectors of the filters"), QString());
    for (const QString& name : sectors) {
        sector_->addItem(name, name);
    }
    sector_->setCurrentIndex(std::max(0, sector_->findData(sector)));
    after_->clear();
    after_->addItem(tr("None: take organisations out"), -1);
    for (int i = 0; i < tables.size(); ++i) {
        if (i != activeTable) {
            after_->addItem(tables[i], i);
        }
    }
    after_->setCurrentIndex(std::max(0, after_->findData(after)));
    updating_ = false;
}

void AnalysisPanel::setSettings(const AnalysisSettings& settings) {
    updating_ = true;
    kind_->setCurrentIndex(std::max(0, kind_->findData(analysisKey(settings.kind))));
    if (sector_->findData(settings.sector) < 0 && !settings.sector.isEmpty()) {
        sector_->addItem(settings.sector, settings.sector); // a sector the table in view does not have
    }
    sector_->setCurrentIndex(std::max(0, sector_->findData(settings.sector)));
    level_->setCurrentIndex(std::max(0, level_->findData(static_cast<int>(settings.level))));
    minOrganisations_->setValue(settings.minOrganisations);
    needPath_->setText(settings.need.path);
    needValue_->setText(settings.need.value);
    needWhere_->setText(settings.need.where.join("; "));
    needLabel_->setText(settings.need.label);
    codeKeys_->setText(settings.need.codeKeys.join("; "));
    apportion_->setCurrentIndex(std::max(0, apportion_->findData(settings.need.apportion)));
    population_->setText(settings.need.population);
    shortlist_->setValue(settings.shortlist);
    for (std::size_t i = 0; i < 3; ++i) {
        weights_[i]->setValue(settings.weights[i]);
    }
    partners_->setText(settings.partners.join(", "));
    points_->setText(settings.points);
    gazetteer_->setText(settings.gazetteer);
    reach_->setValue(settings.reachKm);
    after_->setCurrentIndex(std::max(0, after_->findData(settings.afterSource)));
    withdraw_->setText(settings.withdraw.join(", "));
    showRowsOf(settings.kind);
    updating_ = false;
}

AnalysisSettings AnalysisPanel::settings(AnalysisSettings base) const {
    base.kind = kind();
    base.sector = sector_->currentData().toString();
    base.level = static_cast<AdminLevel>(level_->currentData().toInt());
    base.minOrganisations = minOrganisations_->value();
    base.need.path = needPath_->text().trimmed();
    base.need.value = needValue_->text().trimmed();
    base.need.where = splitList(needWhere_->text(), ';');
    base.need.label = needLabel_->text().trimmed();
    base.need.codeKeys = splitList(codeKeys_->text(), ';');
    base.need.apportion = apportion_->currentData().toString();
    base.need.population = population_->text().trimmed();
    base.shortlist = shortlist_->value();
    for (std::size_t i = 0; i < 3; ++i) {
        base.weights[i] = weights_[i]->value();
    }
    base.partners = splitList(partners_->text(), ',');
    base.points = points_->text().trimmed();
    base.gazetteer = gazetteer_->text().trimmed();
    base.reachKm = reach_->value();
    base.afterSource = after_->currentData().isValid() ? after_->currentData().toInt() : -1;
    base.withdraw = splitList(withdraw_->text(), ',');
    return base;
}

AnalysisKind AnalysisPanel::kind() const {
    AnalysisKind kind = Kind::Coverage;
    parseAnalysisKey(kind_->currentData().toString(), kind);
    return kind;
}

void AnalysisPanel::setKind(AnalysisKind kind) {
    kind_->setCurrentIndex(std::max(0, kind_->findData(analysisKey(kind))));
}

void AnalysisPanel::setRunning(double fraction) {
    progress_->setVisible(true);
    progress_->setValue(static_cast<int>(fraction * 1000));
    result_->setText(tr("Analysing…"));
}

void AnalysisPanel::setResult(const QString& summary, bool error) {
    progress_->setVisible(false);
    result_->setStyleSheet(error ? QStringLiteral("color: #b2182b") : QString());
    result_->setText(summary);
}

QString AnalysisPanel::resultText() const {
    return result_->text();
}

} // namespace couverture::app

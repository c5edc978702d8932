#include "app/dialogs/export_dialog.h"

#include "render/atlas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <set>

namespace couverture::app {
namespace {

struct ProgressState {
    std::shared_ptr<std::atomic<bool>> cancel;
    std::shared_ptr<std::atomic<int>> permille;
};

bool reportProgress(double fraction, const char*, void* userData) {
    auto* state = static_cast<ProgressState*>(userData);
    state->permille->store(static_cast<int>(fraction * 1000));
    return !state->cancel->load();
}

std::vector<render::AtlasPage> sectorPages(const ExportJob& job) {
    std::set<std::string> sectors;
    for (const ActivityRow& row : job.source->table.rows) {
        if (job.coverageOptions.filter.keeps(row) && !row.cell(Role::Sector).empty()) {
            sectors.insert(row.cell(Role::Sector));
        }
    }
    std::vector<render::AtlasPage> pages;
    for (const std::string& sector : sectors) {
        CoverageOptions options = job.coverageOptions;
        options.filter.sectors = {sector};
        render::AtlasPage page;
        page.coverage = std::make_shared<const CoverageTable>(
            computeCoverage(*job.tree, job.source->table.rows, job.source->reconciled, options));
        page.texts.sector = sector;
        page.fields = {{"sector", sector}};
        pages.push_back(std::move(page));
    }
    return pages;
}

ExportOutcome writeAtlasJob(const ExportJob& job, const Progress& progress) {
    ExportOutcome outcome;
    render::AtlasOptions options;
    options.thematic = job.thematic;
    options.page = job.page;
    options.style = job.style;
    options.dpi = job.dpi;
    options.progress = progress;
    std::vector<render::AtlasPage> pages;
    if (job.atlasBy == "sector") {
        pages = sectorPages(job);
    } else {
        AdminLevel level{};
        parseLevel(job.atlasBy.toStdString(), level);
        pages = render::unitPages(*job.scene, level, job.coverage);
        options.thematic.level = AdminLevel::Commune;
    }
    if (pages.empty()) {
        outcome.error = ExportDialog::tr("The atlas has no page: the filters leave no unit or sector.");
        return outcome;
    }
    const QString field = job.atlasBy == "sector" ? "{sector}" : "{unit}";
    for (const QString& format : job.formats) {
        // PDF: one file with a page each; SVG and PNG: one file per page.
        const QString name =
            format == "pdf" ? job.baseName + ".pdf" : job.baseName + "_" + field + "." + format;
        options.output = QDir(job.folder).filePath(name).toStdString();
        const render::AtlasResult result = render::writeAtlas(*job.scene, pages, options);
        for (const auto& file : result.files) {
            outcome.files << QString::fromStdString(file);
        }
    }
    return outcome;
}

render::AnalysisMapOptions analysisMapOptions(const ExportJob& job) {
    render::AnalysisMapOptions options;
    options.page = job.page;
    options.sector = job.sector;
    options.dpi = job.dpi;
    return options;
}

ExportOutcome writeAnalysisJob(const ExportJob& job, const Progress& progress) {
    ExportOutcome outcome;
    const render::AnalysisMapOptions options = analysisMapOptions(job);
    if (!job.atlasBy.isEmpty()) {
        if (!atlasAvailable(job, job.atlasBy)) {
            outcome.error = ExportDialog::tr("The map of %1 has no atlas: export it as one map.").arg(job.analysisName);
            return outcome;
        }
        // The analysis's own atlas: one PDF, a page per région.
        progress.report(0, "writing the atlas");
        const QString path = QDir(job.folder).filePath(job.baseName + ".pdf");
        for (const auto& file : job.analysisAtlas(*job.scene, path.toStdString(), options)) {
            outcome.files << QString::fromStdString(file);
        }
        return outcome;
    }
    for (int i = 0; i < job.formats.size(); ++i) {
        if (!progress.report(static_cast<double>(i) / job.formats.size(), "writing the map")) {
            throw Cancelled{};
        }
        const QString path = QDir(job.folder).filePath(job.baseName + "." + job.formats[i]);
        const render::MapResult result = job.analysisMap(*job.scene, path.toStdString(), options);
        for (const auto& file : result.files) {
            outcome.files << QString::fromStdString(file);
        }
    }
    progress.report(1, "done");
    return outcome;
}

} // namespace

bool atlasAvailable(const ExportJob& job, const QString& atlasBy) {
    if (atlasBy.isEmpty() || !job.analysisMap) {
        return true;
    }
    return job.analysisAtlas && atlasBy == "region";
}

QString defaultExportName(const QString& sourceLabel, const render::ThematicSpec& thematic,
                          const PageSettings& page, const QString& analysisKey) {
    QString date = page.asOf;
    date.remove('-');
    QStringList parts{"MLI",
                      sourceLabel,
                      analysisKey.isEmpty() ? QString::fromStdString(thematic.figure) : analysisKey,
                      QString::fromUtf8(levelKey(thematic.level)) + "s",
                      page.pageSize,
                      page.language};
    if (!date.isEmpty()) {
        parts << date;
    }
    return QString::fromStdString(render::fileNameSafe(parts.join('_').toStdString()));
}

ExportOutcome runExport(const ExportJob& job, const Progress& progress) {
    ExportOutcome outcome;
    try {
        QDir().mkpath(job.folder);
        if (job.analysisMap) {
            return writeAnalysisJob(job, progress);
        }
        if (!job.atlasBy.isEmpty()) {
            return writeAtlasJob(job, progress);
        }
        render::MapOptions options;
        options.thematic = job.thematic;
        options.page = job.page;
        options.style = job.style;
        options.dpi = job.dpi;
        for (int i = 0; i < job.formats.size(); ++i) {
            if (!progress.report(static_cast<double>(i) / job.formats.size(), "writing the map")) {
                throw Cancelled{};
            }
            const QString path = QDir(job.folder).filePath(job.baseName + "." + job.formats[i]);
            const render::MapResult result =
                render::writeMap(*job.scene, *job.coverage, path.toStdString(), options);
            for (const auto& file : result.files) {
                outcome.files << QString::fromStdString(file);
            }
        }
        progress.report(1, "done");
    } catch (const Cancelled&) {
        outcome.cancelled = true;
    } catch (const InputError& error) {
        outcome.error = QString::fromStdString(describe(error.problem));
    } catch (const OutputError& error) {
        outcome.error = QString::fromStdString(describe(error.problem));
    } catch (const std::exception& error) {
        outcome.error = QString::fromUtf8(error.what());
    }
    return outcome;
}

ExportDialog::ExportDialog(ExportJob base, PageSettings settings, const QString& sourceLabel, QWidget* parent)
    : QDialog(parent), base_(std::move(base)), sourceLabel_(sourceLabel), title_(new QLineEdit(this)),
      subtitle_(new QLineEdit(this)), asOf_(new QLineEdit(this)), mapNumber_(new QLineEdit(this)),
      producer_(new QLineEdit(this)), sources_(new QPlainTextEdit(this)), language_(new QComboBox(this)),
      pageSize_(new QComboBox(this)), orientation_(new QComboBox(this)), pdf_(new QCheckBox("PDF", this)),
      svg_(new QCheckBox("SVG", this)), png_(new QCheckBox("PNG", this)), atlas_(new QComboBox(this)),
      folder_(new QLineEdit(this)), name_(new QLineEdit(this)), preview_(new QLabel(this)),
      progress_(new QProgressBar(this)), result_(new QLabel(this)),
      export_(new QPushButton(tr("Export"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      atlasNote_(new QLabel(this)) {
    setWindowTitle(base_.analysisMap ? tr("Export the map: %1").arg(base_.analysisName) : tr("Export the map"));
    title_->setPlaceholderText(tr("Automatic: the figure and the level"));
    subtitle_->setPlaceholderText(tr("Automatic: the sector and the date"));
    asOf_->setPlaceholderText(tr("yyyy-mm-dd: the date the data describe"));
    sources_->setPlaceholderText(tr("One source per line; empty: the style's default"));
    sources_->setMaximumHeight(70);
    language_->addItem(tr("French"), "fr");
    language_->addItem(tr("English"), "en");
    pageSize_->addItems({"A4", "A3"});
    orientation_->addItem(tr("Landscape"), "landscape");
    orientation_->addItem(tr("Portrait"), "portrait");
    atlas_->addItem(tr("No atlas: one map"), "");
    atlas_->addItem(tr("One page per région"), "region");
    atlas_->addItem(tr("One page per cercle"), "cercle");
    atlas_->addItem(tr("One page per sector"), "sector");

    title_->setText(settings.title);
    subtitle_->setText(settings.subtitle);
    asOf_->setText(settings.asOf);
    mapNumber_->setText(settings.mapNumber);
    producer_->setText(settings.producer);
    sources_->setPlainText(settings.sources.join('\n'));
    language_->setCurrentIndex(std::max(0, language_->findData(settings.language)));
    pageSize_->setCurrentText(settings.pageSize);
    orientation_->setCurrentIndex(std::max(0, orientation_->findData(settings.orientation)));
    pdf_->setChecked(settings.formats.contains("pdf"));
    svg_->setChecked(settings.formats.contains("svg"));
    png_->setChecked(settings.formats.contains("png"));
    atlas_->setCurrentIndex(std::max(0, atlas_->findData(settings.atlasBy)));
    folder_->setText(QDir::toNativeSeparators(settings.outputFolder));
    name_->setText(defaultExportName(sourceLabel, base_.thematic, settings, base_.analysisKey));

    auto* texts = new QGroupBox(tr("Texts of the page"), this);
    auto* textForm = new QFormLayout(texts);
    textForm->addRow(tr("Title"), title_);
    textForm->addRow(tr("Subtitle"), subtitle_);
    textForm->addRow(tr("Data as of"), asOf_);
    textForm->addRow(tr("Map number"), mapNumber_);
    textForm->addRow(tr("Producer"), producer_);
    textForm->addRow(tr("Sources"), sources_);
    auto* page = new QGroupBox(tr("Page and files"), this);
    auto* pageForm = new QFormLayout(page);
    pageForm->addRow(tr("Language of the map"), language_);
    pageForm->addRow(tr("Page size"), pageSize_);
    pageForm->addRow(tr("Orientation"), orientation_);
    auto* formats = new QHBoxLayout;
    formats->addWidget(pdf_);
    formats->addWidget(svg_);
    formats->addWidget(png_);
    formats->addStretch(1);
    pageForm->addRow(tr("Formats"), formats);
    pageForm->addRow(tr("Atlas"), atlas_);
    if (base_.analysisMap) {
        // Only the atlases the analysis has can be chosen; the note says why the others cannot.
        for (int i = 1; i < atlas_->count(); ++i) {
            if (!atlasAvailable(base_, atlas_->itemData(i).toString())) {
                if (auto* model = qobject_cast<QStandardItemModel*>(atlas_->model())) {
                    model->item(i)->setEnabled(false);
                }
            }
        }
        if (!atlasAvailable(base_, atlas_->currentData().toString())) {
            atlas_->setCurrentIndex(0);
        }
        atlasNote_->setText(base_.analysisAtlas
                                ? tr("The map of %1: its atlas is one PDF page per région with the largest "
                                     "overlaps (no atlas per cercle or sector).")
                                      .arg(base_.analysisName)
                                : tr("The map of %1 is exported as one map: an atlas is made of the coverage "
                                     "map only.")
                                      .arg(base_.analysisName));
        atlasNote_->setWordWrap(true);
        pageForm->addRow(QString(), atlasNote_);
    } else {
        atlasNote_->hide();
    }
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);
    pageForm->addRow(tr("Folder"), folderRow);
    pageForm->addRow(tr("File name"), name_);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), folder_->text());
        if (!folder.isEmpty()) {
            folder_->setText(QDir::toNativeSeparators(folder));
        }
    });

    preview_->setMinimumSize(520, 370);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setFrameShape(QFrame::StyledPanel);
    auto* left = new QVBoxLayout;
    left->addWidget(texts);
    left->addWidget(page);
    left->addStretch(1);
    auto* previewBox = new QGroupBox(tr("Preview"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(preview_, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(previewBox, 3);

    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setVisible(false);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cancel_->setEnabled(false);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(progress_, 1);
    buttons->addStretch(progress_->isVisible() ? 0 : 1);
    buttons->addWidget(export_);
    buttons->addWidget(cancel_);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(result_);
    layout->addLayout(buttons);
    export_->setDefault(true);
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancel_, &QPushButton::clicked, this, [this] { cancelRequested_->store(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&watcher_, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::finished);

    auto* previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(300);
    connect(previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    const auto later = [previewTimer] { previewTimer->start(); };
    for (QLineEdit* edit : {title_, subtitle_, asOf_, mapNumber_, producer_}) {
        connect(edit, &QLineEdit::textChanged, this, later);
    }
    connect(sources_, &QPlainTextEdit::textChanged, this, later);
    for (QComboBox* box : {language_, pageSize_, orientation_}) {
        connect(box, &QComboBox::currentIndexChanged, this, later);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            name_->setText(defaultExportName(sourceLabel_, base_.thematic, this->settings(), base_.analysisKey));
        });
    }
    resize(1180, 720);
    refreshPreview();
}

ExportDialog::~ExportDialog() {
    cancelRequested_->store(true);
    watcher_.waitForFinished();
}

PageSettings ExportDialog::settings() const {
    PageSettings settings;
    settings.title = title_->text();
    settings.subtitle = subtitle_->text();
    settings.asOf = asOf_->text().trimmed();
    settings.mapNumber = mapNumber_->text();
    settings.producer = producer_->text();
    settings.sources = sources_->toPlainText().split('\n', Qt::SkipEmptyParts);
    settings.language = language_->currentData().toString();
    settings.pageSize = pageSize_->currentText();
    settings.orientation = orientation_->currentData().toString();
    settings.formats.clear();
    for (auto [box, key] : {std::pair{pdf_, "pdf"}, std::pair{svg_, "svg"}, std::pair{png_, "png"}}) {
        if (box->isChecked()) {
            settings.formats << key;
        }
    }
    settings.atlasBy = atlas_->currentData().toString();
    settings.outputFolder = QDir::fromNativeSeparators(folder_->text());
    return settings;
}

ExportJob ExportDialog::job() const {
    ExportJob job = base_;
    const PageSettings chosen = settings();
    job.page.language = chosen.language.toStdString();
    job.page.pageSize = chosen.pageSize.toStdString();
    job.page.orientation = chosen.orientation.toStdString();
    job.page.texts.title = chosen.title.toStdString();
    job.page.texts.subtitle = chosen.subtitle.toStdString();
    job.page.texts.asOf = chosen.asOf.toStdString();
    job.page.texts.mapNumber = chosen.mapNumber.toStdString();
    job.page.texts.producer = chosen.producer.toStdString();
    job.page.texts.creationDate = QDate::currentDate().toString(Qt::ISODate).toStdString();
    job.page.texts.sources.clear();
    for (const auto& source : chosen.sources) {
        job.page.texts.sources.push_back(source.toStdString());
    }
    job.formats = chosen.formats;
    job.atlasBy = chosen.atlasBy;
    job.folder = chosen.outputFolder;
    job.baseName = name_->text().trimmed();
    return job;
}

QSize ExportDialog::previewSize() const {
    return preview_->pixmap().size();
}

void ExportDialog::refreshPreview() {
    const ExportJob preview = job();
    if (preview.analysisMap) {
        // The analysis's printed map, written by its own writer as a small PNG and shown.
        try {
            const QSizeF mm = render::pageSizeMm(preview.page.pageSize.empty() ? "A4" : preview.page.pageSize,
                                                 preview.page.orientation.empty() ? "landscape"
                                                                                   : preview.page.orientation);
            render::AnalysisMapOptions options = analysisMapOptions(preview);
            options.dpi = std::max(20.0, std::min(preview_->width() / mm.width(), preview_->height() / mm.height()) *
                                             25.4 * devicePixelRatioF());
            const QString path = previewFolder_.filePath("preview.png");
            preview.analysisMap(*preview.scene, path.toStdString(), options);
            QImage image(path);
            image.setDevicePixelRatio(devicePixelRatioF());
            preview_->setPixmap(QPixmap::fromImage(image));
        } catch (const InputError& error) {
            preview_->setText(QString::fromStdString(describe(error.problem)));
        } catch (const OutputError& error) {
            preview_->setText(QString::fromStdString(describe(error.problem)));
        }
        return;
    }
    try {
        if (!previewStyle_) {
            previewStyle_ = std::make_shared<const render::MapStyle>(render::loadMapStyle(preview.style));
        }
        const render::ThematicLayer layer =
            render::prepareThematic(*preview.scene, *preview.coverage, preview.thematic, *previewStyle_);
        const QSizeF mm = render::pageSizeMm(preview.page.pageSize, preview.page.orientation);
        // A resolution that fits the preview box: a page drawn for the screen, not scaled down from print.
        const double dpi = std::min(preview_->width() / mm.width(), preview_->height() / mm.height()) * 25.4 *
                           devicePixelRatioF();
        QImage image =
            render::renderPageImage(*preview.scene, layer, *previewStyle_, preview.page, std::max(dpi, 20.0));
        image.setDevicePixelRatio(devicePixelRatioF());
        preview_->setPixmap(QPixmap::fromImage(image));
    } catch (const InputError& error) {
        preview_->setText(QString::fromStdString(describe(error.problem)));
    }
}

void ExportDialog::startExport() {
    if (watcher_.isRunning()) {
        return;
    }
    const ExportJob chosen = job();
    if (chosen.formats.isEmpty()) {
        result_->setText(tr("Choose at least one format."));
        return;
    }
    cancelRequested_->store(false);
    permille_->store(0);
    progress_->setVisible(true);
    progress_->setValue(0);
    export_->setEnabled(false);
    cancel_->setEnabled(true);
    result_->setText(tr("Exporting…"));
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        progress_->setValue(permille_->load());
        if (!watcher_.isRunning()) {
            poll->deleteLater();
        }
    });
    poll->start();
    ProgressState state{cancelRequested_, permille_};
    watcher_.setFuture(QtConcurrent::run([chosen, state]() mutable {
        Progress progress{reportProgress, &state};
        return runExport(chosen, progress);
    }));
}

void ExportDialog::finished() {
    outcome_ = watcher_.result();
    export_->setEnabled(true);
    cancel_->setEnabled(false);
    progress_->setValue(1000);
    if (outcome_.cancelled) {
        result_->setText(tr("Export cancelled; no file was left half-written."));
    } else if (!outcome_.error.isEmpty()) {
        result_->setText(tr("Export failed: %1").arg(outcome_.error));
    } else {
        QStringList names;
        for (const QString& file : outcome_.files) {
            names << QDir::toNativeSeparators(file);
        }
        result_->setText(tr("%n file(s) written:", "", static_cast<int>(outcome_.files.size())) + " " +
                         (names.size() > 4 ? names.mid(0, 4).join(", ") + ", …" : names.join(", ")));
    }
    emit finishedExport();
}

} // namespace couverture::app

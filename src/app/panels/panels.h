#pragma once
// The docks beside the map: layers (which table, level, figure, outlines), filters and the legend (the
// analysis in view has its own file, analysis_panel.h). They edit the project's view and filter state and say
// when it changed; MainWindow recomputes.

#include "app/project/project.h"
#include "render/map_style.h"
#include "render/thematic.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace couverture::app {

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    LayersPanel(const render::MapStyle& style, const QString& language, QWidget* parent = nullptr);
    void setSources(const QStringList& labels);
    void setState(const ViewState& view);
    ViewState state(ViewState base) const;

signals:
    void changed();

private:
    QComboBox* source_;
    QComboBox* level_;
    QComboBox* figure_;
    QCheckBox* regions_;
    QCheckBox* cercles_;
    QCheckBox* communes_;
    QCheckBox* labels_;
};

class FiltersPanel : public QWidget {
    Q_OBJECT
public:
    explicit FiltersPanel(QWidget* parent = nullptr);
    // The values the table holds, one list per filter (sorted, distinct).
    void setChoices(const std::vector<ActivityRow>& rows);
    void setState(const FilterState& filter);
    FilterState state() const;

signals:
    void changed();

private:
    QListWidget* list(int index) const;
    std::vector<QListWidget*> lists_;
    QCheckBox* useFrom_;
    QCheckBox* useTo_;
    QDateEdit* from_;
    QDateEdit* to_;
    bool updating_ = false;
};

class LegendPanel : public QWidget {
    Q_OBJECT
public:
    explicit LegendPanel(QWidget* parent = nullptr);
    void setLegend(const QString& title, const std::vector<render::LegendEntry>& entries);
    QString title() const;
    int entryCount() const;

private:
    QLabel* title_;
    QTreeWidget* entries_;
};

// "organisations" -> the style's legend title in `language` ("Organisations").
QString figureLabel(const render::MapStyle& style, const QString& language, const std::string& figure);

} // namespace couverture::app

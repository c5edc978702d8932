#pragma once
// The analysis in view: coverage, who is where, overlaps, gaps, targets, sites or change between releases,
// with the options `couverture analyse` takes for it (sector, level, N, the need table, the shortlist, the
// point table, the second release), only those of the chosen analysis shown. Every change is said at once
// (`changed`); the window runs the analysis on a worker thread and shows its progress and summary here.

#include "app/project/project.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace couverture::app {

class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget* parent = nullptr);
    // The values the options offer: the sectors of the table in view, the project's tables (second release).
    void setChoices(const QStringList& sectors, const QStringList& tables, int activeTable);
    void setSettings(const AnalysisSettings& settings);
    AnalysisSettings settings(AnalysisSettings base = {}) const;
    AnalysisKind kind() const;
    void setKind(AnalysisKind kind); // as the user does: says `changed`

    void setRunning(double fraction); // a progress bar while the worker thread runs
    void setResult(const QString& summary, bool error);
    QString resultText() const;

signals:
    void changed();

private:
    void buildOptions();
    void showRowsOf(AnalysisKind kind);
    QWidget* fileField(QLineEdit* edit, const QString& title, const QString& filter);

    QComboBox* kind_;
    QLabel* about_;
    QFormLayout* form_;
    QComboBox* sector_;
    QComboBox* level_;
    QSpinBox* minOrganisations_;
    QLineEdit* needPath_;
    QLineEdit* needValue_;
    QLineEdit* needWhere_;
    QLineEdit* needLabel_;
    QLineEdit* codeKeys_;
    QComboBox* apportion_;
    QLineEdit* population_;
    QSpinBox* shortlist_;
    QDoubleSpinBox* weights_[3];
    QLineEdit* partners_;
    QLineEdit* points_;
    QLineEdit* gazetteer_;
    QDoubleSpinBox* reach_;
    QComboBox* after_;
    QLineEdit* withdraw_;
    QProgressBar* progress_;
    QLabel* result_;
    std::vector<std::pair<QWidget*, std::vector<AnalysisKind>>> rows_; // field -> analyses that use it
    bool updating_ = false;
};

// The analysis's name in the user's language.
QString analysisLabel(AnalysisKind kind);

} // namespace couverture::app

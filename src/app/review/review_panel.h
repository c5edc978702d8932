#pragma once
// The match review: one line per place that needs a decision, its rows, how it was placed and why; the
// ranked candidates of the selected place (outlined on the map); accept, reject or pick another unit.

#include "app/review/review_model.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace couverture::app {

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);
    void setPlaces(const AdminTree* tree, std::vector<ReviewPlace> places);
    void setWaiting(); // no places yet: they are being found

    const std::vector<ReviewPlace>& places() const { return places_; }
    int currentPlace() const;
    void selectPlace(int index);
    void selectCandidate(int index);

    void acceptCurrent();
    void rejectCurrent();
    void pickCandidate();

signals:
    // unit kNoUnit with rejected = true: the place is not where it was put.
    void decided(const couverture::app::ReviewPlace& place, couverture::UnitId unit, bool rejected);
    void candidatesShown(const std::vector<couverture::UnitId>& units, couverture::UnitId selected);

private:
    void showCandidates();
    UnitId selectedCandidate() const;

    const AdminTree* tree_ = nullptr;
    std::vector<ReviewPlace> places_;
    QLabel* summary_;
    QTableWidget* placesView_;
    QTableWidget* candidatesView_;
    QPushButton* accept_;
    QPushButton* reject_;
    QPushButton* pick_;
};

// "name_fuzzy" -> "Fuzzy name" / "Nom approché".
QString methodLabel(MatchMethod method);

} // namespace couverture::app

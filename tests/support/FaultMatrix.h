#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace MentorDesk::Test {

// The fault kind × operation table a fault-matrix test fills in: every cell it tries is recorded as passed or failed,
// and table() prints the whole grid with the "passed out of tried" figure that README quotes.
// A data-driven test names its rows "<fault>/<operation>" and calls record() from cleanup(), after QTest has decided
// (QTest::currentTestFailed()); a skipped cell is not recorded, so it counts neither way.
class FaultMatrix
{
public:
    void record(const QString &fault, const QString &operation, bool passed);
    // Splits a data tag "<fault>/<operation>" and records it; other tags are ignored.
    void recordTag(const QString &dataTag, bool passed);

    int tried() const;
    int passed() const;
    QStringList failedCells() const;
    // Rows are fault kinds, columns operations, in first-seen order: "ok" passed, "FAIL" failed, "." not applicable.
    QString table(const QString &title) const;

private:
    struct Cell
    {
        QString fault;
        QString operation;
        bool passed = false;
    };
    QList<Cell> m_cells;
};

} // namespace MentorDesk::Test

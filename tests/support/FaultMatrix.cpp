#include "support/FaultMatrix.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

void FaultMatrix::record(const QString &fault, const QString &operation, bool passed)
{
    m_cells.append({fault, operation, passed});
}

void FaultMatrix::recordTag(const QString &dataTag, bool passed)
{
    const qsizetype slash = dataTag.indexOf(u'/');
    if (slash > 0)
        record(dataTag.left(slash), dataTag.mid(slash + 1), passed);
}

int FaultMatrix::tried() const
{
    return int(m_cells.size());
}

int FaultMatrix::passed() const
{
    return int(std::count_if(m_cells.cbegin(), m_cells.cend(), [](const Cell &cell) { return cell.passed; }));
}

QStringList FaultMatrix::failedCells() const
{
    QStringList failed;
    for (const Cell &cell : m_cells) {
        if (!cell.passed)
            failed << cell.fault + u'/' + cell.operation;
    }
    return failed;
}

QString FaultMatrix::table(const QString &title) const
{
    QStringList faults;
    QStringList operations;
    for (const Cell &cell : m_cells) {
        if (!faults.contains(cell.fault))
            faults << cell.fault;
        if (!operations.contains(cell.operation))
            operations << cell.operation;
    }
    qsizetype faultWidth = 0;
    for (const QString &fault : faults)
        faultWidth = std::max(faultWidth, fault.size());

    QString text;
    QTextStream out(&text);
    out << title << u": "_s << passed() << u" of "_s << tried() << u" cells passed\n"_s;
    out << QString(faultWidth, u' ');
    for (const QString &operation : operations)
        out << u" | "_s << operation;
    out << u'\n';
    for (const QString &fault : faults) {
        out << fault.leftJustified(faultWidth);
        for (const QString &operation : operations) {
            const auto cell = std::find_if(m_cells.cbegin(), m_cells.cend(), [&](const Cell &candidate) {
                return candidate.fault == fault && candidate.operation == operation;
            });
            const QString mark = cell == m_cells.cend() ? u"."_s : cell->passed ? u"ok"_s : u"FAIL"_s;
            out << u" | "_s << mark.leftJustified(operation.size());
        }
        out << u'\n';
    }
    return text;
}

} // namespace MentorDesk::Test

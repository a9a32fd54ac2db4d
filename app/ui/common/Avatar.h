#pragma once

#include <QImage>
#include <QLabel>

namespace MentorDesk {

// A round picture of a person: their photo when there is one, else their initials on a colour derived from the
// name (the same person always gets the same colour).
class Avatar : public QLabel
{
    Q_OBJECT

public:
    explicit Avatar(int size = 32, QWidget *parent = nullptr);

    void setPerson(const QString &name, const QImage &photo = {});
    static QPixmap render(const QString &name, const QImage &photo, int size, qreal devicePixelRatio);
    static QString initials(const QString &name);

private:
    int m_size;
};

} // namespace MentorDesk

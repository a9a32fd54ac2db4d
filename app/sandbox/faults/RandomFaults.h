#pragma once

#include "sandbox/faults/Fault.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace MentorDesk::Sandbox {

// Faults drawn at random (POST /_sandbox/faults/random): every request under pathPrefix fails with the given
// probability, with one of the configured fault kinds. A fixed seed gives the same sequence, so a soak or a test that
// found a problem can be run again exactly.
class RandomFaults
{
public:
    // The kinds a random fault is drawn from: 503 and 429 with Retry-After 0, drop, truncate, malformed, a 50 ms delay.
    static QList<Fault> defaultKinds();

    void start(double probability, quint32 seed, QList<Fault> kinds, const QString &pathPrefix);
    void stop();
    bool isActive() const { return m_probability > 0 && !m_kinds.isEmpty(); }

    // One draw for a request; nullopt when it goes through (or random faults are off).
    std::optional<Fault> draw(const QString &path);

    int requests() const { return m_requests; }
    int injected() const { return m_injected; }
    QJsonObject toJson() const;
    // Validates a control request (probability, seed, types, path) and starts; sets *error when unusable.
    bool startFromJson(const QJsonObject &object, QString *error);

private:
    double m_probability = 0;
    quint32 m_seed = 0;
    QString m_pathPrefix;
    QList<Fault> m_kinds;
    QRandomGenerator m_random;
    int m_requests = 0;
    int m_injected = 0;
};

} // namespace MentorDesk::Sandbox

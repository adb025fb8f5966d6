#pragma once

#include <QByteArray>

// A kernel counter's change per second between two samples.
struct CounterRate {
    QByteArray name;
    double perSecond = 0;

    bool operator==(const CounterRate &) const = default;
};

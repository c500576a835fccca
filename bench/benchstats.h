// SPDX-License-Identifier: MIT
#pragma once

// Summaries of a benchmark's timings (or any samples), shared by the bench harnesses.

#include <QList>

#include <algorithm>

namespace Workbench::BenchStats {

/// The median of `samples`: the middle one, or the mean of the two middle ones; 0 when empty.
inline double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

/// The sample at fraction `p` (0 to 1) of the sorted samples, by nearest rank (0.9: p90);
/// 0 when empty.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype last = samples.size() - 1;
    return samples.at(std::clamp<qsizetype>(qsizetype(p * double(last) + 0.5), 0, last));
}

} // namespace Workbench::BenchStats

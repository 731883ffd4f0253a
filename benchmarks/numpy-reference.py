#!/usr/bin/env python3
"""The numpy reference of issue 13's 10^8-sample target, timed on the same machine as Jevons.

The training of benchmarks/whole-process.sh, written in numpy: its three uncertain inputs drawn per sample
(PUE uniform 1.25 .. 1.4, MFU triangular 0.30 .. 0.35 .. 0.40, the H100's service life triangular 3 .. 4 .. 6
years), the methodology's arithmetic (accelerator time C / (F * MFU) with C = 6 * N_a * D; IT energy at
700 W * 0.8; facility energy * PUE; embodied carbon 164 kgCO2e over the service life; lifecycle carbon at China's
0.560 kgCO2e/kWh plus the embodied carbon), then p05/p50/p95 with
np.percentile (linear interpolation between order statistics, as Jevons' percentiles).

usage: benchmarks/numpy-reference.py [SAMPLES] [headline|counted]
  headline: the energy alone (the issue's "same arithmetic, with statistics")
  counted:  the five figures Jevons counts for this training (energy, accelerator-hours, embodied carbon,
            overhead energy, lifecycle carbon); its other ten are images or constants of these
Prints the wall time of the work (after numpy's import) and of the whole process; numpy holds every sample
(about 0.8 GB per array of 10^8), Jevons none.
"""
import sys
import time

START = time.perf_counter()
import numpy as np  # noqa: E402  (the import is part of the whole process's time)

SECONDS_PER_YEAR = 365.25 * 24 * 3600


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000_000
    figures = sys.argv[2] if len(sys.argv) > 2 else "headline"
    work = time.perf_counter()
    rng = np.random.default_rng(42)
    pue = rng.uniform(1.25, 1.4, n)
    mfu = rng.triangular(0.30, 0.35, 0.40, n)
    seconds = 6 * 37e9 * 14.8e12 / (989e12 * mfu)  # accelerator-seconds
    it = seconds * (700 * 0.8)  # J
    energy = it * pue
    results = {"energy": np.percentile(energy, [5, 50, 95])}
    if figures == "counted":
        life = rng.triangular(3, 4, 6, n) * SECONDS_PER_YEAR
        embodied = seconds * 164 / life
        results["accelerator_hours"] = np.percentile(seconds, [5, 50, 95])
        results["embodied_carbon"] = np.percentile(embodied, [5, 50, 95])
        results["overhead_energy"] = np.percentile(it * (pue - 1), [5, 50, 95])
        results["lifecycle_carbon"] = np.percentile(energy * (0.560 / 3.6e6) + embodied, [5, 50, 95])
    end = time.perf_counter()
    for key, p in results.items():
        print(f"{key}: p05 {p[0]:.6g} p50 {p[1]:.6g} p95 {p[2]:.6g}")
    print(f"{n} samples, {figures}: work {end - work:.2f} s, whole process {end - START:.2f} s")


if __name__ == "__main__":
    main()

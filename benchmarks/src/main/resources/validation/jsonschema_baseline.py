"""Python jsonschema's Draft4Validator (what lib-cove-ocds is built on) over OCDS 1.1 release packages.

Usage: python3 jsonschema_baseline.py MIRROR_DIR PACKAGES_JSONL WARM_UP_SECONDS MEASURE_SECONDS
Prints one JSON object: releases validated per second (wall clock and process CPU) and the library version.
Each line of PACKAGES_JSONL is a release package holding one release; every error is collected (iter_errors), with
the format checker on, as lib-cove-ocds does.
"""
import json
import sys
import time
from importlib.metadata import version

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4


def validator(mirror):
    base = mirror + "/standard.open-contracting.org/schema/1__1__5/"
    with open(base + "release-schema.json", encoding="utf-8") as f:
        release = json.load(f)
    with open(base + "release-package-schema.json", encoding="utf-8") as f:
        package = json.load(f)
    resource = Resource.from_contents(release, default_specification=DRAFT4)
    registry = Registry().with_resources(
        [(release["id"], resource), (release["id"].replace("https://", "http://"), resource)])
    return Draft4Validator(package, registry=registry, format_checker=FormatChecker())


def run(check, packages, seconds):
    count = 0
    wall = time.perf_counter()
    cpu = time.process_time()
    while time.perf_counter() - wall < seconds:
        for package in packages:
            for _ in check.iter_errors(package):
                pass
            count += 1
    return count, time.perf_counter() - wall, time.process_time() - cpu


def main():
    mirror, packages_file, warm_up, measure = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    with open(packages_file, encoding="utf-8") as f:
        packages = [json.loads(line) for line in f]
    check = validator(mirror)
    run(check, packages, warm_up)
    count, wall, cpu = run(check, packages, measure)
    print(json.dumps({"releases": count, "wall_per_second": count / wall, "cpu_per_second": count / cpu,
                      "jsonschema": version("jsonschema"), "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()

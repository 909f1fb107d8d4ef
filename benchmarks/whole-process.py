#!/usr/bin/env python3
"""Whole-process benchmarks of the amivoice command line against what a user would otherwise run.

Times whole processes (start-up included) of the CLI and of the peers in benchmarks/peers/ on generated
inputs, each comparison interleaved (A B A B ...) so that the machine's drift hits both sides alike, and
prints per command the median, min and max wall time, the median CPU time and median peak RSS, the ratios
of the medians, and a PASS/FAIL line per target of issue #17. See benchmarks/README.md, "Whole-process
benchmarks".

    python3 benchmarks/whole-process.py [--only batch,hour,large,sizes,xlsx] [--quick] [--jar JAR]
    python3 benchmarks/whole-process.py --jar A.jar --identity B.jar

Peak RSS is the operating system's figure for the largest single process of the command (wait4's
ru_maxrss, as /usr/bin/time reports it): for the Python multiprocessing peer that is its largest process,
not the sum of its workers. Standard library only.
"""
import argparse
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

BENCHMARKS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHMARKS)
PEERS = os.path.join(BENCHMARKS, "peers")
GENERATOR = "io.github.amivoicetoolkit.benchmarks.WholeProcessInputs"
CALLS = 2000
CALLS_PER_DIRECTORY = 100  # WholeProcessInputs.CALLS_PER_DIRECTORY
GROUPS = ("batch", "hour", "large", "sizes", "xlsx")


class Command:
    """One command line to time. '{out}' in argv becomes a fresh empty directory for every run."""

    def __init__(self, name, argv):
        self.name = name
        self.argv = argv
        self.walls, self.cpus, self.peaks_kb = [], [], []

    def run(self, work):
        out = tempfile.mkdtemp(prefix="out-", dir=work) if any("{out}" in a for a in self.argv) else None
        argv = [a.replace("{out}", out) if out else a for a in self.argv]
        with tempfile.TemporaryFile(dir=work) as stderr:
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=stderr)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode != 0:
                stderr.seek(0)
                tail = stderr.read()[-2000:].decode("utf-8", "replace")
                sys.exit(f"{self.name}: exit {process.returncode}\n  {' '.join(argv)}\n{tail}")
        if out:
            shutil.rmtree(out)
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss  # ru_maxrss: KiB on Linux

    def record(self, measured):
        wall, cpu, peak_kb = measured
        self.walls.append(wall)
        self.cpus.append(cpu)
        self.peaks_kb.append(peak_kb)

    def wall(self):
        return statistics.median(self.walls)

    def peak_mb(self):
        return statistics.median(self.peaks_kb) / 1024


class Harness:
    def __init__(self, args):
        self.args = args
        self.results = []  # (group, target line) for the summary
        self.saved = {"machine": machine(args), "groups": []}
        self.classpath = None  # of the Java peers, once compiled
        os.makedirs(args.data, exist_ok=True)
        self.work = tempfile.mkdtemp(prefix="amivoice-whole-process-")

    def close(self):
        shutil.rmtree(self.work, ignore_errors=True)

    # --- commands ---------------------------------------------------------------------------------------

    def cli(self, *arguments, jar=None):
        if self.args.launcher and jar is None:
            return [self.args.launcher, *arguments]
        return [self.args.java, *self.args.jvm_opts.split(), "-jar", jar or self.args.jar, *arguments]

    def java_peer(self, main, *arguments):
        return [self.args.java, "-cp", self.peer_classpath(), main, *arguments]

    def peer_classpath(self):
        if self.classpath is None:
            self.classpath = build_java_peers(self.args)
        return self.classpath

    def python_peer(self, script, *arguments):
        return [self.args.python, os.path.join(PEERS, script), *arguments]

    # --- inputs ------------------------------------------------------------------------------------------

    def inputs(self):
        """Generates what is missing under --data (nothing when all is there)."""
        data = self.args.data
        wanted = [os.path.join(data, f) for f in ("1h.json", "10h.json", "96h.json", "100h.json")]
        last_call = os.path.join(data, "tree", "d%02d" % ((CALLS - 1) // CALLS_PER_DIRECTORY),
                                 "call-%04d.json" % (CALLS - 1))
        if all(os.path.isfile(f) for f in wanted + [last_call]):
            return
        jar = self.args.benchmarks_jar
        if not os.path.isfile(jar):
            sys.exit(f"no {jar}: build it with ./mvnw -o -B -q -DskipTests -pl benchmarks -am package")
        print(f"generating inputs under {data} (once; about a minute)", flush=True)
        subprocess.run([self.args.java, "-cp", jar, GENERATOR, data, str(CALLS)], check=True,
                       stdout=subprocess.DEVNULL)

    def tree(self, files):
        """The first `files` calls of the tree, as the directories that hold them."""
        if files % CALLS_PER_DIRECTORY or not 0 < files <= CALLS:
            sys.exit(f"file counts must be multiples of {CALLS_PER_DIRECTORY} up to {CALLS}: {files}")
        return [os.path.join(self.args.data, "tree", "d%02d" % d) for d in range(files // CALLS_PER_DIRECTORY)]

    def result(self, name):
        return os.path.join(self.args.data, name)

    # --- measuring ---------------------------------------------------------------------------------------

    def measure(self, group, title, commands, runs):
        """Runs the commands interleaved: --warmup rounds (not counted), then `runs` rounds."""
        load_before = os.getloadavg()
        print(f"\n== {group}: {title}", flush=True)
        for _ in range(self.args.warmup):
            for command in commands:
                command.run(self.work)
        for round_number in range(runs):
            for command in commands:
                command.record(command.run(self.work))
            print(f"   round {round_number + 1}/{runs} done", flush=True)
        load_after = os.getloadavg()
        print(f"   load average {fmt_load(load_before)} before, {fmt_load(load_after)} after; {runs} runs each,"
              f" interleaved, after {self.args.warmup} warm-up round(s)")
        print(f"   {'command':<58} {'wall median':>11} {'min':>7} {'max':>7} {'cpu median':>10} {'peak RSS':>9}")
        for c in commands:
            print(f"   {c.name:<58} {c.wall():>9.3f} s {min(c.walls):>7.3f} {max(c.walls):>7.3f}"
                  f" {statistics.median(c.cpus):>8.2f} s {c.peak_mb():>6.0f} MB")
        self.saved["groups"].append({
            "group": group, "title": title, "runs": runs, "load_before": load_before, "load_after": load_after,
            "commands": [{"name": c.name, "argv": c.argv, "wall_s": c.walls, "cpu_s": c.cpus,
                          "peak_kb": c.peaks_kb} for c in commands]})

    def ratio(self, a, b, what=None):
        """Prints median(a) / median(b) of wall times, with the median of the per-round ratios and the ratio of
        CPU medians beside it; returns the first."""
        value = a.wall() / b.wall()
        paired = statistics.median(x / y for x, y in zip(a.walls, b.walls))
        cpu = statistics.median(a.cpus) / statistics.median(b.cpus)
        print(f"   ratio {what or a.name + ' / ' + b.name}: {value:.2f}× (median of per-round ratios {paired:.2f}×;"
              f" of CPU medians {cpu:.2f}×)")
        return value

    def target(self, group, text, measured, need, passed, unit="×"):
        verdict = "PASS" if passed else "FAIL"
        line = f"target {text} : measured {measured:.2f}{unit} (need {need}) {verdict}"
        print(line, flush=True)
        self.results.append((group, line))

    # --- groups ------------------------------------------------------------------------------------------

    def group_batch(self):
        files = 400 if self.args.quick else CALLS
        few = files // 4
        jobs2 = Command(f"amivoice batch {files} files --to csv --jobs 2",
                        self.cli("batch", *self.tree(files), "-o", "{out}", "--to", "csv", "--jobs", "2"))
        python = Command(f"batch.py {files} files --jobs 2",
                         self.python_peer("batch.py", *self.tree(files), "-o", "{out}", "--jobs", "2"))
        jobs1 = Command(f"amivoice batch {files} files --to csv --jobs 1",
                        self.cli("batch", *self.tree(files), "-o", "{out}", "--to", "csv", "--jobs", "1"))
        small = Command(f"amivoice batch {few} files --to csv --jobs 2",
                        self.cli("batch", *self.tree(few), "-o", "{out}", "--to", "csv", "--jobs", "2"))
        # like for like: the peer writes only the tokens CSV (and its figures), where --to csv writes six tables
        tokens = Command(f"amivoice batch {files} files --to csv --tables tokens --jobs 2",
                         self.cli("batch", *self.tree(files), "-o", "{out}", "--to", "csv", "--tables", "tokens",
                                  "--jobs", "2"))
        self.measure("batch", f"{files} results of 3-10 minutes, CSV", [jobs2, python, jobs1, small, tokens],
                     self.runs())
        self.ratio(python, tokens, "Python peer / amivoice --tables tokens --jobs 2 (the same CSV as the peer's)")
        speed = self.ratio(python, jobs2, "Python peer / amivoice --jobs 2 (throughput of amivoice over the peer)")
        self.target("batch", f"batch --to csv --jobs 2 over {files} results, throughput vs Python peer with 2"
                    " processes", speed, "≥ 3×", speed >= 3)
        scaling = self.ratio(jobs1, jobs2, "--jobs 1 / --jobs 2")
        self.target("batch", "batch --jobs 2 vs --jobs 1 throughput", scaling, "≥ 1.8×", scaling >= 1.8)
        memory = jobs2.peak_mb() / small.peak_mb()
        print(f"   peak RSS {files} files / {few} files: {jobs2.peak_mb():.0f} / {small.peak_mb():.0f} MB")
        self.target("batch", f"batch peak memory independent of the number of files ({files} vs {few})",
                    memory, "≤ 1.15× of the smaller batch's", memory <= 1.15)
        print(f"   (for reference, peak RSS of the Python peer's largest process: {python.peak_mb():.0f} MB)")

    def group_hour(self):
        hour = self.result("1h.json")
        stats = Command("amivoice stats --json 1h", self.cli("stats", "--json", hour))
        loop = Command("TokenLoop 1h", self.java_peer("TokenLoop", hour))
        convert = Command("amivoice convert --to csv 1h", self.cli("convert", "--to", "csv", "-o", "{out}", hour))
        version = Command("amivoice --version", self.cli("--version"))
        empty = Command("empty JVM (Empty class)", self.java_peer("Empty"))
        python = Command("stats.py 1h", self.python_peer("stats.py", hour))
        commands = [stats, loop, convert, version, empty, python]
        jq = shutil.which("jq")
        if jq:
            commands.append(Command("jq -f stats.jq 1h", [jq, "-c", "-f", os.path.join(PEERS, "stats.jq"), hour]))
        else:
            print("\n(jq not found: the jq peer is skipped; on Debian/Ubuntu: apt-get install jq)")
        # sub-second commands: three times the rounds, to steady their medians
        self.measure("hour", "one 1-hour result (2.6 MB), start-up included", commands, 3 * self.runs())
        to_loop = self.ratio(stats, loop)
        self.target("hour", "stats --json on a 1-hour result within 1.6× of the token-loop process", to_loop,
                    "≤ 1.6×", to_loop <= 1.6)
        to_stats = self.ratio(convert, stats)
        self.target("hour", "convert --to csv of a 1-hour result within 1.3× of its stats --json", to_stats,
                    "≤ 1.3×", to_stats <= 1.3)
        self.ratio(version, empty)
        self.ratio(stats, python)
        if jq:
            self.ratio(stats, commands[-1])

    def group_large(self):
        name = "10h.json" if self.args.quick else "96h.json"
        large = self.result(name)
        size = f"{os.path.getsize(large) / 1e6:.1f} MB"
        label = name[:-len(".json")]
        stats = Command(f"amivoice stats --json {label}", self.cli("stats", "--json", large))
        loop = Command(f"TokenLoop {label}", self.java_peer("TokenLoop", large))
        tree = Command(f"DatabindTree {label}", self.java_peer("DatabindTree", large))
        python = Command(f"stats.py {label}", self.python_peer("stats.py", large))
        convert = Command(f"amivoice convert --to csv {label}",
                          self.cli("convert", "--to", "csv", "-o", "{out}", large))
        python_csv = Command(f"stats.py --csv {label}",
                             self.python_peer("stats.py", large, "--csv", os.path.join("{out}", "tokens.csv")))
        self.measure("large", f"one {size} result ({label})", [stats, loop, tree, python, convert, python_csv],
                     self.runs())
        to_loop = self.ratio(stats, loop)
        self.target("large", f"stats --json on the {size} result within 1.5× of the token-loop process", to_loop,
                    "≤ 1.5×", to_loop <= 1.5)
        over_tree = self.ratio(tree, stats)
        self.target("large", f"stats --json on the {size} result vs databind's tree", over_tree, "≥ 3× faster",
                    over_tree >= 3)
        over_python = self.ratio(python, stats)
        self.target("large", f"stats --json on the {size} result vs the Python peer", over_python, "≥ 6× faster",
                    over_python >= 6)
        csv_over_python = self.ratio(python_csv, convert)
        self.target("large", f"convert --to csv of the {size} result vs the Python peer writing the tokens CSV",
                    csv_over_python, "≥ 3× faster", csv_over_python >= 3)

    def group_sizes(self):
        for name in ("10h.json",) if self.args.quick else ("10h.json", "100h.json"):
            result = self.result(name)
            label = name[:-len(".json")]
            stats = Command(f"amivoice stats --json {label}", self.cli("stats", "--json", result))
            loop = Command(f"TokenLoop {label}", self.java_peer("TokenLoop", result))
            self.measure("sizes", f"stats against the token loop, {label} ({os.path.getsize(result) / 1e6:.1f} MB)",
                         [stats, loop], self.runs())
            self.ratio(stats, loop)

    def group_xlsx(self):
        files = 100 if self.args.quick else 200
        three = ["--to", "csv,xlsx,srt", "--jobs", "2"]
        current = Command(f"amivoice batch {files} files --to csv,xlsx,srt",
                          self.cli("batch", *self.tree(files), "-o", "{out}", *three))
        csv_only = Command(f"amivoice batch {files} files --to csv",
                           self.cli("batch", *self.tree(files), "-o", "{out}", "--to", "csv", "--jobs", "2"))
        commands = [current, csv_only]
        baseline = None
        if self.args.baseline_jar:
            baseline = Command(f"baseline batch {files} files --to csv,xlsx,srt",
                               self.cli("batch", *self.tree(files), "-o", "{out}", *three,
                                        jar=self.args.baseline_jar))
            commands.append(baseline)
        self.measure("xlsx", f"three-format batch of {files} results (--jobs 2)", commands, self.runs())
        self.ratio(current, csv_only)
        if baseline:
            speed = self.ratio(baseline, current, "baseline / this jar (speed-up of the three-format batch)")
            self.target("xlsx", "three-format batch vs the baseline jar", speed, "≥ 2× faster", speed >= 2)
        else:
            print("target three-format batch ≥ 2× faster than before : needs --baseline-jar (the jar before)")

    def runs(self):
        return self.args.runs or (3 if self.args.quick else 5)


def build_java_peers(args):
    """Compiles peers/*.java with javac against the jackson jars into --build, unless done since the sources
    last changed; returns the classpath to run them with."""
    build = args.build or os.path.join(args.data, "peers-build")
    os.makedirs(build, exist_ok=True)
    sources = sorted(glob.glob(os.path.join(PEERS, "*.java")))
    stamp = os.path.join(build, ".classpath")  # written last: the jars the classes were compiled against
    if os.path.exists(stamp) and all(os.path.getmtime(s) < os.path.getmtime(stamp) for s in sources):
        jars = open(stamp).read().split(os.pathsep)
        if all(os.path.isfile(j) for j in jars):
            return os.pathsep.join(jars + [build])
    jars = jackson_jars()
    javac = os.path.join(os.path.dirname(os.path.realpath(shutil.which(args.java) or args.java)), "javac")
    subprocess.run([javac if os.path.exists(javac) else "javac", "-d", build, "-cp", os.pathsep.join(jars),
                    *sources], check=True)
    with open(stamp, "w") as f:
        f.write(os.pathsep.join(jars))
    return os.pathsep.join(jars + [build])


def jackson_jars():
    """jackson-core, -databind and -annotations as the benchmarks module resolves them (version from the pom)."""
    listing = tempfile.NamedTemporaryFile(suffix=".txt", delete=False)
    listing.close()
    try:
        done = subprocess.run([os.path.join(ROOT, "mvnw"), "-o", "-B", "-q", "dependency:build-classpath",
                               "-pl", "benchmarks", "-Dmdep.outputFile=" + listing.name],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        entries = open(listing.name).read().strip().split(os.pathsep) if done.returncode == 0 else []
    except OSError:
        entries = []
    finally:
        os.unlink(listing.name)
    wanted = ("jackson-core-", "jackson-databind-", "jackson-annotations-")
    jars = [e for e in entries if os.path.basename(e).startswith(wanted)]
    if len(jars) == 3:
        return jars
    # the module's SNAPSHOT dependencies are not in ~/.m2: take the versions from the parent pom
    version = re.search(r"<jackson.version>([^<]+)<", open(os.path.join(ROOT, "pom.xml")).read()).group(1)
    repository = os.path.expanduser("~/.m2/repository")
    jars = [os.path.join(repository, "tools/jackson/core", a, version, f"{a}-{version}.jar")
            for a in ("jackson-core", "jackson-databind")]
    annotations = sorted(glob.glob(os.path.join(repository, "com/fasterxml/jackson/core/jackson-annotations/"
                                                "2.*/jackson-annotations-2.*.jar")),
                         key=lambda p: [int(x) for x in re.findall(r"\d+", os.path.basename(p))])
    if not all(os.path.isfile(j) for j in jars) or not annotations:
        sys.exit("jackson jars not found: run ./mvnw -B -q -DskipTests -pl benchmarks -am package once")
    return jars + annotations[-1:]


def machine(args):
    def first(path, key):
        try:
            for line in open(path):
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"

    java = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    jq = shutil.which("jq")
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "nproc": os.cpu_count(),
        "cpu": first("/proc/cpuinfo", "model name"),
        "ram": first("/proc/meminfo", "MemTotal"),
        "java": java[0] if java else "?",
        "java_vm": java[-1] if java else "?",
        "python": platform.python_version(),
        "jq": subprocess.run([jq, "--version"], capture_output=True, text=True).stdout.strip() if jq else "absent",
        "cli": args.launcher or args.jar,
        "jvm_opts": args.jvm_opts,
        "load": os.getloadavg(),
    }


def fmt_load(load):
    return " ".join(f"{x:.2f}" for x in load)


# --- byte identity ---------------------------------------------------------------------------------------

def identity(args):
    """Runs two CLI jars over the same inputs and compares every output file and what stats prints."""
    harness = Harness(args)
    try:
        harness.inputs()
        files = 100 if args.quick else 200
        hour, ten = harness.result("1h.json"), harness.result("10h.json")
        tree = harness.tree(files)
        runs = [
            ("batch", ["batch", *tree, "-o", "{out}", "--to", "all", "--jobs", "2"]),
            ("convert 1h all", ["convert", "--to", "all", "-o", "{out}", hour]),
            ("convert 1h rfc4180", ["convert", "--to", "csv", "--csv", "rfc4180", "-o", "{out}", hour]),
            ("report 1h", ["report", "-o", "{out}", hour]),
            ("stats --json 1h", ["stats", "--json", hour]),
            ("stats 1h", ["stats", hour]),
            ("stats --json tree", ["stats", "--json", *sorted(glob.glob(os.path.join(tree[0], "*.json")))]),
        ]
        if not args.quick:
            runs.append(("convert 10h all", ["convert", "--to", "all", "-o", "{out}", ten]))
        differences = compared = 0
        for name, arguments in runs:
            outputs = []
            for jar in (args.jar, args.identity):
                out = tempfile.mkdtemp(prefix="identity-", dir=harness.work)
                argv = [a.replace("{out}", out) for a in harness.cli(*arguments, jar=jar)]
                done = subprocess.run(argv, capture_output=True)
                if done.returncode != 0:
                    sys.exit(f"{name} with {jar}: exit {done.returncode}\n{done.stderr.decode()[-2000:]}")
                stdout = done.stdout.replace(out.encode(), b"OUT")
                if name.startswith("batch"):  # progress lines come in completion order
                    stdout = b"\n".join(line for line in stdout.split(b"\n") if not line.startswith(b"["))
                with open(os.path.join(out, ".stdout"), "wb") as f:
                    f.write(stdout)
                outputs.append(out)
            same, different = compare_trees(*outputs)
            compared += same + len(different)
            differences += len(different)
            print(f"{name}: {same + len(different)} files (stdout included), {len(different)} different")
            for line in different[:20]:
                print("   " + line)
        print(f"\nidentity {args.jar} vs {args.identity}: {compared} files compared, {differences} different "
              f"({'PASS' if differences == 0 else 'FAIL'})")
        return 0 if differences == 0 else 1
    finally:
        harness.close()


def compare_trees(a, b):
    names_a = sorted(os.path.relpath(os.path.join(d, f), a) for d, _, fs in os.walk(a) for f in fs)
    names_b = sorted(os.path.relpath(os.path.join(d, f), b) for d, _, fs in os.walk(b) for f in fs)
    different = [f"only in one: {n}" for n in sorted(set(names_a) ^ set(names_b))]
    same = 0
    for name in sorted(set(names_a) & set(names_b)):
        verdict = compare_files(os.path.join(a, name), os.path.join(b, name))
        if verdict:
            different.append(f"{name}: {verdict}")
        else:
            same += 1
    return same, different


CREATED = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
# the batch workbook's Files sheet times each file's processing: a wall time, different on every run
TIMED_COLUMN = re.compile(rb'<c r="([A-Z]+)1"[^>]*><is><t>processing(?:_ms)?</t></is></c>')


# POI's sheet writer puts a line break before each row and its first cell (insignificant between elements)
ROW_BREAK = re.compile(rb"\n<(?=/?(?:row|sheetData|c)\b)")


def without_timings(sheet):
    for column in TIMED_COLUMN.findall(sheet):
        sheet = re.sub(rb'<c r="' + column + rb'[0-9]+"[^>]*>.*?</c>', b"", sheet)
    return sheet


def compare_files(a, b):
    """None when equal: byte for byte, or for .xlsx/.docx entry by entry (in any order), creation and processing
    times and line breaks between rows aside."""
    with open(a, "rb") as fa, open(b, "rb") as fb:
        if fa.read() == fb.read():
            return None
    if not a.endswith((".xlsx", ".docx")):
        return "bytes differ"
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        if sorted(za.namelist()) != sorted(zb.namelist()):
            return "different entries"
        for entry in za.namelist():
            x, y = za.read(entry), zb.read(entry)
            if entry == "docProps/core.xml":
                x, y = CREATED.sub(b"", x), CREATED.sub(b"", y)
            elif entry.startswith("xl/worksheets/"):
                x, y = without_timings(ROW_BREAK.sub(b"<", x)), without_timings(ROW_BREAK.sub(b"<", y))
            if x != y:
                return f"entry {entry} differs"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "amivoice.jar"),
                        help="the CLI jar (default: cli/target/amivoice.jar)")
    parser.add_argument("--launcher", help="run the CLI through this launcher (./amivoice) instead of java -jar")
    parser.add_argument("--jvm-opts", default="", help="JVM options for the CLI jar, e.g. '-Xmx256m'")
    parser.add_argument("--only", default=",".join(GROUPS), help="groups, comma-separated: " + ", ".join(GROUPS))
    parser.add_argument("--quick", action="store_true", help="fewer files, smaller results, 3 runs")
    parser.add_argument("--runs", type=int, help="rounds per comparison (default 5, quick 3; hour: three times)")
    parser.add_argument("--warmup", type=int, default=1, help="rounds run first and not counted (default 1)")
    parser.add_argument("--baseline-jar", help="the jar before a change: the xlsx group compares against it")
    parser.add_argument("--identity", metavar="OTHER_JAR",
                        help="time nothing: run --jar and OTHER_JAR over the same inputs, compare every output")
    parser.add_argument("--data", default=os.path.join(tempfile.gettempdir(), "amivoice-whole-process"),
                        help="where the inputs are generated and kept (default: %(default)s)")
    parser.add_argument("--benchmarks-jar", default=os.path.join(BENCHMARKS, "target", "benchmarks.jar"),
                        help="jar with the input generator (default: benchmarks/target/benchmarks.jar)")
    parser.add_argument("--java", default="java")
    parser.add_argument("--python", default=sys.executable, help="the Python that runs the Python peers")
    parser.add_argument("--build", help="where the Java peers are compiled (default: DATA/peers-build)")
    parser.add_argument("--save", help="also write every measurement to this JSON file")
    args = parser.parse_args()
    if not args.launcher and not os.path.isfile(args.jar):
        sys.exit(f"no CLI jar at {args.jar}: build it with ./mvnw -o -B -q -DskipTests -pl cli -am package")
    if args.identity:
        return identity(args)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        sys.exit(f"unknown group {', '.join(unknown)}: expected some of {', '.join(GROUPS)}")
    harness = Harness(args)
    try:
        described = harness.saved["machine"]
        print("machine: {nproc} CPUs ({cpu}), {ram} RAM; {java}, {java_vm}; Python {python}; {jq}".format(
            **described))
        print(f"CLI: {described['cli']} {args.jvm_opts}; load average {fmt_load(described['load'])}; "
              f"{described['date']}")
        harness.inputs()
        for group in groups:
            getattr(harness, "group_" + group)()
        print("\nsummary (load average now " + fmt_load(os.getloadavg()) + ")")
        for _, line in harness.results:
            print(line)
        if args.save:
            with open(args.save, "w") as f:
                json.dump(harness.saved, f, indent=1)
    finally:
        harness.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

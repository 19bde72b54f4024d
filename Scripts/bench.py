"""Runs the issue's benchmark queries in eq and DuckDB on the same CSV files and prints a table.

Warm times are measured inside one process after loading (eq: `--timer`, DuckDB: one Python
process), median of RUNS runs. Peak memory is the child's maximum resident set size.
"""
import os, re, resource, statistics, subprocess, sys, time

RUNS = int(os.environ.get("EQ_BENCH_RUNS", "5"))
EQ = os.path.abspath(".build/release/eq")
DATA = os.path.abspath("bench-data")

QUERIES = [
    ("at_risk students since 2024-01 | count",
     "users where status = at_risk and role = student since 2024-01 | count",
     """SELECT count(*) FROM users WHERE last_login_at IS NOT NULL
        AND DATE '2024-06-30' - CAST(last_login_at AS DATE) >= 45
        AND DATE '2024-06-30' - CAST(last_login_at AS DATE) < 90
        AND role = 'student' AND joined_at >= DATE '2024-01-01'"""),
    ("count by status",
     "users | count by status",
     """SELECT CASE WHEN last_login_at IS NULL THEN 'inactive'
                    WHEN DATE '2024-06-30' - CAST(last_login_at AS DATE) < 45 THEN 'active'
                    WHEN DATE '2024-06-30' - CAST(last_login_at AS DATE) < 90 THEN 'at_risk'
                    ELSE 'inactive' END AS status, count(*) AS count
        FROM users GROUP BY 1 ORDER BY 1"""),
    ("count by cohort, status",
     "users | count by cohort, status",
     """SELECT strftime(joined_at, '%Y-%m') AS cohort,
               CASE WHEN last_login_at IS NULL THEN 'inactive'
                    WHEN DATE '2024-06-30' - CAST(last_login_at AS DATE) < 45 THEN 'active'
                    WHEN DATE '2024-06-30' - CAST(last_login_at AS DATE) < 90 THEN 'at_risk'
                    ELSE 'inactive' END AS status, count(*) AS count
        FROM users GROUP BY 1, 2 ORDER BY 1, 2"""),
    ("active US | top 100 by score",
     'users where status = active and country = "US" | top 100 by score | show id, email, score',
     """SELECT id, email, score FROM users
        WHERE DATE '2024-06-30' - CAST(last_login_at AS DATE) < 45 AND country = 'US'
        ORDER BY score DESC NULLS LAST, id LIMIT 100"""),
]


def generate(users):
    folder = os.path.join(DATA, str(users))
    if not os.path.exists(os.path.join(folder, "events.csv")):
        print(f"generating {users:,} users ...", file=sys.stderr)
        subprocess.run([EQ, "gen", "--users", str(users), "--out", folder], check=True, stdout=subprocess.DEVNULL)
    return folder


def child_max_rss_mb(before):
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024


def run_eq(folder):
    script = [f'load users from "{folder}/users.csv"', f'load events from "{folder}/events.csv"',
              "set today = 2024-06-30"]
    for _, eq_query, _ in QUERIES:
        script += [eq_query] * RUNS
    process = subprocess.Popen([EQ, "--timer", "--format", "csv", "-c", "\n".join(script)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, err = process.communicate()
    if process.returncode != 0:
        sys.exit("eq failed:\n" + err)
    times = [parse_time(line) for line in err.splitlines() if line.startswith("time:")]
    load = times[0] + times[1]
    queries = times[3:]
    medians = [statistics.median(queries[i * RUNS:(i + 1) * RUNS]) for i in range(len(QUERIES))]
    return load, medians


def parse_time(line):
    value, unit = re.match(r"time: ([0-9.]+) (ms|s)", line).groups()
    return float(value) / (1000 if unit == "ms" else 1)


def measure_rss(argv):
    """Peak RSS (MB) of a command, via GNU time's %M."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


DUCK = r'''
import duckdb, statistics, sys, time
folder, runs = sys.argv[1], int(sys.argv[2])
queries = sys.argv[3:]
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
start = time.perf_counter()
con.execute(f"CREATE TABLE users AS SELECT * FROM read_csv('{folder}/users.csv')")
con.execute(f"CREATE TABLE events AS SELECT * FROM read_csv('{folder}/events.csv')")
print(time.perf_counter() - start)
for query in queries:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        con.execute(query).fetchall()
        samples.append(time.perf_counter() - start)
    print(statistics.median(samples))
raw = 0
for table in ("users", "events"):
    for name, kind in con.execute(f"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}'").fetchall():
        if kind == "VARCHAR":
            raw += con.execute(f'SELECT coalesce(sum(strlen("{name}")), 0) FROM {table}').fetchone()[0]
        else:
            width = {"BIGINT": 8, "DOUBLE": 8, "TIMESTAMP": 8, "DATE": 4, "BOOLEAN": 1, "INTEGER": 4}.get(kind, 8)
            raw += width * con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
print(raw)
'''


def run_duckdb(folder):
    out = subprocess.run([sys.executable, "-c", DUCK, folder, str(RUNS)] + [q[2] for q in QUERIES],
                         capture_output=True, text=True, check=True).stdout.split()
    values = [float(v) for v in out]
    return values[0], values[1:1 + len(QUERIES)], values[-1]


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
    sizes = [int(arg) for arg in sys.argv[1:]] or [1_000_000, 10_000_000]
    cores = os.cpu_count()
    print(f"eq vs DuckDB {__import__('duckdb').__version__}, {cores} cores, median of {RUNS} warm runs\n")
    for users in sizes:
        folder = generate(users)
        eq_load, eq_times = run_eq(folder)
        duck_load, duck_times, raw_bytes = run_duckdb(folder)
        eq_rss = measure_rss([EQ, "-c", f'load users from "{folder}/users.csv"; load events from "{folder}/events.csv"'])
        duck_rss = measure_rss([sys.executable, "-c", DUCK, folder, "1"] + [q[2] for q in QUERIES])
        print(f"### {users:,} users, {users * 10:,} events (raw column bytes {raw_bytes / 2**20:,.0f} MB)\n")
        print("| measure | eq | DuckDB | eq / DuckDB |")
        print("|---|---:|---:|---:|")
        print(f"| load users.csv + events.csv | {fmt(eq_load)} | {fmt(duck_load)} | {eq_load / duck_load:.2f}x |")
        for (label, _, _), eq_time, duck_time in zip(QUERIES, eq_times, duck_times):
            print(f"| `{label}` | {fmt(eq_time)} | {fmt(duck_time)} | {eq_time / duck_time:.2f}x |")
        print(f"| peak RSS after load | {eq_rss:,.0f} MB ({eq_rss * 2**20 / raw_bytes:.2f}x raw) | {duck_rss:,.0f} MB | {eq_rss / duck_rss:.2f}x |")
        print()


if __name__ == "__main__":
    main()

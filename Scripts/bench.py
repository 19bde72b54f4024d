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
    # Behaviour on events: semi-joins from users to events (issue 5). DuckDB gets the EXISTS form.
    ("did login >= 3 times last 30 days, students | count",
     "users where did login at least 3 times last 30 days and role = student | count",
     """SELECT count(*) FROM users u WHERE role = 'student' AND u.id IN (
            SELECT user_id FROM events WHERE type = 'login'
              AND "at" >= TIMESTAMP '2024-06-01' AND "at" < TIMESTAMP '2024-07-01'
            GROUP BY user_id HAVING count(*) >= 3)"""),
    ("not did purchase since 2024-01 | count",
     "users where not did purchase since 2024-01 | count",
     """SELECT count(*) FROM users u WHERE NOT EXISTS (
            SELECT 1 FROM events e WHERE e.user_id = u.id AND type = 'purchase'
              AND "at" >= TIMESTAMP '2024-01-01')"""),
    ("did email_click, did not apply last 14 days | count",
     "users where did email_click last 14 days and did not apply last 14 days | count",
     """SELECT count(*) FROM users u WHERE EXISTS (
            SELECT 1 FROM events e WHERE e.user_id = u.id AND type = 'email_click'
              AND "at" >= TIMESTAMP '2024-06-17' AND "at" < TIMESTAMP '2024-07-01')
          AND NOT EXISTS (
            SELECT 1 FROM events e WHERE e.user_id = u.id AND type = 'apply'
              AND "at" >= TIMESTAMP '2024-06-17' AND "at" < TIMESTAMP '2024-07-01')"""),
    ("first login before 2024-03, last purchase since 2024-05 | count",
     "users where first login before 2024-03 and last purchase since 2024-05 | count",
     """SELECT count(*) FROM users u
        WHERE u.id IN (SELECT user_id FROM events WHERE type = 'login' GROUP BY user_id
                       HAVING min("at") < TIMESTAMP '2024-03-01')
          AND u.id IN (SELECT user_id FROM events WHERE type = 'purchase' GROUP BY user_id
                       HAVING max("at") >= TIMESTAMP '2024-05-01')"""),
    # Engagement reports (issue 6): one pass joins the login events to the users, then integer loops.
    # DuckDB gets the long form of the retention matrix (cohort, offset, users) without the pivot.
    ("retention monthly since 2023-07",
     "retention monthly since 2023-07",
     """WITH u AS (SELECT id, date_trunc('month', joined_at) AS c FROM users
              WHERE joined_at >= DATE '2023-07-01' AND joined_at < DATE '2024-07-01'),
        l AS (SELECT DISTINCT user_id, date_trunc('month', "at") AS m FROM events
              WHERE type = 'login' AND "at" >= TIMESTAMP '2023-07-01' AND "at" < TIMESTAMP '2024-07-01')
        SELECT strftime(u.c, '%Y-%m') AS cohort, date_diff('month', u.c, l.m) AS k, count(*) AS users
        FROM u JOIN l ON l.user_id = u.id WHERE l.m >= u.c GROUP BY 1, 2 ORDER BY 1, 2"""),
    ("active users daily last 90 days",
     "active users daily last 90 days",
     """SELECT CAST(e."at" AS DATE) AS day, count(DISTINCT e.user_id) AS active_users
        FROM events e SEMI JOIN users u ON u.id = e.user_id
        WHERE e.type = 'login' AND e."at" >= TIMESTAMP '2024-04-02' AND e."at" < TIMESTAMP '2024-07-01'
        GROUP BY 1 ORDER BY 1"""),
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


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def eq_resident_after_load(folder):
    """Resident memory of an eq process holding both tables, once the load is over (piped mode)."""
    process = subprocess.Popen([EQ, "--format", "csv"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    process.stdin.write(f'load users from "{folder}/users.csv"\nload events from "{folder}/events.csv"\n'
                        "users | count\nusers | count\n")
    process.stdin.flush()
    process.stdout.readline()
    process.stdout.readline()
    rss = resident_mb(process.pid)
    process.stdin.close()
    process.wait()
    return rss


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
with open("/proc/self/status") as status:
    rss = [int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:")][0]
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
print(rss)
'''


def run_duckdb(folder):
    out = subprocess.run([sys.executable, "-c", DUCK, folder, str(RUNS)] + [q[2] for q in QUERIES],
                         capture_output=True, text=True, check=True).stdout.split()
    values = [float(v) for v in out]
    return values[0], values[1:1 + len(QUERIES)], values[-2], values[-1]


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
    sizes = [int(arg) for arg in sys.argv[1:]] or [1_000_000, 10_000_000]
    cores = os.cpu_count()
    print(f"eq vs DuckDB {__import__('duckdb').__version__}, {cores} cores, median of {RUNS} warm runs\n")
    for users in sizes:
        folder = generate(users)
        eq_load, eq_times = run_eq(folder)
        duck_load, duck_times, raw_bytes, duck_resident = run_duckdb(folder)
        eq_resident = eq_resident_after_load(folder)
        eq_rss = measure_rss([EQ, "-c", f'load users from "{folder}/users.csv"; load events from "{folder}/events.csv"'])
        duck_rss = measure_rss([sys.executable, "-c", DUCK, folder, "1"] + [q[2] for q in QUERIES])
        print(f"### {users:,} users, {users * 10:,} events (raw column bytes {raw_bytes / 2**20:,.0f} MB)\n")
        print("| measure | eq | DuckDB | eq / DuckDB |")
        print("|---|---:|---:|---:|")
        print(f"| load users.csv + events.csv | {fmt(eq_load)} | {fmt(duck_load)} | {eq_load / duck_load:.2f}x |")
        for (label, _, _), eq_time, duck_time in zip(QUERIES, eq_times, duck_times):
            cell = label.replace("|", "\\|")
            print(f"| `{cell}` | {fmt(eq_time)} | {fmt(duck_time)} | {eq_time / duck_time:.2f}x |")
        raw_mb = raw_bytes / 2**20
        print(f"| resident memory after load | {eq_resident:,.0f} MB ({eq_resident / raw_mb:.2f}x raw) | {duck_resident:,.0f} MB ({duck_resident / raw_mb:.2f}x raw) | {eq_resident / duck_resident:.2f}x |")
        print(f"| peak RSS while loading | {eq_rss:,.0f} MB ({eq_rss / raw_mb:.2f}x raw) | {duck_rss:,.0f} MB ({duck_rss / raw_mb:.2f}x raw) | {eq_rss / duck_rss:.2f}x |")
        print()


if __name__ == "__main__":
    main()

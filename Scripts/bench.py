"""eq beside DuckDB and Polars on the same generated files (issue 13), writing BENCHMARKS.md.

Run through Scripts/bench, which builds eq in release mode, makes the venv with the pinned DuckDB and
Polars and compiles Scripts/membw.c. Per size: the three tools load the same CSV files and stay
loaded; one verification round runs every query in each and compares the answers (the run stops
when they differ); then RUNS timed rounds interleave the tools query by query, and the medians are
reported. eq's time is its own `--timer` (the statement's wall time inside eq); DuckDB's and
Polars' are measured around `execute().fetchall()` and `collect()` in their worker process.

Beside the table: load time, resident memory after load and peak while loading (VmRSS and VmHWM of
each process), eq's snapshot save and reopen (when eq has them), eq alone at an intermediate size
for the scaling rows and with one thread, the machine, and the goals of issue 13, met or not.

Invoked as a worker (`bench.py --worker duckdb|polars FOLDER`) it serves one tool over a JSON-lines
pipe, so every tool's memory is its own process's.
"""
import csv, datetime, json, math, os, platform, re, shutil, statistics, subprocess, sys, time, traceback

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
EQ = os.environ.get("EQ_BENCH_BIN", os.path.join(ROOT, ".build/release/eq"))
MEMBW = os.path.join(ROOT, ".build/membw")
DATA = os.environ.get("EQ_BENCH_DATA", os.path.join(ROOT, "bench-data"))
RUNS = int(os.environ.get("EQ_BENCH_RUNS", "5"))
TODAY = "2024-06-30"
FULL_SIZES = [1_000_000, 10_000_000]
QUICK_SIZES = [100_000]
GOAL_SIZE = 10_000_000  # the users count the absolute goals are stated for

# Users' status, as eq defines it with today = 2024-06-30: active under 45 days since the last
# login, at_risk under 90, inactive otherwise or never.
DAYS = "DATE '2024-06-30' - CAST(last_login_at AS DATE)"
STATUS = f"""CASE WHEN last_login_at IS NULL THEN 'inactive' WHEN {DAYS} < 45 THEN 'active'
                  WHEN {DAYS} < 90 THEN 'at_risk' ELSE 'inactive' END"""


class Query:
    """One benchmark query: eq's statement, DuckDB's SQL, the name of the Polars function below,
    how answers compare, the columns it must read (for the memory-bandwidth limit), the issue's goal
    at 10M users in ms (None: no absolute goal), and a note on semantics when the tools differ."""

    def __init__(self, label, eq, sql, polars, kind, columns, goal=None, note=None):
        self.label, self.eq, self.sql, self.polars = label, eq, sql, polars
        self.kind, self.columns, self.goal, self.note = kind, columns, goal, note


EVENT_COLUMNS = [("events", "user_id"), ("events", "at"), ("events", "type")]

QUERIES = [
    Query("at_risk students since 2024-01 | count",
          "users where status = at_risk and role = student since 2024-01 | count",
          f"""SELECT count(*) FROM users WHERE last_login_at IS NOT NULL AND {DAYS} >= 45 AND {DAYS} < 90
              AND role = 'student' AND joined_at >= DATE '2024-01-01'""",
          "at_risk_students", "count", [("users", "last_login_at"), ("users", "role"), ("users", "joined_at")]),
    Query("count by status",
          "users | count by status",
          f"SELECT {STATUS} AS status, count(*) FROM users GROUP BY 1 ORDER BY 1",
          "count_by_status", "groups", [("users", "last_login_at")], goal=10),
    Query("count by cohort, status",
          "users | count by cohort, status",
          f"SELECT strftime(joined_at, '%Y-%m') AS cohort, {STATUS} AS status, count(*) FROM users GROUP BY 1, 2 ORDER BY 1, 2",
          "count_by_cohort_status", "groups", [("users", "joined_at"), ("users", "last_login_at")], goal=14),
    Query("active US | top 100 by score",
          'users where status = active and country = "US" | top 100 by score | show id, email, score',
          f"""SELECT id, email, score FROM users WHERE {DAYS} < 45 AND country = 'US'
              ORDER BY score DESC NULLS LAST, id LIMIT 100""",
          "top_active_us", "rows", [("users", "last_login_at"), ("users", "country"), ("users", "score")], goal=18),
    Query('email ends with "@example.org" or name contains "ann" | count',
          'users where email ends with "@example.org" or name contains "ann" | count',
          "SELECT count(*) FROM users WHERE email ILIKE '%@example.org' OR name ILIKE '%ann%'",
          "string_conditions", "count", [("users", "email"), ("users", "name")], goal=90,
          note="case-insensitive in all three: eq maps each code point to its simple lower case, DuckDB "
               "runs ILIKE, Polars a `(?i)` regex (Unicode simple case folding). For these two patterns "
               "the three agree on any text (and the run checks that they answer alike); they would "
               "differ for a pattern with s or σ, which folding also matches to ſ or ς, and Polars has "
               "no per-code-point lower-casing (`str.to_lowercase` is the full mapping: İ becomes two "
               "code points)"),
    Query("export inactive opt-in users (email, name) to CSV",
          'users where status = inactive and email_opt_in | export "{out}/eq.csv" (email, name) overwrite',
          f"""COPY (SELECT email, name FROM users WHERE (last_login_at IS NULL OR {DAYS} >= 90) AND email_opt_in)
              TO '{{out}}/duckdb.csv' (HEADER)""",
          "export_inactive", "export", [("users", "last_login_at"), ("users", "email_opt_in")], goal=150,
          note="eq writes through its atomic file (temporary file, fsync, rename) and guards cells "
               "starting with = + - @ against spreadsheet formulas; DuckDB's COPY and Polars' "
               "sink_csv write in place without fsync. The answers compare the files' rows"),
    Query("did login >= 3 times between 2024-06-01 and 2024-06-30, students | count",
          "users where did login at least 3 times between 2024-06-01 and 2024-06-30 and role = student | count",
          """SELECT count(*) FROM users WHERE role = 'student' AND id IN (
                 SELECT user_id FROM events WHERE type = 'login'
                   AND "at" >= TIMESTAMP '2024-06-01' AND "at" < TIMESTAMP '2024-07-01'
                 GROUP BY user_id HAVING count(*) >= 3)""",
          "logins_june", "count", EVENT_COLUMNS + [("users", "role")], goal=120),
    Query("not did purchase since 2024-01 | count",
          "users where not did purchase since 2024-01 | count",
          """SELECT count(*) FROM users u WHERE NOT EXISTS (
                 SELECT 1 FROM events e WHERE e.user_id = u.id AND type = 'purchase'
                   AND "at" >= TIMESTAMP '2024-01-01')""",
          "no_purchase", "count", EVENT_COLUMNS),
    Query("did email_click, did not apply last 14 days | count",
          "users where did email_click last 14 days and did not apply last 14 days | count",
          """SELECT count(*) FROM users u WHERE EXISTS (
                 SELECT 1 FROM events e WHERE e.user_id = u.id AND type = 'email_click'
                   AND "at" >= TIMESTAMP '2024-06-17' AND "at" < TIMESTAMP '2024-07-01')
               AND NOT EXISTS (
                 SELECT 1 FROM events e WHERE e.user_id = u.id AND type = 'apply'
                   AND "at" >= TIMESTAMP '2024-06-17' AND "at" < TIMESTAMP '2024-07-01')""",
          "click_not_apply", "count", EVENT_COLUMNS),
    Query("first login before 2024-03, last purchase since 2024-05 | count",
          "users where first login before 2024-03 and last purchase since 2024-05 | count",
          """SELECT count(*) FROM users u
             WHERE u.id IN (SELECT user_id FROM events WHERE type = 'login' GROUP BY user_id
                            HAVING min("at") < TIMESTAMP '2024-03-01')
               AND u.id IN (SELECT user_id FROM events WHERE type = 'purchase' GROUP BY user_id
                            HAVING max("at") >= TIMESTAMP '2024-05-01')""",
          "first_last", "count", EVENT_COLUMNS),
    Query("retention monthly since 2021-01",
          "retention monthly since 2021-01",
          """WITH u AS (SELECT id, date_trunc('month', joined_at) AS c FROM users
                   WHERE joined_at >= DATE '2021-01-01' AND joined_at < DATE '2024-07-01'),
             l AS (SELECT DISTINCT user_id, date_trunc('month', "at") AS m FROM events
                   WHERE type = 'login' AND "at" >= TIMESTAMP '2021-01-01' AND "at" < TIMESTAMP '2024-07-01')
             SELECT strftime(u.c, '%Y-%m') AS cohort, date_diff('month', u.c, l.m) AS k, count(*) AS users
             FROM u JOIN l ON l.user_id = u.id WHERE l.m >= u.c GROUP BY 1, 2 ORDER BY 1, 2""",
          "retention", "retention", EVENT_COLUMNS + [("users", "joined_at")], goal=1500,
          note="eq prints the matrix of rates; DuckDB and Polars the long form (cohort, month, users), "
               "compared as users = rate x cohort size"),
    Query("active users daily last 90 days",
          "active users daily last 90 days",
          """SELECT CAST(e."at" AS DATE) AS day, count(DISTINCT e.user_id) AS active_users
             FROM events e SEMI JOIN users u ON u.id = e.user_id
             WHERE e.type = 'login' AND e."at" >= TIMESTAMP '2024-04-02' AND e."at" < TIMESTAMP '2024-07-01'
             GROUP BY 1 ORDER BY 1""",
          "active_daily", "groups", EVENT_COLUMNS),
]

LOAD_GOAL_S = 10.0       # load users.csv + events.csv at 10M users
REOPEN_GOAL_S = 1.0      # reopen a snapshot of 10M users
RSS_AFTER_GOAL = 1.2     # x raw column bytes
RSS_LOADING_GOAL = 1.4
GEOMEAN_GOAL = 0.5       # eq / faster peer, geometric mean over the queries


# ----------------------------------------------------------------------------------------------------
# Workers: DuckDB and Polars, each in its own process.

def polars_queries(pl, users, events, out):
    """The Polars equivalents, lazy API, as an analyst would write them."""
    from datetime import date, datetime
    days = (pl.lit(date(2024, 6, 30)) - pl.col("last_login_at").dt.date()).dt.total_days()
    status = (pl.when(pl.col("last_login_at").is_null()).then(pl.lit("inactive"))
              .when(days < 45).then(pl.lit("active"))
              .when(days < 90).then(pl.lit("at_risk"))
              .otherwise(pl.lit("inactive")))
    u, e = users.lazy(), events.lazy()

    def between(start, end):
        return (pl.col("at") >= datetime.fromisoformat(start)) & (pl.col("at") < datetime.fromisoformat(end))

    def of_type(name):
        return pl.col("type") == name

    def count(frame):
        return frame.select(pl.len()).collect().item()

    def at_risk_students():
        return count(u.filter(pl.col("last_login_at").is_not_null() & (days >= 45) & (days < 90)
                              & (pl.col("role") == "student") & (pl.col("joined_at") >= date(2024, 1, 1))))

    def count_by_status():
        return u.group_by(status.alias("status")).agg(pl.len()).sort("status").collect().rows()

    def count_by_cohort_status():
        return (u.group_by(pl.col("joined_at").dt.truncate("1mo").alias("month"), status.alias("status"))
                .agg(pl.len()).sort("month", "status")
                .select(pl.col("month").dt.strftime("%Y-%m"), "status", "len").collect().rows())

    def top_active_us():
        return (u.filter((days < 45) & (pl.col("country") == "US"))
                .sort(["score", "id"], descending=[True, False], nulls_last=True).head(100)
                .select("id", "email", "score").collect().rows())

    def string_conditions():
        return count(u.filter(pl.col("email").str.contains(r"(?i)@example\.org$")
                              | pl.col("name").str.contains("(?i)ann")))

    def export_inactive():
        (u.filter((pl.col("last_login_at").is_null() | (days >= 90)) & pl.col("email_opt_in"))
         .select("email", "name").sink_csv(f"{out}/polars.csv"))
        return None

    def logins_june():
        logins = (e.filter(of_type("login") & between("2024-06-01", "2024-07-01"))
                  .group_by("user_id").agg(pl.len().alias("n")).filter(pl.col("n") >= 3))
        return count(u.filter(pl.col("role") == "student").join(logins, left_on="id", right_on="user_id", how="semi"))

    def no_purchase():
        purchases = e.filter(of_type("purchase") & (pl.col("at") >= datetime(2024, 1, 1))).select("user_id")
        return count(u.join(purchases, left_on="id", right_on="user_id", how="anti"))

    def click_not_apply():
        window = between("2024-06-17", "2024-07-01")
        clicks = e.filter(of_type("email_click") & window).select("user_id")
        applies = e.filter(of_type("apply") & window).select("user_id")
        return count(u.join(clicks, left_on="id", right_on="user_id", how="semi")
                     .join(applies, left_on="id", right_on="user_id", how="anti"))

    def first_last():
        first = (e.filter(of_type("login")).group_by("user_id").agg(pl.col("at").min())
                 .filter(pl.col("at") < datetime(2024, 3, 1)))
        last = (e.filter(of_type("purchase")).group_by("user_id").agg(pl.col("at").max())
                .filter(pl.col("at") >= datetime(2024, 5, 1)))
        return count(u.join(first, left_on="id", right_on="user_id", how="semi")
                     .join(last, left_on="id", right_on="user_id", how="semi"))

    def retention():
        cohorts = (u.filter((pl.col("joined_at") >= date(2021, 1, 1)) & (pl.col("joined_at") < date(2024, 7, 1)))
                   .select("id", pl.col("joined_at").dt.truncate("1mo").alias("c")))
        months = (e.filter(of_type("login") & between("2021-01-01", "2024-07-01"))
                  .select("user_id", pl.col("at").dt.date().dt.truncate("1mo").alias("m")).unique())
        return (cohorts.join(months, left_on="id", right_on="user_id").filter(pl.col("m") >= pl.col("c"))
                .group_by("c", ((pl.col("m").dt.year() - pl.col("c").dt.year()) * 12
                                + pl.col("m").dt.month().cast(pl.Int32) - pl.col("c").dt.month().cast(pl.Int32)).alias("k"))
                .agg(pl.len()).sort("c", "k")
                .select(pl.col("c").dt.strftime("%Y-%m"), "k", "len").collect().rows())

    def active_daily():
        return (e.filter(of_type("login") & between("2024-04-02", "2024-07-01"))
                .join(u.select("id"), left_on="user_id", right_on="id", how="semi")
                .group_by(pl.col("at").dt.date().alias("day")).agg(pl.col("user_id").n_unique())
                .sort("day").collect().rows())

    return locals()


def process_memory():
    """(VmRSS, VmHWM) of this process in bytes."""
    return memory_of("self")


def memory_of(pid):
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) * 1024
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def jsonable(value):
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def worker(tool, folder):
    """Serves one tool: reads commands as JSON lines, answers one JSON line each."""
    out = os.path.join(folder, "out")
    reply = sys.stdout
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the protocol
    state = {}

    def load():
        if tool == "duckdb":
            import duckdb
            con = duckdb.connect()
            con.execute("SET enable_progress_bar = false")
            start = time.perf_counter()
            con.execute(f"CREATE TABLE users AS SELECT * FROM read_csv('{folder}/users.csv')")
            con.execute(f"CREATE TABLE events AS SELECT * FROM read_csv('{folder}/events.csv')")
            seconds = time.perf_counter() - start
            state["con"] = con
        else:
            import polars as pl
            start = time.perf_counter()
            # Dates parsed with their format after reading: Polars' own date inference (try_parse_dates,
            # or a Datetime in the schema) reads these files four to five times slower.
            stamp = "%Y-%m-%d %H:%M:%S"
            users = pl.read_csv(f"{folder}/users.csv",
                                schema_overrides={name: pl.Categorical for name in ("role", "country", "plan")})
            users = users.with_columns(pl.col("joined_at").str.to_date("%Y-%m-%d"),
                                       pl.col("last_login_at", "last_email_at").str.to_datetime(stamp))
            events = pl.read_csv(f"{folder}/events.csv",
                                 schema_overrides={"type": pl.Categorical, "channel": pl.Categorical})
            events = events.with_columns(pl.col("at").str.to_datetime(stamp))
            seconds = time.perf_counter() - start
            state["functions"] = polars_queries(pl, users, events, out)
        rss, hwm = process_memory()
        return {"seconds": seconds, "rss": rss, "hwm": hwm}

    def run(index):
        query = QUERIES[index]
        if tool == "duckdb":
            sql = query.sql.replace("{out}", out)
            start = time.perf_counter()
            rows = state["con"].execute(sql).fetchall()
            seconds = time.perf_counter() - start
            result = rows if query.kind != "count" else rows[0][0]
        else:
            function = state["functions"][query.polars]
            start = time.perf_counter()
            result = function()
            seconds = time.perf_counter() - start
        return {"seconds": seconds, "result": jsonable(result) if query.kind != "export" else None}

    def columns():
        """Bytes per column: raw (natural width) and touched (what a scan must read: 1-byte codes for
        columns of at most 256 distinct strings)."""
        con = state["con"]
        sizes = {}
        for table in ("users", "events"):
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            kinds = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                f"WHERE table_name = '{table}'").fetchall()
            for name, kind in kinds:
                if kind == "VARCHAR":
                    utf8, distinct = con.execute(f'SELECT coalesce(sum(strlen("{name}")), 0), '
                                                 f'approx_count_distinct("{name}") FROM {table}').fetchone()
                    raw, touched = utf8, (rows if distinct <= 256 else utf8)
                else:
                    width = {"BIGINT": 8, "DOUBLE": 8, "TIMESTAMP": 8, "DATE": 4, "BOOLEAN": 1,
                             "INTEGER": 4}.get(kind, 8)
                    raw = touched = width * rows
                sizes[f"{table}.{name}"] = {"raw": raw, "touched": touched}
        return sizes

    for line in sys.stdin:
        command = json.loads(line)
        try:
            if command["cmd"] == "load":
                answer = load()
            elif command["cmd"] == "run":
                answer = run(command["query"])
            elif command["cmd"] == "columns":
                answer = columns()
            elif command["cmd"] == "version":
                module = __import__(tool)
                answer = {"version": module.__version__}
            else:
                break
        except Exception:
            answer = {"error": traceback.format_exc()}
        reply.write(json.dumps(answer) + "\n")
        reply.flush()


# ----------------------------------------------------------------------------------------------------
# The parent: drives eq and the workers.

class BenchFailure(Exception):
    pass


class Worker:
    def __init__(self, tool, folder):
        self.name = {"duckdb": "DuckDB", "polars": "Polars"}[tool]
        self.process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker", tool, folder],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, **command):
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise BenchFailure(f"{self.name} worker ended unexpectedly (exit {self.process.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise BenchFailure(f"{self.name} failed on {command}:\n{answer['error']}")
        return answer

    def load(self):
        answer = self.ask(cmd="load")
        return answer["seconds"], answer["rss"], answer["hwm"]

    def run(self, index):
        answer = self.ask(cmd="run", query=index)
        return answer["seconds"], answer["result"]

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait()


class EqProcess:
    """One eq reading statements from a pipe (`--timer`, CSV): each statement ends with `;`, its
    `time:` line on standard error says it is done, and its output is what standard output (a file)
    grew by meanwhile."""

    name = "eq"
    started = 0

    def __init__(self, folder, threads=None):
        self.folder = folder
        env = dict(os.environ)
        argv = [EQ, "--timer", "--format", "csv", "--today", TODAY]
        if threads:
            env["EQ_THREADS"] = str(threads)
            if eq_has_threads_option():
                argv += ["--threads", str(threads)]
        os.makedirs(os.path.join(folder, "out"), exist_ok=True)
        EqProcess.started += 1
        path = os.path.join(folder, "out", f"eq-stdout-{os.getpid()}-{EqProcess.started}.txt")
        # eq appends to its own descriptor; this one only reads, so the two never share an offset.
        with open(path, "ab") as appended:
            self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=appended, stderr=subprocess.PIPE,
                                            text=True, env=env)
        self.output = open(path, "rb")

    def statement(self, text):
        """(seconds, standard output text, notes on standard error); BenchFailure when eq fails."""
        before = os.fstat(self.output.fileno()).st_size
        try:
            self.process.stdin.write(text + ";\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            pass
        notes = []
        while True:
            line = self.process.stderr.readline()
            if not line:
                rest = "".join(notes)
                raise BenchFailure(f"eq failed on `{text}` (exit {self.process.wait()}):\n{rest}")
            if line.startswith("time:"):
                break
            notes.append(line)
        after = os.fstat(self.output.fileno()).st_size
        self.output.seek(before)
        text_out = self.output.read(after - before).decode("utf-8")
        return parse_time(line), text_out, notes

    def load(self):
        seconds = 0.0
        for table in ("users", "events"):
            seconds += self.statement(f'load {table} from "{self.folder}/{table}.csv"')[0]
        rss, hwm = memory_of(self.process.pid)
        return seconds, rss, hwm

    def run(self, index):
        query = QUERIES[index]
        seconds, text, _ = self.statement(query.eq.replace("{out}", os.path.join(self.folder, "out")))
        return seconds, text

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait()
        self.output.close()
        os.unlink(self.output.name)


def parse_time(line):
    match = re.match(r"time: ([0-9.]+) (ms|s)", line)
    if not match:
        raise BenchFailure(f"cannot read eq's timer line {line!r}")
    value, unit = match.groups()
    return float(value) / (1000 if unit == "ms" else 1)


_threads_option = None


def eq_has_threads_option():
    global _threads_option
    if _threads_option is None:
        help_text = subprocess.run([EQ, "--help"], capture_output=True, text=True).stdout
        _threads_option = "--threads" in help_text
    return _threads_option


# ----------------------------------------------------------------------------------------------------
# Answers: each tool's result reduced to one comparable value.

def cell(value):
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 9)
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    return value


def eq_rows(text):
    rows = list(csv.reader(text.strip("\n").splitlines()))
    return rows[1:] if rows else []  # the header


def unguard(value):
    """eq's export puts a ' before a cell that starts like a spreadsheet formula; the raw value."""
    if value.startswith("'") and len(value) > 1 and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def export_answer(path):
    """(row count, order-free digest of the rows): the files of 10M users hold millions of rows, so
    they are compared by a sum of row hashes, not kept."""
    import hashlib
    count, digest = 0, 0
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows, None)  # the header
        for row in rows:
            key = "\x1f".join(unguard(field) for field in row).encode("utf-8")
            digest = (digest + int.from_bytes(hashlib.blake2b(key, digest_size=16).digest(), "little")) % 2**128
            count += 1
    return ("rows", count, f"{digest:032x}")


def answer(query, tool, result, folder):
    kind = query.kind
    if kind == "export":
        return export_answer(os.path.join(folder, "out", {"eq": "eq", "DuckDB": "duckdb", "Polars": "polars"}[tool] + ".csv"))
    if tool == "eq":
        rows = eq_rows(result)
        if kind == "count":
            return cell(rows[0][0])
        if kind == "retention":
            users = {}
            for row in rows:
                cohort, size = row[0], int(row[1])
                for k, rate in enumerate(row[2:]):
                    if rate == "":
                        continue
                    exact = float(rate) * size
                    if abs(exact - round(exact)) > 1e-6 * max(size, 1):
                        raise BenchFailure(f"eq's retention rate {rate} of cohort {cohort} is not a whole number of users")
                    if round(exact):
                        users[(cohort, k)] = round(exact)
            return sorted(users.items())
        rows = [tuple(cell(value) for value in row) for row in rows]
    else:
        if kind == "count":
            return cell(result)
        if kind == "retention":
            return sorted(((row[0], int(row[1])), int(row[2])) for row in result if row[2])
        rows = [tuple(cell(value) for value in row) for row in result]
    if kind == "groups":
        return sorted(rows, key=lambda row: tuple((value is None, str(value)) for value in row))
    return rows


def describe(value):
    if isinstance(value, tuple) and value and value[0] == "rows":
        return f"{value[1]:,} rows, digest {value[2]}"
    if isinstance(value, list):
        return f"{len(value)} rows, first {value[:3]}"
    return repr(value)


def compare(query, answers):
    """Raises BenchFailure listing each tool's answer when they are not all equal."""
    reference_tool, reference = next(iter(answers.items()))
    for tool, value in answers.items():
        if value != reference:
            detail = "\n".join(f"  {name}: {describe(v)}" for name, v in answers.items())
            first = ""
            if isinstance(value, list) and isinstance(reference, list):
                missing = [row for row in reference if row not in value][:5]
                extra = [row for row in value if row not in reference][:5]
                first = f"\n  in {reference_tool}, not {tool}: {missing}\n  in {tool}, not {reference_tool}: {extra}"
            raise BenchFailure(f"different answers for `{query.label}`:\n{detail}{first}")


# ----------------------------------------------------------------------------------------------------
# Measuring.

def generate(users):
    folder = os.path.join(DATA, str(users))
    if not os.path.exists(os.path.join(folder, "events.csv")):
        need = users * 1000  # 560 bytes of CSV per user with 10 events, then a snapshot and the exports
        free = shutil.disk_usage(DATA).free
        if free < need:
            raise BenchFailure(f"generating {users:,} users needs about {need / 1e9:.1f} GB under {DATA}; "
                               f"{free / 1e9:.1f} GB are free")
        print(f"generating {users:,} users ...", file=sys.stderr)
        start = time.perf_counter()
        # Into a side folder renamed when complete, so an interrupted run never leaves half a dataset.
        partial = folder + ".partial"
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([EQ, "gen", "--users", str(users), "--out", partial], check=True, stdout=subprocess.DEVNULL)
        os.rename(partial, folder)
        print(f"  {time.perf_counter() - start:.0f} s", file=sys.stderr)
    os.makedirs(os.path.join(folder, "out"), exist_ok=True)
    return folder


def csv_bytes(folder):
    return sum(os.path.getsize(os.path.join(folder, name)) for name in ("users.csv", "events.csv"))


def warm_page_cache(folder):
    """Reads the files once, so that no tool's load is the one that fetches them from disk."""
    for name in ("users.csv", "events.csv"):
        with open(os.path.join(folder, name), "rb") as handle:
            while handle.read(1 << 24):
                pass


def available_memory():
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


def rounds(tools, folder, progress, reference=None):
    """The verification round, then RUNS timed rounds, every tool run on each query before the next
    query (the order of the tools rotates by round). The first round's answers must agree among the
    tools and with `reference` (answers measured earlier, by tool name), else BenchFailure before any
    timing. Returns {tool: [median seconds per query]} and {tool: {query index: answer}}."""
    samples = {tool.name: [[] for _ in QUERIES] for tool in tools}
    answers = {tool.name: {} for tool in tools}
    for round_number in range(RUNS + 1):
        order = tools[round_number % len(tools):] + tools[:round_number % len(tools)]
        for index, query in enumerate(QUERIES):
            for tool in order:
                seconds, result = tool.run(index)
                if round_number == 0:
                    answers[tool.name][index] = answer(query, tool.name, result, folder)
                else:
                    samples[tool.name][index].append(seconds)
            if round_number == 0:
                together = {name: earlier[index] for name, earlier in (reference or {}).items()}
                together.update({tool.name: answers[tool.name][index] for tool in tools})
                compare(query, together)
        progress(f"round {round_number}/{RUNS} done" if round_number else "answers agree")
    medians = {name: [statistics.median(values) for values in per_query] for name, per_query in samples.items()}
    return medians, answers


def measure_size(users, folder, log):
    """Everything measured at one size with all three tools."""
    result = {"users": users, "folder": folder, "csv_bytes": csv_bytes(folder)}
    # Raw bytes are about 2/3 of the CSV; the three tools hold about 3.5x raw together, and the last
    # load's peak comes on top (Polars loads first, DuckDB last, to keep that peak low).
    need = result["csv_bytes"] * 0.67 * 5.5
    result["interleaved"] = available_memory() > need
    warm_page_cache(folder)
    names = ["eq", "DuckDB", "Polars"]
    loads, medians, answers = {}, {}, {}

    def start(name):
        return EqProcess(folder) if name == "eq" else Worker({"DuckDB": "duckdb", "Polars": "polars"}[name], folder)

    if result["interleaved"]:
        tools = [start(name) for name in names]
        try:
            for tool in sorted(tools, key=lambda tool: ["Polars", "eq", "DuckDB"].index(tool.name)):
                loads[tool.name] = tool.load()
                log(f"{tool.name} loaded in {loads[tool.name][0]:.2f} s")
            medians, answers = rounds(tools, folder, log)
            result["columns"] = tools[1].ask(cmd="columns")
            result["snapshot"] = save_snapshot(tools[0], folder, log)
        finally:
            for tool in tools:
                tool.close()
    else:
        log(f"not enough memory to hold the three tools at once ({available_memory() / 2**30:.1f} GiB "
            f"available, about {need / 2**30:.1f} GiB needed): one tool after another, each checked "
            "against eq's answers before its timed runs")
        for name in names:
            tool = start(name)
            try:
                loads[name] = tool.load()
                log(f"{name} loaded in {loads[name][0]:.2f} s")
                tool_medians, tool_answers = rounds([tool], folder, log, reference={"eq": answers["eq"]} if answers else None)
                medians.update(tool_medians)
                answers.update(tool_answers)
                if name == "eq":
                    result["snapshot"] = save_snapshot(tool, folder, log)
                if name == "DuckDB":
                    result["columns"] = tool.ask(cmd="columns")
            finally:
                tool.close()
    result["loads"], result["medians"], result["eq_answers"] = loads, medians, answers["eq"]
    result["reopen"] = reopen_snapshot(result["snapshot"], log)
    return result


def save_snapshot(eq, folder, log):
    """`save snapshot` in the eq that holds the data, with the counts a reopen must give; None when
    this eq has no snapshots (it rejects the statement, and stops)."""
    path = os.path.join(folder, "out", "bench.eqsnap")
    if os.path.exists(path):
        os.unlink(path)
    counts = [int(eq_rows(eq.statement(f"{table} | count")[1])[0][0]) for table in ("users", "events")]
    try:
        seconds, _, _ = eq.statement(f'save snapshot "{path}"')
    except BenchFailure as failure:
        log("snapshot: not available (" + " ".join(str(failure).split("\n")[1:3]).strip() + ")")
        return None
    size = os.path.getsize(path) if os.path.exists(path) else 0
    log(f"snapshot saved in {seconds:.2f} s ({size / 2**20:,.0f} MB)")
    return {"path": path, "save": seconds, "bytes": size, "counts": counts}


def reopen_snapshot(snapshot, log):
    """Wall time and peak RSS of a whole `eq --data X.eqsnap` process answering the two counts, which
    must be those of the data saved."""
    if snapshot is None:
        return None
    with open(snapshot["path"] + ".out", "w+") as out, open(snapshot["path"] + ".err", "w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen([EQ, "--data", snapshot["path"], "--format", "csv", "-c", "users | count; events | count"],
                                   stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read().strip()
    for suffix in (".out", ".err", ""):
        os.unlink(snapshot["path"] + suffix)
    if process.returncode != 0:
        log(f"snapshot reopen failed: {errors}")
        return {"error": errors.splitlines()[0] if errors else f"exit {process.returncode}"}
    counts = [int(line) for line in output.split() if line.isdigit()]
    if counts != snapshot["counts"]:
        raise BenchFailure(f"the reopened snapshot counts users and events as {counts}, the data saved {snapshot['counts']}")
    log(f"snapshot reopened in {seconds:.2f} s")
    return {"seconds": seconds, "peak": usage.ru_maxrss * 1024}


def eq_only(folder, log, threads=None):
    """eq alone: load and the rounds, for the scaling and threads rows."""
    warm_page_cache(folder)
    eq = EqProcess(folder, threads=threads)
    try:
        load = eq.load()
        log(f"eq loaded in {load[0]:.2f} s")
        medians, answers = rounds([eq], folder, log)
    finally:
        eq.close()
    return {"load": load, "medians": medians["eq"], "answers": answers["eq"]}


# ----------------------------------------------------------------------------------------------------
# Reporting.

def fmt_time(seconds):
    if seconds is None:
        return "—"
    if seconds < 0.1:
        return f"{seconds * 1000:.1f} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def short_count(users):
    """1M, 3M, 300k."""
    if users >= 1_000_000 and users % 100_000 == 0:
        return f"{users / 1_000_000:g}M"
    return f"{users / 1000:g}k"


def fmt_mb(value):
    return f"{value / 2**20:,.0f} MB"


def cell_text(text):
    return text.replace("|", "\\|")


def geomean(values):
    values = [value for value in values if value > 0]
    return math.exp(sum(math.log(value) for value in values) / len(values)) if values else float("nan")


def touched_bytes(query, columns, index, result):
    total = sum(columns[f"{table}.{name}"]["touched"] for table, name in query.columns)
    if query.kind == "export":
        file_bytes = os.path.getsize(os.path.join(result["folder"], "out", "eq.csv"))
        total += 2 * file_bytes  # the selected cells read once and the file written once
    return total


def machine():
    def first(path, key):
        try:
            with open(path) as handle:
                for line in handle:
                    if line.startswith(key):
                        return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip().strip('"')
        except OSError:
            pass
        return "unknown"
    memory = first("/proc/meminfo", "MemTotal")
    gib = int(memory.split()[0]) / 2**20 if memory != "unknown" else float("nan")
    def output(argv):
        try:
            done = subprocess.run(argv, capture_output=True, text=True)
            return (done.stdout or done.stderr).strip()
        except OSError:
            return ""
    swift_line = output(["swift", "--version"]).splitlines()
    commit = output(["git", "-C", ROOT, "describe", "--always", "--dirty"])
    return {"cpu": first("/proc/cpuinfo", "model name"), "cores": os.cpu_count(), "ram": f"{gib:.0f} GiB",
            "kernel": platform.release(), "os": first("/etc/os-release", "PRETTY_NAME"),
            "swift": swift_line[0] if swift_line else "unknown", "commit": commit or "unknown",
            "python": platform.python_version(), "load": os.getloadavg()}


def bandwidth():
    """Read bandwidth in bytes per second: (one thread, all cores)."""
    if not os.path.exists(MEMBW):
        return None
    size = "1024" if available_memory() > 4 * 2**30 else "256"
    values = []
    for threads in (1, os.cpu_count() or 1):
        out = subprocess.run([MEMBW, size, str(threads)], capture_output=True, text=True, check=True).stdout
        values.append(float(out.strip()) * 1e9)
    return tuple(values)


def verdict(ok):
    return "**yes**" if ok else "no"


def section(results, scaling, threads, bw, info, versions, command, started, elapsed):
    lines = []
    add = lines.append
    sizes = [result["users"] for result in results]
    add(f"## Latest run: {started:%Y-%m-%d}\n")
    add(f"Produced by `{command}` on {started:%Y-%m-%d %H:%M} UTC in {elapsed / 60:.0f} min.\n")
    add(f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}, kernel {info['kernel']}; "
        f"load average at the start {info['load'][0]:.2f} / {info['load'][1]:.2f} / {info['load'][2]:.2f}.")
    add(f"- eq {info['commit']} (release build, {info['swift']}); DuckDB {versions['DuckDB']} and "
        f"Polars {versions['Polars']} from PyPI in a venv (Python {info['python']}).")
    if bw:
        add(f"- Memory read bandwidth (Scripts/membw.c, best of 7 passes over 1 GiB): "
            f"{bw[1] / 1e9:.1f} GB/s on {info['cores']} threads, {bw[0] / 1e9:.1f} GB/s on one.")
    modes = {result["interleaved"] for result in results}
    how = ("the three tools loaded side by side, the queries interleaved (eq, DuckDB, Polars on each query, "
           "the order rotating by round)") if modes == {True} else (
           "one tool after another where memory did not allow all three at once (see each size)")
    add(f"- Method: {how}; a first round checks that the three return the same answer (row counts and values) "
        f"and the run stops if not; then the median of {RUNS} warm runs. eq's time is its `--timer`; "
        "DuckDB's is `execute().fetchall()` and Polars' `collect()` in their own process (Scripts/bench.py "
        "holds the SQL and the Polars code beside each eq statement).")
    add(f"- Answers: all {len(QUERIES)} queries returned the same answer in eq, DuckDB and Polars at "
        + ", ".join(f"{size:,}" for size in sizes) + " users, and eq on one thread the same as on all cores.")
    add("- *limit*: the bytes the query must read (each named column in full at its narrowest width: 8 per "
        "integer or timestamp, 4 per date, 1 per boolean or dictionary code of a column with at most 256 "
        "distinct strings, the UTF-8 bytes of other strings; an export adds its file read once and written "
        "once) divided by the read bandwidth on all cores. *eq / limit* is how far eq is from it.")
    add("- *goal*: issue 13's target at 10M users; at other sizes scaled in proportion to the users, shown "
        "in parentheses and judged the same way. Raw column bytes: the data at its natural width "
        "(strings at their UTF-8 length).")
    add("")
    for result in results:
        users = result["users"]
        columns = result["columns"]
        raw = sum(value["raw"] for value in columns.values())
        result["raw"] = raw
        scale = users / GOAL_SIZE
        add(f"### {users:,} users, {users * 10:,} events\n")
        add(f"Raw column bytes {fmt_mb(raw)}; CSV files {fmt_mb(result['csv_bytes'])}."
            + ("" if result["interleaved"] else " Run one tool after another (not enough memory for all three)."))
        add("")
        add("| query | eq | DuckDB | Polars | eq / faster peer | limit | eq / limit | goal | met |")
        add("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        ratios = []
        result["rows"] = []
        for index, query in enumerate(QUERIES):
            eq_time = result["medians"]["eq"][index]
            peer = min(result["medians"]["DuckDB"][index], result["medians"]["Polars"][index])
            ratio = eq_time / peer
            ratios.append(ratio)
            limit = touched_bytes(query, columns, index, result) / bw[1] if bw else None
            goal = query.goal / 1000 * scale if query.goal else None
            met_goal = goal is None or eq_time <= goal
            met = ratio <= 1.0 and met_goal
            goal_text = "—" if goal is None else (fmt_time(goal) if users == GOAL_SIZE else f"({fmt_time(goal)})")
            result["rows"].append((query, eq_time, ratio, goal, met))
            add(f"| `{cell_text(query.label)}` | {fmt_time(eq_time)} | {fmt_time(result['medians']['DuckDB'][index])} | "
                f"{fmt_time(result['medians']['Polars'][index])} | {ratio:.2f}x | {fmt_time(limit)} | "
                + (f"{eq_time / limit:.1f}x" if limit else "—")
                + f" | {goal_text} | {verdict(met)} |")
        mean = geomean(ratios)
        result["geomean"] = mean
        add(f"| geometric mean, eq / faster peer | | | | {mean:.2f}x | | | <= {GEOMEAN_GOAL:.2f}x | {verdict(mean <= GEOMEAN_GOAL)} |")
        load = {name: values[0] for name, values in result["loads"].items()}
        load_goal = LOAD_GOAL_S * scale
        peer_load = min(load["DuckDB"], load["Polars"])
        add(f"| load users.csv + events.csv | {fmt_time(load['eq'])} | {fmt_time(load['DuckDB'])} | "
            f"{fmt_time(load['Polars'])} | {load['eq'] / peer_load:.2f}x | | | "
            + (fmt_time(load_goal) if users == GOAL_SIZE else f"({fmt_time(load_goal)})")
            + f" | {verdict(load['eq'] <= load_goal)} |")
        snapshot, reopen = result["snapshot"], result["reopen"]
        if snapshot is None:
            add("| eq: `save snapshot` | not available | | | | | | | |")
            add(f"| eq: reopen (`eq --data X.eqsnap`) | not available | | | | | | < 1 s | no |")
        else:
            add(f"| eq: `save snapshot` ({fmt_mb(snapshot['bytes'])}) | {fmt_time(snapshot['save'])} | | | | | | | |")
            if reopen and "seconds" in reopen:
                goal = REOPEN_GOAL_S if users == GOAL_SIZE else None
                add(f"| eq: reopen (`eq --data X.eqsnap`, whole process, peak {fmt_mb(reopen['peak'])}) | "
                    f"{fmt_time(reopen['seconds'])} | | | | | | < 1 s | {verdict(reopen['seconds'] < REOPEN_GOAL_S)} |")
            else:
                add(f"| eq: reopen (`eq --data X.eqsnap`) | failed: {cell_text(reopen['error'] if reopen else '?')} | | | | | | < 1 s | no |")
        rss = {name: values[1] for name, values in result["loads"].items()}
        hwm = {name: values[2] for name, values in result["loads"].items()}
        add("| resident memory after load | " + " | ".join(f"{fmt_mb(rss[n])} ({rss[n] / raw:.2f}x raw)" for n in ("eq", "DuckDB", "Polars"))
            + f" | | | | <= {RSS_AFTER_GOAL}x raw | {verdict(rss['eq'] <= RSS_AFTER_GOAL * raw)} |")
        add("| peak RSS while loading | " + " | ".join(f"{fmt_mb(hwm[n])} ({hwm[n] / raw:.2f}x raw)" for n in ("eq", "DuckDB", "Polars"))
            + f" | | | | <= {RSS_LOADING_GOAL}x raw | {verdict(hwm['eq'] <= RSS_LOADING_GOAL * raw)} |")
        add("")
        result["load_ok"] = load["eq"] <= load_goal
        result["rss_ok"] = rss["eq"] <= RSS_AFTER_GOAL * raw and hwm["eq"] <= RSS_LOADING_GOAL * raw
    # Scaling.
    scale_sizes = sorted(scaling)
    add("### Scaling: eq's time per query by users\n")
    add("Each step's ratio is (time growth) / (users growth): 1.00 is linear, under 1 better than linear. "
        "*Linear or better* allows 10% for noise.\n")
    header = " | ".join(f"{size:,}" for size in scale_sizes)
    steps = list(zip(scale_sizes, scale_sizes[1:]))
    step_header = " | ".join(f"{short_count(a)}→{short_count(b)}" for a, b in steps)
    add(f"| query | {header} | {step_header} | linear or better |")
    add("|---|" + "---:|" * (len(scale_sizes) + len(steps)) + "---|")
    scaling_ok = True
    for index, query in enumerate(QUERIES + [None]):
        if query is None:
            times = [scaling[size]["load"][0] for size in scale_sizes]
            label = "load users.csv + events.csv"
        else:
            times = [scaling[size]["medians"][index] for size in scale_sizes]
            label = f"`{cell_text(query.label)}`"
        growth = [(tb / ta) / (b / a) for (a, b), ta, tb in zip(steps, times, times[1:])]
        ok = all(value <= 1.10 for value in growth)
        scaling_ok = scaling_ok and ok
        add(f"| {label} | " + " | ".join(fmt_time(t) for t in times) + " | "
            + " | ".join(f"{value:.2f}" for value in growth) + f" | {verdict(ok)} |")
    add("")
    # Threads.
    cores = os.cpu_count() or 1
    for users, single in threads.items():
        add(f"### eq on 1 thread against {cores} at {users:,} users\n")
        add("`EQ_THREADS=1`" + (" and `--threads 1`" if eq_has_threads_option() else "")
            + f" against the run above ({cores} threads, all cores). The speed-up is time on 1 / time on {cores}.\n")
        add(f"| query | 1 thread | {cores} threads | speed-up |")
        add("|---|---:|---:|---:|")
        many = next(result for result in results if result["users"] == users)
        for index, query in enumerate(QUERIES):
            one, all_cores = single["medians"][index], many["medians"]["eq"][index]
            add(f"| `{cell_text(query.label)}` | {fmt_time(one)} | {fmt_time(all_cores)} | {one / all_cores:.2f}x |")
        one, all_cores = single["load"][0], many["loads"]["eq"][0]
        add(f"| load users.csv + events.csv | {fmt_time(one)} | {fmt_time(all_cores)} | {one / all_cores:.2f}x |")
        add("")
    # Goals.
    goal_result = next((r for r in results if r["users"] == GOAL_SIZE), results[-1])
    users = goal_result["users"]
    add(f"### Issue 13's goals at {users:,} users\n")
    if users != GOAL_SIZE:
        add(f"(No run at {GOAL_SIZE:,} users: the absolute goals are scaled to {users:,}.)\n")
    add("| goal | measured | met |")
    add("|---|---|---|")
    for query, eq_time, ratio, goal, met in goal_result["rows"]:
        if goal is not None:
            add(f"| `{cell_text(query.label)}` <= {fmt_time(goal)} and no slower than the faster peer | "
                f"{fmt_time(eq_time)}, {ratio:.2f}x the faster peer | {verdict(met)} |")
    slower = [query.label for query, _, ratio, _, _ in goal_result["rows"] if ratio > 1.0]
    add(f"| every query at least as fast as the faster peer | "
        + (f"slower on {len(slower)} of {len(QUERIES)}: " + ", ".join(f"`{cell_text(label)}`" for label in slower)
           if slower else f"all {len(QUERIES)}") + f" | {verdict(not slower)} |")
    add(f"| geometric mean at least 2x faster than the faster peer | {goal_result['geomean']:.2f}x | "
        f"{verdict(goal_result['geomean'] <= GEOMEAN_GOAL)} |")
    load_eq = goal_result["loads"]["eq"][0]
    add(f"| load <= {fmt_time(LOAD_GOAL_S * users / GOAL_SIZE)} | {fmt_time(load_eq)} | {verdict(goal_result['load_ok'])} |")
    reopen = goal_result["reopen"]
    reopen_text = "not available" if goal_result["snapshot"] is None else (
        fmt_time(reopen["seconds"]) if reopen and "seconds" in reopen else "failed")
    add(f"| reopen from a snapshot < 1 s | {reopen_text} | "
        f"{verdict(bool(reopen and 'seconds' in reopen and reopen['seconds'] < REOPEN_GOAL_S))} |")
    raw = goal_result["raw"]
    add(f"| peak RSS <= 1.2x raw after load, <= 1.4x while loading | "
        f"{goal_result['loads']['eq'][1] / raw:.2f}x, {goal_result['loads']['eq'][2] / raw:.2f}x | {verdict(goal_result['rss_ok'])} |")
    add(f"| time per query linear or better in users ({', '.join(f'{s:,}' for s in scale_sizes)}) | see Scaling | {verdict(scaling_ok)} |")
    add("")
    notes = [query for query in QUERIES if query.note]
    if notes:
        add("Notes on the queries:\n")
        for query in notes:
            add(f"- `{cell_text(query.label)}`: {query.note}.")
        add("")
    return "\n".join(lines)


BEGIN = "<!-- BEGIN Scripts/bench: everything up to END is rewritten by each run -->"
END = "<!-- END Scripts/bench -->"


def write_report(path, text):
    block = f"{BEGIN}\n{text}\n{END}\n"
    existing = open(path).read() if os.path.exists(path) else "# Benchmarks\n\n"
    if BEGIN in existing and END in existing:
        head, rest = existing.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        updated = head + block + ("\n" + tail if tail else "")
    else:
        first_line, _, rest = existing.partition("\n")
        updated = first_line + "\n\n" + block + "\n" + rest.lstrip("\n")
    with open(path + ".tmp", "w") as handle:
        handle.write(updated)
    os.replace(path + ".tmp", path)


def estimate(sizes, scaling_sizes, thread_sizes):
    """Minutes, from the 2026-11/12 figures on this machine when quiet, linear in users: per million
    users, about 35 s for the three tools' loads and rounds, 13 s for eq on one thread, 9 s for eq
    alone, and 20 s to generate files that are missing. A busy machine takes two to three times as long."""
    seconds = {}
    for users in sorted(set(sizes) | set(scaling_sizes)):
        millions = users / 1e6
        total = 0.0
        if users in sizes:
            total += 35 * millions + 5
        else:
            total += 9 * millions + 2
        if users in thread_sizes:
            total += 13 * millions + 2
        if not os.path.exists(os.path.join(DATA, str(users), "events.csv")):
            total += 20 * millions
        seconds[users] = total
    return seconds


def main():
    args = sys.argv[1:]
    if args[:1] == ["--worker"]:
        worker(args[1], args[2])
        return
    if any(arg in ("-h", "--help") for arg in args):
        print(__doc__)
        return
    quick = "--quick" in args
    out_path = None
    if "--out" in args:
        position = args.index("--out")
        out_path = args[position + 1]
        del args[position:position + 2]
    sizes = [arg.replace("_", "").replace(",", "") for arg in args if arg != "--quick"]
    if not all(size.isdigit() and int(size) > 0 for size in sizes):
        sys.exit("usage: Scripts/bench [--quick] [--out FILE] [USERS ...]   (USERS: counts such as 1000000)")
    sizes = [int(size) for size in sizes]
    sizes = sorted(set(sizes or (QUICK_SIZES if quick else FULL_SIZES)))
    if out_path is None:
        out_path = os.path.join(DATA, "BENCHMARKS.quick.md") if quick else os.path.join(ROOT, "BENCHMARKS.md")
    if RUNS < 5 and not quick:
        sys.exit(f"EQ_BENCH_RUNS={RUNS}: the report needs the median of at least 5 runs")
    smallest, largest = sizes[0], sizes[-1]
    extra = 3 * smallest if 3 * smallest < largest else max(1000, smallest * 3 // 10)
    scaling_sizes = sorted(set(sizes) | {extra})
    thread_sizes = sizes
    command = " ".join(["Scripts/bench"] + sys.argv[1:])
    os.makedirs(DATA, exist_ok=True)
    plan = estimate(sizes, scaling_sizes, thread_sizes)
    print(f"bench: sizes {', '.join(f'{s:,}' for s in sizes)} (scaling also at {extra:,}), {RUNS} timed runs; "
          f"estimated on a quiet machine: " + ", ".join(f"{users:,} users ~{seconds / 60:.1f} min" for users, seconds in plan.items())
          + f"; total ~{sum(plan.values()) / 60:.0f} min (two to three times that on a busy machine)", file=sys.stderr)
    started = datetime.datetime.now(datetime.timezone.utc)
    clock = time.perf_counter()

    def log(message):
        print(f"[{time.perf_counter() - clock:7.1f} s] {message}", file=sys.stderr)

    info = machine()
    bw = bandwidth()
    if bw:
        log(f"memory read bandwidth {bw[1] / 1e9:.1f} GB/s ({os.cpu_count()} threads), {bw[0] / 1e9:.1f} GB/s (1)")
    versions = {}
    for tool in ("duckdb", "polars"):
        probe = Worker(tool, DATA)
        versions[probe.name] = probe.ask(cmd="version")["version"]
        probe.close()
    try:
        results, scaling, threads = [], {}, {}
        for users in scaling_sizes:
            folder = generate(users)
            if users in sizes:
                log(f"{users:,} users: eq, DuckDB and Polars")
                result = measure_size(users, folder, log)
                result["folder"] = folder
                results.append(result)
                scaling[users] = {"load": result["loads"]["eq"], "medians": result["medians"]["eq"]}
                log(f"{users:,} users: eq on one thread")
                single = eq_only(folder, log, threads=1)
                for index, query in enumerate(QUERIES):
                    if single["answers"][index] != result["eq_answers"][index]:
                        raise BenchFailure(f"eq on one thread answers `{query.label}` differently: "
                                           f"{describe(single['answers'][index])} against {describe(result['eq_answers'][index])}")
                threads[users] = single
            else:
                log(f"{users:,} users: eq alone (scaling)")
                scaling[users] = eq_only(folder, log)
    except BenchFailure as failure:
        sys.exit(f"bench: FAILED: {failure}")
    elapsed = time.perf_counter() - clock
    text = section(results, scaling, threads, bw, info, versions, command, started, elapsed)
    print(text)
    write_report(out_path, text)
    log(f"wrote {os.path.relpath(out_path, ROOT)}")


if __name__ == "__main__":
    main()

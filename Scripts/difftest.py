#!/usr/bin/env python3
"""Differential and metamorphic tests of eq against DuckDB, on generated data and generated queries.

    Scripts/difftest.py [--eq .build/debug/eq] [--queries 2000] [--datasets 3] [--seed 20261201]
                        [--metamorphic 2000] [--rows 400] [--keep DIR]

For each seeded dataset (the last one hostile: nulls everywhere, empty strings, NFC and NFD spellings,
emoji, Int64 limits, boundary dates) it writes users.csv once, loads the same bytes into eq and into
DuckDB with the same explicit column types, generates queries over the core language (conditions,
derived columns, time clauses, aggregates, pipes), translates each to SQL, runs both, and compares the
results exactly (as multisets unless the query sorts).

The metamorphic part checks eq against itself: `where p`, `where not p` and `where (p) is null` count
to all rows for a seeded random condition p, and every query gives the same result at vector sizes 1,
3 and the default, with 1 thread and 2 (EQ_VECTOR_SIZE, EQ_THREADS).

Known defects and differences (Tests/Reliability/known-defects.txt, harness `difftest` or
`metamorphic`) are skipped and counted. Exits 1 on any unexplained difference, printing the query, the
SQL and both results; 0 otherwise. Needs the duckdb module (Scripts/test makes a venv for it).
"""
import argparse
import csv
import io
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date, datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = date(2024, 6, 30)
MARKER = "@@eq-difftest-marker@@"

# ---------------------------------------------------------------------------------------------------
# Known defects


def known_defects(harness):
    """The blocks of known-defects.txt that name `harness`, as (id, issue, compiled regex)."""
    path = os.path.join(ROOT, "Tests", "Reliability", "known-defects.txt")
    blocks, current = [], None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("[") and line.endswith("]"):
                current = {"id": line[1:-1]}
                blocks.append(current)
            elif current is not None and ":" in line:
                key, value = line.split(":", 1)
                current[key.strip()] = value.strip()
    result = []
    for block in blocks:
        harnesses = [h.strip() for h in block.get("harness", "").split(",")]
        if harness in harnesses and "matches" in block:
            result.append((block["id"], block.get("issue", ""), re.compile(block["matches"])))
    return result


def known(defects, text):
    for ident, _, pattern in defects:
        if pattern.search(text):
            return ident
    return None


# ---------------------------------------------------------------------------------------------------
# Data

ROLES = ["student", "alumni", "staff", "admin", "employer"]
COUNTRIES = ["US", "FR", "DE", "JP", "BR"]
NAMES = ["Anna", "Ben", "Chloé", "Dmitri", "Émile", "Zoë", "李雷", "O'Brien", "ann marie", "ANNA", "Bob, Jr.",
         'say "hi"', "tab\there", "  padded  "]
HOSTILE_NAMES = [
    "", " ", "e\u0301cole", "\u00e9cole", "Zoe\u0308", "Zo\u00eb", "👩‍👩‍👧", "🎉 party", "=1+2", "-3", "@home",
    "\u00e9", "e\u0301", "a\u0000b".replace("\u0000", ""), "line\nbreak", "semi;colon", "comma,inside",
    'quote"inside', "ß", "İstanbul", "ǅ", "x" * 300,
]
INT_LIMITS = [9223372036854775807, -9223372036854775807, -9223372036854775808, 0, -1, 1, 4611686018427387904]
BOUNDARY_DATES = [date(1970, 1, 1), date(1969, 12, 31), date(2000, 2, 29), date(2024, 2, 29), date(1900, 3, 1),
                  date(2024, 6, 30), date(2024, 7, 1), date(2024, 5, 16), date(2024, 4, 1), date(2024, 4, 2)]
# The first and last dates eq reads. Derived columns over data spanning them cost time in proportion
# to the span (RELIABILITY.md, "derived-columns-date-span"), minutes per run in a debug build, so only
# the long run (--extreme-dates) puts them in the hostile dataset.
EXTREME_DATES = [date(1, 1, 1), date(9999, 12, 31)]

USER_TYPES = [("id", "int", "BIGINT"), ("name", "string", "VARCHAR"), ("role", "string", "VARCHAR"),
              ("country", "string", "VARCHAR"), ("score", "int", "BIGINT"), ("amount", "double", "DOUBLE"),
              ("joined_at", "date", "DATE"), ("last_login_at", "timestamp", "TIMESTAMP"),
              ("email_opt_in", "bool", "BOOLEAN")]


def make_users(rng, rows, hostile, extreme=False):
    """Rows of users as Python values (None for null)."""
    boundary = BOUNDARY_DATES + (EXTREME_DATES if extreme else [])
    users = []
    null_share = 0.3 if hostile else (0.05 if rng.random() < 0.5 else 0.0)

    def maybe(value):
        return None if rng.random() < null_share else value

    for index in range(rows):
        name = rng.choice(HOSTILE_NAMES if hostile and rng.random() < 0.6 else NAMES)
        if hostile and rng.random() < 0.3:
            score = rng.choice(INT_LIMITS)
        else:
            score = rng.randint(-50, 1000)
        amount = round(rng.uniform(-100, 1000), rng.choice([0, 1, 2, 3]))
        if hostile and rng.random() < 0.2:
            amount = rng.choice([0.0, -0.0, 1e300, -1e300, 5e-324, 0.1, 1e15 + 0.5, 123456789.123456789])
        if hostile and rng.random() < 0.4:
            joined = rng.choice(boundary)
        else:
            joined = date(2022, 1, 1) + timedelta(days=rng.randint(0, 900))
        if rng.random() < 0.3 and hostile:
            login = datetime.combine(rng.choice(boundary), datetime.min.time()) + timedelta(
                seconds=rng.choice([0, 1, 86399]), microseconds=rng.choice([0, 1, 999999]))
        else:
            login = datetime(2024, 6, 30, 23, 59, 59) - timedelta(seconds=rng.randint(0, 200 * 86400))
        users.append({
            "id": index + 1 if not (hostile and index == rows - 1) else 9223372036854775807,
            "name": maybe(name),
            "role": maybe(rng.choice(ROLES + ([""] if hostile else []))),
            "country": maybe(rng.choice(COUNTRIES)),
            "score": maybe(score),
            "amount": maybe(amount),
            "joined_at": maybe(joined),
            "last_login_at": maybe(login),
            "email_opt_in": maybe(rng.random() < 0.6),
        })
    return users


def csv_cell(value):
    """The file's spelling of a value: an empty field for null, a quoted "" for an empty string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M:%S")
        if value.year < 1000:
            text = "%04d" % value.year + text[text.index("-"):]
        return text + (".%06d" % value.microsecond if value.microsecond else "")
    if isinstance(value, date):
        return "%04d-%02d-%02d" % (value.year, value.month, value.day)
    if isinstance(value, str):
        if value == "" or any(c in value for c in ',"\n\r') or value != value.strip():
            return '"' + value.replace('"', '""') + '"'
        return value
    return str(value)


def write_users(path, users):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(name for name, _, _ in USER_TYPES) + "\n")
        for user in users:
            handle.write(",".join(csv_cell(user[name]) for name, _, _ in USER_TYPES) + "\n")


# ---------------------------------------------------------------------------------------------------
# Queries: each generator returns (eq text, SQL text, ordered) over table `users`.

def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def eq_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


DAYS_SQL = "date_diff('day', CAST(last_login_at AS DATE), DATE '2024-06-30')"
DERIVED_SQL = {
    "status": f"(CASE WHEN last_login_at IS NULL THEN 'inactive' WHEN {DAYS_SQL} < 45 THEN 'active' "
              f"WHEN {DAYS_SQL} < 90 THEN 'at_risk' ELSE 'inactive' END)",
    "days_inactive": f"({DAYS_SQL})",
    "cohort": "strftime(joined_at, '%Y-%m')",
    "stage": f"(CASE WHEN last_login_at IS NULL THEN 'inactive_1m' WHEN {DAYS_SQL} < 1 THEN 'active' "
             f"WHEN {DAYS_SQL} < 7 THEN 'idle_1d' WHEN {DAYS_SQL} < 14 THEN 'inactive_1w' "
             f"WHEN {DAYS_SQL} < 21 THEN 'inactive_2w' WHEN {DAYS_SQL} < 30 THEN 'inactive_3w' ELSE 'inactive_1m' END)",
}


def column_sql(name):
    """Derived columns are materialised once per dataset in DuckDB (see duck_connect), so queries name
    them like stored ones; their definitions are DERIVED_SQL."""
    return name


def month_start(year, month):
    return date(year, month, 1)


def next_month(day):
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def all_of(left, right):
    return None if left is None or right is None else f"({left} and {right})"


def any_of(left, right):
    if left is None:
        return right
    return left if right is None else f"({left} or {right})"


class QueryGenerator:
    def __init__(self, rng, users):
        self.rng = rng
        self.names = sorted({u["name"] for u in users if u["name"] is not None})[:40] or ["x"]

    def pick(self, options):
        return self.rng.choice(options)

    def period(self):
        """A date or month literal: its eq text and its [start, end) as dates."""
        if self.rng.random() < 0.5:
            day = date(2022, 1, 1) + timedelta(days=self.rng.randint(0, 950))
            return day.isoformat(), day, day + timedelta(days=1)
        year, month = self.rng.choice([2022, 2023, 2024]), self.rng.randint(1, 12)
        start = month_start(year, month)
        return "%04d-%02d" % (year, month), start, next_month(start)

    def time_condition(self, column):
        kind = self.pick(["since", "before", "after", "between"])
        text, start, end = self.period()
        ts = column == "last_login_at"
        lit = (lambda d: f"TIMESTAMP '{d.isoformat()} 00:00:00'") if ts else (lambda d: f"DATE '{d.isoformat()}'")
        if kind == "since":
            return f"{column} since {text}", f"{column} >= {lit(start)}"
        if kind == "before":
            return f"{column} before {text}", f"{column} < {lit(start)}"
        if kind == "after":
            return f"{column} after {text}", f"{column} >= {lit(end)}"
        text2, start2, end2 = self.period()
        if start2 < start:
            text, start, end, text2, start2, end2 = text2, start2, end2, text, start, end
        return f"{column} between {text} and {text2}", f"({column} >= {lit(start)} AND {column} < {lit(end2)})"

    def comparison(self):
        choice = self.rng.randint(0, 13)
        op = self.pick(["=", "!=", "<", "<=", ">", ">="])
        if choice == 0:
            value = self.pick([0, 1, 500, -1, 999, 9223372036854775807, -9223372036854775807])
            return f"score {op} {value}", f"score {op} {value}", "score is null"
        if choice == 1:
            value = self.pick(["0.0", "12.5", "-3.25", "999.999", "100.0"])
            return f"amount {op} {value}", f"amount {op} {value}", "amount is null"
        if choice == 2:
            role = self.pick(ROLES)
            eq_op = self.pick(["=", "!="])
            return f"role {eq_op} {role}", f"role {eq_op} {sql_string(role)}", "role is null"
        if choice == 3:
            values = self.rng.sample(ROLES, self.rng.randint(1, 3))
            negated = self.rng.random() < 0.4
            return (f"role {'not ' if negated else ''}in ({', '.join(values)})",
                    f"role {'NOT ' if negated else ''}IN ({', '.join(sql_string(v) for v in values)})", "role is null")
        if choice == 4:
            name = self.pick(self.names)
            fragment = name[: self.rng.randint(1, max(1, min(4, len(name))))] if name else "a"
            match = self.pick([("contains", "contains"), ("starts with", "starts_with"), ("ends with", "ends_with")])
            negated = self.rng.random() < 0.3
            if match[1] == "ends_with":
                fragment = name[-self.rng.randint(1, max(1, min(4, len(name)))):] if name else "a"
            sql = f"{match[1]}(lower(name), lower({sql_string(fragment)}))"
            return (f"name {'not ' if negated else ''}{match[0]} {eq_string(fragment)}",
                    f"{'NOT ' if negated else ''}{sql}", "name is null")
        if choice == 5:
            column = self.pick(["score", "amount", "name", "role", "joined_at", "last_login_at", "email_opt_in"])
            negated = self.rng.random() < 0.5
            return (f"{column} is {'not ' if negated else ''}null", f"{column} IS {'NOT ' if negated else ''}NULL", None)
        if choice == 6:
            return "email_opt_in", "email_opt_in", "email_opt_in is null"
        if choice == 7:
            column = self.pick(["joined_at", "last_login_at"])
            return self.time_condition(column) + (f"{column} is null",)
        if choice == 8:
            status = self.pick(["active", "at_risk", "inactive"])
            return f"status = {status}", f"status = {sql_string(status)}", None
        if choice == 9:
            days = self.pick([0, 1, 30, 45, 89, 90, 200])
            return f"days_inactive {op} {days}", f"days_inactive {op} {days}", "days_inactive is null"
        if choice == 10:
            name = self.pick(self.names)
            eq_op = self.pick(["=", "!=", "<", ">="])
            return f"name {eq_op} {eq_string(name)}", f"name {eq_op} {sql_string(name)}", "name is null"
        if choice == 11:
            text, start, _ = self.period()
            return f"joined_at {op} {start.isoformat()}", f"joined_at {op} DATE '{start.isoformat()}'", "joined_at is null"
        if choice == 12:
            stage = self.pick(["active", "idle_1d", "inactive_1w", "inactive_2w", "inactive_3w", "inactive_1m"])
            return f"stage = {stage}", f"stage = {sql_string(stage)}", None
        country = self.pick(COUNTRIES)
        return f"country = {country}", f"country = {sql_string(country)}", "country is null"

    def condition(self, depth=0):
        """(eq text, SQL, eq condition true exactly where the condition is null, or None if never)."""
        roll = self.rng.random()
        if depth < 2 and roll < 0.25:
            (a, a_sql, a_null), (b, b_sql, b_null) = self.condition(depth + 1), self.condition(depth + 1)
            word = self.pick(["and", "or"])
            if word == "and":
                null = any_of(all_of(a_null, any_of(b, b_null)), all_of(a, b_null))
            else:
                null = any_of(all_of(a_null, any_of(f"not ({b})", b_null)), all_of(f"not ({a})", b_null))
            return f"({a} {word} {b})", f"({a_sql} {word.upper()} {b_sql})", null
        if depth < 3 and roll < 0.35:
            inner, inner_sql, inner_null = self.condition(depth + 1)
            return f"not ({inner})", f"NOT ({inner_sql})", inner_null
        return self.comparison()

    def query_level_time(self):
        kind = self.pick(["last", "since", "between"])
        if kind == "last":
            count, unit = self.rng.randint(1, 400), self.pick(["days", "weeks"])
            length = count * (7 if unit == "weeks" else 1)
            start = TODAY - timedelta(days=length - 1)
            return f"last {count} {unit}", f"joined_at >= DATE '{start}' AND joined_at < DATE '{TODAY + timedelta(days=1)}'"
        eq_text, sql = self.time_condition("joined_at")
        return eq_text.replace("joined_at ", "", 1), sql

    def query(self):
        """One query: (eq text, SQL, ordered)."""
        where_eq, where_sql = [], []
        for _ in range(self.rng.randint(0, 2)):
            text, sql, _ = self.condition()
            where_eq.append(f"where {text}")
            where_sql.append(f"({sql})")
        if self.rng.random() < 0.2:
            text, sql = self.query_level_time()
            where_eq.append(text)
            where_sql.append(f"({sql})")
        base_eq = "users" + "".join(" | " + part for part in where_eq)
        base_sql = "FROM users" + (" WHERE " + " AND ".join(where_sql) if where_sql else "")
        shape = self.rng.randint(0, 4)
        if shape <= 1:
            return self.aggregate(base_eq, base_sql)
        if shape == 2:
            columns = self.rng.sample(["id", "name", "role", "score", "amount", "joined_at", "last_login_at",
                                       "email_opt_in", "status", "days_inactive", "cohort", "stage"], self.rng.randint(1, 4))
            if "id" not in columns:
                columns.append("id")
            select = ", ".join(column_sql(c) for c in columns)
            return f"{base_eq} | show {', '.join(columns)}", f"SELECT {select} {base_sql}", False
        if shape == 3:
            key = self.pick(["score", "amount", "joined_at", "last_login_at", "name", "days_inactive"])
            direction = self.pick(["", " desc", " asc"])
            limit = self.rng.randint(0, 30)
            verb = self.pick(["sort", "top"])
            # `sort` is ascending unless `desc`, `top` descending unless `asc`; ties go by id, ascending.
            descending = direction == " desc" or (verb == "top" and direction != " asc")
            sql_dir = " DESC" if descending else " ASC"
            order = f"{column_sql(key)}{sql_dir} NULLS LAST, id ASC"
            if verb == "top":
                eq_text = f"{base_eq} | top {limit} by {key}{direction}, id asc | show id, {key}"
            else:
                eq_text = f"{base_eq} | sort by {key}{direction}, id | limit {limit} | show id, {key}"
            return eq_text, f"SELECT id, {column_sql(key)} {base_sql} ORDER BY {order} LIMIT {limit}", True
        return f"{base_eq} | count", f"SELECT count(*) {base_sql}", False

    def aggregate(self, base_eq, base_sql):
        calls_eq, calls_sql = ["count"], ["count(*)"]
        for _ in range(self.rng.randint(0, 3)):
            function = self.pick(["sum", "avg", "min", "max", "count distinct"])
            column = self.pick({"sum": ["score", "amount", "days_inactive"], "avg": ["score", "amount", "days_inactive"],
                                "min": ["score", "amount", "joined_at", "last_login_at", "name"],
                                "max": ["score", "amount", "joined_at", "last_login_at", "name"],
                                "count distinct": ["role", "name", "country", "score", "status"]}[function])
            if f"{function} {column}" in calls_eq:
                continue  # eq refuses two result columns of one name
            calls_eq.append(f"{function} {column}")
            if function == "count distinct":
                calls_sql.append(f"count(DISTINCT {column_sql(column)})")
            else:
                calls_sql.append(f"{function}({column_sql(column)})")
        keys = self.rng.sample(["role", "country", "status", "cohort", "email_opt_in", "stage"], self.rng.randint(0, 2))
        eq_text = f"{base_eq} | {', '.join(calls_eq)}" + (f" by {', '.join(keys)}" if keys else "")
        key_sql = [column_sql(k) for k in keys]
        sql = f"SELECT {', '.join(key_sql + calls_sql)} {base_sql}" + (f" GROUP BY {', '.join(key_sql)}" if keys else "")
        if keys and self.rng.random() < 0.4:
            threshold = self.rng.randint(1, 20)
            eq_text += f" | where count >= {threshold}"
            sql += f" HAVING count(*) >= {threshold}"
        return eq_text, sql, False


# ---------------------------------------------------------------------------------------------------
# Running

def load_statement(folder):
    types = ", ".join(f"{name} {eq_type}" for name, eq_type, _ in USER_TYPES)
    return (f'load users from {eq_string(os.path.join(folder, "users.csv"))} time joined_at with ({types})\n'
            f'load marker from {eq_string(os.path.join(folder, "marker.csv"))}\n'
            "set today = 2024-06-30\n")


def run_eq(eq, folder, queries, env_extra=None):
    """Each query's rows (dicts), or eq's error message (a string) for it, from one eq process.

    A marker query follows each query, so results stay aligned even when one fails; the failures are
    told apart from empty results by the line numbers of eq's diagnostics."""
    header = load_statement(folder)
    script = header + "".join(f"{q}\nmarker\n" for q in queries)
    path = os.path.join(folder, "queries.eq")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(script)
    env = dict(os.environ, NO_COLOR="1")
    env.update(env_extra or {})
    done = subprocess.run([eq, "--format", "ndjson", "--keep-going", "run", path], capture_output=True, env=env,
                          timeout=1800)
    out = done.stdout.decode("utf-8", "replace")
    errors = done.stderr.decode("utf-8", "replace")
    first_line = header.count("\n") + 1
    failed = {}
    for match in re.finditer(r"error: ([^\n]*)\n\s*--> " + re.escape(path) + r":(\d+):", errors):
        line = int(match.group(2))
        if line < first_line:
            raise SystemExit(f"difftest: eq could not load the dataset:\n{errors}")
        failed[(line - first_line) // 2] = match.group(1)
    chunks = out.split(json.dumps({"m": MARKER}, separators=(",", ":"), ensure_ascii=False) + "\n")
    results = []
    for index, chunk in enumerate(chunks[: len(queries)]):
        results.append(failed[index] if index in failed else [json.loads(line) for line in chunk.split("\n") if line.strip()])
    if len(chunks) - 1 < len(queries):
        raise SystemExit(f"difftest: eq stopped after {len(chunks) - 1} of {len(queries)} queries "
                         f"(exit {done.returncode}):\n{errors[-3000:]}")
    return results, errors, done.returncode


def normalise(value):
    """A comparable form: numbers as floats or ints, timestamps as text, booleans as bools."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return 0.0 if value == 0 else value
    if isinstance(value, (datetime,)):
        text = value.strftime("%Y-%m-%d %H:%M:%S") if value.year >= 1000 else "%04d" % value.year + value.strftime("-%m-%d %H:%M:%S")
        return text + (".%06d" % value.microsecond if value.microsecond else "")
    if isinstance(value, date):
        return "%04d-%02d-%02d" % (value.year, value.month, value.day)
    if hasattr(value, "as_tuple"):  # Decimal from a HUGEINT sum
        return int(value) if value == int(value) else float(value)
    return value


def values_equal(left, right):
    if isinstance(left, (int, float)) and isinstance(right, (int, float)) and not isinstance(left, bool) and not isinstance(right, bool):
        if isinstance(left, int) and isinstance(right, int):
            return left == right
        if math.isnan(float(left)) or math.isnan(float(right)):
            return math.isnan(float(left)) and math.isnan(float(right))
        # One unit in the last place: an average is the exact sum divided by the count, rounded once in
        # eq (a 128-bit sum) and by other steps in DuckDB, so the two may differ in the last bit (seen:
        # 6.725375443539945e17 against ...944e17 for 64 values near 2^63, where eq's is the correctly
        # rounded one). Anything larger is a real difference.
        a, b = float(left), float(right)
        return a == b or abs(a - b) <= math.ulp(max(abs(a), abs(b)))
    return left == right


def rows_equal(eq_rows, duck_rows, ordered):
    if len(eq_rows) != len(duck_rows):
        return False
    if not ordered:
        key = lambda row: json.dumps(row, sort_keys=True, default=str)
        eq_rows, duck_rows = sorted(eq_rows, key=key), sorted(duck_rows, key=key)
        if all(len(a) == len(b) and all(values_equal(x, y) for x, y in zip(a, b)) for a, b in zip(eq_rows, duck_rows)):
            return True
        # Sorting by text may pair rows differently when numbers print differently (1 vs 1.0): try the
        # multiset of normalised float forms.
        canon = lambda row: json.dumps([float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in row], default=str)
        return sorted(map(canon, eq_rows)) == sorted(map(canon, duck_rows))
    return all(len(a) == len(b) and all(values_equal(x, y) for x, y in zip(a, b)) for a, b in zip(eq_rows, duck_rows))


INT64 = (-(2 ** 63), 2 ** 63 - 1)


def same_up_to_summation_order(expected, actual):
    """Equal results, except that doubles may differ in their last bits: a sum of doubles depends on
    the order of addition, which changes with the vector size and the thread count (known difference
    `float-summation-order`). Everything else, integers and row order included, must be identical."""
    if isinstance(expected, str) or isinstance(actual, str) or len(expected) != len(actual):
        return expected == actual
    for left, right in zip(expected, actual):
        if list(left.keys()) != list(right.keys()):
            return False
        for key in left:
            a, b = left[key], right[key]
            if isinstance(a, float) and isinstance(b, float):
                if not (a == b or abs(a - b) <= 1e-12 * max(abs(a), abs(b))):
                    return False
            elif a != b:
                return False
    return True


def past_int64(duck_rows):
    """Whether DuckDB's answer holds an integer outside Int64: a HUGEINT sum, which eq must match
    exactly (it adds in 128 bits), counted so the report shows these were compared, not skipped."""
    return not isinstance(duck_rows, str) and any(
        isinstance(v, int) and not isinstance(v, bool) and not INT64[0] <= v <= INT64[1] for row in duck_rows for v in row)


def eq_row_values(row):
    return [normalise(row[key]) for key in row]


def duck_connect(folder):
    import duckdb
    con = duckdb.connect()
    columns = "{" + ", ".join(f"'{name}': '{duck}'" for name, _, duck in USER_TYPES) + "}"
    con.execute("SET threads = 1")
    con.execute(f"""CREATE TABLE stored AS SELECT * FROM read_csv('{os.path.join(folder, "users.csv")}',
        header = true, columns = {columns}, quote = '"', escape = '"', allow_quoted_nulls = false,
        auto_detect = false, delim = ',')""")
    derived = ", ".join(f"{sql} AS {name}" for name, sql in DERIVED_SQL.items())
    con.execute(f"CREATE TABLE users AS SELECT *, {derived} FROM stored")
    return con


STARTED = __import__("time").monotonic()


def progress(text):
    print(f"difftest [{__import__('time').monotonic() - STARTED:6.1f} s] {text}", file=sys.stderr, flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eq", default=os.path.join(ROOT, ".build", "debug", "eq"))
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--datasets", type=int, default=3)
    parser.add_argument("--rows", type=int, default=400)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--metamorphic", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--keep", help="write the datasets and scripts here and keep them")
    parser.add_argument("--extreme-dates", action="store_true", help="put 0001-01-01 and 9999-12-31 in the hostile data")
    args = parser.parse_args()
    try:
        import duckdb  # noqa: F401
    except ImportError:
        print("difftest: the duckdb module is missing (Scripts/test installs it in a venv)", file=sys.stderr)
        return 2
    diff_defects = known_defects("difftest")
    meta_defects = known_defects("metamorphic")
    failures, skipped, explained, compared = [], {}, {}, 0
    meta_failures, meta_checked = [], 0
    for dataset in range(args.datasets):
        seed = args.seed + dataset
        rng = random.Random(seed)
        hostile = dataset == args.datasets - 1
        users = make_users(rng, args.rows, hostile, args.extreme_dates)
        folder = args.keep and os.path.join(args.keep, f"dataset{dataset}") or tempfile.mkdtemp(prefix="eq-difftest-")
        os.makedirs(folder, exist_ok=True)
        write_users(os.path.join(folder, "users.csv"), users)
        with open(os.path.join(folder, "marker.csv"), "w") as handle:
            handle.write(f"m\n{MARKER}\n")
        con = duck_connect(folder)
        generator = QueryGenerator(rng, users)
        queries = [generator.query() for _ in range(args.queries)]
        runnable = []
        for eq_text, sql, ordered in queries:
            ident = known(diff_defects, eq_text + "\n" + sql + ("\nhostile" if hostile else ""))
            if ident:
                skipped[ident] = skipped.get(ident, 0) + 1
            else:
                runnable.append((eq_text, sql, ordered))
        label = f"dataset {dataset} (seed {seed}{', hostile' if hostile else ''})"
        progress(f"{label}: {len(runnable)} queries")
        for start in range(0, len(runnable), args.batch):
            batch = runnable[start:start + args.batch]
            results, errors, _ = run_eq(args.eq, folder, [q for q, _, _ in batch])
            for (eq_text, sql, ordered), eq_rows in zip(batch, results):
                compared += 1
                try:
                    duck_rows = [[normalise(v) for v in row] for row in con.execute(sql).fetchall()]
                except Exception as error:  # DuckDB refusing is a difference too (overflow, say)
                    duck_rows = f"DuckDB error: {error}"
                if past_int64(duck_rows):
                    explained["sums past Int64, compared exactly"] = explained.get("sums past Int64, compared exactly", 0) + 1
                if isinstance(eq_rows, str):
                    failures.append((label, eq_text, sql, f"eq error: {eq_rows}", duck_rows, ""))
                    continue
                eq_values = [eq_row_values(row) for row in eq_rows]
                if isinstance(duck_rows, str) or not rows_equal(eq_values, duck_rows, ordered):
                    failures.append((label, eq_text, sql, eq_values, duck_rows, ""))
        progress(f"{label}: compared, {len(failures)} differences so far; metamorphic checks")
        # Metamorphic checks on the same data.
        meta_rng = random.Random(seed * 7 + 1)
        meta_gen = QueryGenerator(meta_rng, users)
        meta_queries = []
        for _ in range(args.metamorphic // max(1, args.datasets)):
            condition, _, null = meta_gen.condition()
            ident = known(meta_defects, condition)
            if ident:
                skipped[ident] = skipped.get(ident, 0) + 1
                continue
            meta_queries.append((condition, null))
        partition = []
        for condition, null in meta_queries:
            partition += [f"users | where {condition} | count", f"users | where not ({condition}) | count",
                          f"users | where {null} | count" if null else "users | limit 0 | count"]
        partition.append("users | count")
        results, errors, _ = run_eq(args.eq, folder, partition)
        total = results[-1][0]["count"]
        for index, (condition, null) in enumerate(meta_queries):
            meta_checked += 1
            triple = results[3 * index: 3 * index + 3]
            if any(isinstance(r, str) or not r for r in triple):
                meta_failures.append((label, condition, f"eq refused a query: {triple}"))
                continue
            counts = [r[0]["count"] for r in triple]
            if sum(counts) != total:
                meta_failures.append((label, condition, f"where p {counts[0]} + where not p {counts[1]} + where p is null "
                                                        f"({null}) {counts[2]} != all {total}"))
        progress(f"{label}: partitions checked; vector sizes and threads")
        # The same queries at other vector sizes and thread counts.
        sample = []
        for query, _, _ in runnable[: max(1, args.metamorphic // max(1, args.datasets))]:
            ident = known(meta_defects, query + ("\nhostile" if hostile else ""))
            if ident:
                skipped[ident] = skipped.get(ident, 0) + 1
            else:
                sample.append(query)
        baseline, _, _ = run_eq(args.eq, folder, sample)
        for env in ({"EQ_VECTOR_SIZE": "1", "EQ_THREADS": "1"}, {"EQ_VECTOR_SIZE": "3", "EQ_THREADS": "2"},
                    {"EQ_THREADS": "1"}, {"EQ_THREADS": "2"}):
            other, _, _ = run_eq(args.eq, folder, sample, env)
            for query, expected, actual in zip(sample, baseline, other):
                meta_checked += 1
                if not same_up_to_summation_order(expected, actual):
                    meta_failures.append((label, query, f"differs with {env}: {str(actual)[:300]} vs {str(expected)[:300]}"))
        con.close()
    print(f"difftest: {compared} queries compared with DuckDB {__import__('duckdb').__version__} over {args.datasets} "
          f"datasets (seed {args.seed}), {len(failures)} unexplained differences; {meta_checked} metamorphic checks, "
          f"{len(meta_failures)} mismatches" + (f"; known defects skipped: {skipped}" if skipped else "")
          + "".join(f"; {label}: {count}" for label, count in explained.items()))
    for label, eq_text, sql, eq_rows, duck_rows, errors in failures[:20]:
        print(f"\n--- {label}\neq:     {eq_text}\nsql:    {sql}\neq got: {str(eq_rows)[:800]}\nduckdb: {str(duck_rows)[:800]}")
        if errors:
            print("eq errors:", errors[-1500:])
    for label, condition, detail in meta_failures[:20]:
        print(f"\n--- metamorphic, {label}\ncondition: {condition}\n{detail}")
    return 1 if failures or meta_failures else 0


if __name__ == "__main__":
    sys.exit(main())

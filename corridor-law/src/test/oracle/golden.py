"""The golden-case oracle: a second, independent implementation of the README's counting conventions
(working days, stay limits, ban ends) in Python, used to compute the expected dates written into the
golden case files. It shares no code with the Java implementation. Run `python3 cases.py` from this
folder to rewrite ../resources/golden/ (Python 3.8+, standard library only); the files it writes are
the test data, and they are committed."""
import datetime as dt, json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")
D = dt.date.fromisoformat
def iso(d): return d.isoformat()

from ru_calendar import NON_WORKING_WEEKDAYS, WORKING_WEEKEND_DAYS
def ru_hol(d):
    """Whether a weekday is not a working day in Russia (or, for a Saturday or Sunday, whether it is one
    the decrees made a working day: then it counts as "not a holiday" and the caller's weekday test is
    bypassed through ru_working)."""
    if d.year in NON_WORKING_WEEKDAYS:
        return d.isoformat() in NON_WORKING_WEEKDAYS[d.year]
    if d.year >= 2013: days = [(1,i) for i in range(1,9)] + [(2,23),(3,8),(5,1),(5,9),(6,12),(11,4)]
    elif d.year >= 2005: days = [(1,i) for i in range(1,6)] + [(1,7),(2,23),(3,8),(5,1),(5,9),(6,12),(11,4)]
    else: days = [(1,1),(1,2),(1,7),(2,23),(3,8),(5,1),(5,2),(5,9),(6,12),(11,7),(12,12)]
    return (d.month, d.day) in days
def kg_hol(d):
    base = [(1,1),(1,7),(2,23),(3,8),(3,21),(5,1),(5,5),(5,9),(8,31),(11,7)]
    if d >= D("2025-01-01"): base = [(1,i) for i in range(1,8)] + [(3,8),(3,21),(5,1),(5,5),(5,9),(8,31)]
    elif d >= D("2018-01-01"): base = base + [(4,7),(11,8)]
    elif d >= D("2016-01-01"): base = base + [(4,7)]
    return (d.month, d.day) in base
def working(d, hol):
    if hol is ru_hol and d.year in WORKING_WEEKEND_DAYS and d.isoformat() in WORKING_WEEKEND_DAYS[d.year]:
        return True
    return d.weekday() < 5 and not hol(d)
def wd(event, n, hol):
    d, k = event, 0
    while k < n:
        d += dt.timedelta(days=1)
        if working(d, hol): k += 1
    return d
def plus(d, n): return d + dt.timedelta(days=n)
def plus_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
def last_day(first, months):
    """The last day of a term of `months` months from `first`: the day before the same date, or the
    end of the month where that date does not exist (29 February, the 31st)."""
    same = plus_months(first, months)
    return same - dt.timedelta(days=1) if same.day == first.day else same
def present(stays, day):
    """Whether `day` falls in one of the (entry, exit) stays, both days included."""
    return any(a <= day <= b for a, b in stays)
def visitor_last_day(earlier, entry, limit):
    """The last legal day of a visitor who enters on `entry` after the (entry, exit) stays `earlier` and
    stays on: walking day by day, the last day before any cap is broken. `limit` is ("entry", days),
    ("rolling", days, window, in_a_row) or ("year", days, in_a_row): per entry; days in any window of
    `window` days; days in each calendar year. The count covers every day present, this stay included."""
    kind = limit[0]
    d = entry
    while True:
        row = (d - entry).days + 1
        if kind == "entry":
            ok = row <= limit[1]
        elif kind == "rolling":
            start = d - dt.timedelta(days=limit[2] - 1)
            used = sum(1 for k in range((d - start).days + 1) if present(earlier, start + dt.timedelta(days=k)))
            ok = used + (d - max(entry, start)).days + 1 <= limit[1] and row <= limit[3]
        else:
            jan = dt.date(d.year, 1, 1)
            used = sum(1 for k in range((d - jan).days + 1) if present(earlier, jan + dt.timedelta(days=k)))
            ok = used + (d - max(entry, jan)).days + 1 <= limit[1] and row <= limit[2]
        if not ok:
            return d - dt.timedelta(days=1)
        d += dt.timedelta(days=1)
def ban(reason, frm, years=None, months=None, mandatory=True):
    m = months if months is not None else years * 12
    b = {"reason": reason, "from": iso(frm), "until": iso(last_day(frm, m))}
    if years is not None: b["years"] = years
    else: b["months"] = months
    if not mandatory: b["mandatory"] = False
    return b

cases = {}
def case(fid, name, sources, cit, dest, as_of, events, expect, region=None, occupation=None):
    cases[fid] = dict(name=name, sources=sources, citizenship=cit, destination=dest, region=region, as_of=as_of, events=events, expect=expect,
                      occupation=occupation)

def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        out = []
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                if isinstance(x, dict) and all(not isinstance(y, (dict, list)) for y in x.values()):
                    out.append(pad + k + ": {" + ", ".join("%s: %s" % (a, scalar(b)) for a, b in x.items()) + "}")
                else:
                    out.append(pad + k + ":"); out.append(dump(x, indent + 1))
            else:
                out.append(pad + k + ": " + scalar(x))
        return "\n".join(out)
    if isinstance(v, list):
        out = []
        for x in v:
            if isinstance(x, dict):
                out.append(pad + "- {" + ", ".join("%s: %s" % (a, scalar(b)) for a, b in x.items()) + "}")
            else:
                out.append(pad + "- " + scalar(x))
        return "\n".join(out)
    return pad + scalar(v)
def scalar(x):
    if x is None: return "null"
    if isinstance(x, bool): return "true" if x else "false"
    if isinstance(x, (int, float)): return str(x)
    if isinstance(x, list): return "[" + ", ".join(scalar(y) for y in x) + "]"
    s = str(x)
    if s == "": return '""'
    if any(c in s for c in ":#{}[],'\"") or s in ("null", "true", "false") or s[:1].isdigit() and "-" in s and len(s) != 10:
        return json.dumps(s, ensure_ascii=False)
    return s
def write():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".yaml"): os.remove(os.path.join(OUT, f))
    for fid, c in sorted(cases.items()):
        # one source a line, so that a line of the source documents is checked against its own text only
        lines = ["name: " + json.dumps(c["name"], ensure_ascii=False), "sources:"]
        lines += ["  - " + json.dumps(s) for s in c["sources"]]
        lines += ["citizenship: " + c["citizenship"], "destination: " + c["destination"]]
        if c["region"]: lines.append("region: " + c["region"])
        if c["occupation"]: lines.append("occupation: " + c["occupation"])
        lines.append("as_of: " + c["as_of"])
        lines.append("events:")
        lines += ["  - " + e for e in c["events"]]
        lines.append("expect:")
        lines.append(dump(c["expect"], 1))
        open(os.path.join(OUT, fid + ".yaml"), "w").write("\n".join(lines) + "\n")
    print(len(cases), "cases")

CALENDAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "oracle", "ru-production-calendar.txt")
def write_calendar():
    """Every day of 2005-2026 on which Russia's production calendar departs from Monday to Friday, by this oracle's own
    transcription: a weekday off, or a Saturday or Sunday worked. The Java calendar must agree on every day."""
    os.makedirs(os.path.dirname(CALENDAR), exist_ok=True)
    lines = ["# written by golden.py from ru_calendar.py: a weekday that was not a working day (off), or a weekend day that was (work)"]
    d = D("2005-01-01")
    while d <= D("2026-12-31"):
        w = working(d, ru_hol)
        if w != (d.weekday() < 5):
            lines.append(iso(d) + (" work" if w else " off"))
        d += dt.timedelta(days=1)
    open(CALENDAR, "w").write("\n".join(lines) + "\n")
    print(len(lines) - 1, "calendar exceptions")

# Reads an iCalendar file on standard input with Debian's python3-icalendar, a parser independent of
# ical4j, and prints what PlanCalendarTest checks as JSON: the calendar's properties and, for each
# event, its UID, dates, texts and alarms (each trigger in seconds relative to the event's start).
import json
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is missing: install it with `apt-get install python3-icalendar` (.ci/run does)", file=sys.stderr)
    sys.exit(3)

cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = {key: str(cal.get(key)) for key in ("PRODID", "VERSION", "METHOD", "CALSCALE")}
out["events"] = []
for ev in cal.walk("VEVENT"):
    alarms = []
    for alarm in ev.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        alarms.append({
            "action": str(alarm.get("ACTION")),
            "trigger": int(trigger.dt.total_seconds()),
            "related": trigger.params.get("RELATED", "START"),
            "description": str(alarm.get("DESCRIPTION")),
        })
    out["events"].append({
        "uid": str(ev.get("UID")),
        "start": ev.decoded("DTSTART").isoformat(),
        "end": ev.decoded("DTEND").isoformat(),
        "stamp": ev.decoded("DTSTAMP").isoformat(),
        "summary": str(ev.get("SUMMARY")),
        "description": str(ev.get("DESCRIPTION")),
        "alarms": alarms,
    })
json.dump(out, sys.stdout, ensure_ascii=False)

#!/usr/bin/env python3
"""Reads a workbook `netra export --format xlsx` wrote, with openpyxl (a real
spreadsheet reader, not Netra's own), and checks what a clerk relies on in Excel.

Usage: read_xlsx.py FILE SPEC_JSON
SPEC_JSON: {"text18": [headings], "dates": [headings], "datetimes": [headings]}
  text18    columns whose every value must be a text of exactly 18 digits (NIPs)
  dates     columns whose every value must be a real date cell shown yyyy-mm-dd
  datetimes columns whose every value must be a real date-time cell

Asserts the heading row is bold and frozen (pane at A2) and that an autofilter covers
every row and column. Exit 0 and, on stdout, the sheet as JSON ({"title", "rows"}, each
value as the export's text: dates yyyy-mm-dd, times yyyy-mm-dd hh:mm, numbers as
digits, empty as ""), so the caller can compare it with the CSV export cell by cell.
Exit 1 with the reason on stderr when a check fails; exit 3 when openpyxl is missing.
"""
import datetime
import json
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(3)


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(1)


def as_text(value, with_time):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if with_time:
            # To the nearest minute: a time is a fraction of a day in the file.
            return (value + datetime.timedelta(seconds=30)).strftime("%Y-%m-%d %H:%M")
        return value.strftime("%Y-%m-%d")
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool):
        fail("unexpected boolean cell %r" % value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def main():
    path, spec = sys.argv[1], json.loads(sys.argv[2])
    book = openpyxl.load_workbook(path)
    sheet = book.active
    rows = list(sheet.iter_rows())
    if not rows:
        fail("the sheet is empty")
    headings = [cell.value for cell in rows[0]]
    for cell in rows[0]:
        if not cell.font or not cell.font.b:
            fail("heading %s is not bold" % cell.coordinate)
    if sheet.freeze_panes != "A2":
        fail("the heading row is not frozen (freeze_panes=%r)" % sheet.freeze_panes)
    expected_filter = "A1:%s%d" % (get_column_letter(len(headings)), len(rows))
    if sheet.auto_filter.ref != expected_filter:
        fail("autofilter %r, expected %r" % (sheet.auto_filter.ref, expected_filter))

    def column(title):
        if title not in headings:
            fail("no column %r in %r" % (title, headings))
        return headings.index(title)

    for title in spec.get("text18", []):
        index = column(title)
        for row in rows[1:]:
            cell = row[index]
            if cell.value is None:
                continue
            if cell.data_type != "s" or not isinstance(cell.value, str):
                fail("%s %s is not text: %r (%s)" % (title, cell.coordinate, cell.value, cell.data_type))
            if len(cell.value) != 18 or not cell.value.isdigit():
                fail("%s %s is not 18 digits: %r" % (title, cell.coordinate, cell.value))
    for key, pattern in (("dates", "yyyy-mm-dd"), ("datetimes", "yyyy-mm-dd hh:mm")):
        for title in spec.get(key, []):
            index = column(title)
            for row in rows[1:]:
                cell = row[index]
                if cell.value is None:
                    continue
                if not cell.is_date or not isinstance(cell.value, datetime.datetime):
                    fail("%s %s is not a date cell: %r" % (title, cell.coordinate, cell.value))
                if cell.number_format.replace("\\", "") != pattern:
                    fail("%s %s is formatted %r, not %s" % (title, cell.coordinate, cell.number_format, pattern))
    timed = {column(title) for title in spec.get("datetimes", [])}
    out = {"title": sheet.title,
           "rows": [[as_text(cell.value, index in timed) for index, cell in enumerate(row)] for row in rows]}
    json.dump(out, sys.stdout, ensure_ascii=False)


main()

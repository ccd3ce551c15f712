#!/bin/sh
# Makes the workbook fixtures the tests read (Tests/NetraCoreTests/Fixtures/Workbooks)
# with a real spreadsheet program: LibreOffice, headless, converts each flat
# OpenDocument source (source/*.fods, plain XML with typed cells, no macros) into
# .xlsx (its "Calc MS Excel 2007 XML" filter) and .ods.
#
# CI does not need this: the produced files are committed. Run it only after editing
# a source, on a machine with LibreOffice (Debian: apt-get install --no-install-recommends
# libreoffice-calc-nogui), and commit the results.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$here/Tests/NetraCoreTests/Fixtures/Workbooks"
command -v soffice >/dev/null || { echo "soffice (LibreOffice) not found" >&2; exit 1; }

# A throw-away profile: nothing from (or into) the user's LibreOffice settings.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for source in "$fixtures"/source/*.fods; do
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$fixtures" "$source"
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --convert-to ods --outdir "$fixtures" "$source"
done
ls -l "$fixtures"

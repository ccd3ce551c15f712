#!/bin/sh
# An example [notify] command for netra.toml: appends each event Netra sends (one
# JSON object on standard input) as a line to the file named by the first argument.
#
#   [notify]
#   command = "/usr/local/bin/notify-to-file.sh /var/log/netra/alerts.jsonl"
#
# Netra runs it without a shell, kills it after [notify] timeout_seconds, and calls it
# once per new critical alert (or once with a digest past the daily limit). A real
# hook would send the message on: a chat bot, an SMS gateway, a pager.
set -eu
out="${1:?usage: notify-to-file.sh FILE}"
# One line per call, whatever the JSON's layout: tr joins any line breaks.
tr -d '\n' >>"$out"
printf '\n' >>"$out"

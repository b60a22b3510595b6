#!/bin/sh
# Runs the notes server over HTTP for the team's editors on this laptop.
# Clients connect to http://127.0.0.1:8931/mcp with the token it prints.
exec docker run --rm \
  --read-only --cap-drop ALL \
  --security-opt no-new-privileges \
  --user 65532:65532 \
  --memory 512m --pids-limit 128 \
  -p 127.0.0.1:8931:8931 \
  ghcr.io/example/notes-mcp@sha256:<reviewed-digest>

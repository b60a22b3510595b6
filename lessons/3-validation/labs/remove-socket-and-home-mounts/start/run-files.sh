#!/bin/sh
# The filesystem server for the invoices project, started the way MCP Inspector
# and Claude Desktop start it (./run-files.sh).
exec docker run -i --rm \
  --read-only --cap-drop ALL \
  --security-opt no-new-privileges \
  --user 65532:65532 \
  --memory 512m --pids-limit 128 \
  --network none \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -v /Users/ana:/projects/ana \
  -v /Users/ana/projects/invoices:/projects/invoices \
  mcp/filesystem@sha256:<reviewed-digest> /projects

#!/bin/sh
# Starts the GitHub MCP server for MCP Inspector and for the team's clients
# (they run ./run-server.sh). The token comes from the environment the
# script is started in: export GITHUB_PERSONAL_ACCESS_TOKEN first.
# It calls api.github.com, so it keeps a network (no --network none).
exec docker run -i --rm \
  --read-only \
  --tmpfs /tmp:rw,noexec,nosuid,size=64m \
  --cap-drop ALL \
  --security-opt no-new-privileges \
  --user 65532:65532 \
  --memory 512m --cpus 1 \
  --pids-limit 128 \
  -e GITHUB_PERSONAL_ACCESS_TOKEN \
  -e GITHUB_READ_ONLY=1 \
  ghcr.io/github/github-mcp-server@sha256:<reviewed-digest>
